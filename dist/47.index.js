export const id = 47;
export const ids = [47];
export const modules = {

/***/ 42047:
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
var inventory = __webpack_require__(99840);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/cost-range.ts
var cost_range = __webpack_require__(3854);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
;// CONCATENATED MODULE: ./src/summary/cost.ts
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
    const low = (0,markdown/* usd */.dR)(r.lowUsd);
    const high = (0,markdown/* usd */.dR)(r.highUsd);
    return low === high ? low : `${low}–${high}`;
}
function methods(t) {
    return cost_range/* COST_METHODS */.h2.filter((m) => (t.methods[m] ?? 0) > 0)
        .map((m) => `${METHOD_LABEL[m]} ${(0,markdown/* int */.Wh)(t.methods[m] ?? 0)}`)
        .join(', ');
}
function regionRows(byServiceRegion) {
    return Object.entries(byServiceRegion)
        .sort(([ka, a], [kb, b]) => b.highUsd - a.highUsd || ka.localeCompare(kb))
        .map(([key, t]) => {
        const slash = key.indexOf('/');
        return [
            (0,markdown.md)(key.slice(0, slash)),
            (0,markdown.md)(key.slice(slash + 1)),
            (0,markdown/* int */.Wh)(t.lineages),
            (0,markdown/* int */.Wh)(t.snapshots),
            (0,markdown/* usd */.dR)(t.lowUsd),
            (0,markdown/* usd */.dR)(t.highUsd),
            methods(t)
        ];
    });
}
function sourceRow(l) {
    return [
        (0,markdown.md)(l.sourceId ?? '(no source)'),
        (0,markdown.md)(l.service),
        (0,markdown.md)(l.region),
        (0,markdown.md)(l.accountId),
        (0,markdown/* int */.Wh)(l.snapshots),
        (0,markdown/* usd */.dR)(l.lowUsd),
        (0,markdown/* usd */.dR)(l.highUsd),
        METHOD_LABEL[l.method] + (l.archived > 0 ? `, ${(0,markdown/* int */.Wh)(l.archived)} archived` : '')
    ];
}
const RIGHT = 'r';
const LEFT = 'l';
/** The measured lineages: their exact cost, what it settles of the range, and what could not be measured. */
function measurementSection(m, maxRows = COST_ROWS_MAX) {
    const share = m.rangeWidthUsd > 0 ? ` (${((100 * m.resolvedWidthUsd) / m.rangeWidthUsd).toFixed(1)}%)` : '';
    const lines = [
        `#### Measured (measure-incremental: ${(0,markdown/* int */.Wh)(m.requested)})`,
        '',
        `Measured ${(0,markdown/* int */.Wh)(m.measured.length)} of the ${(0,plural/* plural */.L)(m.selected, 'most expensive EBS lineage')} with the EBS direct ` +
            `APIs (ListSnapshotBlocks for the oldest snapshot, ListChangedBlocks between neighbours): exact ` +
            `**${(0,markdown/* usd */.dR)(m.exactUsd)} a month** where the estimate said ${usdRange(m.estimate)}. ` +
            (m.rangeWidthUsd > 0
                ? `This settles ${(0,markdown/* usd */.dR)(m.resolvedWidthUsd)} of the ${(0,markdown/* usd */.dR)(m.rangeWidthUsd)} width of the whole range${share}; `
                : 'The estimate had no width to settle (no full sizes: its bound was the volume size); ') +
            `with the measured lineages at their exact cost the estimate is **${usdRange(m.refined)} a month**.`,
        '',
        `Calls: ${(0,markdown/* int */.Wh)(m.calls.listSnapshotBlocks)} ListSnapshotBlocks, ${(0,markdown/* int */.Wh)(m.calls.listChangedBlocks)} ListChangedBlocks, ` +
            `${(0,markdown/* int */.Wh)(m.calls.throttled)} throttled and retried.` +
            (m.skippedArchived > 0
                ? ` ${(0,plural/* plural */.L)(m.skippedArchived, 'archived snapshot')} in these lineages could not be measured (the EBS direct APIs ` +
                    'cannot read archived snapshots) and count at their full size at the archive price.'
                : '')
    ];
    const rows = [...m.measured]
        .sort((a, b) => b.exactUsd - a.exactUsd || (a.lineage.sourceId ?? '').localeCompare(b.lineage.sourceId ?? ''))
        .slice(0, maxRows)
        .map((x) => [
        (0,markdown.md)(x.lineage.sourceId ?? ''),
        (0,markdown.md)(x.lineage.region),
        (0,markdown.md)(x.lineage.accountId),
        (0,markdown/* int */.Wh)(x.measuredSnapshots),
        usdRange(x.lineage),
        (0,markdown/* gib */.$l)(x.exactGib),
        (0,markdown/* usd */.dR)(x.exactUsd)
    ]);
    if (rows.length > 0) {
        lines.push('', (0,markdown/* table */.tp)(['source', 'region', 'account', 'measured snapshots', 'estimate $/month', 'exact GiB', 'exact $/month'], rows, [LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT]));
        if (m.measured.length > maxRows)
            lines.push('', `${(0,markdown/* int */.Wh)(m.measured.length - maxRows)} more are in the result JSON.`);
    }
    if (m.failures.length > 0) {
        lines.push('', `${(0,plural/* plural */.L)(m.failures.length, 'lineage')} could not be measured and keep their estimate:`, '');
        for (const f of m.failures.slice(0, maxRows)) {
            lines.push(`- ${(0,markdown.md)(`${f.lineage.sourceId ?? ''} in ${f.lineage.region} (account ${f.lineage.accountId}): ${f.message}`)}`);
        }
        if (m.failures.length > maxRows)
            lines.push(`- ... and ${(0,markdown/* int */.Wh)(m.failures.length - maxRows)} more`);
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
        `About **${usdRange(ranges.total)} a month** (estimate) for ${(0,plural/* plural */.L)(ranges.total.snapshots, 'snapshot')} in ` +
            `${(0,plural/* plural */.L)(ranges.total.lineages, 'lineage')}. The \`estimated-monthly-cost-usd\` output and the other tables ` +
            'show the high end.',
        (0,markdown/* table */.tp)(['service', 'region', 'lineages', 'snapshots', 'low $/month', 'high $/month', 'method (lineages)'], regions.slice(0, maxRows), [LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, LEFT]) + (regions.length > maxRows ? `\n\n${(0,markdown/* int */.Wh)(regions.length - maxRows)} more rows are in the result JSON.` : ''),
        '#### Largest sources by upper bound',
        (0,markdown/* table */.tp)(['source', 'service', 'region', 'account', 'snapshots', 'low $/month', 'high $/month', 'method'], ranges.topSources.slice(0, maxRows).map(sourceRow), [LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, LEFT])
    ];
    if (report.measurement !== null)
        parts.push(measurementSection(report.measurement, maxRows));
    const used = cost_range/* COST_METHODS */.h2.filter((m) => (ranges.total.methods[m] ?? 0) > 0);
    parts.push([
        'How each range is found:',
        '',
        ...used.map((m) => `- **${METHOD_LABEL[m]}**: ${METHOD_TEXT[m]}`),
        '- Archived EBS snapshots are full copies: their full size (or volume size) at the archive price, at both ends.'
    ].join('\n'));
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
;// CONCATENATED MODULE: ./src/summary/inventory.ts



/** The whole inventory summary in markdown. */
function inventorySummary(r) {
    const parts = [
        '## Snapshot inventory',
        (0,sections/* headline */.Pl)(r.aggregate, r.accounts.length, r.regions.length, r.costs?.ranges.total),
        r.costs ? costSection(r.costs) : '',
        r.accounts.length > 1 ? (0,sections/* accountSection */.pJ)(r.aggregate) : '',
        ...(0,sections/* breakdownSections */.a)(r.aggregate),
        (0,sections/* failureSection */.mo)(r.failures),
        (0,sections/* priceSection */.h8)(),
        `One row per snapshot is in the CSV \`${(0,markdown.md)(r.csvName)}\`.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
;// CONCATENATED MODULE: ./src/report/cost.ts
/** The outputs of the inventory's cost ranges. */


/**
 * Sets estimated-monthly-cost-low-usd, the low end of the estimate; estimated-monthly-cost-usd (set with the totals)
 * is its high end.
 */
function setCostRangeOutputs(costs) {
    core.setOutput('estimated-monthly-cost-low-usd', (0,inventory_csv/* round */.LI)(costs.ranges.total.lowUsd, 2));
}

// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
;// CONCATENATED MODULE: ./src/report/inventory.ts








/** Runs the inventory and reports it: warnings, result JSON, artifact, summary and outputs; then fails on what failed. */
async function inventoryStep(config, targets, clock) {
    const result = await (0,inventory/* runInventory */.q3)(config, targets, clock);
    for (const f of result.failures)
        log/* warning */.$e(`Could not list ${(0,accounts/* failureLine */.P)(f)}`);
    for (const f of result.costs.measurement?.failures ?? []) {
        log/* warning */.$e(`Could not measure ${f.lineage.sourceId ?? ''} in ${f.lineage.region} (account ${f.lineage.accountId}): ${f.message}`);
    }
    const csvName = external_node_path_.basename(result.csvPath);
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: result.csvPath,
        result,
        files: [result.csvPath],
        summary: inventorySummary({ ...result, csvName }),
        fullReportHint: `The full data is in ${csvName}.`
    });
    (0,shared/* setTotalsOutputs */.IY)(result.rowCount, result.aggregate);
    setCostRangeOutputs(result.costs);
    (0,shared/* setResultOutputs */.Ge)({ csvPath: result.csvPath, resultJson, upload, failedCount: result.failures.length });
    log/* info */.pq(`Listed ${(0,plural/* plural */.L)(result.rowCount, 'snapshot')} in ${(0,plural/* plural */.L)(result.regions.length, 'region')}; CSV at ${result.csvPath}`);
    (0,shared/* endStep */.Cs)(upload, [(0,shared/* unreadProblem */.l0)(config, result.failures, 'listed')]);
}


/***/ })

};
