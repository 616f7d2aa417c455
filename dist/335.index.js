export const id = 335;
export const ids = [335];
export const modules = {

/***/ 83335:
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
// EXTERNAL MODULE: ./src/modes/inventory.ts + 5 modules
var inventory = __webpack_require__(26929);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
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

;// CONCATENATED MODULE: ./src/summary/inventory.ts



/** The whole inventory summary in markdown. */
function inventorySummary(r) {
    const parts = [
        '## Snapshot inventory',
        (0,sections/* headline */.Pl)(r.aggregate, r.accounts.length, r.regions.length),
        r.accounts.length > 1 ? (0,sections/* accountSection */.pJ)(r.aggregate) : '',
        ...(0,sections/* breakdownSections */.a)(r.aggregate),
        r.locks === undefined ? '' : lockSection(r.locks),
        (0,sections/* failureSection */.mo)(r.failures),
        (0,sections/* priceSection */.h8)(),
        `One row per snapshot is in the CSV \`${(0,markdown.md)(r.csvName)}\`.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
;// CONCATENATED MODULE: ./src/report/inventory.ts







/** Runs the inventory and reports it: warnings, result JSON, artifact, summary and outputs; then fails on what failed. */
async function inventoryStep(config, targets, clock) {
    const result = await (0,inventory/* runInventory */.q3)(config, targets, clock);
    for (const f of result.failures)
        log/* warning */.$e(`Could not list ${(0,accounts/* failureLine */.P)(f)}`);
    for (const n of result.locks.notices)
        log/* notice */.lm(n);
    const csvName = external_node_path_.basename(result.csvPath);
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: result.csvPath,
        result,
        files: [result.csvPath],
        summary: inventorySummary({ ...result, csvName }),
        fullReportHint: `The full data is in ${csvName}.`
    });
    (0,shared/* setTotalsOutputs */.IY)(result.rowCount, result.aggregate);
    (0,shared/* setResultOutputs */.Ge)({ csvPath: result.csvPath, resultJson, upload, failedCount: result.failures.length });
    log/* info */.pq(`Listed ${(0,plural/* plural */.L)(result.rowCount, 'snapshot')} in ${(0,plural/* plural */.L)(result.regions.length, 'region')}; CSV at ${result.csvPath}`);
    (0,shared/* endStep */.Cs)(upload, [(0,shared/* unreadProblem */.l0)(config, result.failures, 'listed')]);
}


/***/ })

};
