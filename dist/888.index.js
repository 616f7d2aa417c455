export const id = 888;
export const ids = [888];
export const modules = {

/***/ 75344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ findCompared),
/* harmony export */   J5: () => (/* binding */ MAX_COMPARED_BYTES),
/* harmony export */   M4: () => (/* binding */ CompareError),
/* harmony export */   Mv: () => (/* binding */ readBoundedFile),
/* harmony export */   an: () => (/* binding */ besideCompared),
/* harmony export */   c5: () => (/* binding */ comparedHistory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98155);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8431);
/* harmony import */ var _result_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69797);
/**
 * The result a run compares itself with: found at a path (a result JSON, or a folder holding one, as
 * actions/download-artifact leaves it), read as hostile input with the checks merge uses, and refused when it is not
 * comparable: another schema version, another mode or another set of accounts. Nothing here knows of GitHub.
 */





/** The largest compared result read; results of this version stay far below it. */
const MAX_COMPARED_BYTES = 64 * 1024 * 1024;
/** How deep below the compare-with folder a result is looked for, and how many files are looked at. */
const MAX_DEPTH = 4;
const MAX_ENTRIES = 10_000;
/** A compared result that cannot be used; the message names the file and the fix. */
class CompareError extends Error {
}
/** The result JSON files below a folder, relative to it, in a stable order; links are not followed. */
function resultFilesBelow(root) {
    const out = [];
    let seen = 0;
    const walk = (rel, depth) => {
        const entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, rel), { withFileTypes: true });
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (++seen > MAX_ENTRIES)
                throw new CompareError(`compare-with ${root} holds more than ${MAX_ENTRIES} files`);
            const p = rel === '' ? e.name : node_path__WEBPACK_IMPORTED_MODULE_1__.join(rel, e.name);
            if (e.isDirectory() && depth < MAX_DEPTH)
                walk(p, depth + 1);
            else if ((e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.summary.json'))
                out.push(p);
        }
    };
    walk('', 0);
    return out;
}
/** Reads a file that must not be a link, bounded in size. */
function readBoundedFile(file, max) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .readableFile */ .rC)(file), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_FOLLOW */ .qP);
    try {
        const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size;
        if (size > max)
            throw new CompareError(`${file} is ${size} bytes, more than a result holds (${max})`);
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(fd, 'utf8');
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
function parse(file) {
    try {
        return (0,_result_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseResultFile */ .l)(file, readBoundedFile(file, MAX_COMPARED_BYTES));
    }
    catch (err) {
        if (err instanceof _result_file_js__WEBPACK_IMPORTED_MODULE_3__/* .ResultFileError */ .e)
            throw new CompareError(`compare-with: ${err.message}; name a result this version of snapshot-hygiene wrote`);
        throw err;
    }
}
function sameAccounts(mine, theirs) {
    const a = new Set(mine);
    const b = new Set(theirs);
    const onlyMine = [...a].filter((id) => !b.has(id)).sort();
    const onlyTheirs = [...b].filter((id) => !a.has(id)).sort();
    if (onlyMine.length === 0 && onlyTheirs.length === 0)
        return null;
    const list = (ids) => ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, and ${ids.length - 5} more` : '');
    const parts = [
        onlyMine.length > 0 ? `this run has ${list(onlyMine)}, which it does not` : '',
        onlyTheirs.length > 0 ? `it has ${list(onlyTheirs)}, which this run does not` : ''
    ].filter((p) => p !== '');
    return parts.join('; ');
}
/**
 * Finds and reads the result to compare with at `target` (a result JSON or a folder holding one) for a run of
 * `mode` over `accounts`. A missing path or a folder without a result is 'none' (a first run, an expired artifact);
 * a result of another schema version, mode or account set, or a folder with several candidates, is a CompareError.
 */
function findCompared(target, mode, accounts) {
    const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(target, { throwIfNoEntry: false });
    if (st === undefined)
        return {
            status: 'none',
            notice: `No earlier result to compare with: ${target} does not exist (a first run, or an expired artifact).`
        };
    let files;
    if (st.isDirectory()) {
        files = resultFilesBelow(target).map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(target, f));
        if (files.length === 0)
            return { status: 'none', notice: `No earlier result to compare with: ${target} holds no *.summary.json file.` };
    }
    else
        files = [target];
    const parsed = files.map((file) => ({ file, outcome: parse(file) }));
    const mine = parsed.filter((p) => p.outcome.status === 'slice' && p.outcome.slice.kind === mode);
    if (mine.length === 0) {
        const modes = parsed.map((p) => (p.outcome.status === 'slice' ? p.outcome.slice.kind : p.outcome.mode));
        throw new CompareError(`compare-with ${target} holds a result of mode ${[...new Set(modes)].join(', ')}, not ${mode}: compare with an earlier ${mode} result`);
    }
    if (mine.length > 1)
        throw new CompareError(`compare-with ${target} holds ${mine.length} ${mode} results (${mine
            .slice(0, 3)
            .map((p) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(target, p.file))
            .join(', ')}): name one of them`);
    const [{ file, outcome }] = mine;
    const mismatch = sameAccounts(accounts, outcome.slice.accounts);
    if (mismatch !== null)
        throw new CompareError(`compare-with ${file} is a result for other accounts (${mismatch}): compare runs over the same accounts`);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
    return outcome.slice.kind === 'inventory'
        ? { status: 'found', compared: { kind: 'inventory', file, dir, slice: outcome.slice } }
        : { status: 'found', compared: { kind: 'check', file, dir, slice: outcome.slice } };
}
/** The history a compared inventory hands on: its own, or, for a result written without one, its headline alone. */
function comparedHistory(slice) {
    if (slice.history !== null)
        return slice.history;
    return slice.generatedAt === '' ? [] : [(0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .historyEntry */ .xg)(slice.generatedAt, slice.aggregate)];
}
/** The path of a file the compared result names beside it. */
function besideCompared(compared, name) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(compared.dir, name);
}


/***/ }),

/***/ 40221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ loadCompared)
});

// EXTERNAL MODULE: ./src/compare.ts
var compare = __webpack_require__(75344);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/report/previous-run.ts
/**
 * The previous run's result: the latest successful run of this workflow on this branch, found through the GitHub REST
 * API, and its artifact of the same name, downloaded with @actions/artifact into a fresh folder of the runner's temp.
 */






/** The most runs looked at on the way back to the latest successful one other than this run. */
const RUNS_PAGE = 10;
function repository(env) {
    const [owner = '', repo = '', ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const runId = Number(env.GITHUB_RUN_ID ?? '');
    if (owner === '' || repo === '' || rest.length > 0 || !Number.isSafeInteger(runId) || runId <= 0)
        throw new compare/* CompareError */.M4("compare-with 'previous-run' needs a workflow run (GITHUB_REPOSITORY and GITHUB_RUN_ID); outside one, name a downloaded result's path");
    return { owner, repo, runId };
}
function apiError(what, err) {
    const status = err?.status;
    const hint = status === 403 || status === 404 ? "; the job needs 'permissions: actions: read'" : '';
    return new compare/* CompareError */.M4(`compare-with 'previous-run': could not ${what}: ${(0,errors/* errorMessage */.gJ)(err)}${hint}`);
}
/**
 * Finds the latest successful run of this workflow on this run's branch (this run excluded) and downloads its
 * artifact named `artifactName` below `tempRoot`. No such run, or a run without that artifact (expired, or never
 * uploaded), is 'none' with a notice; an API that refuses is a CompareError naming the permission.
 */
async function downloadPreviousRun(o) {
    if (o.token === '')
        throw new compare/* CompareError */.M4("compare-with 'previous-run' needs github-token (with actions: read); it is empty");
    if (o.artifactName === '')
        throw new compare/* CompareError */.M4("compare-with 'previous-run' needs artifact-name: the artifact to look for in the previous run");
    const { owner, repo, runId } = repository(o.env);
    const octokit = (0,github/* getOctokit */.Q)(o.token, { baseUrl: o.env.GITHUB_API_URL || 'https://api.github.com' });
    let workflowId;
    let branch;
    try {
        const current = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
        workflowId = current.data.workflow_id;
        branch = current.data.head_branch ?? '';
    }
    catch (err) {
        throw apiError(`read this run ${runId}`, err);
    }
    let previous;
    try {
        const runs = await octokit.rest.actions.listWorkflowRuns({
            owner,
            repo,
            workflow_id: workflowId,
            status: 'success',
            per_page: RUNS_PAGE,
            ...(branch === '' ? {} : { branch })
        });
        previous = runs.data.workflow_runs.find((r) => r.id !== runId && (branch === '' || r.head_branch === branch));
    }
    catch (err) {
        throw apiError(`list the runs of workflow ${workflowId}`, err);
    }
    const where = branch === '' ? 'this workflow' : `this workflow on branch ${branch}`;
    if (previous === undefined)
        return { status: 'none', notice: `No earlier result to compare with: ${where} has no earlier successful run.` };
    let artifact;
    try {
        const list = await octokit.rest.actions.listWorkflowRunArtifacts({
            owner,
            repo,
            run_id: previous.id,
            name: o.artifactName,
            per_page: 10
        });
        artifact = list.data.artifacts.find((a) => a.name === o.artifactName);
    }
    catch (err) {
        throw apiError(`list the artifacts of run ${previous.id}`, err);
    }
    if (artifact === undefined || artifact.expired)
        return {
            status: 'none',
            notice: `No earlier result to compare with: run ${previous.id} (the latest successful run of ${where}) has ${artifact === undefined ? 'no' : 'only an expired'} artifact ${o.artifactName}.`
        };
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(o.tempRoot ?? o.env.RUNNER_TEMP ?? external_node_os_.tmpdir(), 'snapshot-hygiene-previous-'));
    try {
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 645).then(__webpack_require__.bind(__webpack_require__, 9645));
        await new DefaultArtifactClient().downloadArtifact(artifact.id, {
            path: dir,
            findBy: { token: o.token, workflowRunId: previous.id, repositoryOwner: owner, repositoryName: repo }
        });
    }
    catch (err) {
        throw apiError(`download artifact ${o.artifactName} (${artifact.id}) of run ${previous.id}`, err);
    }
    return { status: 'downloaded', dir, runId: previous.id, artifactId: artifact.id };
}

;// CONCATENATED MODULE: ./src/report/compare.ts
/** Where a step gets the result it compares itself with: the compare-with path, or the previous run's artifact. */



/**
 * The compared result for a run of `mode` over `accounts`, or null without compare-with. No earlier result is a
 * notice (logged here); a result that cannot be compared throws a CompareError.
 */
async function loadCompared(config, mode, accounts, env = process.env) {
    const c = config.compareWith;
    if (c.kind === 'none')
        return null;
    let target;
    if (c.kind === 'path')
        target = c.path;
    else {
        const previous = await downloadPreviousRun({ token: config.githubToken, artifactName: config.artifactName, env });
        if (previous.status === 'none') {
            log/* notice */.lm(previous.notice);
            return previous;
        }
        log/* info */.pq(`Comparing with artifact ${config.artifactName} of run ${previous.runId}`);
        target = previous.dir;
    }
    const outcome = (0,compare/* findCompared */.BJ)(target, mode, accounts);
    if (outcome.status === 'none')
        log/* notice */.lm(outcome.notice);
    else
        log/* info */.pq(`Comparing with ${outcome.compared.file}`);
    return outcome;
}


/***/ }),

/***/ 43888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inventoryStep: () => (/* binding */ inventoryStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/accounts.ts
var accounts = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/modes/inventory.ts + 6 modules
var inventory = __webpack_require__(79213);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
// EXTERNAL MODULE: ./src/summary/charts.ts
var summary_charts = __webpack_require__(88995);
;// CONCATENATED MODULE: ./src/summary/changes.ts



/** How many rows each change table shows. */
const MAX_DELTA_ROWS = 10;
/** A dollar change with its sign: +$1.20, −$0.50, $0.00. */
function signedUsd(n) {
    const cents = Math.round(n * 100) / 100;
    if (cents === 0)
        return (0,markdown/* usd */.dR)(0);
    return `${cents > 0 ? '+' : '−'}${(0,markdown/* usd */.dR)(Math.abs(cents))}`;
}
/** A GiB change with its sign. */
function signedGib(n) {
    const r = Math.round(n * 10) / 10;
    if (r === 0)
        return '0';
    return `${r > 0 ? '+' : '−'}${(0,markdown/* gib */.$l)(Math.abs(r))}`;
}
function deltaTable(heading, column, deltas) {
    const changed = deltas.filter((d) => Math.round(d.costChangeUsd * 100) !== 0 || d.before.count !== d.after.count);
    if (changed.length === 0)
        return '';
    const rows = changed
        .slice(0, MAX_DELTA_ROWS)
        .map((d) => [
        (0,markdown.md)(d.key),
        (0,markdown/* int */.Wh)(d.before.count),
        (0,markdown/* int */.Wh)(d.after.count),
        (0,markdown/* usd */.dR)(d.before.costUsd),
        (0,markdown/* usd */.dR)(d.after.costUsd),
        signedUsd(d.costChangeUsd)
    ]);
    const more = changed.length > MAX_DELTA_ROWS
        ? `\n\n${(0,plural/* plural */.L)(changed.length - MAX_DELTA_ROWS, `more ${column}`, `more ${column}s`)} changed less; the result JSON has the totals of each.`
        : '';
    return `#### ${heading}\n\n${(0,markdown/* table */.tp)([column, 'snapshots before', 'now', 'est. $/month before', 'now', 'change'], rows)}${more}`;
}
function sourcesTable(sources) {
    if (sources.length === 0)
        return '';
    const rows = sources.map((s) => [
        (0,markdown.md)(s.sourceId),
        (0,markdown.md)(s.service),
        (0,markdown.md)(s.region),
        (0,markdown.md)(s.accountId),
        (0,markdown/* int */.Wh)(s.added),
        (0,markdown/* int */.Wh)(s.removed),
        signedGib(s.gibChange),
        signedUsd(s.costChangeUsd)
    ]);
    return ('#### Sources that grew most\n\nThe volumes, DB instances and clusters and file systems whose snapshots gained the most GiB ' +
        '(added minus removed snapshots).\n\n' +
        (0,markdown/* table */.tp)(['source', 'service', 'region', 'account', 'added', 'removed', 'GiB', 'est. $/month'], rows, [
            'l',
            'l',
            'l',
            'l',
            'r',
            'r',
            'r',
            'r'
        ]));
}
/** When the compared run listed its snapshots, as the summary says it. */
function when(at) {
    return at === '' ? 'the compared run' : `the run of ${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}
/** The change section that opens a compared inventory's summary. */
function changeSection(c, o) {
    const before = o.totalCostUsd - c.costChangeUsd;
    const pct = before > 0 ? ` (${c.costChangeUsd >= 0 ? '+' : '−'}${Math.abs((c.costChangeUsd / before) * 100).toFixed(1)}%)` : '';
    const lead = `Since ${when(o.comparedAt)}: **${(0,plural/* plural */.L)(c.added.count, 'snapshot')} added**, **${(0,markdown/* int */.Wh)(c.removed.count)} removed**; ` +
        `the estimate is now ${(0,markdown/* usd */.dR)(o.totalCostUsd)} a month, **${signedUsd(c.costChangeUsd)}**${pct}.`;
    const totals = (0,markdown/* table */.tp)(['', 'snapshots', 'GiB', 'est. $/month'], [
        ['added', (0,markdown/* int */.Wh)(c.added.count), (0,markdown/* gib */.$l)(c.added.sizeGib), signedUsd(c.added.costUsd)],
        ['removed', (0,markdown/* int */.Wh)(c.removed.count), (0,markdown/* gib */.$l)(c.removed.sizeGib), signedUsd(-c.removed.costUsd)]
    ]);
    const parts = [
        '### Since the last run',
        lead,
        totals,
        deltaTable('Cost change by service', 'service', c.byService),
        deltaTable('Cost change by region', 'region', c.byRegion),
        o.multiAccount ? deltaTable('Cost change by account', 'account', c.byAccount) : '',
        sourcesTable(c.growingSources),
        `Every added and removed snapshot is in \`${(0,markdown.md)(o.changesCsvName)}\`.`
    ];
    return parts.filter((p) => p !== '').join('\n\n');
}
/** The trend over the runs of the history; '' with fewer than two. */
function trendSection(history) {
    const charts = (0,summary_charts/* trendCharts */.nb)(history);
    if (charts === '')
        return '';
    const first = history[Math.max(0, history.length - 52)];
    return `### Trend\n\n${(0,plural/* plural */.L)(Math.min(history.length, 52), 'run')} since ${(first?.at ?? '').slice(0, 10)}.\n\n${charts}`;
}

// EXTERNAL MODULE: ./src/summary/cost.ts
var cost = __webpack_require__(36547);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
;// CONCATENATED MODULE: ./src/summary/locks.ts


/** At most this many notices are listed; the log has every one. */
const NOTICES_MAX = 20;
/** The Locked snapshots section. */
function lockSection(locks) {
    const { count, sizeGib } = locks.locked;
    const lines = [
        '### Locked snapshots',
        count === 0
            ? 'No EBS snapshot is under a snapshot lock that has not expired.'
            : `**${(0,plural/* plural */.L)(count, 'EBS snapshot')}** (${(0,markdown/* gib */.$l)(sizeGib)} GiB) ${count === 1 ? 'is' : 'are'} under a snapshot lock that has not expired: nobody can delete ${count === 1 ? 'it' : 'them'} before the lock ends (\`lock_state\`, \`lock_expires_at\` in the CSV).`
    ];
    if (locks.notices.length > 0) {
        const shown = locks.notices.slice(0, NOTICES_MAX).map((n) => `- ${(0,markdown.md)(n)}`);
        const more = locks.notices.length > NOTICES_MAX ? [`- ... and ${(0,markdown/* int */.Wh)(locks.notices.length - NOTICES_MAX)} more`] : [];
        lines.push(`Lock state was not read everywhere:\n\n${[...shown, ...more].join('\n')}`);
    }
    return lines.join('\n\n');
}

// EXTERNAL MODULE: ./src/summary/copies.ts
var copies = __webpack_require__(99651);
;// CONCATENATED MODULE: ./src/summary/inventory.ts







/** The whole inventory summary in markdown. */
function inventorySummary(r) {
    const c = r.comparison ?? null;
    const parts = [
        '## Snapshot inventory',
        (0,sections/* headline */.Pl)(r.aggregate, r.accounts.length, r.regions.length, r.costs?.ranges.total),
        c === null
            ? ''
            : changeSection(c.changes, {
                comparedAt: c.comparedAt,
                totalCostUsd: r.aggregate.total.costUsd,
                changesCsvName: c.changesCsvName,
                multiAccount: r.accounts.length > 1
            }),
        trendSection(r.history ?? []),
        r.costs ? (0,cost/* costSection */.pD)(r.costs) : '',
        r.accounts.length > 1 ? (0,sections/* accountSection */.pJ)(r.aggregate) : '',
        ...(0,summary_charts/* withCharts */.Uv)((0,sections/* breakdownSections */.a)(r.aggregate), {
            '### By service': (0,summary_charts/* costByServiceChart */.ui)(r.aggregate),
            '### By age': (0,summary_charts/* ageHistogram */.W7)(r.aggregate)
        }),
        r.locks === undefined ? '' : lockSection(r.locks),
        (0,copies/* inventoryCopiesSection */.tu)(r.copies),
        (0,sections/* failureSection */.mo)(r.failures),
        (0,sections/* priceSection */.h8)(),
        `One row per snapshot is in the CSV \`${(0,markdown.md)(r.csvName)}\`.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/report/compare.ts + 1 modules
var compare = __webpack_require__(40221);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/aws-names.ts
var aws_names = __webpack_require__(68439);
// EXTERNAL MODULE: ./src/csv.ts
var src_csv = __webpack_require__(30731);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/csv-read.ts
/**
 * Reads a CSV file the action wrote (RFC 4180: fields quoted with ", quotes doubled inside), one record at a time,
 * so memory stays flat. The file may come from an artifact, so it is read as hostile: the header must be the one
 * expected, a record is bounded in length, and the file must end outside a quoted field.
 */


/** The longest record read; the action's rows stay far below it (the longest cell is a snapshot's tags). */
const MAX_RECORD_CHARS = 1024 * 1024;
/** A CSV file that is not what the action writes; it names the file and the record. */
class CsvReadError extends Error {
    file;
    constructor(file, problem) {
        super(`${file}: ${problem}`);
        this.file = file;
    }
}
/** Splits CSV text into records of fields as it arrives. */
class RecordParser {
    file;
    field = '';
    fields = [];
    quoted = false;
    /** A quote was just read inside a quoted field: the next character says whether it closes it or is doubled. */
    quoteSeen = false;
    length = 0;
    started = false;
    constructor(file) {
        this.file = file;
    }
    /** Feeds text; returns the records it completed. */
    feed(text) {
        const out = [];
        for (const c of text) {
            if (++this.length > MAX_RECORD_CHARS)
                throw new CsvReadError(this.file, `a record is longer than ${MAX_RECORD_CHARS} characters`);
            this.started = true;
            if (this.quoted) {
                if (this.quoteSeen) {
                    this.quoteSeen = false;
                    if (c === '"') {
                        this.field += '"';
                        continue;
                    }
                    this.quoted = false;
                }
                else if (c === '"') {
                    this.quoteSeen = true;
                    continue;
                }
                else {
                    this.field += c;
                    continue;
                }
            }
            if (c === '"' && this.field === '')
                this.quoted = true;
            else if (c === ',')
                this.endField();
            else if (c === '\n')
                out.push(this.endRecord());
            else if (c !== '\r')
                this.field += c;
        }
        return out;
    }
    endField() {
        this.fields.push(this.field);
        this.field = '';
    }
    endRecord() {
        this.endField();
        const record = this.fields;
        this.fields = [];
        this.length = 0;
        this.started = false;
        return record;
    }
    /** The last record when the file does not end in a line break; throws when it ends inside quotes. */
    end() {
        if (this.quoted && !this.quoteSeen)
            throw new CsvReadError(this.file, 'the last record ends inside a quoted field');
        this.quoted = false;
        return this.started ? this.endRecord() : null;
    }
}
/**
 * Yields the records of a CSV file after checking that its header is `header` (a leading byte-order mark is allowed).
 * The file must not be a symbolic link and must be inside the workspace or the runner's temp folder.
 */
async function* readCsvRecords(file, header) {
    const fd = external_node_fs_.openSync((0,paths/* readableFile */.rC)(file), external_node_fs_.constants.O_RDONLY | paths/* NO_FOLLOW */.qP);
    const stream = external_node_fs_.createReadStream('', { fd, encoding: 'utf8', highWaterMark: 256 * 1024 });
    const parser = new RecordParser(file);
    let first = true;
    const check = (record) => {
        const names = record.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f));
        if (names.join(',') !== header.join(','))
            throw new CsvReadError(file, `its header differs from this version's columns (${header.join(',')})`);
    };
    try {
        for await (const chunk of stream) {
            for (const record of parser.feed(chunk)) {
                if (first) {
                    check(record);
                    first = false;
                }
                else
                    yield record;
            }
        }
        const last = parser.end();
        if (last !== null) {
            if (first) {
                check(last);
                first = false;
            }
            else
                yield last;
        }
    }
    finally {
        stream.destroy();
    }
    if (first)
        throw new CsvReadError(file, 'is empty: it has no header');
}

// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
;// CONCATENATED MODULE: ./src/changes.ts




/** The columns of the changes CSV, in order. */
const CHANGE_COLUMNS = [
    'change',
    'account_id',
    'region',
    'service',
    'snapshot_id',
    'snapshot_type',
    'source_id',
    'created_at',
    'size_gib',
    'estimated_monthly_cost_usd'
];
/** How many growing sources the changes keep. */
const MAX_GROWING_SOURCES = 10;
/** The most rows the earlier CSV may hold; no inventory of this version comes near it. */
const MAX_PREVIOUS_ROWS = 5_000_000;
const SERVICES = ['ebs', 'rds', 'rds-cluster', 'efs'];
const REGION_RE = /^[a-z0-9-]{1,64}$/;
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_RE = /[\u0000-\u001f\u007f]/;
const COLUMN = Object.fromEntries(inventory_csv/* INVENTORY_COLUMNS */.LY.map((c, i) => [c, i]));
function zero() {
    return { count: 0, sizeGib: 0, costUsd: 0 };
}
/** The key that identifies a snapshot across runs. */
function snapshotKey(s) {
    return `${s.accountId}/${s.region}/${s.snapshotId}`;
}
/** One inventory CSV record as a snapshot, checked field by field; throws naming the record and the field. */
function changedSnapshot(record, file, line) {
    const cell = (name) => record[COLUMN[name]] ?? '';
    const bad = (name, problem) => {
        throw new CsvReadError(file, `record ${line}: ${name} ${problem}`);
    };
    if (record.length !== inventory_csv/* INVENTORY_COLUMNS */.LY.length)
        bad('(the record)', `has ${record.length} fields; the header has ${inventory_csv/* INVENTORY_COLUMNS */.LY.length}`);
    const textOf = (name, max) => {
        const v = cell(name);
        if (v.length > max)
            bad(name, `is longer than ${max} characters`);
        if (CONTROL_RE.test(v))
            bad(name, 'holds control characters');
        return v;
    };
    const amountOf = (name) => {
        const v = cell(name);
        const n = Number(v);
        if (v === '' || !Number.isFinite(n) || n < 0 || n > 1e12)
            bad(name, 'must be a number of at least 0');
        return n;
    };
    const accountId = cell('account_id');
    if (!aws_names/* ACCOUNT_RE */.cd.test(accountId))
        bad('account_id', 'must be a 12-digit account id');
    const region = cell('region');
    if (!REGION_RE.test(region))
        bad('region', 'must be a region name');
    const service = cell('service');
    if (!SERVICES.includes(service))
        bad('service', `must be one of ${SERVICES.join(', ')}`);
    const snapshotId = textOf('snapshot_id', 512);
    if (snapshotId === '')
        bad('snapshot_id', 'is empty');
    return {
        accountId,
        region,
        service,
        snapshotId,
        snapshotType: textOf('snapshot_type', 32),
        sourceId: textOf('source_id', 512),
        createdAt: textOf('created_at', 64),
        sizeGib: amountOf('size_gib'),
        costUsd: amountOf('estimated_monthly_cost_usd')
    };
}
/**
 * The snapshots of the compared inventory's CSV, keyed by account, region and id; a key seen twice, or a number of
 * rows other than the result counts, is refused. Read before this run writes its own CSV (which may be the same file).
 */
async function comparedSnapshots(file, rows) {
    const previous = await snapshotsOf(file, MAX_PREVIOUS_ROWS);
    if (previous.size !== rows)
        throw new CsvReadError(file, `holds ${previous.size} rows, but the compared result counts ${rows}: the artifact is incomplete`);
    return previous;
}
async function snapshotsOf(file, maxRows) {
    const out = new Map();
    let line = 1;
    for await (const record of readCsvRecords(file, inventory_csv/* INVENTORY_COLUMNS */.LY)) {
        line++;
        if (out.size >= maxRows)
            throw new CsvReadError(file, `holds more than ${maxRows} rows`);
        const s = changedSnapshot(record, file, line);
        const key = snapshotKey(s);
        if (out.has(key))
            throw new CsvReadError(file, `record ${line}: snapshot ${key} is listed a second time`);
        out.set(key, s);
    }
    return out;
}
function add(into, s) {
    into.count += 1;
    into.sizeGib += s.sizeGib;
    into.costUsd += s.costUsd;
}
/** The change per key of a totals map, largest absolute cost change first; keys absent on one side count as zero. */
function costDeltas(before, after) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
        .map((key) => {
        const b = before[key] ?? zero();
        const a = after[key] ?? zero();
        return { key, before: { ...b }, after: { ...a }, costChangeUsd: a.costUsd - b.costUsd };
    })
        .sort((x, y) => Math.abs(y.costChangeUsd) - Math.abs(x.costChangeUsd) || x.key.localeCompare(y.key));
}
function byChange(a, b) {
    return (a.change.localeCompare(b.change) ||
        a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region) ||
        a.snapshotId.localeCompare(b.snapshotId));
}
function growth(rows) {
    const sources = new Map();
    for (const r of rows) {
        if (r.sourceId === '')
            continue;
        const key = `${r.accountId}/${r.region}/${r.service}/${r.sourceId}`;
        let g = sources.get(key);
        if (!g) {
            g = {
                accountId: r.accountId,
                region: r.region,
                service: r.service,
                sourceId: r.sourceId,
                added: 0,
                removed: 0,
                gibChange: 0,
                costChangeUsd: 0
            };
            sources.set(key, g);
        }
        const sign = r.change === 'added' ? 1 : -1;
        if (r.change === 'added')
            g.added += 1;
        else
            g.removed += 1;
        g.gibChange += sign * r.sizeGib;
        g.costChangeUsd += sign * r.costUsd;
    }
    return [...sources.values()]
        .filter((g) => g.gibChange > 0)
        .sort((a, b) => b.gibChange - a.gibChange ||
        b.costChangeUsd - a.costChangeUsd ||
        `${a.accountId}/${a.region}/${a.sourceId}`.localeCompare(`${b.accountId}/${b.region}/${b.sourceId}`))
        .slice(0, MAX_GROWING_SOURCES);
}
/**
 * Joins the compared inventory (its CSV and aggregate) with this run's: every snapshot only in this run is added,
 * every one only in the compared run removed. Writes them to `changesCsvPath` (added first, each group in account,
 * region and id order) and returns the totals and deltas.
 */
async function inventoryChanges(o) {
    const previous = o.previous;
    const rows = [];
    const seen = new Set();
    let line = 1;
    for await (const record of readCsvRecords(o.currentCsv, inventory_csv/* INVENTORY_COLUMNS */.LY)) {
        line++;
        const s = changedSnapshot(record, o.currentCsv, line);
        const key = snapshotKey(s);
        if (seen.has(key))
            continue;
        seen.add(key);
        if (previous.has(key))
            previous.delete(key);
        else
            rows.push({ change: 'added', ...s });
    }
    for (const s of previous.values())
        rows.push({ change: 'removed', ...s });
    rows.sort(byChange);
    const added = zero();
    const removed = zero();
    for (const r of rows)
        add(r.change === 'added' ? added : removed, r);
    const csv = src_csv/* CsvWriter */.i.open(o.changesCsvPath, CHANGE_COLUMNS, (r) => [
        r.change,
        r.accountId,
        r.region,
        r.service,
        r.snapshotId,
        r.snapshotType,
        r.sourceId,
        r.createdAt,
        (0,inventory_csv/* round */.LI)(r.sizeGib, 3),
        (0,inventory_csv/* round */.LI)(r.costUsd, 4)
    ]);
    for (let i = 0; i < rows.length; i += 1000)
        await csv.write(rows.slice(i, i + 1000));
    await csv.close();
    const before = o.previousAggregate;
    const after = o.currentAggregate;
    return {
        added,
        removed,
        costChangeUsd: after.total.costUsd - before.total.costUsd,
        byService: costDeltas(before.byService, after.byService),
        byRegion: costDeltas(before.byRegion, after.byRegion),
        byAccount: costDeltas(before.byAccount, after.byAccount),
        growingSources: growth(rows),
        csvPath: csv.filePath
    };
}
/** The changes CSV's path for an inventory CSV path: next to it, ending in .changes.csv. */
function changesCsvPath(csvPath) {
    return csvPath.replace(/\.csv$/i, '') + '.changes.csv';
}

// EXTERNAL MODULE: ./src/compare.ts
var src_compare = __webpack_require__(75344);
// EXTERNAL MODULE: ./src/history.ts
var src_history = __webpack_require__(98155);
;// CONCATENATED MODULE: ./src/report/inventory-changes.ts
/** The comparison an inventory step adds to its report: the changes CSV, the history, the result fields and outputs. */






/** Reads the compared inventory's CSV when there is a compared inventory; null otherwise. */
async function readComparedInventory(outcome) {
    if (outcome === null || outcome.status === 'none' || outcome.compared.kind !== 'inventory')
        return null;
    const { slice } = outcome.compared;
    const snapshots = await comparedSnapshots((0,src_compare/* besideCompared */.an)(outcome.compared, slice.csvName), slice.rowCount);
    return { file: outcome.compared.file, slice, snapshots };
}
/** Joins the run's result with the compared inventory (if any) and carries the history forward. */
async function compareInventory(result, compared) {
    const entry = (0,src_history/* historyEntry */.xg)(result.generatedAt, result.aggregate);
    if (compared === null)
        return { comparison: null, history: [entry], extra: { history: [entry] } };
    const { slice } = compared;
    const changes = await inventoryChanges({
        previous: compared.snapshots,
        previousAggregate: slice.aggregate,
        currentCsv: result.csvPath,
        currentAggregate: result.aggregate,
        changesCsvPath: changesCsvPath(result.csvPath)
    });
    const history = (0,src_history/* carryHistory */.Sk)((0,src_compare/* comparedHistory */.c5)(slice), entry);
    return {
        comparison: { changes, comparedAt: slice.generatedAt, changesCsvName: external_node_path_.basename(changes.csvPath) },
        history,
        extra: {
            history,
            comparedWith: { file: external_node_path_.basename(compared.file), generatedAt: slice.generatedAt },
            changes: {
                added: changes.added,
                removed: changes.removed,
                costChangeUsd: (0,inventory_csv/* round */.LI)(changes.costChangeUsd, 4),
                byService: changes.byService,
                byRegion: changes.byRegion,
                byAccount: changes.byAccount,
                growingSources: changes.growingSources,
                csvPath: changes.csvPath
            }
        }
    };
}
/** Sets added-count, removed-count, cost-change-usd and changes-csv-path; each is empty without a compared result. */
function setChangeOutputs(comparison) {
    if (comparison === null) {
        for (const name of ['added-count', 'removed-count', 'cost-change-usd', 'changes-csv-path'])
            core.setOutput(name, '');
        return;
    }
    const c = comparison.changes;
    core.setOutput('added-count', c.added.count);
    core.setOutput('removed-count', c.removed.count);
    core.setOutput('cost-change-usd', (0,inventory_csv/* round */.LI)(c.costChangeUsd, 2));
    core.setOutput('changes-csv-path', c.csvPath);
}

// EXTERNAL MODULE: ./src/report/cost.ts
var report_cost = __webpack_require__(8089);
// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
;// CONCATENATED MODULE: ./src/report/inventory.ts










/** Runs the inventory and reports it: warnings, result JSON, artifact, summary and outputs; then fails on what failed. */
async function inventoryStep(config, targets, clock) {
    const compared = await readComparedInventory(await (0,compare/* loadCompared */.e)(config, 'inventory', targets.map((t) => t.accountId)));
    const result = await (0,inventory/* runInventory */.q3)(config, targets, clock);
    for (const f of result.failures)
        log/* warning */.$e(`Could not list ${(0,accounts/* failureLine */.P)(f)}`);
    for (const n of result.locks.notices)
        log/* notice */.lm(n);
    for (const f of result.costs.measurement?.failures ?? []) {
        log/* warning */.$e(`Could not measure ${f.lineage.sourceId ?? ''} in ${f.lineage.region} (account ${f.lineage.accountId}): ${f.message}`);
    }
    const csvName = external_node_path_.basename(result.csvPath);
    const { comparison, history, extra } = await compareInventory(result, compared);
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: result.csvPath,
        result: { ...result, ...extra },
        files: [result.csvPath, ...(comparison === null ? [] : [comparison.changes.csvPath])],
        summary: inventorySummary({ ...result, csvName, comparison, history }),
        fullReportHint: `The full data is in ${csvName}.`
    });
    (0,shared/* setTotalsOutputs */.IY)(result.rowCount, result.aggregate);
    (0,report_cost/* setCostRangeOutputs */.B)(result.costs);
    (0,shared/* setResultOutputs */.Ge)({ csvPath: result.csvPath, resultJson, upload, failedCount: result.failures.length });
    setChangeOutputs(comparison);
    log/* info */.pq(`Listed ${(0,plural/* plural */.L)(result.rowCount, 'snapshot')} in ${(0,plural/* plural */.L)(result.regions.length, 'region')}; CSV at ${result.csvPath}`);
    (0,shared/* endStep */.Cs)(upload, [(0,shared/* unreadProblem */.l0)(config, result.failures, 'listed')]);
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
