export const id = 870;
export const ids = [870];
export const modules = {

/***/ 8211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ failureLine)
/* harmony export */ });
/** Describes a failure for a warning line. */
function failureLine(f) {
    const where = f.service === 'regions' || f.service === 'account'
        ? `account ${f.accountId}`
        : `${f.service} in ${f.region} (account ${f.accountId})`;
    return `${where}: ${f.message}`;
}


/***/ }),

/***/ 920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ ageDays),
/* harmony export */   J$: () => (/* binding */ AGE_RANGES),
/* harmony export */   dV: () => (/* binding */ mergeAggregates),
/* harmony export */   u: () => (/* binding */ Aggregator)
/* harmony export */ });
/* unused harmony exports SOURCE_CAPACITY, ageRange */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99373);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94309);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16141);



/** The age ranges of the summary, in whole days. */
const AGE_RANGES = [
    { label: '0-7 d', max: 7 },
    { label: '8-30 d', max: 30 },
    { label: '31-90 d', max: 90 },
    { label: '91-365 d', max: 365 },
    { label: 'older', max: Number.POSITIVE_INFINITY }
];
/** How many distinct sources are tracked exactly; past twice this the smallest half is dropped. */
const SOURCE_CAPACITY = 10_000;
/** Whole days between a snapshot's creation and now (0 for a future time). */
function ageDays(createdAt, now) {
    return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO));
}
/** The label of the age range a snapshot of this age falls in. */
function ageRange(days) {
    return AGE_RANGES.find((r) => days <= r.max)?.label ?? 'older';
}
function zero() {
    return { count: 0, sizeGib: 0, costUsd: 0 };
}
function bump(map, key, size, cost) {
    const t = (map[key] ??= zero());
    t.count += 1;
    t.sizeGib += size;
    t.costUsd += cost;
}
function addTotals(into, from) {
    into.count += from.count;
    into.sizeGib += from.sizeGib;
    into.costUsd += from.costUsd;
}
/** Folds snapshot records into aggregates as they stream past, in memory bounded by the number of sources. */
class Aggregator {
    now;
    agg = Aggregator.empty();
    sources = new Map();
    constructor(now) {
        this.now = now;
    }
    /** An aggregate of nothing. */
    static empty() {
        const byAge = {};
        for (const r of AGE_RANGES)
            byAge[r.label] = zero();
        return {
            total: zero(),
            byService: {},
            byRegion: {},
            byAccount: {},
            byAge,
            byEncryption: {},
            byTier: {},
            byType: {},
            managed: zero(),
            noSource: zero(),
            topSources: [],
            sourcesApproximate: false
        };
    }
    /** Adds one record. */
    add(r) {
        const size = r.sizeGib;
        const cost = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .estimatedMonthlyCost */ .vQ)(r);
        const a = this.agg;
        addTotals(a.total, { count: 1, sizeGib: size, costUsd: cost });
        bump(a.byService, r.service, size, cost);
        bump(a.byRegion, r.region, size, cost);
        bump(a.byAccount, r.accountId, size, cost);
        bump(a.byAge, ageRange(ageDays(r.createdAt, this.now)), size, cost);
        bump(a.byEncryption, r.encrypted ? 'encrypted' : 'unencrypted', size, cost);
        bump(a.byTier, `${r.service}/${r.storageTier}`, size, cost);
        bump(a.byType, r.snapshotType, size, cost);
        if (r.tags[_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_MANAGED */ .Jo] === 'true')
            addTotals(a.managed, { count: 1, sizeGib: size, costUsd: cost });
        if (r.sourceId === null)
            addTotals(a.noSource, { count: 1, sizeGib: size, costUsd: cost });
        else
            this.addSource(r, size, cost);
    }
    addSource(r, size, cost) {
        const key = `${r.accountId}/${r.region}/${r.service}/${r.sourceId}`;
        let s = this.sources.get(key);
        if (!s) {
            s = { accountId: r.accountId, region: r.region, service: r.service, sourceId: r.sourceId ?? '', ...zero() };
            this.sources.set(key, s);
            if (this.sources.size > 2 * SOURCE_CAPACITY)
                this.trimSources();
        }
        addTotals(s, { count: 1, sizeGib: size, costUsd: cost });
    }
    trimSources() {
        const keep = [...this.sources.entries()].sort((a, b) => b[1].sizeGib - a[1].sizeGib).slice(0, SOURCE_CAPACITY);
        this.sources.clear();
        for (const [k, v] of keep)
            this.sources.set(k, v);
        this.agg.sourcesApproximate = true;
    }
    /** The aggregate so far, with the largest sources first. */
    result(topN = 25) {
        const topSources = [...this.sources.values()].sort(bySize).slice(0, topN);
        return { ...this.agg, topSources };
    }
}
function bySize(a, b) {
    return b.sizeGib - a.sizeGib || b.count - a.count || (a.sourceId ?? '').localeCompare(b.sourceId ?? '');
}
function mergeMap(into, from) {
    for (const [k, v] of Object.entries(from))
        addTotals((into[k] ??= zero()), v);
}
/** Adds several aggregates together (accounts in one job, or runs across a matrix). */
function mergeAggregates(parts, topN = 25) {
    const out = Aggregator.empty();
    const sources = [];
    for (const p of parts) {
        addTotals(out.total, p.total);
        for (const key of ['byService', 'byRegion', 'byAccount', 'byAge', 'byEncryption', 'byTier', 'byType']) {
            mergeMap(out[key], p[key]);
        }
        addTotals(out.managed, p.managed);
        addTotals(out.noSource, p.noSource);
        sources.push(...p.topSources);
        out.sourcesApproximate ||= p.sourcesApproximate;
    }
    out.topSources = sources.sort(bySize).slice(0, topN);
    return out;
}


/***/ }),

/***/ 74297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ TAG_COPY_OF),
/* harmony export */   $y: () => (/* binding */ TAG_SOURCE_ID),
/* harmony export */   Bo: () => (/* binding */ lineageKey),
/* harmony export */   _L: () => (/* binding */ TAG_SOURCE_REGION),
/* harmony export */   sN: () => (/* binding */ isCopy),
/* harmony export */   um: () => (/* binding */ copyRegionsOf),
/* harmony export */   yB: () => (/* binding */ lineageSourceId)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16141);
/**
 * Disaster recovery copies as the planner and the listings see them: the tags a copy carries, which snapshots are
 * copies, and the source resource a copy stands for (a copied EBS snapshot's VolumeId is the meaningless
 * vol-ffffffff, so a copy names its source in its own tags). Pure: no AWS call, no input parsing.
 */

/** The source snapshot a copy was made from. */
const TAG_COPY_OF = 'snapshot-hygiene:copy-of';
/** The region of the source snapshot. */
const TAG_SOURCE_REGION = 'snapshot-hygiene:source-region';
/** The source's own source: the volume id, or the DB instance or cluster identifier. */
const TAG_SOURCE_ID = 'snapshot-hygiene:source-id';
/**
 * The copy regions a source's snapshots go to: every one but the source's own region (a copy there would not survive
 * that region's outage; the inputs refuse an id given in a copy region, but a tag selector can match a source there).
 */
function copyRegionsOf(copyToRegions, sourceRegion) {
    return copyToRegions.filter((r) => r !== sourceRegion);
}
/** True when the snapshot is a managed copy made by backup (it names the snapshot it copies). */
function isCopy(s) {
    const of = s.tags[TAG_COPY_OF];
    return s.tags[_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_MANAGED */ .Jo] === 'true' && of !== undefined && of !== '';
}
/**
 * The source resource a snapshot's lineage follows: for a copy, the volume or DB its tags name (null when they name
 * none); for any other snapshot its own sourceId, null for the copy marker vol-ffffffff.
 */
function lineageSourceId(s) {
    if (isCopy(s)) {
        const id = s.tags[TAG_SOURCE_ID];
        return id === undefined || id === '' ? null : id;
    }
    if (s.sourceId === null || (s.service === 'ebs' && s.sourceId === _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COPY_VOLUME_ID */ .J4))
        return null;
    return s.sourceId;
}
/**
 * The lineage key of a snapshot, or null when it has no source of its own. Copies form their own lineage per source
 * region and source resource, apart from snapshots taken in the copy region (an RDS copy keeps its DB identifier,
 * which a DB of the copy region may share).
 */
function lineageKey(s) {
    const source = lineageSourceId(s);
    if (source === null)
        return null;
    if (isCopy(s))
        return JSON.stringify([s.accountId, s.region, s.service, 'copy', s.tags[TAG_SOURCE_REGION] ?? '', source]);
    return JSON.stringify([s.accountId, s.region, s.service, source]);
}


/***/ }),

/***/ 3854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ mergeCostRanges),
/* harmony export */   h2: () => (/* binding */ COST_METHODS),
/* harmony export */   l1: () => (/* binding */ CostRangeTracker),
/* harmony export */   xP: () => (/* binding */ lineageCost)
/* harmony export */ });
/* unused harmony exports addLineage, byUpperBound, summarizeLineages */
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94309);
/**
 * The range an inventory's storage bill lies in. AWS bills an EBS lineage (the snapshots of one volume in one account
 * and region) for the first full copy plus the blocks each later snapshot changed, so its standard-tier storage lies
 * between the largest full size of its snapshots (everything shared) and the sum of their full sizes (nothing shared).
 * Archived snapshots are full copies billed at the archive price. Where AWS returns no full size, a snapshot counts at
 * its volume size, and a lineage with no full size at all keeps that volume-size bound at both ends. Other services
 * are priced on their listed size at both ends.
 */

/** Every method, in the order the summary names them. */
const COST_METHODS = ['full-size', 'mixed', 'volume-size', 'listed-size'];
/** The numbers a lineage folds, as offsets into its slot of a Float64Array. */
const F = {
    count: 0,
    /** Largest known full size of a standard-tier snapshot. */
    maxFullGib: 1,
    /** Sum over standard-tier snapshots of the full size, or the volume size where none is known. */
    sumGib: 2,
    known: 3,
    unknown: 4,
    archiveGib: 5,
    archived: 6,
    /** Other services: the listed-size cost. */
    listedUsd: 7
};
const FIELDS = 8;
function bump(d, i, by) {
    d[i] = (d[i] ?? 0) + by;
}
function fold(d, o, r) {
    bump(d, o + F.count, 1);
    if (r.service !== 'ebs') {
        bump(d, o + F.listedUsd, (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .pricedSizeGib */ .ZB)(r) * (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .pricePerGibMonth */ .dC)(r.service, r.storageTier));
        return;
    }
    if (r.storageTier === 'archive') {
        bump(d, o + F.archiveGib, (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .pricedSizeGib */ .ZB)(r));
        bump(d, o + F.archived, 1);
        return;
    }
    bump(d, o + F.sumGib, (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .pricedSizeGib */ .ZB)(r));
    if (r.fullSizeGib === undefined)
        bump(d, o + F.unknown, 1);
    else {
        bump(d, o + F.known, 1);
        d[o + F.maxFullGib] = Math.max(d[o + F.maxFullGib] ?? 0, r.fullSizeGib);
    }
}
function finish(head, d, o) {
    const at = (f) => d[o + f] ?? 0;
    const base = { ...head, snapshots: at(F.count), archiveGib: at(F.archiveGib), archived: at(F.archived) };
    if (head.service !== 'ebs') {
        const listed = at(F.listedUsd);
        return { ...base, lowGib: 0, highGib: 0, lowUsd: listed, highUsd: listed, method: 'listed-size' };
    }
    const known = at(F.known);
    const unknown = at(F.unknown);
    const method = unknown === 0 ? 'full-size' : known === 0 ? 'volume-size' : 'mixed';
    const sumGib = at(F.sumGib);
    const lowGib = method === 'volume-size' ? sumGib : at(F.maxFullGib);
    const archiveUsd = at(F.archiveGib) * (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .pricePerGibMonth */ .dC)('ebs', 'archive');
    const standard = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .pricePerGibMonth */ .dC)('ebs', 'standard');
    return {
        ...base,
        lowGib,
        highGib: sumGib,
        lowUsd: lowGib * standard + archiveUsd,
        highUsd: sumGib * standard + archiveUsd,
        method
    };
}
/** The range of one lineage's snapshots (all of one account, region, service and source). */
function lineageCost(records) {
    const first = records[0];
    if (first === undefined)
        throw new RangeError('a lineage needs at least one snapshot');
    const d = new Float64Array(FIELDS);
    for (const r of records)
        fold(d, 0, r);
    return finish(headOf(first), d, 0);
}
function headOf(r) {
    return { accountId: r.accountId, region: r.region, service: r.service, sourceId: r.sourceId };
}
const SEP = '\u0000';
/** A lineage's key: one flat string, so that no field of a record (nor the page it was parsed from) stays referenced. */
function lineageKey(r) {
    return [r.service, r.accountId, r.region, r.sourceId === null ? '' : 's', r.sourceId ?? r.snapshotId].join(SEP);
}
function headFromKey(key) {
    const [service = '', accountId = '', region = '', known = '', ...rest] = key.split(SEP);
    return { service: service, accountId, region, sourceId: known === 's' ? rest.join(SEP) : null };
}
function emptyTotals() {
    return { lowUsd: 0, highUsd: 0, lineages: 0, snapshots: 0, methods: {} };
}
/** Adds one lineage to totals. */
function addLineage(into, l) {
    into.lowUsd += l.lowUsd;
    into.highUsd += l.highUsd;
    into.lineages += 1;
    into.snapshots += l.snapshots;
    into.methods[l.method] = (into.methods[l.method] ?? 0) + 1;
}
/** Orders lineages by upper bound, highest first (then by source, for a stable order). */
function byUpperBound(a, b) {
    return (b.highUsd - a.highUsd ||
        `${a.accountId}/${a.region}/${a.sourceId ?? ''}`.localeCompare(`${b.accountId}/${b.region}/${b.sourceId ?? ''}`));
}
/**
 * Folds snapshot records into lineages as they stream past. Memory grows with the number of lineages, kept compact:
 * one flat key and eight numbers each (and each EBS lineage's snapshots when they are kept for measuring).
 */
class CostRangeTracker {
    keepSnapshots;
    slots = new Map();
    data = new Float64Array(FIELDS * 1024);
    snapshots = new Map();
    /** `keepSnapshots`: keep each EBS lineage's snapshots, for measuring them afterwards. */
    constructor(keepSnapshots = false) {
        this.keepSnapshots = keepSnapshots;
    }
    /** Adds one record. */
    add(r) {
        const key = lineageKey(r);
        let slot = this.slots.get(key);
        if (slot === undefined) {
            slot = this.slots.size;
            this.slots.set(key, slot);
            if ((slot + 1) * FIELDS > this.data.length) {
                const grown = new Float64Array(this.data.length * 2);
                grown.set(this.data);
                this.data = grown;
            }
        }
        fold(this.data, slot * FIELDS, r);
        if (this.keepSnapshots && r.service === 'ebs') {
            const list = this.snapshots.get(slot) ?? [];
            list.push({ snapshotId: r.snapshotId, createdAt: r.createdAt, storageTier: r.storageTier, state: r.state });
            this.snapshots.set(slot, list);
        }
    }
    /** Every lineage's range. */
    lineageCosts() {
        return [...this.slots].map(([key, slot]) => finish(headFromKey(key), this.data, slot * FIELDS));
    }
    /** The ranges in total, per service and region, and the `topN` largest sources by upper bound. */
    result(topN = 25) {
        return summarizeLineages(this.lineageCosts(), topN);
    }
    /**
     * The `n` EBS lineages of a known volume with the highest upper bound, each with its snapshots (kept only when the
     * tracker was made with keepSnapshots).
     */
    mostExpensiveEbs(n) {
        return [...this.slots]
            .map(([key, slot]) => ({ head: headFromKey(key), slot }))
            .filter(({ head }) => head.service === 'ebs' && head.sourceId !== null)
            .map(({ head, slot }) => ({
            lineage: finish(head, this.data, slot * FIELDS),
            snapshots: this.snapshots.get(slot) ?? []
        }))
            .sort((a, b) => byUpperBound(a.lineage, b.lineage))
            .slice(0, Math.max(0, n));
    }
}
/** Sums lineages into totals per service and region, and picks the `topN` largest by upper bound. */
function summarizeLineages(lineages, topN = 25) {
    const total = emptyTotals();
    const byServiceRegion = {};
    for (const l of lineages) {
        addLineage(total, l);
        addLineage((byServiceRegion[`${l.service}/${l.region}`] ??= emptyTotals()), l);
    }
    return { total, byServiceRegion, topSources: [...lineages].sort(byUpperBound).slice(0, topN) };
}
/** Adds totals to totals: both ends, lineages, snapshots and the lineages per method. */
function addTotals(into, t) {
    into.lowUsd += t.lowUsd;
    into.highUsd += t.highUsd;
    into.lineages += t.lineages;
    into.snapshots += t.snapshots;
    for (const m of COST_METHODS)
        if (t.methods[m] !== undefined)
            into.methods[m] = (into.methods[m] ?? 0) + t.methods[m];
}
/**
 * Joins the ranges of runs over different accounts (a lineage lies in one account, so none is split): both ends
 * summed per service and region and in total, as one run over all of them sums its lineages, and the `topN` largest
 * sources of all (each run's top holds every source of its own that can be among them).
 */
function mergeCostRanges(parts, topN = 25) {
    const total = emptyTotals();
    const byServiceRegion = {};
    for (const p of parts) {
        addTotals(total, p.total);
        for (const [key, t] of Object.entries(p.byServiceRegion))
            addTotals((byServiceRegion[key] ??= emptyTotals()), t);
    }
    const topSources = parts
        .flatMap((p) => p.topSources)
        .sort(byUpperBound)
        .slice(0, topN);
    return { total, byServiceRegion, topSources };
}


/***/ }),

/***/ 76722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ inventoryRow),
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   LY: () => (/* binding */ INVENTORY_COLUMNS)
/* harmony export */ });
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94309);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16141);
/* harmony import */ var _copy_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74297);




/** The inventory CSV's columns, in order. */
const INVENTORY_COLUMNS = [
    'account_id',
    'region',
    'service',
    'snapshot_id',
    'snapshot_type',
    'source_id',
    'state',
    'created_at',
    'age_days',
    'size_gib',
    'encrypted',
    'kms_key_id',
    'storage_tier',
    'managed',
    'tags',
    'estimated_monthly_cost_usd',
    'arn',
    'lock_state',
    'lock_expires_at',
    'full_size_gib',
    'copy_of',
    'source_region'
];
/** One inventory CSV row for a record, ages counted from now. */
function inventoryRow(r, now) {
    return [
        r.accountId,
        r.region,
        r.service,
        r.snapshotId,
        r.snapshotType,
        r.sourceId ?? '',
        r.state,
        r.createdAt.toISOString(),
        (0,_aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .ageDays */ .BJ)(r.createdAt, now),
        round(r.sizeGib, 3),
        r.encrypted ? 'true' : 'false',
        r.kmsKeyId ?? '',
        r.storageTier,
        r.tags[_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_MANAGED */ .Jo] === 'true' ? 'true' : 'false',
        JSON.stringify(r.tags),
        round((0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .estimatedMonthlyCost */ .vQ)(r), 4),
        r.arn ?? '',
        r.lockState ?? '',
        r.lockExpiresAt ? r.lockExpiresAt.toISOString() : '',
        r.fullSizeGib === undefined ? '' : round(r.fullSizeGib, 3),
        (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .isCopy */ .sN)(r) ? (r.tags[_copy_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_COPY_OF */ .$E] ?? '') : '',
        (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .isCopy */ .sN)(r) ? (r.tags[_copy_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_SOURCE_REGION */ ._L] ?? '') : ''
    ];
}
/** Rounds to a number of decimals. */
function round(n, decimals) {
    const f = 10 ** decimals;
    return Math.round(n * f) / f;
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
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22988);


/** GitHub's limit on one step's job summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** A markdown table with right-aligned numeric columns after the first. */
function table(header, rows, align) {
    const cells = [header, ...rows.map((r) => r.map((c) => String(c)))];
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)(cells, { align: align ?? header.map((_, i) => (i === 0 ? 'l' : 'r')) });
}
/** Escapes text from outside for a markdown table cell or a line of prose (see {@link markdownText}). */
function md(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(text);
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

/***/ 89133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** A count and its noun, singular for exactly one: `plural(1, 'snapshot')` is '1 snapshot', `plural(1500, 'snapshot')` '1,500 snapshots'. */
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 94309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZB: () => (/* binding */ pricedSizeGib),
/* harmony export */   dC: () => (/* binding */ pricePerGibMonth),
/* harmony export */   dq: () => (/* binding */ PRICE_TABLE),
/* harmony export */   vQ: () => (/* binding */ estimatedMonthlyCost)
/* harmony export */ });
/** us-east-1 list prices per GB-month; other regions differ by a few percent. */
const PRICE_TABLE = [
    {
        service: 'ebs',
        tier: 'standard',
        usdPerGibMonth: 0.05,
        note: 'EBS snapshot, standard tier; a lineage is billed between its largest full snapshot size and the sum of its full sizes (see the cost section)'
    },
    {
        service: 'ebs',
        tier: 'archive',
        usdPerGibMonth: 0.0125,
        note: 'EBS snapshot, archive tier, billed on the full snapshot size (90-day minimum, $0.03/GB to restore)'
    },
    {
        service: 'rds',
        tier: 'standard',
        usdPerGibMonth: 0.095,
        note: 'RDS backup storage beyond the free allowance (the allowance is not subtracted)'
    },
    {
        service: 'rds-cluster',
        tier: 'standard',
        usdPerGibMonth: 0.021,
        note: 'Aurora backup storage beyond the free allowance (the allowance is not subtracted)'
    },
    { service: 'efs', tier: 'warm', usdPerGibMonth: 0.05, note: 'AWS Backup of EFS, warm storage' },
    { service: 'efs', tier: 'cold', usdPerGibMonth: 0.01, note: 'AWS Backup of EFS, cold storage' }
];
const BY_KEY = new Map(PRICE_TABLE.map((r) => [`${r.service}/${r.tier}`, r.usdPerGibMonth]));
const FALLBACK = new Map([
    ['ebs', 0.05],
    ['rds', 0.095],
    ['rds-cluster', 0.021],
    ['efs', 0.05]
]);
/** The price per GB-month of a service's storage tier (the service's standard price for a tier not in the table). */
function pricePerGibMonth(service, tier) {
    return BY_KEY.get(`${service}/${tier}`) ?? FALLBACK.get(service) ?? 0;
}
/**
 * The size a snapshot is priced on alone, in GiB: an EBS snapshot's full size where AWS returns it (the most it can
 * add to its lineage's bill), else the source volume size; the listed size for other services.
 */
function pricedSizeGib(record) {
    return record.service === 'ebs' && record.fullSizeGib !== undefined ? record.fullSizeGib : record.sizeGib;
}
/** The estimated monthly storage cost of one snapshot alone in US dollars: an upper bound for incremental EBS snapshots. */
function estimatedMonthlyCost(record) {
    return pricedSizeGib(record) * pricePerGibMonth(record.service, record.storageTier);
}


/***/ }),

/***/ 55958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   T_: () => (/* binding */ MAX_ACCOUNT_ROWS),
/* harmony export */   UC: () => (/* binding */ backupFailureSection),
/* harmony export */   Y9: () => (/* binding */ BACKUP_ROWS_MAX),
/* harmony export */   a: () => (/* binding */ breakdownSections),
/* harmony export */   h8: () => (/* binding */ priceSection),
/* harmony export */   l$: () => (/* binding */ backupHeadline),
/* harmony export */   mo: () => (/* binding */ failureSection),
/* harmony export */   pJ: () => (/* binding */ accountSection),
/* harmony export */   pm: () => (/* binding */ lockSection),
/* harmony export */   w2: () => (/* binding */ createdSection)
/* harmony export */ });
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8211);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22988);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83758);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94309);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89133);
/**
 * The summary sections more than one mode's summary shows: the inventory's headline, breakdowns, accounts, price
 * table and unlisted regions (inventory, check, merge, prune) and the backup's created snapshots and failures
 * (backup, backup-and-prune).
 */






const TOTALS_HEADER = ['', 'snapshots', 'GiB', 'est. $/month'];
/** How many accounts the summary's tables show; the CSV and result JSON hold all. */
const MAX_ACCOUNT_ROWS = 200;
/** Totals per account, largest first, capped so that 1,000 accounts stay far under the summary limit. */
function accountSection(a) {
    const rows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byAccount);
    const more = rows.length > MAX_ACCOUNT_ROWS
        ? `\n\n${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(rows.length - MAX_ACCOUNT_ROWS, 'smaller account')} ${rows.length - MAX_ACCOUNT_ROWS === 1 ? 'is' : 'are'} in the CSV and the result JSON.`
        : '';
    return `### Accounts, largest first\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['account', 'snapshots', 'GiB', 'est. $/month'], rows.slice(0, MAX_ACCOUNT_ROWS))}${more}`;
}
/** The headline line: how many snapshots, how large, what they cost (a low–high range when one is given). */
function headline(a, accounts, regions, range) {
    const where = accounts > 1 ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(accounts, 'account')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(regions, 'region')}` : (0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(regions, 'region');
    const low = range === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .usd */ .dR)(range.lowUsd);
    const high = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .usd */ .dR)(range === undefined ? a.total.costUsd : range.highUsd);
    const cost = low === '' || low === high ? high : `${low}–${high}`;
    return `**${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(a.total.count, 'snapshot')}**, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .gib */ .$l)(a.total.sizeGib)} GiB, about **${cost} a month** (estimate) across ${where}.`;
}
/** The sections that break the aggregate down: service, region, age, encryption, tier, type, sources. */
function breakdownSections(a, opts = {}) {
    const regionRows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byRegion);
    const maxRegions = opts.maxRegions ?? 40;
    const sections = [
        `### By service\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['service', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byService))}`,
        `### By region\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['region', ...TOTALS_HEADER.slice(1)], regionRows.slice(0, maxRegions))}` +
            (regionRows.length > maxRegions ? `\n\n${regionRows.length - maxRegions} more regions are in the CSV.` : ''),
        `### By age\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['age', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byAge, _aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .AGE_RANGES */ .J$.map((r) => r.label)))}`,
        `### Encryption\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byEncryption))}`,
        `### Storage tier\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['service/tier', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byTier))}`,
        `### Made by\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['type', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byType))}\n\n` +
            `Managed by snapshot-hygiene: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(a.managed.count)}. No known source (EBS copies): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(a.noSource.count)}.`
    ];
    const sources = sourcesSection(a);
    if (sources !== '')
        sections.push(sources);
    return sections;
}
/** The largest sources (volumes, DB instances, file systems) by size; '' when none was seen. */
function sourcesSection(a) {
    if (a.topSources.length === 0)
        return '';
    const rows = a.topSources.map((s) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(s.sourceId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(s.service),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(s.region),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(s.accountId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(s.count),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .gib */ .$l)(s.sizeGib),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .usd */ .dR)(s.costUsd)
    ]);
    const approx = a.sourcesApproximate
        ? '\n\nMore sources were seen than are tracked exactly; the smallest were dropped while counting.'
        : '';
    return `### Largest sources\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['source', 'service', 'region', 'account', 'snapshots', 'GiB', 'est. $/month'], rows, ['l', 'l', 'l', 'l', 'r', 'r', 'r'])}${approx}`;
}
/** The price table the estimates used, stated as an estimate. */
function priceSection() {
    const rows = _pricing_js__WEBPACK_IMPORTED_MODULE_3__/* .PRICE_TABLE */ .dq.map((p) => [p.service, p.tier, `$${p.usdPerGibMonth}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(p.note)]);
    return ('<details><summary>How the cost is estimated</summary>\n\n' +
        'Costs are estimates: size times the us-east-1 list price per GB-month below; other regions differ by a few percent. ' +
        'An EBS snapshot alone is priced on its full size (FullSnapshotSizeInBytes), or its source volume size where AWS ' +
        'returns none: an upper bound, since AWS bills a lineage of incremental snapshots for the first full copy and the ' +
        'changed blocks. The inventory shows the range a lineage is billed in.\n\n' +
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['service', 'tier', 'USD per GB-month', 'note'], rows, ['l', 'l', 'r', 'l'])}\n\n</details>`);
}
/** The regions, services or accounts that could not be listed. */
function failureSection(failures, max = 100) {
    if (failures.length === 0)
        return '';
    const lines = failures.slice(0, max).map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)((0,_accounts_js__WEBPACK_IMPORTED_MODULE_5__/* .failureLine */ .P)(f))}`);
    const more = failures.length > max ? `\n- ... and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(failures.length - max)} more` : '';
    return `### Not listed\n\nThese could not be listed; the totals above leave them out.\n\n${lines.join('\n')}${more}`;
}
/** At most this many rows in the created and failed lists. */
const BACKUP_ROWS_MAX = 200;
function createdRow(c, multiAccount) {
    const id = c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`;
    const volume = c.volumeName ? `${id} (${c.volumeName})` : id;
    return [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(volume),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.region),
        ...(multiAccount ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.accountId)] : []),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.snapshotId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.state),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .gib */ .$l)(c.sizeGib),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.expiresAt),
        c.metadataKey === null ? 'not written' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(c.metadataKey)
    ];
}
/** The headline: how many snapshots were created, and how many volumes failed. */
function backupHeadline(r) {
    const failed = r.failures.length > 0 ? ` **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(r.failures.length)} failed.**` : '';
    return `Created **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(r.created.length)} snapshot${r.created.length === 1 ? '' : 's'}**.${failed}`;
}
/** The EBS snapshot locks backup set (lock-days), and the notices of the backup; '' when neither. */
function lockSection(r) {
    const locked = r.created.filter((c) => c.lock !== undefined);
    const lines = [];
    if (locked.length > 0) {
        const ends = locked
            .map((c) => c.lock?.expiresAt ?? '')
            .filter((e) => e !== '')
            .sort();
        const first = locked[0]?.lock;
        const until = ends.length === 0
            ? ''
            : `, until ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(ends[0] ?? '')}${ends.length > 1 && ends.at(-1) !== ends[0] ? ` to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(ends.at(-1) ?? '')}` : ''}`;
        lines.push(`Locked **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(locked.length)} snapshot${locked.length === 1 ? '' : 's'}** in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(first?.mode ?? '')} mode for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(first?.days ?? 0)} days${until}: no one can delete ${locked.length === 1 ? 'it' : 'them'} before then, prune included (it skips a locked snapshot until its lock ends).`);
    }
    const lockedCopies = (r.copies ?? []).filter((c) => c.lock !== undefined);
    if (lockedCopies.length > 0) {
        const lock = lockedCopies[0]?.lock;
        lines.push(`Locked **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(lockedCopies.length)} cop${lockedCopies.length === 1 ? 'y' : 'ies'}** in the copy regions, in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(lock?.mode ?? '')} mode for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(lock?.days ?? 0)} days.`);
    }
    for (const n of r.notices ?? [])
        lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(n));
    return lines.join('\n\n');
}
/** The table of created snapshots, bounded. */
function createdSection(created, heading = '### Created') {
    if (created.length === 0)
        return '';
    const multi = new Set(created.map((c) => c.accountId)).size > 1;
    const header = [
        created.some((c) => c.kind !== undefined) ? 'source' : 'volume',
        'region',
        ...(multi ? ['account'] : []),
        'snapshot',
        'state',
        'GiB',
        'expires at',
        'metadata'
    ];
    const align = header.map((h) => (h === 'GiB' ? 'r' : 'l'));
    const rows = created.slice(0, BACKUP_ROWS_MAX).map((c) => createdRow(c, multi));
    const more = created.length > BACKUP_ROWS_MAX ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(created.length - BACKUP_ROWS_MAX)} more are in the result JSON.` : '';
    return `${heading}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(header, rows, align)}${more}`;
}
/** The sources whose backup failed, each with its message, and a word when RDS's manual-snapshot quota was full. */
function backupFailureSection(failures) {
    if (failures.length === 0)
        return '';
    const lines = failures.slice(0, BACKUP_ROWS_MAX).map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(f.message)}`);
    const more = failures.length > BACKUP_ROWS_MAX ? `\n- ... and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(failures.length - BACKUP_ROWS_MAX)} more` : '';
    const full = [
        ...new Set(failures.filter((f) => f.quotaFull === true).map((f) => `${f.region} (account ${f.accountId})`))
    ];
    const quota = full.length === 0
        ? ''
        : `\n\n**RDS refused backups because the manual snapshot quota is full** in ${full.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md).join(', ')}: RDS allows 100 manual snapshots per region by default. Prune old manual snapshots, or ask AWS for a higher quota.`;
    return `### Backup failures\n\n${lines.join('\n')}${more}${quota}`;
}


/***/ })

};
