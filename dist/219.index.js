export const id = 219;
export const ids = [219];
export const modules = {

/***/ 90487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ FindingTally),
/* harmony export */   f: () => (/* binding */ findingsBySeverity)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79244);

/** Counts of findings per account and rule, summed as they arrive (from one check, or from several joined). */
class FindingTally {
    counts = new Map();
    /** Adds one finding, silenced or not. */
    add(accountId, rule, severity, silenced) {
        this.addCount({ accountId, rule, severity, findings: silenced ? 0 : 1, silenced: silenced ? 1 : 0 });
    }
    /** Adds a count of findings (another check's), summing with what is there. */
    addCount(c) {
        const key = `${c.accountId}/${c.rule}`;
        const known = this.counts.get(key);
        if (known) {
            known.findings += c.findings;
            known.silenced += c.silenced;
        }
        else {
            this.counts.set(key, { ...c });
        }
    }
    /** Every account and rule with a finding, by account and then in rule order. */
    list() {
        return [...this.counts.values()]
            .filter((c) => c.findings > 0 || c.silenced > 0)
            .sort((a, b) => a.accountId.localeCompare(b.accountId) || _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(a.rule) - _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(b.rule));
    }
}
/** The findings that are not silenced, per account and severity; most errors first, then most warnings. */
function findingsBySeverity(counts) {
    const out = new Map();
    for (const c of counts) {
        if (c.findings === 0)
            continue;
        const a = out.get(c.accountId) ?? { accountId: c.accountId, error: 0, warning: 0, notice: 0 };
        a[c.severity] += c.findings;
        out.set(c.accountId, a);
    }
    return [...out.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || a.accountId.localeCompare(b.accountId));
}


/***/ }),

/***/ 93219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeStep: () => (/* binding */ mergeStep)
});

// UNUSED EXPORTS: incompleteMessage

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/accounts.ts
var accounts = __webpack_require__(8211);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(96789);
// EXTERNAL MODULE: ./src/aggregate.ts
var aggregate = __webpack_require__(920);
// EXTERNAL MODULE: ./src/finding-counts.ts
var finding_counts = __webpack_require__(90487);
// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
// EXTERNAL MODULE: ./src/aws-names.ts
var aws_names = __webpack_require__(68439);
// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(51666);
// EXTERNAL MODULE: ./src/rules.ts
var src_rules = __webpack_require__(79244);
;// CONCATENATED MODULE: ./src/result-file.ts
/**
 * The result JSON files merge reads. They come from workflow artifacts, so they are untrusted: every field merge
 * uses is checked here against the shape the inventory and check modes write, and copied into fresh objects.
 */




/** A result file that is not what the action writes; it names the file and the field. */
class ResultFileError extends Error {
    file;
    field;
    problem;
    kind;
    constructor(file, field, problem, 
    /** The kind of result the file said it was, when it said so. */
    kind = null) {
        super(`${file}: field '${field}' ${problem}`);
        this.file = file;
        this.field = field;
        this.problem = problem;
        this.kind = kind;
        this.name = 'ResultFileError';
    }
}
/** A field that does not hold what it should; the reader adds the file. */
class Invalid extends Error {
    field;
    problem;
    constructor(field, problem) {
        super(`${field} ${problem}`);
        this.field = field;
        this.problem = problem;
    }
}
/** The characters of a region name; merge does not judge which regions exist, the run that wrote the file did. */
const REGION_CHARS_RE = /^[a-z0-9-]{1,64}$/;
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const SERVICES = ['ebs', 'rds', 'rds-cluster', 'efs'];
const FAILURE_SERVICES = [...SERVICES, 'regions', 'account'];
const SNAPSHOT_TYPES = ['manual', 'automated', 'aws-backup'];
/** Bounds that no result of this version comes near; a file past them is not one. */
const MAX_ITEMS = 1_000_000;
const MAX_COUNT = 1e12;
const MAX_AMOUNT = 1e15;
function shown(value) {
    // JSON.stringify gives undefined for undefined, functions and symbols, whatever its declared type says.
    const json = JSON.stringify(value);
    const text = json ?? String(value);
    return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}
function key(at, k) {
    return /^[A-Za-z_][\w]*$/.test(k) ? `${at}.${k}` : `${at}[${shown(k)}]`;
}
function object(v, at) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Invalid(at, 'must be an object');
    return v;
}
function result_file_text(v, at, max) {
    if (typeof v !== 'string')
        throw new Invalid(at, `must be a string; got ${shown(v)}`);
    if (v.length > max)
        throw new Invalid(at, `is longer than ${max} characters`);
    if (CONTROL_RE.test(v))
        throw new Invalid(at, 'holds control characters');
    return v;
}
function matching(v, at, re, what) {
    const s = result_file_text(v, at, 256);
    if (!re.test(s))
        throw new Invalid(at, `must be ${what}; got ${shown(s)}`);
    return s;
}
const accountId = (v, at) => matching(v, at, aws_names/* ACCOUNT_RE */.cd, 'a 12-digit account id');
const regionName = (v, at) => matching(v, at, REGION_CHARS_RE, 'a region name (lower-case letters, digits, hyphens)');
function oneOf(v, at, allowed) {
    if (typeof v !== 'string' || !allowed.includes(v))
        throw new Invalid(at, `must be one of ${allowed.join(', ')}; got ${shown(v)}`);
    return v;
}
function count(v, at) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_COUNT)
        throw new Invalid(at, `must be a whole number of at least 0; got ${shown(v)}`);
    return v;
}
function amount(v, at) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_AMOUNT)
        throw new Invalid(at, `must be a number of at least 0; got ${shown(v)}`);
    return v;
}
function list(v, at, item, max = MAX_ITEMS) {
    if (!Array.isArray(v))
        throw new Invalid(at, 'must be an array');
    if (v.length > max)
        throw new Invalid(at, `has more than ${max} entries`);
    return v.map((x, i) => item(x, `${at}[${i}]`));
}
/** A map from names to values, as a fresh object; names that objects inherit (like __proto__) are refused. */
function record(v, at, name, value) {
    const o = object(v, at);
    const out = {};
    const keys = Object.keys(o);
    if (keys.length > MAX_ITEMS)
        throw new Invalid(at, `has more than ${MAX_ITEMS} entries`);
    for (const k of keys) {
        if (k in Object.prototype)
            throw new Invalid(key(at, k), 'is not a name this field can hold');
        name(k, key(at, k));
        out[k] = value(o[k], key(at, k));
    }
    return out;
}
function totals(v, at) {
    const o = object(v, at);
    return {
        count: count(o.count, `${at}.count`),
        sizeGib: amount(o.sizeGib, `${at}.sizeGib`),
        costUsd: amount(o.costUsd, `${at}.costUsd`)
    };
}
function member(accounts, id, at) {
    if (!accounts.has(id))
        throw new Invalid(at, `names account ${id}, which is not in the file's accounts`);
    return id;
}
function result_file_aggregate(v, at, accounts) {
    const o = object(v, at);
    const anyName = (k, where) => void result_file_text(k, where, 128);
    const ages = aggregate/* AGE_RANGES */.J$.map((r) => r.label);
    const byAge = record(o.byAge, `${at}.byAge`, (k, where) => void oneOf(k, where, ages), totals);
    for (const label of ages)
        byAge[label] ??= { count: 0, sizeGib: 0, costUsd: 0 };
    const agg = {
        total: totals(o.total, `${at}.total`),
        byService: record(o.byService, `${at}.byService`, (k, where) => void oneOf(k, where, SERVICES), totals),
        byRegion: record(o.byRegion, `${at}.byRegion`, (k, where) => void regionName(k, where), totals),
        byAccount: record(o.byAccount, `${at}.byAccount`, (k, where) => void member(accounts, accountId(k, where), where), totals),
        byAge,
        byEncryption: record(o.byEncryption, `${at}.byEncryption`, (k, where) => void oneOf(k, where, ['encrypted', 'unencrypted']), totals),
        byTier: record(o.byTier, `${at}.byTier`, anyName, totals),
        byType: record(o.byType, `${at}.byType`, (k, where) => void oneOf(k, where, SNAPSHOT_TYPES), totals),
        managed: totals(o.managed, `${at}.managed`),
        noSource: totals(o.noSource, `${at}.noSource`),
        topSources: list(o.topSources, `${at}.topSources`, (s, where) => source(s, where, accounts), 10_000),
        sourcesApproximate: flag(o.sourcesApproximate, `${at}.sourcesApproximate`)
    };
    const perAccount = Object.values(agg.byAccount).reduce((n, t) => n + t.count, 0);
    if (perAccount !== agg.total.count)
        throw new Invalid(`${at}.byAccount`, `counts ${perAccount} snapshots in all, but ${at}.total.count says ${agg.total.count}`);
    return agg;
}
function flag(v, at) {
    if (typeof v !== 'boolean')
        throw new Invalid(at, `must be true or false; got ${shown(v)}`);
    return v;
}
function source(v, at, accounts) {
    const o = object(v, at);
    return {
        accountId: member(accounts, accountId(o.accountId, `${at}.accountId`), `${at}.accountId`),
        region: regionName(o.region, `${at}.region`),
        service: oneOf(o.service, `${at}.service`, SERVICES),
        sourceId: result_file_text(o.sourceId, `${at}.sourceId`, 512),
        ...totals(o, at)
    };
}
function failure(v, at, accounts) {
    const o = object(v, at);
    const id = result_file_text(o.accountId, `${at}.accountId`, 12);
    return {
        accountId: id === '' ? id : member(accounts, accountId(id, `${at}.accountId`), `${at}.accountId`),
        region: o.region === '' ? '' : regionName(o.region, `${at}.region`),
        service: oneOf(o.service, `${at}.service`, FAILURE_SERVICES),
        message: result_file_text(o.message, `${at}.message`, 4096)
    };
}
function severityOf(rule, v, at) {
    const severity = oneOf(v, at, src_rules/* SEVERITIES */.oC);
    if (severity !== src_rules/* RULE_SEVERITY */.hx[rule])
        throw new Invalid(at, `is ${severity}, but rule ${rule} is ${src_rules/* RULE_SEVERITY */.hx[rule]} in this version`);
    return severity;
}
/** One rule's count of findings: its rule, the severity that rule has, and whole numbers of findings and silenced. */
function ruleCount(o, where) {
    const rule = oneOf(o.rule, `${where}.rule`, src_rules/* RULE_IDS */.Iu);
    return {
        rule,
        severity: severityOf(rule, o.severity, `${where}.severity`),
        findings: count(o.findings, `${where}.findings`),
        silenced: count(o.silenced, `${where}.silenced`)
    };
}
function ruleCounts(v, at) {
    const rules = list(v, at, (r, where) => ruleCount(object(r, where), where), src_rules/* RULE_IDS */.Iu.length);
    const seen = new Set();
    rules.forEach((r, i) => {
        if (seen.has(r.rule))
            throw new Invalid(`${at}[${i}].rule`, `names ${r.rule} a second time`);
        seen.add(r.rule);
    });
    return rules;
}
function accountRuleCounts(v, at, accounts, rules) {
    const counts = list(v, at, (c, where) => {
        const o = object(c, where);
        const counted = ruleCount(o, where);
        return {
            accountId: member(accounts, accountId(o.accountId, `${where}.accountId`), `${where}.accountId`),
            ...counted
        };
    });
    const seen = new Set();
    counts.forEach((c, i) => {
        const k = `${c.accountId}/${c.rule}`;
        if (seen.has(k))
            throw new Invalid(`${at}[${i}]`, `counts account ${c.accountId} and rule ${c.rule} a second time`);
        seen.add(k);
    });
    for (const rule of src_rules/* RULE_IDS */.Iu) {
        const total = rules.find((r) => r.rule === rule) ?? { findings: 0, silenced: 0 };
        const mine = counts.filter((c) => c.rule === rule);
        const findings = mine.reduce((n, c) => n + c.findings, 0);
        const silenced = mine.reduce((n, c) => n + c.silenced, 0);
        if (findings !== total.findings || silenced !== total.silenced)
            throw new Invalid(at, `counts ${findings} finding(s) and ${silenced} silenced for ${rule}, but rules says ${total.findings} and ${total.silenced}`);
    }
    return counts;
}
function accountsOf(v, at) {
    const ids = list(v, at, accountId, 100_000);
    if (ids.length === 0)
        throw new Invalid(at, 'must name at least one account');
    const seen = new Set();
    ids.forEach((id, i) => {
        if (seen.has(id))
            throw new Invalid(`${at}[${i}]`, `names account ${id} a second time`);
        seen.add(id);
    });
    return ids;
}
function csvName(v, at) {
    const raw = result_file_text(v, at, 4096);
    const base = raw.split(/[\\/]/).pop() ?? '';
    if (!/^[^\\/]+\.csv$/i.test(base) || base.startsWith('.'))
        throw new Invalid(at, `must end in the name of a .csv file; got ${shown(raw)}`);
    return base;
}
function isMajorVersion(v) {
    return typeof v === 'number' && Number.isFinite(v) && Math.floor(v) === result/* RESULT_SCHEMA_VERSION */.tS;
}
function slice(file, o, kind) {
    const accounts = accountsOf(o.accounts, 'accounts');
    const set = new Set(accounts);
    const base = {
        file,
        accounts,
        regions: list(o.regions, 'regions', regionName, 10_000),
        failures: list(o.failures, 'failures', (f, at) => failure(f, at, set))
    };
    if (kind === 'inventory') {
        const agg = result_file_aggregate(o.aggregate, 'aggregate', set);
        const rowCount = count(o.rowCount, 'rowCount');
        if (rowCount !== agg.total.count)
            throw new Invalid('rowCount', `is ${rowCount}, but aggregate.total.count is ${agg.total.count}`);
        return { kind, ...base, aggregate: agg, csvName: csvName(o.csvPath, 'csvPath'), rowCount };
    }
    const rules = ruleCounts(o.rules, 'rules');
    if (o.findingCounts === undefined)
        throw new Invalid('findingCounts', 'is missing: the check that wrote it predates per-account counts; run every job with the same version of the action');
    return { kind, ...base, rules, findingCounts: accountRuleCounts(o.findingCounts, 'findingCounts', set, rules) };
}
/** Checks one result file's text (its path below merge-path is `file`); throws a ResultFileError naming the field. */
function parseResultFile(file, content) {
    let json;
    try {
        json = JSON.parse(content);
    }
    catch (err) {
        throw new ResultFileError(file, '(the whole file)', `is not valid JSON (${err.message})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw new ResultFileError(file, '(the whole file)', 'must be a JSON object');
    const o = json;
    if (o.tool !== result/* RESULT_TOOL */.Lg)
        throw new ResultFileError(file, 'tool', `must be "${result/* RESULT_TOOL */.Lg}"; got ${shown(o.tool)}: it is not a result of this action`);
    if (!isMajorVersion(o.schema_version))
        throw new ResultFileError(file, 'schema_version', `says it was written by an incompatible version of snapshot-hygiene (schema_version ${shown(o.schema_version)}; this version reads ${result/* RESULT_SCHEMA_VERSION */.tS}): run every job with the same version of the action`);
    if (o.mode !== 'inventory' && o.mode !== 'check') {
        if (typeof o.mode === 'string' && o.mode.length <= 40)
            return { status: 'other-mode', file, mode: o.mode };
        throw new ResultFileError(file, 'mode', `must be a mode name; got ${shown(o.mode)}`);
    }
    const kind = o.mode;
    try {
        return { status: 'slice', slice: slice(file, o, kind) };
    }
    catch (err) {
        if (err instanceof Invalid)
            throw new ResultFileError(file, err.field, err.problem, kind);
        throw err;
    }
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/modes/merge.ts











/** The largest result file merge reads; results of this version stay far below it. */
const MAX_RESULT_BYTES = 64 * 1024 * 1024;
/**
 * Finds every result JSON below a folder, as paths below it, in a stable order. Folder links are not followed; a
 * result file that is a link is listed, so that reading it is refused and reported rather than silently skipped.
 */
function findResultFiles(root) {
    if (!external_node_fs_.existsSync(root) || !external_node_fs_.statSync(root).isDirectory()) {
        throw new Error(`merge-path ${root} is not a folder: download the earlier runs' artifacts there (actions/download-artifact with a path)`);
    }
    const out = [];
    const walk = (rel) => {
        const entries = external_node_fs_.readdirSync(external_node_path_.join(root, rel), { withFileTypes: true });
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const p = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory())
                walk(p);
            else if ((e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.summary.json'))
                out.push(p);
        }
    };
    walk('');
    return out;
}
/** The path of a file below merge-path; every file merge reads is resolved here. */
function resolveMergeFile(root, relative) {
    const resolved = external_node_path_.resolve(root, relative);
    if (!resolved.startsWith(external_node_path_.resolve(root) + external_node_path_.sep))
        throw new Error(`${relative} is not below merge-path ${root}`);
    return (0,paths/* readableFile */.rC)(resolved);
}
/** Opens a file below merge-path for reading (the one place merge opens such a file). */
function openMergeFile(root, relative) {
    return external_node_fs_.openSync(resolveMergeFile(root, relative), external_node_fs_.constants.O_RDONLY | paths/* NO_FOLLOW */.qP);
}
function readResultText(root, file) {
    const fd = openMergeFile(root, file);
    try {
        const size = external_node_fs_.fstatSync(fd).size;
        if (size > MAX_RESULT_BYTES)
            throw new ResultFileError(file, '(the whole file)', `is ${size} bytes, more than a result holds (${MAX_RESULT_BYTES})`);
        return external_node_fs_.readFileSync(fd, 'utf8');
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/**
 * Reads the CSV's records (a quoted field may span lines; a record ends where the quotes balance), checking its
 * header; hands each to `row` when given and returns how many there were.
 */
async function csvRecords(root, file, row) {
    const stream = external_node_fs_.createReadStream('', { fd: openMergeFile(root, file), encoding: 'utf8' });
    const lines = external_node_readline_.createInterface({ input: stream, crlfDelay: Infinity });
    const header = inventory_csv/* INVENTORY_COLUMNS */.LY.join(',');
    let first = true;
    let records = 0;
    let pending = '';
    try {
        for await (const line of lines) {
            if (first) {
                first = false;
                if (line.replace(/^\uFEFF/, '') !== header)
                    throw new ResultFileError(file, '(header)', "differs from this version's inventory CSV columns");
                continue;
            }
            pending += `${line}\n`;
            if ((pending.match(/"/g)?.length ?? 0) % 2 === 0) {
                records++;
                if (row)
                    await row(pending);
                pending = '';
            }
        }
    }
    finally {
        stream.destroy();
    }
    if (first)
        throw new ResultFileError(file, '(header)', 'is missing: the file is empty');
    if (pending !== '')
        throw new ResultFileError(file, '(last record)', 'ends inside a quoted field');
    return records;
}
/** The CSV of an inventory result, below merge-path. */
function csvOf(slice) {
    const dir = external_node_path_.posix.dirname(slice.file);
    return dir === '.' ? slice.csvName : `${dir}/${slice.csvName}`;
}
/** Checks that an inventory result's CSV is beside it and holds as many rows as the result counts. */
async function checkCsv(root, slice) {
    let rows;
    try {
        rows = await csvRecords(root, csvOf(slice));
    }
    catch (err) {
        if (err?.code !== 'ENOENT')
            throw err;
        throw new ResultFileError(slice.file, 'csvPath', `names ${slice.csvName}, which is not beside it; upload both files in the artifact`, 'inventory');
    }
    if (rows !== slice.rowCount)
        throw new ResultFileError(slice.file, 'rowCount', `is ${slice.rowCount}, but ${slice.csvName} holds ${rows} rows: the artifact is incomplete`, 'inventory');
}
function rejection(err, file) {
    if (err instanceof ResultFileError)
        return { file, reason: err.message, kind: err.kind };
    const message = err?.message;
    return { file, reason: `${file}: ${message ?? String(err)}`, kind: null };
}
/** Refuses a second result of the same kind for an account: joining both would count it twice. */
function withoutOverlap(slices) {
    const owner = new Map();
    const kept = [];
    const rejected = [];
    for (const s of slices) {
        const twice = s.accounts.find((a) => owner.has(`${s.kind}/${a}`));
        if (twice !== undefined) {
            rejected.push({
                file: s.file,
                reason: `${s.file}: field 'accounts' names account ${twice}, which ${owner.get(`${s.kind}/${twice}`)} already holds a ${s.kind} result of; joining both would count it twice`
            });
            continue;
        }
        for (const a of s.accounts)
            owner.set(`${s.kind}/${a}`, s.file);
        kept.push(s);
    }
    return { kept, rejected };
}
function sumRules(slices) {
    const out = src_rules/* RULE_IDS */.Iu.map((rule) => ({ rule, severity: src_rules/* RULE_SEVERITY */.hx[rule], findings: 0, silenced: 0 }));
    for (const s of slices) {
        for (const r of s.rules) {
            const into = out.find((o) => o.rule === r.rule);
            if (into) {
                into.findings += r.findings;
                into.silenced += r.silenced;
            }
        }
    }
    return out;
}
function missingAccounts(expected, coverage, kinds) {
    const out = [];
    for (const accountId of expected) {
        const lacking = kinds.length === 0 ? [] : kinds.filter((k) => !coverage[k].has(accountId));
        if (kinds.length === 0 || lacking.length > 0)
            out.push({ accountId, kinds: lacking });
    }
    return out;
}
/** The failures without repeats (an account that failed both its inventory and its check is named once). */
function distinct(failures) {
    const seen = new Map();
    for (const f of failures)
        seen.set(JSON.stringify([f.accountId, f.region, f.service, f.message]), f);
    return [...seen.values()];
}
const byFailure = (a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`);
/**
 * Joins earlier runs' results: one CSV of every inventory row, one aggregate and one count of findings for the
 * whole organisation. Files that are not what the action writes are rejected and left out; with `accounts`, the
 * expected accounts without a result are named.
 */
async function runMerge(config, clock) {
    const root = config.mergePath ?? '';
    const expected = Array.isArray(config.accounts) ? [...config.accounts].sort() : null;
    const files = findResultFiles(root);
    if (files.length === 0 && expected === null)
        throw new Error(`merge-path ${root} holds no *.summary.json results: download the earlier runs' artifacts there`);
    const read = [];
    const rejected = [];
    const skipped = [];
    for (const file of files) {
        try {
            const outcome = parseResultFile(file, readResultText(root, file));
            if (outcome.status === 'other-mode') {
                skipped.push({ file, mode: outcome.mode });
                continue;
            }
            if (outcome.slice.kind === 'inventory')
                await checkCsv(root, outcome.slice);
            read.push(outcome.slice);
        }
        catch (err) {
            rejected.push(rejection(err, file));
        }
    }
    const { kept, rejected: overlapping } = withoutOverlap(read);
    const inventories = kept.filter((s) => s.kind === 'inventory');
    const checks = kept.filter((s) => s.kind === 'check');
    external_node_fs_.mkdirSync(external_node_path_.dirname(config.csvPath), { recursive: true });
    const out = (0,paths/* writeStream */.G6)(config.csvPath);
    out.write((0,sync/* stringify */.A)([[...inventory_csv/* INVENTORY_COLUMNS */.LY]]));
    let rowCount = 0;
    for (const s of inventories) {
        rowCount += await csvRecords(root, csvOf(s), async (rec) => {
            if (!out.write(rec))
                await (0,external_node_events_.once)(out, 'drain');
        });
    }
    await new Promise((resolve, reject) => out.end((err) => {
        if (err)
            reject(err);
        else
            resolve();
    }));
    const tally = new finding_counts/* FindingTally */.W();
    for (const s of checks)
        for (const c of s.findingCounts)
            tally.addCount(c);
    const findingCounts = tally.list();
    const coverage = {
        inventory: [...new Set(inventories.flatMap((s) => s.accounts))].sort(),
        check: [...new Set(checks.flatMap((s) => s.accounts))].sort()
    };
    const kinds = ['inventory', 'check'].filter((k) => coverage[k].length > 0 || rejected.some((r) => r.kind === k));
    const accounts = [...new Set(kept.flatMap((s) => s.accounts))].sort();
    const missing = expected === null
        ? []
        : missingAccounts(expected, { inventory: new Set(coverage.inventory), check: new Set(coverage.check) }, kinds);
    return {
        mode: 'merge',
        generatedAt: clock.now().toISOString(),
        inputs: kept.map((s) => ({ file: s.file, kind: s.kind })),
        accounts,
        regions: [...new Set(kept.flatMap((s) => s.regions))].sort(),
        aggregate: (0,aggregate/* mergeAggregates */.dV)(inventories.map((s) => s.aggregate)),
        failures: distinct(kept.flatMap((s) => s.failures)).sort(byFailure),
        coverage,
        rules: sumRules(checks),
        findingCounts,
        findingsByAccount: (0,finding_counts/* findingsBySeverity */.f)(findingCounts),
        expectedAccounts: expected,
        missing,
        missingAccounts: missing.map((m) => m.accountId),
        unexpectedAccounts: expected === null ? [] : accounts.filter((a) => !expected.includes(a)),
        rejected: [...rejected.map(({ file, reason }) => ({ file, reason })), ...overlapping],
        skipped,
        csvPath: config.csvPath,
        rowCount
    };
}

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(22988);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
;// CONCATENATED MODULE: ./src/summary/merge.ts




/** How many missing accounts, and rejected or skipped files, the summary names; the result JSON holds all. */
const MAX_LISTED = 200;
/** "1 of the 3 expected accounts lacks results". */
function missingPhrase(r) {
    const n = r.missing.length;
    return `${(0,markdown/* int */.Wh)(n)} of the ${(0,markdown/* int */.Wh)(r.expectedAccounts?.length ?? 0)} expected accounts ${n === 1 ? 'lacks' : 'lack'} results`;
}
function more(list, what) {
    return list.length > MAX_LISTED ? `\n\n${(0,markdown/* int */.Wh)(list.length - MAX_LISTED)} more ${what} are in the result JSON.` : '';
}
function kindsText(kinds) {
    return kinds.length === 0 ? 'no result' : `no ${kinds.join(' and no ')} result`;
}
function completenessSection(r) {
    if (r.expectedAccounts === null) {
        return ('### Completeness\n\nNot checked: `accounts` was not given, so the accounts that have no result cannot be named. ' +
            "Pass the accounts the matrix covered (list-accounts' `accounts-json`) to check them.");
    }
    const unexpected = r.unexpectedAccounts.length > 0
        ? `\n\n${(0,markdown/* int */.Wh)(r.unexpectedAccounts.length)} accounts not in \`accounts\` were joined too: ${listIds(r.unexpectedAccounts)}.`
        : '';
    if (r.missing.length === 0)
        return `### Completeness\n\nEvery one of the ${(0,markdown/* int */.Wh)(r.expectedAccounts.length)} expected accounts has a result.${unexpected}`;
    const rows = r.missing.slice(0, MAX_LISTED).map((m) => [(0,markdown.md)(m.accountId), (0,markdown.md)(kindsText(m.kinds))]);
    return (`### Completeness\n\n**${missingPhrase(r)}**; ` +
        `the report below is without them:\n\n${(0,markdown/* table */.tp)(['account', 'missing'], rows, ['l', 'l'])}${more(r.missing, 'accounts')}${unexpected}`);
}
function listIds(ids) {
    const shown = ids.slice(0, MAX_LISTED).map((id) => (0,markdown.md)(id));
    return shown.join(', ') + (ids.length > MAX_LISTED ? ` and ${(0,markdown/* int */.Wh)(ids.length - MAX_LISTED)} more` : '');
}
function filesSection(rejected, skipped) {
    const parts = [];
    if (rejected.length > 0) {
        const lines = rejected.slice(0, MAX_LISTED).map((f) => `- ${(0,markdown.md)(f.reason)}`);
        parts.push(`### Result files rejected\n\nThese files are not what snapshot-hygiene writes; they were left out, and the accounts they held count as missing.\n\n${lines.join('\n')}${more(rejected, 'files')}`);
    }
    if (skipped.length > 0) {
        const lines = skipped.slice(0, MAX_LISTED).map((f) => `- ${(0,src_escape/* markdownCode */.D9)(f.file)}: a ${(0,markdown.md)(f.mode)} result`);
        parts.push(`### Result files not joined\n\nMerge joins inventory and check results; these are of other modes.\n\n${lines.join('\n')}${more(skipped, 'files')}`);
    }
    return parts.join('\n\n');
}
function ruleSection(r) {
    if (r.coverage.check.length === 0)
        return '';
    const rows = r.rules.map((x) => [(0,markdown.md)(x.rule), (0,markdown.md)(x.severity), (0,markdown/* int */.Wh)(x.findings), (0,markdown/* int */.Wh)(x.silenced)]);
    return `### Findings by rule\n\nFrom the check results of ${(0,plural/* plural */.L)(r.coverage.check.length, 'account')}.\n\n${(0,markdown/* table */.tp)(['rule', 'severity', 'findings', 'silenced'], rows, ['l', 'l', 'r', 'r'])}`;
}
function findingsSection(r) {
    if (r.coverage.check.length === 0)
        return '';
    const list = r.findingsByAccount;
    if (list.length === 0)
        return '### Findings by account\n\nNo account has a finding that is not silenced.';
    const rows = list
        .slice(0, sections/* MAX_ACCOUNT_ROWS */.T_)
        .map((f) => [(0,markdown.md)(f.accountId), (0,markdown/* int */.Wh)(f.error), (0,markdown/* int */.Wh)(f.warning), (0,markdown/* int */.Wh)(f.notice)]);
    const rest = list.length > sections/* MAX_ACCOUNT_ROWS */.T_
        ? `\n\n${(0,markdown/* int */.Wh)(list.length - sections/* MAX_ACCOUNT_ROWS */.T_)} more accounts have findings; see the result JSON.`
        : '';
    return `### Findings by account\n\n${(0,markdown/* table */.tp)(['account', 'errors', 'warnings', 'notices'], rows)}${rest}`;
}
function filesLine(r) {
    const inventory = r.inputs.filter((i) => i.kind === 'inventory').length;
    const check = r.inputs.length - inventory;
    return `Joined from ${(0,plural/* plural */.L)(r.inputs.length, 'result file')} (${(0,markdown/* int */.Wh)(inventory)} inventory, ${(0,markdown/* int */.Wh)(check)} check).`;
}
/** The organisation-wide summary of merged runs; every string that came from a result file is escaped. */
function mergeSummary(r, csvName) {
    const failedAccounts = new Set(r.failures.filter((f) => f.service === 'account' || f.service === 'regions').map((f) => f.accountId));
    const incomplete = r.missing.length > 0 || r.rejected.length > 0;
    const parts = [
        '## Snapshot inventory: organisation',
        incomplete
            ? `> **Incomplete.** ${r.missing.length > 0 ? `${missingPhrase(r)}. ` : ''}` +
                `${r.rejected.length > 0 ? `${r.rejected.length === 1 ? '1 result file was' : `${(0,markdown/* int */.Wh)(r.rejected.length)} result files were`} rejected. ` : ''}The report below is without them; the step fails.`
            : '',
        `${(0,sections/* headline */.Pl)(r.aggregate, r.accounts.length, r.regions.length)} ${filesLine(r)}` +
            (failedAccounts.size > 0 ? ` **${(0,plural/* plural */.L)(failedAccounts.size, 'account')} could not be read** (below).` : ''),
        completenessSection(r),
        filesSection(r.rejected, r.skipped),
        r.coverage.inventory.length > 0 ? (0,sections/* accountSection */.pJ)(r.aggregate) : '',
        ruleSection(r),
        findingsSection(r),
        ...(0,sections/* breakdownSections */.a)(r.aggregate),
        (0,sections/* failureSection */.mo)(r.failures),
        (0,sections/* priceSection */.h8)(),
        `One row per snapshot of every account is in the CSV ${(0,src_escape/* markdownCode */.D9)(csvName)}.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
;// CONCATENATED MODULE: ./src/report/merge.ts








/** The reason an incomplete merge fails the step, or null when nothing is missing. */
function incompleteMessage(r) {
    const parts = [];
    if (r.missing.length > 0) {
        const named = r.missing
            .slice(0, 10)
            .map((m) => `${m.accountId} (${m.kinds.length === 0 ? 'no result' : `no ${m.kinds.join(' and no ')} result`})`)
            .join(', ');
        const more = r.missing.length > 10 ? ` and ${r.missing.length - 10} more` : '';
        parts.push(`${(0,plural/* plural */.L)(r.missing.length, 'expected account')} ${r.missing.length === 1 ? 'has' : 'have'} no result: ${named}${more}`);
    }
    const firstRejected = r.rejected[0];
    if (firstRejected !== undefined) {
        const more = r.rejected.length > 1 ? `; and ${r.rejected.length - 1} more` : '';
        parts.push(`${(0,plural/* plural */.L)(r.rejected.length, 'result file')} ${r.rejected.length === 1 ? 'was' : 'were'} rejected: ${firstRejected.reason}${more}`);
    }
    if (parts.length === 0)
        return null;
    return `The merge is incomplete: ${parts.join('; ')}. The summary and the CSV hold the rest (output missing-accounts)`;
}
/** Joins earlier runs' results and reports them as one organisation; fails when a result is missing or rejected. */
async function mergeStep(config, clock) {
    const result = await runMerge(config, clock);
    for (const f of result.failures)
        log/* warning */.$e(`Not read: ${(0,accounts/* failureLine */.P)(f)}`);
    for (const f of result.rejected)
        log/* warning */.$e(`Rejected ${f.reason}`);
    const csvName = external_node_path_.basename(result.csvPath);
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: result.csvPath,
        result,
        files: [result.csvPath],
        summary: mergeSummary(result, csvName),
        fullReportHint: `The full data is in ${csvName}.`
    });
    (0,shared/* setTotalsOutputs */.IY)(result.rowCount, result.aggregate);
    (0,shared/* setResultOutputs */.Ge)({ csvPath: result.csvPath, resultJson, upload, failedCount: result.failures.length });
    core.setOutput('accounts-json', JSON.stringify(result.accounts));
    if (result.expectedAccounts !== null)
        core.setOutput('missing-accounts', JSON.stringify(result.missingAccounts));
    const first = result.failures[0];
    (0,shared/* endStep */.Cs)(upload, [
        incompleteMessage(result),
        config.failOnRegionError && first !== undefined
            ? `${(0,plural/* plural */.L)(result.failures.length, 'account, region or service', 'accounts, regions or services')} ${result.failures.length === 1 ? 'was' : 'were'} not read (fail-on-region-error is true): ${(0,accounts/* failureLine */.P)(first)}`
            : null
    ]);
}


/***/ })

};
