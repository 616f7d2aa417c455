export const id = 699;
export const ids = [699];
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
    const where = f.service === 'regions' || f.service === 'account' ? `account ${f.accountId}` : `${f.service} in ${f.region} (account ${f.accountId})`;
    return `${where}: ${f.message}`;
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
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(735);

/** GitHub's limit on one step's job summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** A markdown table with right-aligned numeric columns after the first. */
function table(header, rows, align) {
    const cells = [header, ...rows.map((r) => r.map((c) => String(c)))];
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Q)(cells, { align: align ?? header.map((_, i) => (i === 0 ? 'l' : 'r')) });
}
/** Escapes text for a markdown table cell or a line of prose. */
function md(text) {
    return text.replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
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

/***/ 70665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ writeResultJson),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   mz: () => (/* binding */ uploadArtifact),
/* harmony export */   tS: () => (/* binding */ RESULT_SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83758);





/** Version of the machine-readable result JSON; merge refuses other major versions. */
const RESULT_SCHEMA_VERSION = 1;
/** Writes the job summary once, cut to GitHub's limit; a failure to write it is a warning. */
async function writeSummary(markdown, fullReportHint) {
    const text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitSummary */ .mW)(markdown, fullReportHint);
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(text);
        return;
    }
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(text, true).write();
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the job summary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
}
/** Writes the machine-readable result next to the CSV and returns its path. */
function writeResultJson(csvPath, result) {
    const file = csvPath.replace(/\.csv$/i, '') + '.summary.json';
    node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(file, JSON.stringify({ schema_version: RESULT_SCHEMA_VERSION, tool: 'snapshot-hygiene', ...result }, null, 2) + '\n');
    return file;
}
/** Uploads files as a workflow artifact when the runner provides the artifact service; returns its id or ''. */
async function uploadArtifact(name, files) {
    if (name === '')
        return '';
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No artifact service on this runner; the files stay at ${files.join(', ')}`);
        return '';
    }
    const root = commonRoot(files);
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
        return res.id === undefined ? '' : String(res.id);
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not upload artifact ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}. The files stay at ${files.join(', ')}`);
        return '';
    }
}
function commonRoot(files) {
    const dirs = files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(f)));
    let root = dirs[0] ?? process.cwd();
    while (!dirs.every((d) => d === root || d.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)))
        root = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(root);
    return root;
}


/***/ }),

/***/ 44863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inventoryStep: () => (/* binding */ inventoryStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8211);
/* harmony import */ var _inventory_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76722);
/* harmony import */ var _modes_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11552);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70665);
/* harmony import */ var _summary_inventory_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78836);







/** Runs the inventory and reports it: warnings, summary, result JSON, artifact and outputs. */
async function inventoryStep(config, targets, clock) {
    const result = await (0,_modes_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .runInventory */ .q3)(config, targets, clock);
    for (const f of result.failures)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not list ${(0,_accounts_js__WEBPACK_IMPORTED_MODULE_6__/* .failureLine */ .P)(f)}`);
    const a = result.aggregate;
    const resultJson = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .writeResultJson */ .L2)(result.csvPath, result);
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .Sy)((0,_summary_inventory_js__WEBPACK_IMPORTED_MODULE_5__/* .inventorySummary */ .Dv)({ ...result, csvName: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(result.csvPath) }), `The full data is in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(result.csvPath)}.`);
    const artifactId = await (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadArtifact */ .mz)(config.artifactName, [result.csvPath, resultJson]);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('snapshot-count', result.rowCount);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('total-size-gib', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .round */ .LI)(a.total.sizeGib, 3));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('estimated-monthly-cost-usd', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .round */ .LI)(a.total.costUsd, 2));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('csv-path', result.csvPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('summary-json-path', resultJson);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('artifact-id', artifactId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('failed-count', result.failures.length);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Listed ${result.rowCount} snapshots in ${result.regions.length} regions; CSV at ${result.csvPath}`);
    if (config.failOnRegionError && result.failures.length > 0) {
        throw new Error(`${result.failures.length} region(s) or service(s) could not be listed (fail-on-region-error is true): ${(0,_accounts_js__WEBPACK_IMPORTED_MODULE_6__/* .failureLine */ .P)(result.failures[0])}`);
    }
}


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ tagList),
/* harmony export */   l: () => (/* binding */ tagMap)
/* harmony export */ });
/** Turns an AWS tag list (EC2, RDS and S3 all use Key/Value pairs) into a plain object. */
function tagMap(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? '';
    return out;
}
/** Turns a plain object into an AWS tag list. */
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
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
