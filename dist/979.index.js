export const id = 979;
export const ids = [979];
export const modules = {

/***/ 8211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ failureLine),
/* harmony export */   a: () => (/* binding */ forEachBounded)
/* harmony export */ });
/** Runs fn for every target, at most `limit` at a time, in order of the targets. */
async function forEachBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** Describes a failure for a warning line. */
function failureLine(f) {
    const where = f.service === 'regions' || f.service === 'account'
        ? `account ${f.accountId}`
        : `${f.service} in ${f.region} (account ${f.accountId})`;
    return `${where}: ${f.message}`;
}


/***/ }),

/***/ 920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ ageDays),
/* harmony export */   J$: () => (/* binding */ AGE_RANGES),
/* harmony export */   dV: () => (/* binding */ mergeAggregates),
/* harmony export */   u: () => (/* binding */ Aggregator)
/* harmony export */ });
/* unused harmony exports SOURCE_CAPACITY, ageRange */
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94309);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);


/** The age ranges of the summary, in whole days. */
const AGE_RANGES = [
    { label: '0-7 d', max: 7 },
    { label: '8-30 d', max: 30 },
    { label: '31-90 d', max: 90 },
    { label: '91-365 d', max: 365 },
    { label: 'older', max: Number.POSITIVE_INFINITY }
];
const DAY_MS = 86_400_000;
/** How many distinct sources are tracked exactly; past twice this the smallest half is dropped. */
const SOURCE_CAPACITY = 10_000;
/** Whole days between a snapshot's creation and now (0 for a future time). */
function ageDays(createdAt, now) {
    return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS));
}
/** The label of the age range a snapshot of this age falls in. */
function ageRange(days) {
    return AGE_RANGES.find((r) => days <= r.max)?.label ?? 'older';
}
function zero() {
    return { count: 0, sizeGib: 0, costUsd: 0 };
}
function bump(map, key, size, cost) {
    const t = (map[key] ??= zero());
    t.count += 1;
    t.sizeGib += size;
    t.costUsd += cost;
}
function addTotals(into, from) {
    into.count += from.count;
    into.sizeGib += from.sizeGib;
    into.costUsd += from.costUsd;
}
/** Folds snapshot records into aggregates as they stream past, in memory bounded by the number of sources. */
class Aggregator {
    now;
    agg = Aggregator.empty();
    sources = new Map();
    constructor(now) {
        this.now = now;
    }
    /** An aggregate of nothing. */
    static empty() {
        const byAge = {};
        for (const r of AGE_RANGES)
            byAge[r.label] = zero();
        return {
            total: zero(),
            byService: {},
            byRegion: {},
            byAccount: {},
            byAge,
            byEncryption: {},
            byTier: {},
            byType: {},
            managed: zero(),
            noSource: zero(),
            topSources: [],
            sourcesApproximate: false
        };
    }
    /** Adds one record. */
    add(r) {
        const size = r.sizeGib;
        const cost = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .estimatedMonthlyCost */ .v)(r);
        const a = this.agg;
        addTotals(a.total, { count: 1, sizeGib: size, costUsd: cost });
        bump(a.byService, r.service, size, cost);
        bump(a.byRegion, r.region, size, cost);
        bump(a.byAccount, r.accountId, size, cost);
        bump(a.byAge, ageRange(ageDays(r.createdAt, this.now)), size, cost);
        bump(a.byEncryption, r.encrypted ? 'encrypted' : 'unencrypted', size, cost);
        bump(a.byTier, `${r.service}/${r.storageTier}`, size, cost);
        bump(a.byType, r.snapshotType, size, cost);
        if (r.tags[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_MANAGED */ .Jo] === 'true')
            addTotals(a.managed, { count: 1, sizeGib: size, costUsd: cost });
        if (r.sourceId === null)
            addTotals(a.noSource, { count: 1, sizeGib: size, costUsd: cost });
        else
            this.addSource(r, size, cost);
    }
    addSource(r, size, cost) {
        const key = `${r.accountId}/${r.region}/${r.service}/${r.sourceId}`;
        let s = this.sources.get(key);
        if (!s) {
            s = { accountId: r.accountId, region: r.region, service: r.service, sourceId: r.sourceId ?? '', ...zero() };
            this.sources.set(key, s);
            if (this.sources.size > 2 * SOURCE_CAPACITY)
                this.trimSources();
        }
        addTotals(s, { count: 1, sizeGib: size, costUsd: cost });
    }
    trimSources() {
        const keep = [...this.sources.entries()].sort((a, b) => b[1].sizeGib - a[1].sizeGib).slice(0, SOURCE_CAPACITY);
        this.sources.clear();
        for (const [k, v] of keep)
            this.sources.set(k, v);
        this.agg.sourcesApproximate = true;
    }
    /** The aggregate so far, with the largest sources first. */
    result(topN = 25) {
        const topSources = [...this.sources.values()].sort(bySize).slice(0, topN);
        return { ...this.agg, topSources };
    }
}
function bySize(a, b) {
    return b.sizeGib - a.sizeGib || b.count - a.count || (a.sourceId ?? '').localeCompare(b.sourceId ?? '');
}
function mergeMap(into, from) {
    for (const [k, v] of Object.entries(from))
        addTotals((into[k] ??= zero()), v);
}
/** Adds several aggregates together (accounts in one job, or runs across a matrix). */
function mergeAggregates(parts, topN = 25) {
    const out = Aggregator.empty();
    const sources = [];
    for (const p of parts) {
        addTotals(out.total, p.total);
        for (const key of ['byService', 'byRegion', 'byAccount', 'byAge', 'byEncryption', 'byTier', 'byType']) {
            mergeMap(out[key], p[key]);
        }
        addTotals(out.managed, p.managed);
        addTotals(out.noSource, p.noSource);
        sources.push(...p.topSources);
        out.sourcesApproximate ||= p.sourcesApproximate;
    }
    out.topSources = sources.sort(bySize).slice(0, topN);
    return out;
}


/***/ }),

/***/ 76722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ inventoryRow),
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   LY: () => (/* binding */ INVENTORY_COLUMNS)
/* harmony export */ });
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94309);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16141);



/** The inventory CSV's columns, in order. */
const INVENTORY_COLUMNS = [
    'account_id',
    'region',
    'service',
    'snapshot_id',
    'snapshot_type',
    'source_id',
    'state',
    'created_at',
    'age_days',
    'size_gib',
    'encrypted',
    'kms_key_id',
    'storage_tier',
    'managed',
    'tags',
    'estimated_monthly_cost_usd',
    'arn'
];
/** One inventory CSV row for a record, ages counted from now. */
function inventoryRow(r, now) {
    return [
        r.accountId,
        r.region,
        r.service,
        r.snapshotId,
        r.snapshotType,
        r.sourceId ?? '',
        r.state,
        r.createdAt.toISOString(),
        (0,_aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .ageDays */ .BJ)(r.createdAt, now),
        round(r.sizeGib, 3),
        r.encrypted ? 'true' : 'false',
        r.kmsKeyId ?? '',
        r.storageTier,
        r.tags[_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_MANAGED */ .Jo] === 'true' ? 'true' : 'false',
        JSON.stringify(r.tags),
        round((0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .estimatedMonthlyCost */ .v)(r), 4),
        r.arn ?? ''
    ];
}
/** Rounds to a number of decimals. */
function round(n, decimals) {
    const f = 10 ** decimals;
    return Math.round(n * f) / f;
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Gw: () => (/* binding */ infoLines),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22988);


/** An annotation's properties with its title made inert for the log. */
function props(p) {
    return p?.title === undefined ? p : { ...p, title: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(p.title) };
}
/** Writes one line to the job log, made inert by {@link logLine}. */
function info(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text));
}
/** Writes every line of a multi-line text to the job log, each made inert by {@link logLine}. */
function infoLines(text) {
    for (const line of text.split('\n'))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(line));
}
/** A warning annotation whose message and title are made inert by {@link logLine}. */
function warning(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}
/** An error annotation whose message and title are made inert by {@link logLine}. */
function error(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.error((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}
/** A notice annotation whose message and title are made inert by {@link logLine}. */
function notice(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}


/***/ }),

/***/ 83758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ gib),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   XI: () => (/* binding */ totalsRows),
/* harmony export */   dR: () => (/* binding */ usd),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22988);


/** GitHub's limit on one step's job summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** A markdown table with right-aligned numeric columns after the first. */
function table(header, rows, align) {
    const cells = [header, ...rows.map((r) => r.map((c) => String(c)))];
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)(cells, { align: align ?? header.map((_, i) => (i === 0 ? 'l' : 'r')) });
}
/** Escapes text from outside for a markdown table cell or a line of prose (see {@link markdownText}). */
function md(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(text);
}
/** A number with thousands separators. */
function int(n) {
    return Math.round(n).toLocaleString('en-US');
}
/** A size in GiB with one decimal under 100, none above. */
function gib(n) {
    return n < 100 ? n.toLocaleString('en-US', { maximumFractionDigits: 1 }) : int(n);
}
/** A dollar amount with cents. */
function usd(n) {
    return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
/** Rows of count, size and cost for each entry of a totals map, largest first. */
function totalsRows(map, order) {
    const keys = order ?? Object.keys(map).sort((a, b) => (map[b]?.sizeGib ?? 0) - (map[a]?.sizeGib ?? 0) || a.localeCompare(b));
    return keys.map((k) => {
        const t = map[k] ?? { count: 0, sizeGib: 0, costUsd: 0 };
        return [md(k), int(t.count), gib(t.sizeGib), usd(t.costUsd)];
    });
}
/** Cuts markdown to fit GitHub's summary limit, saying where the full report is. */
function fitSummary(markdown, fullReportHint) {
    if (Buffer.byteLength(markdown, 'utf8') <= SUMMARY_LIMIT_BYTES)
        return markdown;
    const note = `\n\n> The report was cut to fit GitHub's 1 MiB summary limit. ${fullReportHint}\n`;
    let cut = markdown.slice(0, SUMMARY_LIMIT_BYTES - Buffer.byteLength(note, 'utf8') - 4096);
    cut = cut.slice(0, cut.lastIndexOf('\n'));
    return cut + note;
}


/***/ }),

/***/ 94309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ PRICE_TABLE),
/* harmony export */   v: () => (/* binding */ estimatedMonthlyCost)
/* harmony export */ });
/** us-east-1 list prices per GB-month; other regions differ by a few percent. */
const PRICE_TABLE = [
    {
        service: 'ebs',
        tier: 'standard',
        usdPerGibMonth: 0.05,
        note: 'EBS snapshot, standard tier; priced on the source volume size, so an upper bound for incremental snapshots'
    },
    {
        service: 'ebs',
        tier: 'archive',
        usdPerGibMonth: 0.0125,
        note: 'EBS snapshot, archive tier (90-day minimum, $0.03/GB to restore)'
    },
    {
        service: 'rds',
        tier: 'standard',
        usdPerGibMonth: 0.095,
        note: 'RDS backup storage beyond the free allowance (the allowance is not subtracted)'
    },
    {
        service: 'rds-cluster',
        tier: 'standard',
        usdPerGibMonth: 0.021,
        note: 'Aurora backup storage beyond the free allowance (the allowance is not subtracted)'
    },
    { service: 'efs', tier: 'warm', usdPerGibMonth: 0.05, note: 'AWS Backup of EFS, warm storage' },
    { service: 'efs', tier: 'cold', usdPerGibMonth: 0.01, note: 'AWS Backup of EFS, cold storage' }
];
const BY_KEY = new Map(PRICE_TABLE.map((r) => [`${r.service}/${r.tier}`, r.usdPerGibMonth]));
const FALLBACK = new Map([
    ['ebs', 0.05],
    ['rds', 0.095],
    ['rds-cluster', 0.021],
    ['efs', 0.05]
]);
/** The estimated monthly storage cost of one snapshot in US dollars. */
function estimatedMonthlyCost(record) {
    const price = BY_KEY.get(`${record.service}/${record.storageTier}`) ?? FALLBACK.get(record.service) ?? 0;
    return record.sizeGib * price;
}


/***/ }),

/***/ 70665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ writeResultJson),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   mz: () => (/* binding */ uploadArtifact),
/* harmony export */   tS: () => (/* binding */ RESULT_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83758);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);






/** Version of the machine-readable result JSON; merge refuses other major versions. */
const RESULT_SCHEMA_VERSION = 1;
/** Writes the job summary once, cut to GitHub's limit; a failure to write it is a warning. */
async function writeSummary(markdown, fullReportHint) {
    const text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitSummary */ .mW)(markdown, fullReportHint);
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoLines */ .Gw(text);
        return;
    }
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(text, true).write();
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not write the job summary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
}
/** Writes the machine-readable result next to the CSV (never through a symbolic link) and returns its path. */
function writeResultJson(csvPath, result) {
    const file = csvPath.replace(/\.csv$/i, '') + '.summary.json';
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileChecked */ .NN)(file, JSON.stringify({ schema_version: RESULT_SCHEMA_VERSION, tool: 'snapshot-hygiene', ...result }, null, 2) + '\n');
    return file;
}
/** Uploads files as a workflow artifact when the runner provides the artifact service; returns its id or ''. */
async function uploadArtifact(name, files) {
    if (name === '')
        return '';
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No artifact service on this runner; the files stay at ${files.join(', ')}`);
        return '';
    }
    const root = commonRoot(files);
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
        return res.id === undefined ? '' : String(res.id);
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not upload artifact ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}. The files stay at ${files.join(', ')}`);
        return '';
    }
}
function commonRoot(files) {
    const dirs = files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(f)));
    let root = dirs[0] ?? process.cwd();
    while (!dirs.every((d) => d === root || d.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)))
        root = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(root);
    return root;
}


/***/ }),

/***/ 96979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeStep: () => (/* binding */ mergeStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/accounts.ts
var accounts = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./src/aggregate.ts
var aggregate = __webpack_require__(920);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(70665);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(96789);
;// CONCATENATED MODULE: ./src/modes/merge.ts









/** Finds every result JSON below a folder, in a stable order. */
function findResultFiles(root) {
    if (!external_node_fs_.existsSync(root) || !external_node_fs_.statSync(root).isDirectory()) {
        throw new Error(`merge-path ${root} is not a folder: download the earlier runs' artifacts there (actions/download-artifact with a path)`);
    }
    const out = [];
    const walk = (dir) => {
        for (const e of external_node_fs_.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const p = external_node_path_.join(dir, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.name.endsWith('.summary.json'))
                out.push(p);
        }
    };
    walk(root);
    return out;
}
/** Reads and checks one result file; refuses files of another tool or schema version. */
function readResultFile(file) {
    let json;
    try {
        json = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new Error(`Cannot merge ${file}: it is not valid JSON (${err.message})`);
    }
    const obj = (typeof json === 'object' && json !== null ? json : {});
    if (obj.tool !== 'snapshot-hygiene')
        throw new Error(`Cannot merge ${file}: it is not a snapshot-hygiene result`);
    if (obj.schema_version !== report/* RESULT_SCHEMA_VERSION */.tS) {
        throw new Error(`Cannot merge ${file}: it was written by an incompatible version of snapshot-hygiene (schema_version ${String(obj.schema_version)}; this version reads ${report/* RESULT_SCHEMA_VERSION */.tS}). Run every job with the same version of the action`);
    }
    return { file, json: obj };
}
function stringList(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function failures(v) {
    return Array.isArray(v)
        ? v.filter((f) => typeof f?.accountId === 'string' && typeof f.message === 'string')
        : [];
}
function countFindings(v, into) {
    if (!Array.isArray(v))
        return;
    for (const f of v) {
        if (typeof f?.accountId !== 'string' || f.silenced === true)
            continue;
        const a = into.get(f.accountId) ?? { accountId: f.accountId, error: 0, warning: 0, notice: 0 };
        if (f.severity === 'error' || f.severity === 'warning' || f.severity === 'notice')
            a[f.severity]++;
        into.set(f.accountId, a);
    }
}
async function appendCsv(source, out) {
    const lines = external_node_readline_.createInterface({ input: external_node_fs_.createReadStream(source, 'utf8'), crlfDelay: Infinity });
    let first = true;
    let rows = 0;
    let pending = '';
    for await (const line of lines) {
        if (first) {
            first = false;
            if (!line.startsWith(inventory_csv/* INVENTORY_COLUMNS */.LY.join(',')))
                throw new Error(`Cannot merge ${source}: its columns differ from this version's inventory CSV`);
            continue;
        }
        pending += `${line}\n`;
        // A quoted field may span lines; a record ends where the quotes balance.
        if ((pending.match(/"/g)?.length ?? 0) % 2 === 0) {
            rows++;
            if (!out.write(pending))
                await (0,external_node_events_.once)(out, 'drain');
            pending = '';
        }
    }
    return rows;
}
/** Joins earlier runs' results: one CSV of every inventory row and one aggregate for the whole organisation. */
async function runMerge(config, clock) {
    const root = config.mergePath ?? '';
    const files = findResultFiles(root).map((f) => readResultFile((0,paths/* readableFile */.rC)(f)));
    if (files.length === 0)
        throw new Error(`merge-path ${root} holds no *.summary.json results: download the earlier runs' artifacts there`);
    external_node_fs_.mkdirSync(external_node_path_.dirname(config.csvPath), { recursive: true });
    const out = external_node_fs_.createWriteStream(config.csvPath, 'utf8');
    out.write((0,sync/* stringify */.A)([[...inventory_csv/* INVENTORY_COLUMNS */.LY]]));
    const aggregates = [];
    const accounts = new Set();
    const regions = new Set();
    const allFailures = [];
    const findings = new Map();
    let rowCount = 0;
    for (const { file, json } of files) {
        for (const a of stringList(json.accounts))
            accounts.add(a);
        for (const r of stringList(json.regions))
            regions.add(r);
        allFailures.push(...failures(json.failures));
        countFindings(json.findings, findings);
        if ((json.mode === 'inventory' || json.mode === 'merge') &&
            typeof json.aggregate === 'object' &&
            json.aggregate !== null) {
            aggregates.push(json.aggregate);
            const csv = (0,paths/* readableFile */.rC)(external_node_path_.join(external_node_path_.dirname(file), external_node_path_.basename(String(json.csvPath ?? ''))));
            if (!external_node_fs_.existsSync(csv))
                throw new Error(`Cannot merge ${file}: its CSV ${external_node_path_.basename(csv)} is not beside it; upload both files in the artifact`);
            rowCount += await appendCsv(csv, out);
        }
    }
    await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
    return {
        mode: 'merge',
        generatedAt: clock.now().toISOString(),
        inputs: files.map((f) => external_node_path_.relative(root, f.file)),
        accounts: [...accounts].sort(),
        regions: [...regions].sort(),
        aggregate: (0,aggregate/* mergeAggregates */.dV)(aggregates),
        failures: allFailures,
        findingsByAccount: [...findings.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || a.accountId.localeCompare(b.accountId)),
        csvPath: config.csvPath,
        rowCount
    };
}

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/summary/inventory.ts
var inventory = __webpack_require__(78836);
;// CONCATENATED MODULE: ./src/summary/merge.ts


function findingsSection(list) {
    if (list.length === 0)
        return '';
    const rows = list.slice(0, inventory/* MAX_ACCOUNT_ROWS */.T_).map((f) => [f.accountId, (0,markdown/* int */.Wh)(f.error), (0,markdown/* int */.Wh)(f.warning), (0,markdown/* int */.Wh)(f.notice)]);
    const more = list.length > inventory/* MAX_ACCOUNT_ROWS */.T_
        ? `\n\n${(0,markdown/* int */.Wh)(list.length - inventory/* MAX_ACCOUNT_ROWS */.T_)} more accounts have findings; see the result JSON.`
        : '';
    return `### Findings by account\n\n${(0,markdown/* table */.tp)(['account', 'errors', 'warnings', 'notices'], rows)}${more}`;
}
/** The organisation-wide summary of merged runs. */
function mergeSummary(r, csvName) {
    const failedAccounts = new Set(r.failures.filter((f) => f.service === 'account' || f.service === 'regions').map((f) => f.accountId));
    const parts = [
        '## Snapshot inventory: organisation',
        `${(0,inventory/* headline */.Pl)(r.aggregate, r.accounts.length, r.regions.length)} Joined from ${(0,markdown/* int */.Wh)(r.inputs.length)} result files.` +
            (failedAccounts.size > 0 ? ` **${(0,markdown/* int */.Wh)(failedAccounts.size)} accounts could not be read** (below).` : ''),
        (0,inventory/* accountSection */.pJ)(r.aggregate),
        findingsSection(r.findingsByAccount),
        ...(0,inventory/* breakdownSections */.a)(r.aggregate),
        (0,inventory/* failureSection */.mo)(r.failures),
        (0,inventory/* priceSection */.h8)(),
        `One row per snapshot of every account is in the CSV \`${(0,markdown.md)(csvName)}\`.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/steps/merge.ts








/** Joins earlier runs' results and reports them as one organisation. */
async function mergeStep(config, clock) {
    const result = await runMerge(config, clock);
    for (const f of result.failures)
        log/* warning */.$e(`Not read: ${(0,accounts/* failureLine */.P)(f)}`);
    const resultJson = (0,report/* writeResultJson */.L2)(result.csvPath, result);
    await (0,report/* writeSummary */.Sy)(mergeSummary(result, external_node_path_.basename(result.csvPath)), `The full data is in ${external_node_path_.basename(result.csvPath)}.`);
    const artifactId = await (0,report/* uploadArtifact */.mz)(config.artifactName, [result.csvPath, resultJson]);
    core.setOutput('snapshot-count', result.rowCount);
    core.setOutput('total-size-gib', (0,inventory_csv/* round */.LI)(result.aggregate.total.sizeGib, 3));
    core.setOutput('estimated-monthly-cost-usd', (0,inventory_csv/* round */.LI)(result.aggregate.total.costUsd, 2));
    core.setOutput('csv-path', result.csvPath);
    core.setOutput('summary-json-path', resultJson);
    core.setOutput('artifact-id', artifactId);
    core.setOutput('failed-count', result.failures.length);
    core.setOutput('accounts-json', JSON.stringify(result.accounts));
    if (config.failOnRegionError && result.failures.length > 0) {
        throw new Error(`${result.failures.length} account(s), region(s) or service(s) were not read (fail-on-region-error is true): ${(0,accounts/* failureLine */.P)(result.failures[0])}`);
    }
}


/***/ }),

/***/ 78836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ inventorySummary),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   T_: () => (/* binding */ MAX_ACCOUNT_ROWS),
/* harmony export */   a: () => (/* binding */ breakdownSections),
/* harmony export */   h8: () => (/* binding */ priceSection),
/* harmony export */   mo: () => (/* binding */ failureSection),
/* harmony export */   pJ: () => (/* binding */ accountSection)
/* harmony export */ });
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8211);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83758);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94309);




const TOTALS_HEADER = ['', 'snapshots', 'GiB', 'est. $/month'];
/** How many accounts the summary's tables show; the CSV and result JSON hold all. */
const MAX_ACCOUNT_ROWS = 200;
/** Totals per account, largest first, capped so that 1,000 accounts stay far under the summary limit. */
function accountSection(a) {
    const rows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byAccount);
    const more = rows.length > MAX_ACCOUNT_ROWS
        ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(rows.length - MAX_ACCOUNT_ROWS)} smaller accounts are in the CSV and the result JSON.`
        : '';
    return `### Accounts, largest first\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['account', 'snapshots', 'GiB', 'est. $/month'], rows.slice(0, MAX_ACCOUNT_ROWS))}${more}`;
}
/** The headline line: how many snapshots, how large, what they cost. */
function headline(a, accounts, regions) {
    const where = accounts > 1 ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(accounts)} accounts, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(regions)} regions` : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(regions)} regions`;
    return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(a.total.count)} snapshots**, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .gib */ .$l)(a.total.sizeGib)} GiB, about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(a.total.costUsd)} a month** (estimate) across ${where}.`;
}
/** The sections that break the aggregate down: service, region, age, encryption, tier, type, sources. */
function breakdownSections(a, opts = {}) {
    const regionRows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byRegion);
    const maxRegions = opts.maxRegions ?? 40;
    const sources = a.topSources.map((s) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.sourceId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.service),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.region),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.accountId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(s.count),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .gib */ .$l)(s.sizeGib),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(s.costUsd)
    ]);
    const sections = [
        `### By service\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['service', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byService))}`,
        `### By region\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['region', ...TOTALS_HEADER.slice(1)], regionRows.slice(0, maxRegions))}` +
            (regionRows.length > maxRegions ? `\n\n${regionRows.length - maxRegions} more regions are in the CSV.` : ''),
        `### By age\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['age', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byAge, _aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .AGE_RANGES */ .J$.map((r) => r.label)))}`,
        `### Encryption\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byEncryption))}`,
        `### Storage tier\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['service/tier', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byTier))}`,
        `### Made by\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['type', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byType))}\n\n` +
            `Managed by snapshot-hygiene: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(a.managed.count)}. No known source (EBS copies): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(a.noSource.count)}.`
    ];
    if (sources.length > 0) {
        const approx = a.sourcesApproximate
            ? '\n\nMore sources were seen than are tracked exactly; the smallest were dropped while counting.'
            : '';
        sections.push(`### Largest sources\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['source', 'service', 'region', 'account', 'snapshots', 'GiB', 'est. $/month'], sources, ['l', 'l', 'l', 'l', 'r', 'r', 'r'])}${approx}`);
    }
    return sections;
}
/** The price table the estimates used, stated as an estimate. */
function priceSection() {
    const rows = _pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_TABLE */ .d.map((p) => [p.service, p.tier, `$${p.usdPerGibMonth}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(p.note)]);
    return ('<details><summary>How the cost is estimated</summary>\n\n' +
        'Costs are estimates: size times the us-east-1 list price per GB-month below. EBS sizes are the source volume size, ' +
        'not the incremental size AWS bills, so EBS estimates are an upper bound; other regions differ by a few percent.\n\n' +
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['service', 'tier', 'USD per GB-month', 'note'], rows, ['l', 'l', 'r', 'l'])}\n\n</details>`);
}
/** The regions, services or accounts that could not be listed. */
function failureSection(failures, max = 100) {
    if (failures.length === 0)
        return '';
    const lines = failures.slice(0, max).map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)((0,_accounts_js__WEBPACK_IMPORTED_MODULE_3__/* .failureLine */ .P)(f))}`);
    const more = failures.length > max ? `\n- ... and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(failures.length - max)} more` : '';
    return `### Not listed\n\nThese could not be listed; the totals above leave them out.\n\n${lines.join('\n')}${more}`;
}
/** The whole inventory summary in markdown. */
function inventorySummary(r) {
    const parts = [
        '## Snapshot inventory',
        headline(r.aggregate, r.accounts.length, r.regions.length),
        r.accounts.length > 1 ? accountSection(r.aggregate) : '',
        ...breakdownSections(r.aggregate),
        failureSection(r.failures),
        priceSection(),
        `One row per snapshot is in the CSV \`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(r.csvName)}\`.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}


/***/ }),

/***/ 16141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ COPY_VOLUME_ID),
/* harmony export */   Jo: () => (/* binding */ TAG_MANAGED),
/* harmony export */   gk: () => (/* binding */ TAG_IGNORE),
/* harmony export */   kz: () => (/* binding */ TAG_EXPIRES_AT)
/* harmony export */ });
/** The tag keys the action owns. */
const TAG_MANAGED = 'snapshot-hygiene:managed';
const TAG_EXPIRES_AT = 'snapshot-hygiene:expires-at';
const TAG_IGNORE = 'snapshot-hygiene:ignore';
/** The meaningless source volume that EBS copies carry. */
const COPY_VOLUME_ID = 'vol-ffffffff';


/***/ })

};
