export const id = 19;
export const ids = [19];
export const modules = {

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

/***/ 8089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ setCostRangeOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76722);
/** The outputs of the inventory's cost ranges. */


/**
 * Sets estimated-monthly-cost-low-usd, the low end of the estimate; estimated-monthly-cost-usd (set with the totals)
 * is its high end.
 */
function setCostRangeOutputs(costs) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('estimated-monthly-cost-low-usd', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(costs.ranges.total.lowUsd, 2));
}


/***/ }),

/***/ 4617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ writeResultJson),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   VS: () => (/* binding */ resultJsonPath),
/* harmony export */   mz: () => (/* binding */ uploadArtifact)
/* harmony export */ });
/* unused harmony export artifactNotice */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83758);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51666);
/** Where a report goes on GitHub: the job summary, the result JSON beside the CSV, and the workflow artifact. */







/** The markdown that opens a summary when the artifact failed ('' otherwise). */
function artifactNotice(upload) {
    if (upload.status !== 'failed')
        return '';
    return (`> **The artifact \`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.md)(upload.name)}\` was not uploaded**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.md)(upload.reason)}\n>\n` +
        '> The CSV and the result JSON were written on the runner only, and go with it when the job ends; the step fails. ' +
        'Re-run the job to upload them.\n\n');
}
/** Writes the job summary once, cut to GitHub's limit, opened by the artifact's failure if any; a failure to write it is a warning. */
async function writeSummary(markdown, fullReportHint, upload) {
    // The notice goes first: a summary too long for GitHub is cut at its end.
    const text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitSummary */ .mW)((upload === undefined ? '' : artifactNotice(upload)) + markdown, fullReportHint);
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
/** Where the machine-readable result goes: next to the CSV, named after it. */
function resultJsonPath(csvPath) {
    return csvPath.replace(/\.csv$/i, '') + '.summary.json';
}
/** Writes the machine-readable result next to the CSV (never through a symbolic link) and returns its path. */
function writeResultJson(csvPath, result) {
    const file = resultJsonPath(csvPath);
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileChecked */ .NN)(file, JSON.stringify((0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .resultDocument */ .jP)(result), null, 2) + '\n');
    return file;
}
/** Hides the signature of signed URLs that an error message may quote. */
function withoutSignatures(text) {
    return text.replace(/([?&](?:sig|se|sp|sv|st|skoid|sktid)=)[^&\s'"]*/gi, '$1***');
}
/**
 * Uploads files as a workflow artifact when the runner provides the artifact service. The client retries what can
 * be retried; a failure is returned, not thrown, so that the step reports everything before it fails.
 */
async function uploadArtifact(name, files) {
    if (name === '')
        return { status: 'skipped', name };
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`No artifact service on this runner; the files stay at ${files.join(', ')}`);
        return { status: 'skipped', name };
    }
    const root = commonRoot(files);
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
        if (res.id === undefined)
            return { status: 'failed', name, reason: 'the artifact service returned no artifact id' };
        return { status: 'uploaded', name, id: String(res.id) };
    }
    catch (err) {
        return { status: 'failed', name, reason: withoutSignatures((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)) };
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

/***/ 35045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ endStep),
/* harmony export */   Ge: () => (/* binding */ setResultOutputs),
/* harmony export */   IY: () => (/* binding */ setTotalsOutputs),
/* harmony export */   Rz: () => (/* binding */ workflowContext),
/* harmony export */   Tz: () => (/* binding */ setBackupOutputs),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   XI: () => (/* binding */ logCreated),
/* harmony export */   ff: () => (/* binding */ failWith),
/* harmony export */   l0: () => (/* binding */ unreadProblem),
/* harmony export */   mk: () => (/* binding */ publish)
/* harmony export */ });
/* unused harmony exports artifactId, ArtifactUploadError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8211);
/* harmony import */ var _inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76722);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25625);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89133);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4617);
/**
 * What the reports of the modes (each mode's step) share: the workflow context a backup records, publishing a result (result JSON, artifact, job
 * summary), the outputs every step sets, and ending the step with the problems it met (run() turns the error into
 * the step's failure).
 */






/** The URL of a workflow run, or '' when the repository or the run id is unknown. */
function runUrl(serverUrl, repository, runId) {
    return repository !== '' && runId !== '' ? `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` : '';
}
/** The workflow run as plain data: repository, workflow, run id and URL, commit and actor ('' where unknown). */
function workflowContext(ctx, env = process.env) {
    const repository = (env.GITHUB_REPOSITORY ?? '').trim();
    const runId = ctx.runId ? String(ctx.runId) : '';
    return {
        repository,
        workflow: ctx.workflow ?? '',
        runId,
        runUrl: runUrl(ctx.serverUrl || 'https://github.com', repository, runId),
        sha: ctx.sha ?? '',
        actor: ctx.actor ?? ''
    };
}
/**
 * Writes the result JSON, uploads it with the files as the artifact, then writes the job summary (opened by the
 * artifact's failure, if it failed). Returns the result JSON's path and what became of the artifact.
 */
async function publish(config, p) {
    const resultJson = (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResultJson */ .L2)(p.csvPath, p.result);
    const upload = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadArtifact */ .mz)(config.artifactName, [...p.files, resultJson]);
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(p.summary, p.fullReportHint, upload);
    return { resultJson, upload };
}
/** The artifact-id output: the id, or '' when nothing was uploaded. */
function artifactId(upload) {
    return upload.status === 'uploaded' ? upload.id : '';
}
/** Sets the outputs of every step that publishes a result: csv-path (when it wrote a CSV), summary-json-path, artifact-id, failed-count. */
function setResultOutputs(o) {
    if (o.csvPath !== null)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('csv-path', o.csvPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('summary-json-path', o.resultJson);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('artifact-id', artifactId(o.upload));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('failed-count', o.failedCount);
}
/** Sets the totals outputs of inventory, check and merge: snapshot-count, total-size-gib, estimated-monthly-cost-usd. */
function setTotalsOutputs(snapshotCount, aggregate) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('snapshot-count', snapshotCount);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('total-size-gib', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(aggregate.total.sizeGib, 3));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('estimated-monthly-cost-usd', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(aggregate.total.costUsd, 2));
}
/** Sets the backup outputs from a result. */
function setBackupOutputs(r) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('snapshot-ids', r.created.map((c) => c.snapshotId).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('metadata-keys', r.created
        .map((c) => c.metadataKey)
        .filter((k) => k !== null)
        .join(','));
}
/** Logs each created snapshot. */
function logCreated(r, bucket) {
    for (const c of r.created) {
        const meta = c.metadataKey === null ? 'no metadata written' : `metadata s3://${bucket ?? ''}/${c.metadataKey}`;
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Created ${c.snapshotId} of ${c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`} in ${c.region} (account ${c.accountId}), state ${c.state}; ${meta}`);
    }
}
/**
 * The problem a step ends with when fail-on-region-error is true and a region or service could not be read
 * (`what`: 'listed', 'checked'), naming the first; null otherwise.
 */
function unreadProblem(config, failures, what) {
    const first = failures[0];
    if (!config.failOnRegionError || first === undefined)
        return null;
    return `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(failures.length, 'region or service', 'regions or services')} could not be ${what} (fail-on-region-error is true): ${(0,_accounts_js__WEBPACK_IMPORTED_MODULE_5__/* .failureLine */ .P)(first)}`;
}
/** The step's artifact could not be uploaded; raised once the step has written its summary, files and outputs. */
class ArtifactUploadError extends Error {
    artifactName;
    reason;
    constructor(artifactName, reason, others = []) {
        super(`The artifact ${artifactName} was not uploaded: ${reason}` + others.map((o) => `. Also: ${o}`).join(''));
        this.artifactName = artifactName;
        this.reason = reason;
    }
}
/**
 * Ends a step that has reported everything: throws an ArtifactUploadError when the artifact failed (naming the
 * other problems too), else an Error naming the problems; returns when there are none.
 */
function endStep(upload, problems = []) {
    const others = problems.filter((p) => p !== null && p !== '');
    if (upload.status === 'failed')
        throw new ArtifactUploadError(upload.name, upload.reason, others);
    if (others.length > 0)
        throw new Error(others.join('. Also: '));
}
/** Turns a list of problems into annotations and one error that ends the step; a failed artifact upload ends it too. */
function failWith(problems, one, many, upload) {
    if (problems.length === 0) {
        if (upload)
            endStep(upload);
        return;
    }
    const shown = 50;
    for (const p of problems.slice(0, shown))
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3(p);
    for (const p of problems.slice(shown))
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`error: ${p}`);
    const listed = problems.slice(0, 10).join('; ');
    const more = problems.length > 10 ? `; and ${problems.length - 10} more (see the log and the summary)` : '';
    const message = `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(problems.length, one, many)}: ${listed}${more}`;
    if (upload)
        endStep(upload, [message]);
    throw new Error(message);
}


/***/ }),

/***/ 69797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ResultFileError),
/* harmony export */   l: () => (/* binding */ parseResultFile)
/* harmony export */ });
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _aws_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68439);
/* harmony import */ var _cost_range_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3854);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98155);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51666);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79244);
/* harmony import */ var _timestamp_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23699);
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
const accountId = (v, at) => matching(v, at, _aws_names_js__WEBPACK_IMPORTED_MODULE_3__/* .ACCOUNT_RE */ .cd, 'a 12-digit account id');
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
function rangeTotals(v, at) {
    const o = object(v, at);
    const lowUsd = amount(o.lowUsd, `${at}.lowUsd`);
    const highUsd = amount(o.highUsd, `${at}.highUsd`);
    if (lowUsd > highUsd)
        throw new Invalid(`${at}.lowUsd`, `is ${lowUsd}, more than highUsd (${highUsd})`);
    return {
        lowUsd,
        highUsd,
        lineages: count(o.lineages, `${at}.lineages`),
        snapshots: count(o.snapshots, `${at}.snapshots`),
        methods: record(o.methods, `${at}.methods`, (k, where) => void oneOf(k, where, _cost_range_js__WEBPACK_IMPORTED_MODULE_1__/* .COST_METHODS */ .h2), count)
    };
}
function lineage(v, at, accounts) {
    const o = object(v, at);
    return {
        accountId: member(accounts, accountId(o.accountId, `${at}.accountId`), `${at}.accountId`),
        region: regionName(o.region, `${at}.region`),
        service: oneOf(o.service, `${at}.service`, SERVICES),
        sourceId: o.sourceId === null ? null : text(o.sourceId, `${at}.sourceId`, 512),
        snapshots: count(o.snapshots, `${at}.snapshots`),
        lowGib: amount(o.lowGib, `${at}.lowGib`),
        highGib: amount(o.highGib, `${at}.highGib`),
        archiveGib: amount(o.archiveGib, `${at}.archiveGib`),
        archived: count(o.archived, `${at}.archived`),
        method: oneOf(o.method, `${at}.method`, _cost_range_js__WEBPACK_IMPORTED_MODULE_1__/* .COST_METHODS */ .h2),
        lowUsd: amount(o.lowUsd, `${at}.lowUsd`),
        highUsd: amount(o.highUsd, `${at}.highUsd`)
    };
}
/** An inventory's estimate ranges (its costs.ranges); null when the result has no costs. */
function costRanges(v, at, accounts) {
    if (v === undefined)
        return null;
    const ranges = object(object(v, at).ranges, `${at}.ranges`);
    const where = `${at}.ranges`;
    return {
        total: rangeTotals(ranges.total, `${where}.total`),
        byServiceRegion: record(ranges.byServiceRegion, `${where}.byServiceRegion`, (k, w) => {
            const slash = k.indexOf('/');
            oneOf(k.slice(0, slash), w, SERVICES);
            regionName(k.slice(slash + 1), w);
        }, rangeTotals),
        topSources: list(ranges.topSources, `${where}.topSources`, (s, w) => lineage(s, w, accounts), 10_000)
    };
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
    const severity = oneOf(v, at, _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC);
    if (severity !== _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_SEVERITY */ .hx[rule])
        throw new Invalid(at, `is ${severity}, but rule ${rule} is ${_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_SEVERITY */ .hx[rule]} in this version`);
    return severity;
}
/** One rule's count of findings: its rule, the severity that rule has, and whole numbers of findings and silenced. */
function ruleCount(o, where) {
    const rule = oneOf(o.rule, `${where}.rule`, _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_IDS */ .Iu);
    return {
        rule,
        severity: severityOf(rule, o.severity, `${where}.severity`),
        findings: count(o.findings, `${where}.findings`),
        silenced: count(o.silenced, `${where}.silenced`)
    };
}
function ruleCounts(v, at) {
    const rules = list(v, at, (r, where) => ruleCount(object(r, where), where), _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_IDS */ .Iu.length);
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
    for (const rule of _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .RULE_IDS */ .Iu) {
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
    if ((0,_timestamp_js__WEBPACK_IMPORTED_MODULE_4__/* .parseUtcTimestamp */ .k)(s) === null)
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
    return list(v, at, historyEntry, _history_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_HISTORY */ .oe);
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
    return typeof v === 'number' && Number.isFinite(v) && Math.floor(v) === _result_js__WEBPACK_IMPORTED_MODULE_6__/* .RESULT_SCHEMA_VERSION */ .tS;
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
        return {
            kind,
            ...base,
            aggregate: agg,
            csvName: csvName(o.csvPath, 'csvPath'),
            rowCount,
            costs: costRanges(o.costs, 'costs', set)
        };
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
    if (o.tool !== _result_js__WEBPACK_IMPORTED_MODULE_6__/* .RESULT_TOOL */ .Lg)
        throw new ResultFileError(file, 'tool', `must be "${_result_js__WEBPACK_IMPORTED_MODULE_6__/* .RESULT_TOOL */ .Lg}"; got ${shown(o.tool)}: it is not a result of this action`);
    if (!isMajorVersion(o.schema_version))
        throw new ResultFileError(file, 'schema_version', `says it was written by an incompatible version of snapshot-hygiene (schema_version ${shown(o.schema_version)}; this version reads ${_result_js__WEBPACK_IMPORTED_MODULE_6__/* .RESULT_SCHEMA_VERSION */ .tS}): run every job with the same version of the action`);
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

/***/ 51666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ RESULT_TOOL),
/* harmony export */   jP: () => (/* binding */ resultDocument),
/* harmony export */   tS: () => (/* binding */ RESULT_SCHEMA_VERSION)
/* harmony export */ });
/** The machine-readable result JSON each mode's report writes (and the findings file) and merge reads: what opens every one. */
/** Version of the result JSON; merge refuses other major versions. */
const RESULT_SCHEMA_VERSION = 1;
/** The `tool` every result JSON names. */
const RESULT_TOOL = 'snapshot-hygiene';
/** A result as it is written: the schema version and the tool, then the mode's result. */
function resultDocument(result) {
    return { schema_version: RESULT_SCHEMA_VERSION, tool: RESULT_TOOL, ...result };
}


/***/ }),

/***/ 36547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pD: () => (/* binding */ costSection)
/* harmony export */ });
/* unused harmony exports COST_ROWS_MAX, usdRange, measurementSection */
/* harmony import */ var _cost_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3854);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83758);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89133);
/** The inventory summary's cost section: the estimate as a range per service, region and source, with its method. */



/** How many rows the per-region and source tables show; the result JSON holds the rest. */
const COST_ROWS_MAX = 40;
const METHOD_LABEL = {
    'full-size': 'full size',
    mixed: 'full size + volume size',
    'volume-size': 'volume size',
    'listed-size': 'listed size'
};
const METHOD_TEXT = {
    'full-size': 'EBS lineages (the snapshots of one volume in one account and region) whose snapshots all carry a full size ' +
        '(FullSnapshotSizeInBytes): AWS bills the first full copy and then the blocks each snapshot changed, so the ' +
        'standard storage lies between the largest full size (everything shared) and the sum of the full sizes (nothing shared).',
    mixed: 'EBS lineages where only some snapshots carry a full size: low end the largest full size, high end the sum of ' +
        'full sizes with the volume size for the others.',
    'volume-size': 'EBS lineages where AWS returned no full size: every snapshot counts at its source volume size, an upper bound ' +
        'used at both ends.',
    'listed-size': 'RDS, Aurora and AWS Backup (EFS): the listed size at both ends (see the price table).'
};
/** A cost range as "$low–$high", or one amount when both ends agree to the cent. */
function usdRange(r) {
    const low = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(r.lowUsd);
    const high = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(r.highUsd);
    return low === high ? low : `${low}–${high}`;
}
function methods(t) {
    return _cost_range_js__WEBPACK_IMPORTED_MODULE_0__/* .COST_METHODS */ .h2.filter((m) => (t.methods[m] ?? 0) > 0)
        .map((m) => `${METHOD_LABEL[m]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(t.methods[m] ?? 0)}`)
        .join(', ');
}
function regionRows(byServiceRegion) {
    return Object.entries(byServiceRegion)
        .sort(([ka, a], [kb, b]) => b.highUsd - a.highUsd || ka.localeCompare(kb))
        .map(([key, t]) => {
        const slash = key.indexOf('/');
        return [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(key.slice(0, slash)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(key.slice(slash + 1)),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(t.lineages),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(t.snapshots),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(t.lowUsd),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(t.highUsd),
            methods(t)
        ];
    });
}
function sourceRow(l) {
    return [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(l.sourceId ?? '(no source)'),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(l.service),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(l.region),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(l.accountId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(l.snapshots),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(l.lowUsd),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(l.highUsd),
        METHOD_LABEL[l.method] + (l.archived > 0 ? `, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(l.archived)} archived` : '')
    ];
}
const RIGHT = 'r';
const LEFT = 'l';
/** The measured lineages: their exact cost, what it settles of the range, and what could not be measured. */
function measurementSection(m, maxRows = COST_ROWS_MAX) {
    const share = m.rangeWidthUsd > 0 ? ` (${((100 * m.resolvedWidthUsd) / m.rangeWidthUsd).toFixed(1)}%)` : '';
    const lines = [
        `#### Measured (measure-incremental: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.requested)})`,
        '',
        `Measured ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.measured.length)} of the ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(m.selected, 'most expensive EBS lineage')} with the EBS direct ` +
            `APIs (ListSnapshotBlocks for the oldest snapshot, ListChangedBlocks between neighbours): exact ` +
            `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(m.exactUsd)} a month** where the estimate said ${usdRange(m.estimate)}. ` +
            (m.rangeWidthUsd > 0
                ? `This settles ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(m.resolvedWidthUsd)} of the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(m.rangeWidthUsd)} width of the whole range${share}; `
                : 'The estimate had no width to settle (no full sizes: its bound was the volume size); ') +
            `with the measured lineages at their exact cost the estimate is **${usdRange(m.refined)} a month**.`,
        '',
        `Calls: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.calls.listSnapshotBlocks)} ListSnapshotBlocks, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.calls.listChangedBlocks)} ListChangedBlocks, ` +
            `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.calls.throttled)} throttled and retried.` +
            (m.skippedArchived > 0
                ? ` ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(m.skippedArchived, 'archived snapshot')} in these lineages could not be measured (the EBS direct APIs ` +
                    'cannot read archived snapshots) and count at their full size at the archive price.'
                : '')
    ];
    const rows = [...m.measured]
        .sort((a, b) => b.exactUsd - a.exactUsd || (a.lineage.sourceId ?? '').localeCompare(b.lineage.sourceId ?? ''))
        .slice(0, maxRows)
        .map((x) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(x.lineage.sourceId ?? ''),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(x.lineage.region),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(x.lineage.accountId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(x.measuredSnapshots),
        usdRange(x.lineage),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .gib */ .$l)(x.exactGib),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(x.exactUsd)
    ]);
    if (rows.length > 0) {
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['source', 'region', 'account', 'measured snapshots', 'estimate $/month', 'exact GiB', 'exact $/month'], rows, [LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT]));
        if (m.measured.length > maxRows)
            lines.push('', `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.measured.length - maxRows)} more are in the result JSON.`);
    }
    if (m.failures.length > 0) {
        lines.push('', `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(m.failures.length, 'lineage')} could not be measured and keep their estimate:`, '');
        for (const f of m.failures.slice(0, maxRows)) {
            lines.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(`${f.lineage.sourceId ?? ''} in ${f.lineage.region} (account ${f.lineage.accountId}): ${f.message}`)}`);
        }
        if (m.failures.length > maxRows)
            lines.push(`- ... and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.failures.length - maxRows)} more`);
    }
    return lines.join('\n');
}
/** The whole cost section: total range, per service and region, the largest sources, the measurement, the method. */
function costSection(report, maxRows = COST_ROWS_MAX) {
    const { ranges } = report;
    if (ranges.total.lineages === 0)
        return '';
    const regions = regionRows(ranges.byServiceRegion);
    const parts = [
        '### Estimated cost',
        `About **${usdRange(ranges.total)} a month** (estimate) for ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(ranges.total.snapshots, 'snapshot')} in ` +
            `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .L)(ranges.total.lineages, 'lineage')}. The \`estimated-monthly-cost-usd\` output and the other tables ` +
            'show the high end.',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['service', 'region', 'lineages', 'snapshots', 'low $/month', 'high $/month', 'method (lineages)'], regions.slice(0, maxRows), [LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, LEFT]) + (regions.length > maxRows ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(regions.length - maxRows)} more rows are in the result JSON.` : ''),
        '#### Largest sources by upper bound',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['source', 'service', 'region', 'account', 'snapshots', 'low $/month', 'high $/month', 'method'], ranges.topSources.slice(0, maxRows).map(sourceRow), [LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, LEFT])
    ];
    if (report.measurement !== null)
        parts.push(measurementSection(report.measurement, maxRows));
    const used = _cost_range_js__WEBPACK_IMPORTED_MODULE_0__/* .COST_METHODS */ .h2.filter((m) => (ranges.total.methods[m] ?? 0) > 0);
    parts.push([
        'How each range is found:',
        '',
        ...used.map((m) => `- **${METHOD_LABEL[m]}**: ${METHOD_TEXT[m]}`),
        '- Archived EBS snapshots are full copies: their full size (or volume size) at the archive price, at both ends.'
    ].join('\n'));
    return parts.join('\n\n');
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
