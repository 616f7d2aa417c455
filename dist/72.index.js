export const id = 72;
export const ids = [72];
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

/***/ 43072:
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
// EXTERNAL MODULE: ./src/cost-range.ts
var cost_range = __webpack_require__(3854);
// EXTERNAL MODULE: ./src/finding-counts.ts
var finding_counts = __webpack_require__(90487);
// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
// EXTERNAL MODULE: ./src/result-file.ts
var result_file = __webpack_require__(69797);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(79244);
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
            throw new result_file/* ResultFileError */.e(file, '(the whole file)', `is ${size} bytes, more than a result holds (${MAX_RESULT_BYTES})`);
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
                    throw new result_file/* ResultFileError */.e(file, '(header)', "differs from this version's inventory CSV columns");
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
        throw new result_file/* ResultFileError */.e(file, '(header)', 'is missing: the file is empty');
    if (pending !== '')
        throw new result_file/* ResultFileError */.e(file, '(last record)', 'ends inside a quoted field');
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
        throw new result_file/* ResultFileError */.e(slice.file, 'csvPath', `names ${slice.csvName}, which is not beside it; upload both files in the artifact`, 'inventory');
    }
    if (rows !== slice.rowCount)
        throw new result_file/* ResultFileError */.e(slice.file, 'rowCount', `is ${slice.rowCount}, but ${slice.csvName} holds ${rows} rows: the artifact is incomplete`, 'inventory');
}
function rejection(err, file) {
    if (err instanceof result_file/* ResultFileError */.e)
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
    const out = rules/* RULE_IDS */.Iu.map((rule) => ({ rule, severity: rules/* RULE_SEVERITY */.hx[rule], findings: 0, silenced: 0 }));
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
/** The inventories' ranges joined, when every inventory has them. */
function joinedCosts(inventories) {
    const costsMissing = inventories.filter((s) => s.costs === null).map((s) => s.file);
    const ranges = inventories.flatMap((s) => (s.costs === null ? [] : [s.costs]));
    const costs = inventories.length > 0 && costsMissing.length === 0 ? (0,cost_range/* mergeCostRanges */.E$)(ranges) : null;
    return { costs, costsMissing };
}
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
            const outcome = (0,result_file/* parseResultFile */.l)(file, readResultText(root, file));
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
        ...joinedCosts(inventories),
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
// EXTERNAL MODULE: ./src/summary/charts.ts
var charts = __webpack_require__(88995);
// EXTERNAL MODULE: ./src/summary/cost.ts
var cost = __webpack_require__(36547);
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
/** The joined estimate ranges, or why they are left out. */
function rangeSection(r) {
    if (r.costs !== null)
        return (0,cost/* costSection */.pD)({ ranges: r.costs, measurement: null });
    if (r.costsMissing.length === 0)
        return '';
    const files = r.costsMissing.slice(0, MAX_LISTED).map(src_escape/* markdownCode */.D9).join(', ');
    return (`### Estimated cost

The range is left out: ${(0,plural/* plural */.L)(r.costsMissing.length, 'inventory result')} (${files}) ` +
        'holds none, so a sum would miss its accounts; the totals show the high end. Run every job with the same version of the action.');
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
        `${(0,sections/* headline */.Pl)(r.aggregate, r.accounts.length, r.regions.length, r.costs?.total)} ${filesLine(r)}` +
            (failedAccounts.size > 0 ? ` **${(0,plural/* plural */.L)(failedAccounts.size, 'account')} could not be read** (below).` : ''),
        completenessSection(r),
        filesSection(r.rejected, r.skipped),
        r.coverage.inventory.length > 0 ? (0,sections/* accountSection */.pJ)(r.aggregate) : '',
        r.coverage.inventory.length > 0 ? (0,charts/* costByAccountChart */.KC)(r.aggregate) : '',
        rangeSection(r),
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
// EXTERNAL MODULE: ./src/report/cost.ts
var report_cost = __webpack_require__(8089);
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
    if (result.costs !== null)
        (0,report_cost/* setCostRangeOutputs */.B)({ ranges: result.costs, measurement: null });
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


/***/ }),

/***/ 88995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ reclaimedChart),
/* harmony export */   KC: () => (/* binding */ costByAccountChart),
/* harmony export */   Uv: () => (/* binding */ withCharts),
/* harmony export */   W7: () => (/* binding */ ageHistogram),
/* harmony export */   nb: () => (/* binding */ trendCharts),
/* harmony export */   ui: () => (/* binding */ costByServiceChart)
/* harmony export */ });
/* unused harmony exports MAX_BARS, MAX_POINTS, MAX_LABELLED_POINTS, groupTail, xyChart, totalsChart */
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22988);
/**
 * Mermaid charts (xychart-beta, which GitHub renders) for the summaries. Every chart stays small whatever it is given:
 * at most a dozen bars (the rest grouped as "other") or a year of weekly points; labels from outside are escaped with
 * {@link mermaidLabel}; a chart with nothing to draw is '' rather than an invalid block.
 */


/** The most bars a chart shows; past it the smallest are one bar, "other". */
const MAX_BARS = 12;
/** The most points a trend line shows (a year of weekly runs). */
const MAX_POINTS = 52;
/** Up to this many points each get their date on the x-axis; past it the axis numbers the runs. */
const MAX_LABELLED_POINTS = 8;
/**
 * A label a chart can show: escaped, never empty (Mermaid refuses an empty label), and short. A run of `%` is cut to
 * one, since Mermaid reads `%%{...}%%` as a directive wherever it stands, even inside quotes.
 */
function label(text, max = 40) {
    const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    const quoted = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidLabel */ ._b)(short).replace(/%{2,}/g, '%');
    return quoted === '""' ? '"(none)"' : quoted;
}
/** A number as Mermaid reads it: finite, at most two decimals, never in exponent form. */
function value(n) {
    if (!Number.isFinite(n))
        return '0';
    const fixed = (Math.round(n * 100) / 100).toFixed(2);
    return fixed.replace(/\.?0+$/, '') || '0';
}
/** The largest entries, and the rest summed into one "other" entry when there are more than `max`. */
function groupTail(entries, max = MAX_BARS) {
    const sorted = [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (sorted.length <= max)
        return sorted.map(([k, v]) => [k, v]);
    const head = sorted.slice(0, max - 1).map(([k, v]) => [k, v]);
    const rest = sorted.slice(max - 1).reduce((n, [, v]) => n + v, 0);
    return [...head, [`other (${sorted.length - max + 1})`, rest]];
}
/**
 * The front matter every chart starts with: a small plot (Mermaid's default is 700 by 500 pixels; a horizontal chart
 * grows with its bars, so that each label has a line) in a colour that reads on light and dark pages alike.
 */
function chartConfig(height) {
    return [
        '---',
        'config:',
        '  xyChart:',
        '    width: 640',
        `    height: ${height}`,
        '  themeVariables:',
        '    xyChart:',
        "      plotColorPalette: '#2f81f7'",
        '---'
    ];
}
/**
 * A fenced xychart-beta block; '' when there is nothing on the x-axis. The x-axis is either labels (one per value)
 * or a numbered axis of `count` points under a title, for series too long to label each point legibly. Horizontal
 * charts put the labels one under the other, so that long ones (account ids, regions) do not overlap.
 */
function xyChart(o) {
    const axis = o.labels;
    const points = 'count' in axis ? axis.count : axis.length;
    if (points === 0)
        return '';
    const top = Math.max(0, ...o.series.flatMap((s) => s.values.filter(Number.isFinite)));
    // A range of 0 to 0 draws nothing useful; give the axis room above the largest value.
    const max = top > 0 ? top * 1.1 : 1;
    const xAxis = 'count' in axis
        ? `${label(axis.title, 80)} 1 --> ${Math.max(2, axis.count)}`
        : `[${axis.map((l) => label(l)).join(', ')}]`;
    return [
        '```mermaid',
        ...chartConfig(o.horizontal === true ? Math.max(160, 60 + 22 * points) : 240),
        o.horizontal === true ? 'xychart-beta horizontal' : 'xychart-beta',
        `  title ${label(o.title, 80)}`,
        `  x-axis ${xAxis}`,
        `  y-axis ${label(o.yAxis)} 0 --> ${value(max)}`,
        ...o.series.map((s) => `  ${s.kind} [${s.values.map(value).join(', ')}]`),
        '```'
    ].join('\n');
}
/** Bars of one figure of a totals map, the long tail grouped; '' when every value is zero or the map is empty. */
function totalsChart(title, map, figure, yAxis, max = MAX_BARS) {
    const entries = Object.entries(map).map(([k, t]) => [k, t[figure]]);
    if (entries.every(([, v]) => v <= 0))
        return '';
    const bars = groupTail(entries, max);
    return xyChart({
        title,
        labels: bars.map(([k]) => k),
        yAxis,
        series: [{ kind: 'bar', values: bars.map(([, v]) => v) }],
        horizontal: true
    });
}
/** Estimated $/month per service, largest first. */
function costByServiceChart(a) {
    return totalsChart('Estimated cost by service ($/month)', a.byService, 'costUsd', '$/month');
}
/** Estimated $/month per account, the largest accounts and the rest as "other". */
function costByAccountChart(a) {
    return totalsChart('Estimated cost by account ($/month)', a.byAccount, 'costUsd', '$/month');
}
/** How many snapshots fall in each age range, youngest first; '' when there are none. */
function ageHistogram(a) {
    if (a.total.count === 0)
        return '';
    const labels = _aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .AGE_RANGES */ .J$.map((r) => r.label);
    return xyChart({
        title: 'Snapshots by age',
        labels,
        yAxis: 'snapshots',
        series: [{ kind: 'bar', values: labels.map((l) => a.byAge[l]?.count ?? 0) }]
    });
}
/** The x-axis labels of a history: the date, with the time (to the minute, or the second) where runs share one. */
function pointLabels(points) {
    const unique = (labels) => new Set(labels).size === labels.length;
    const days = points.map((p) => p.at.slice(0, 10));
    if (unique(days))
        return days;
    const minutes = points.map((p) => `${p.at.slice(0, 10)} ${p.at.slice(11, 16)}`);
    return unique(minutes) ? minutes : points.map((p) => `${p.at.slice(0, 10)} ${p.at.slice(11, 19)}`);
}
/** Two line charts over the runs of a history, estimated cost and snapshot count; '' with fewer than two runs. */
function trendCharts(history) {
    const points = history.slice(-MAX_POINTS);
    if (points.length < 2)
        return '';
    const first = points[0]?.at.slice(0, 10) ?? '';
    const last = points[points.length - 1]?.at.slice(0, 10) ?? '';
    const labels = points.length <= MAX_LABELLED_POINTS
        ? pointLabels(points)
        : { title: `the last ${points.length} runs, ${first} to ${last}`, count: points.length };
    const cost = xyChart({
        title: 'Estimated cost over time ($/month)',
        labels,
        yAxis: '$/month',
        series: [{ kind: 'line', values: points.map((p) => p.costUsd) }]
    });
    const count = xyChart({
        title: 'Snapshots over time',
        labels,
        yAxis: 'snapshots',
        series: [{ kind: 'line', values: points.map((p) => p.count) }]
    });
    return `${cost}\n\n${count}`;
}
/**
 * Puts each chart right after the section whose heading it names (the section's first line); a chart whose section
 * is not there goes after the last section, so that a renamed heading moves a chart rather than loses it.
 */
function withCharts(sections, charts) {
    const out = [];
    const placed = new Set();
    for (const s of sections) {
        out.push(s);
        const heading = s.split('\n', 1)[0] ?? '';
        const chart = charts[heading];
        if (chart !== undefined && chart !== '') {
            out.push(chart);
            placed.add(heading);
        }
    }
    for (const [heading, chart] of Object.entries(charts))
        if (!placed.has(heading) && chart !== '')
            out.push(chart);
    return out;
}
/** The GiB deleted (or, under dry-run, to be deleted) per region, the largest regions first; '' when nothing is. */
function reclaimedChart(decisions, dryRun) {
    const byRegion = new Map();
    for (const d of decisions)
        if (d.outcome === 'deleted' || d.outcome === 'would-delete')
            byRegion.set(d.region, (byRegion.get(d.region) ?? 0) + d.sizeGib);
    if ([...byRegion.values()].every((v) => v <= 0))
        return '';
    const bars = groupTail([...byRegion.entries()]);
    return xyChart({
        title: dryRun ? 'Storage to reclaim by region (GiB)' : 'Storage reclaimed by region (GiB)',
        labels: bars.map(([k]) => k),
        yAxis: 'GiB',
        series: [{ kind: 'bar', values: bars.map(([, v]) => v) }],
        horizontal: true
    });
}


/***/ })

};
