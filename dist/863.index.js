export const id = 863;
export const ids = [863];
export const modules = {

/***/ 44863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inventoryStep: () => (/* binding */ inventoryStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8211);
/* harmony import */ var _inventory_csv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76722);
/* harmony import */ var _modes_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4259);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70665);
/* harmony import */ var _summary_inventory_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78836);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25625);








/** Runs the inventory and reports it: warnings, summary, result JSON, artifact and outputs. */
async function inventoryStep(config, targets, clock) {
    const result = await (0,_modes_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .runInventory */ .q3)(config, targets, clock);
    for (const f of result.failures)
        _log_js__WEBPACK_IMPORTED_MODULE_6__/* .warning */ .$e(`Could not list ${(0,_accounts_js__WEBPACK_IMPORTED_MODULE_7__/* .failureLine */ .P)(f)}`);
    const a = result.aggregate;
    const resultJson = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .writeResultJson */ .L2)(result.csvPath, result);
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .Sy)((0,_summary_inventory_js__WEBPACK_IMPORTED_MODULE_5__/* .inventorySummary */ .Dv)({ ...result, csvName: node_path__WEBPACK_IMPORTED_MODULE_1__.basename(result.csvPath) }), `The full data is in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(result.csvPath)}.`);
    const artifactId = await (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadArtifact */ .mz)(config.artifactName, [result.csvPath, resultJson]);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('snapshot-count', result.rowCount);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('total-size-gib', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .round */ .LI)(a.total.sizeGib, 3));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('estimated-monthly-cost-usd', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_2__/* .round */ .LI)(a.total.costUsd, 2));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('csv-path', result.csvPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('summary-json-path', resultJson);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('artifact-id', artifactId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('failed-count', result.failures.length);
    _log_js__WEBPACK_IMPORTED_MODULE_6__/* .info */ .pq(`Listed ${result.rowCount} snapshots in ${result.regions.length} regions; CSV at ${result.csvPath}`);
    if (config.failOnRegionError && result.failures.length > 0) {
        throw new Error(`${result.failures.length} region(s) or service(s) could not be listed (fail-on-region-error is true): ${(0,_accounts_js__WEBPACK_IMPORTED_MODULE_7__/* .failureLine */ .P)(result.failures[0])}`);
    }
}


/***/ })

};
