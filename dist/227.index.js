export const id = 227;
export const ids = [227];
export const modules = {

/***/ 56227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupStep: () => (/* binding */ backupStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/modes/backup.ts + 2 modules
var backup = __webpack_require__(63734);
// EXTERNAL MODULE: ./src/report/publish.ts
var publish = __webpack_require__(4617);
// EXTERNAL MODULE: ./src/report/selection.ts
var selection = __webpack_require__(54012);
// EXTERNAL MODULE: ./src/summary/instance-sets.ts
var instance_sets = __webpack_require__(83939);
// EXTERNAL MODULE: ./src/summary/selection.ts
var summary_selection = __webpack_require__(67790);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
// EXTERNAL MODULE: ./src/summary/copies.ts
var copies = __webpack_require__(99651);
;// CONCATENATED MODULE: ./src/summary/backup.ts




/** The whole backup summary in markdown. */
function backupSummary(r, selection) {
    const parts = [
        '## Snapshot backup',
        (0,sections/* backupHeadline */.l$)(r),
        (0,summary_selection/* selectionSection */.w)(selection),
        (0,instance_sets/* instanceSetsSection */.I)(r.instanceSets),
        (0,sections/* createdSection */.w2)(r.created),
        (0,sections/* lockSection */.pm)(r),
        (0,copies/* copiesSection */.hL)(r.copies),
        (0,sections/* backupFailureSection */.UC)(r.failures)
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/backup-copies.ts
var backup_copies = __webpack_require__(79499);
// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
;// CONCATENATED MODULE: ./src/report/backup.ts








/** Runs the backup and reports it: summary, result JSON, artifact and outputs; fails the step when a source failed. */
async function backupStep(config, targets, clock, workflow = (0,shared/* workflowContext */.Rz)(github/* context */._)) {
    const selected = (0,selection/* selectionOutcome */.D)(config);
    const result = await (0,backup/* runBackup */.Q3)(config, targets, clock, { workflow });
    (0,shared/* logCreated */.XI)(result, config.bucket);
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: config.csvPath,
        result,
        files: [],
        summary: backupSummary(result, config.selection),
        fullReportHint: `The full result is in ${external_node_path_.basename((0,publish/* resultJsonPath */.VS)(config.csvPath))}.`
    });
    (0,shared/* setBackupOutputs */.Tz)(result);
    (0,shared/* setResultOutputs */.Ge)({ csvPath: null, resultJson, upload, failedCount: result.failures.length });
    // "volume backups" only when every problem is a volume's; a DB source or its copy makes them "backups".
    const dbInvolved = result.failures.some((f) => f.kind !== undefined) ||
        (result.copies ?? []).some((c) => c.kind !== undefined && (0,backup_copies/* copyFailed */.Lz)(c));
    (0,shared/* failWith */.ff)([...selected, ...result.failures.map((f) => f.message), ...(result.copyFailures ?? [])], dbInvolved ? 'backup failed' : 'volume backup failed', dbInvolved ? 'backups failed' : 'volume backups failed', upload);
}


/***/ })

};
