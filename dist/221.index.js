export const id = 221;
export const ids = [221];
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

/***/ 98155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ carryHistory),
/* harmony export */   oe: () => (/* binding */ MAX_HISTORY),
/* harmony export */   xg: () => (/* binding */ historyEntry)
/* harmony export */ });
/** How many runs a history keeps; the oldest fall off. */
const MAX_HISTORY = 52;
function copy(t) {
    return { count: t.count, sizeGib: t.sizeGib, costUsd: t.costUsd };
}
/** The history entry of a run that listed `aggregate` at `at`. */
function historyEntry(at, aggregate) {
    const byService = {};
    for (const [service, t] of Object.entries(aggregate.byService))
        byService[service] = copy(t);
    return { at, ...copy(aggregate.total), byService };
}
/**
 * The history of a run: the compared result's history (or, for a result written without one, its own entry), then
 * this run's entry; entries at or after this run's time are dropped (a result compared with itself or a later one),
 * and only the last MAX_HISTORY remain.
 */
function carryHistory(previous, current) {
    const earlier = previous.filter((e) => e.at < current.at).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const unique = earlier.filter((e, i) => i === 0 || earlier[i - 1]?.at !== e.at);
    return [...unique, current].slice(-MAX_HISTORY);
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

/***/ 69797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ResultFileError),
/* harmony export */   l: () => (/* binding */ parseResultFile)
/* harmony export */ });
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _aws_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68439);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98155);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51666);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79244);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23699);
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
function text(v, at, max) {
    if (typeof v !== 'string')
        throw new Invalid(at, `must be a string; got ${shown(v)}`);
    if (v.length > max)
        throw new Invalid(at, `is longer than ${max} characters`);
    if (CONTROL_RE.test(v))
        throw new Invalid(at, 'holds control characters');
    return v;
}
function matching(v, at, re, what) {
    const s = text(v, at, 256);
    if (!re.test(s))
        throw new Invalid(at, `must be ${what}; got ${shown(s)}`);
    return s;
}
const accountId = (v, at) => matching(v, at, _aws_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ACCOUNT_RE */ .cd, 'a 12-digit account id');
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
function aggregate(v, at, accounts) {
    const o = object(v, at);
    const anyName = (k, where) => void text(k, where, 128);
    const ages = _aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .AGE_RANGES */ .J$.map((r) => r.label);
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
        sourceId: text(o.sourceId, `${at}.sourceId`, 512),
        ...totals(o, at)
    };
}
function failure(v, at, accounts) {
    const o = object(v, at);
    const id = text(o.accountId, `${at}.accountId`, 12);
    return {
        accountId: id === '' ? id : member(accounts, accountId(id, `${at}.accountId`), `${at}.accountId`),
        region: o.region === '' ? '' : regionName(o.region, `${at}.region`),
        service: oneOf(o.service, `${at}.service`, FAILURE_SERVICES),
        message: text(o.message, `${at}.message`, 4096)
    };
}
function severityOf(rule, v, at) {
    const severity = oneOf(v, at, _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC);
    if (severity !== _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_SEVERITY */ .hx[rule])
        throw new Invalid(at, `is ${severity}, but rule ${rule} is ${_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_SEVERITY */ .hx[rule]} in this version`);
    return severity;
}
/** One rule's count of findings: its rule, the severity that rule has, and whole numbers of findings and silenced. */
function ruleCount(o, where) {
    const rule = oneOf(o.rule, `${where}.rule`, _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu);
    return {
        rule,
        severity: severityOf(rule, o.severity, `${where}.severity`),
        findings: count(o.findings, `${where}.findings`),
        silenced: count(o.silenced, `${where}.silenced`)
    };
}
function ruleCounts(v, at) {
    const rules = list(v, at, (r, where) => ruleCount(object(r, where), where), _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu.length);
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
    for (const rule of _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu) {
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
    const raw = text(v, at, 4096);
    const base = raw.split(/[\\/]/).pop() ?? '';
    if (!/^[^\\/]+\.csv$/i.test(base) || base.startsWith('.'))
        throw new Invalid(at, `must end in the name of a .csv file; got ${shown(raw)}`);
    return base;
}
function timestamp(v, at) {
    const s = text(v, at, 64);
    if ((0,_timestamp_js__WEBPACK_IMPORTED_MODULE_3__/* .parseUtcTimestamp */ .k)(s) === null)
        throw new Invalid(at, `must be a UTC time like 2026-03-16T06:00:00.000Z; got ${shown(s)}`);
    return s;
}
function historyEntry(v, at) {
    const o = object(v, at);
    return {
        at: timestamp(o.at, `${at}.at`),
        ...totals(o, at),
        byService: record(o.byService, `${at}.byService`, (k, where) => void oneOf(k, where, SERVICES), totals)
    };
}
function history(v, at) {
    if (v === undefined)
        return null;
    return list(v, at, historyEntry, _history_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_HISTORY */ .oe);
}
/** The name of a file the result names beside it, with the given ending. */
function besideName(v, at, ending) {
    const raw = text(v, at, 4096);
    const base = raw.split(/[\\/]/).pop() ?? '';
    if (!base.toLowerCase().endsWith(ending) || base.length === ending.length || base.startsWith('.'))
        throw new Invalid(at, `must end in the name of a ${ending} file; got ${shown(raw)}`);
    return base;
}
function isMajorVersion(v) {
    return typeof v === 'number' && Number.isFinite(v) && Math.floor(v) === _result_js__WEBPACK_IMPORTED_MODULE_5__/* .RESULT_SCHEMA_VERSION */ .tS;
}
function slice(file, o, kind) {
    const accounts = accountsOf(o.accounts, 'accounts');
    const set = new Set(accounts);
    const base = {
        file,
        accounts,
        regions: list(o.regions, 'regions', regionName, 10_000),
        failures: list(o.failures, 'failures', (f, at) => failure(f, at, set)),
        generatedAt: o.generatedAt === undefined ? '' : timestamp(o.generatedAt, 'generatedAt'),
        history: history(o.history, 'history')
    };
    if (kind === 'inventory') {
        const agg = aggregate(o.aggregate, 'aggregate', set);
        const rowCount = count(o.rowCount, 'rowCount');
        if (rowCount !== agg.total.count)
            throw new Invalid('rowCount', `is ${rowCount}, but aggregate.total.count is ${agg.total.count}`);
        return { kind, ...base, aggregate: agg, csvName: csvName(o.csvPath, 'csvPath'), rowCount };
    }
    const rules = ruleCounts(o.rules, 'rules');
    if (o.findingCounts === undefined)
        throw new Invalid('findingCounts', 'is missing: the check that wrote it predates per-account counts; run every job with the same version of the action');
    return {
        kind,
        ...base,
        rules,
        findingCounts: accountRuleCounts(o.findingCounts, 'findingCounts', set, rules),
        findingsName: o.findingsJsonPath === undefined ? null : besideName(o.findingsJsonPath, 'findingsJsonPath', '.findings.json')
    };
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
    if (o.tool !== _result_js__WEBPACK_IMPORTED_MODULE_5__/* .RESULT_TOOL */ .Lg)
        throw new ResultFileError(file, 'tool', `must be "${_result_js__WEBPACK_IMPORTED_MODULE_5__/* .RESULT_TOOL */ .Lg}"; got ${shown(o.tool)}: it is not a result of this action`);
    if (!isMajorVersion(o.schema_version))
        throw new ResultFileError(file, 'schema_version', `says it was written by an incompatible version of snapshot-hygiene (schema_version ${shown(o.schema_version)}; this version reads ${_result_js__WEBPACK_IMPORTED_MODULE_5__/* .RESULT_SCHEMA_VERSION */ .tS}): run every job with the same version of the action`);
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


/***/ }),

/***/ 23699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseUtcTimestamp)
/* harmony export */ });
/**
 * The one date format the action reads from tags and documents: ISO 8601 in UTC, as it writes it
 * (`2026-03-16T06:00:00Z`, or with milliseconds `2026-03-16T06:00:00.000Z`). Anything else is not a date.
 */
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$/;
/** Parses YYYY-MM-DDTHH:MM:SS(.sss)Z with a real calendar date and time of day; null for anything else. */
function parseUtcTimestamp(raw) {
    const m = TIMESTAMP_RE.exec(raw);
    if (m === null)
        return null;
    const [year, month, day, hour, minute, second, ms] = m
        .slice(1)
        .map((part) => Number(part ?? '0'));
    if (hour > 23 || minute > 59 || second > 59)
        return null;
    const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
    // Date.UTC rolls over (February 30 becomes March 2) and maps years 0-99 to 1900-1999: both are refused.
    if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day)
        return null;
    return at;
}


/***/ })

};
