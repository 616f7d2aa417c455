export const id = 214;
export const ids = [214];
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
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94309);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);


/** The age ranges of the summary, in whole days. */
const AGE_RANGES = [
    { label: '0-7 d', max: 7 },
    { label: '8-30 d', max: 30 },
    { label: '31-90 d', max: 90 },
    { label: '91-365 d', max: 365 },
    { label: 'older', max: Number.POSITIVE_INFINITY }
];
const DAY_MS = 86_400_000;
/** How many distinct sources are tracked exactly; past twice this the smallest half is dropped. */
const SOURCE_CAPACITY = 10_000;
/** Whole days between a snapshot's creation and now (0 for a future time). */
function ageDays(createdAt, now) {
    return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS));
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
        const cost = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .estimatedMonthlyCost */ .v)(r);
        const a = this.agg;
        addTotals(a.total, { count: 1, sizeGib: size, costUsd: cost });
        bump(a.byService, r.service, size, cost);
        bump(a.byRegion, r.region, size, cost);
        bump(a.byAccount, r.accountId, size, cost);
        bump(a.byAge, ageRange(ageDays(r.createdAt, this.now)), size, cost);
        bump(a.byEncryption, r.encrypted ? 'encrypted' : 'unencrypted', size, cost);
        bump(a.byTier, `${r.service}/${r.storageTier}`, size, cost);
        bump(a.byType, r.snapshotType, size, cost);
        if (r.tags[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_MANAGED */ .Jo] === 'true')
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

/***/ 30731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ CsvWriter)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96789);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22988);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);




/**
 * A CSV file written a batch of rows at a time, with back-pressure, so memory stays flat. Every cell goes through
 * {@link csvCell}, and the file is opened with the checks of {@link writeStream} (inside the workspace or the
 * runner's temp folder, never through a symbolic link).
 */
class CsvWriter {
    filePath;
    columns;
    toRow;
    stream;
    rows = 0;
    failure = null;
    /** One wait for 'drain' shared by every writer blocked on the full buffer (listings write concurrently). */
    drained = null;
    constructor(filePath, columns, toRow) {
        this.filePath = filePath;
        this.columns = columns;
        this.toRow = toRow;
        this.stream = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .writeStream */ .G6)(filePath);
        this.stream.on('error', (err) => (this.failure = err));
        this.stream.write((0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .A)([[...columns]]));
    }
    /** Creates the file (and its folder) and writes the header line. */
    static open(filePath, columns, toRow) {
        return new CsvWriter(filePath, columns, toRow);
    }
    /** Appends rows, waiting for the disk when the buffer is full. */
    async write(rows) {
        if (this.failure)
            throw this.failure;
        if (rows.length === 0)
            return;
        this.rows += rows.length;
        if (!this.stream.write((0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .A)(rows.map((r) => this.toRow(r).map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .csvCell */ .rK)))))
            await this.drain();
    }
    drain() {
        this.drained ??= (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(this.stream, 'drain').then(() => {
            this.drained = null;
        });
        return this.drained;
    }
    /** How many data rows were written. */
    get rowCount() {
        return this.rows;
    }
    /** Flushes and closes the file. */
    async close() {
        await new Promise((resolve, reject) => {
            this.stream.end((err) => (err ? reject(err) : resolve()));
        });
        if (this.failure)
            throw this.failure;
    }
    /** The column names, in order. */
    get header() {
        return this.columns;
    }
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
    'arn'
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
        round((0,_pricing_js__WEBPACK_IMPORTED_MODULE_1__/* .estimatedMonthlyCost */ .v)(r), 4),
        r.arn ?? ''
    ];
}
/** Rounds to a number of decimals. */
function round(n, decimals) {
    const f = 10 ** decimals;
    return Math.round(n * f) / f;
}


/***/ }),

/***/ 71712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _U: () => (/* binding */ listEbsSnapshots),
/* harmony export */   hC: () => (/* binding */ EBS_PAGE_SIZE),
/* harmony export */   k0: () => (/* binding */ ebsRecord)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35193);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);



/** EC2's largest DescribeSnapshots page. */
const EBS_PAGE_SIZE = 1000;
function ebsType(tags) {
    if (Object.keys(tags).some((k) => k.startsWith('aws:backup:')))
        return 'aws-backup';
    if ('aws:dlm:lifecycle-policy-id' in tags)
        return 'automated';
    return 'manual';
}
/** Maps one EC2 snapshot to the common record. */
function ebsRecord(s, accountId, region) {
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagMap */ .l)(s.Tags);
    const volume = s.VolumeId && s.VolumeId !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .COPY_VOLUME_ID */ .J4 ? s.VolumeId : null;
    return {
        accountId: s.OwnerId ?? accountId,
        region,
        service: 'ebs',
        snapshotId: s.SnapshotId ?? '',
        arn: null,
        snapshotType: ebsType(tags),
        sourceId: volume,
        state: s.State ?? 'unknown',
        createdAt: s.StartTime ?? new Date(0),
        sizeGib: s.VolumeSize ?? 0,
        encrypted: s.Encrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        storageTier: s.StorageTier ?? 'standard',
        tags
    };
}
/** Yields the account's own EBS snapshots in a region, a page at a time. */
async function* listEbsSnapshots(ec2, accountId, region) {
    for await (const page of (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .paginateDescribeSnapshots */ .CdA)({ client: ec2, pageSize: EBS_PAGE_SIZE }, { OwnerIds: ['self'] })) {
        yield (page.Snapshots ?? []).map((s) => ebsRecord(s, accountId, region));
    }
}


/***/ }),

/***/ 20827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yq: () => (/* binding */ listClusterSnapshots),
/* harmony export */   g4: () => (/* binding */ RDS_PAGE_SIZE),
/* harmony export */   ov: () => (/* binding */ listDbSnapshots)
/* harmony export */ });
/* unused harmony exports dbSnapshotRecord, clusterSnapshotRecord */
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57202);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9506);


/** RDS's largest page of snapshots. */
const RDS_PAGE_SIZE = 100;
function rdsType(raw) {
    if (raw === 'automated')
        return 'automated';
    if (raw === 'awsbackup')
        return 'aws-backup';
    return 'manual';
}
/** Maps one RDS DB instance snapshot to the common record. */
function dbSnapshotRecord(s, accountId, region) {
    return {
        accountId,
        region,
        service: 'rds',
        snapshotId: s.DBSnapshotIdentifier ?? '',
        arn: s.DBSnapshotArn ?? null,
        snapshotType: rdsType(s.SnapshotType),
        sourceId: s.DBInstanceIdentifier ?? null,
        state: s.Status ?? 'unknown',
        createdAt: s.SnapshotCreateTime ?? s.OriginalSnapshotCreateTime ?? new Date(0),
        sizeGib: s.AllocatedStorage ?? 0,
        encrypted: s.Encrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        storageTier: 'standard',
        tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagMap */ .l)(s.TagList)
    };
}
/** Maps one Aurora DB cluster snapshot to the common record. */
function clusterSnapshotRecord(s, accountId, region) {
    return {
        accountId,
        region,
        service: 'rds-cluster',
        snapshotId: s.DBClusterSnapshotIdentifier ?? '',
        arn: s.DBClusterSnapshotArn ?? null,
        snapshotType: rdsType(s.SnapshotType),
        sourceId: s.DBClusterIdentifier ?? null,
        state: s.Status ?? 'unknown',
        createdAt: s.SnapshotCreateTime ?? s.ClusterCreateTime ?? new Date(0),
        sizeGib: s.AllocatedStorage ?? 0,
        encrypted: s.StorageEncrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        storageTier: 'standard',
        tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagMap */ .l)(s.TagList)
    };
}
/**
 * Yields a region's DB instance snapshots: without a type RDS returns manual and automated ones;
 * those that AWS Backup made need SnapshotType=awsbackup.
 */
async function* listDbSnapshots(rds, accountId, region, type) {
    const input = type === 'awsbackup' ? { SnapshotType: 'awsbackup' } : {};
    for await (const page of (0,_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .paginateDescribeDBSnapshots */ .iKM)({ client: rds, pageSize: RDS_PAGE_SIZE }, input)) {
        yield (page.DBSnapshots ?? []).map((s) => dbSnapshotRecord(s, accountId, region));
    }
}
/** Yields a region's Aurora DB cluster snapshots, manual and automated. */
async function* listClusterSnapshots(rds, accountId, region) {
    for await (const page of (0,_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .paginateDescribeDBClusterSnapshots */ .G8v)({ client: rds, pageSize: RDS_PAGE_SIZE }, {})) {
        yield (page.DBClusterSnapshots ?? []).map((s) => clusterSnapshotRecord(s, accountId, region));
    }
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

/***/ 4259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ze: () => (/* binding */ accountRegions),
  SJ: () => (/* binding */ inventoryAccount),
  q3: () => (/* binding */ runInventory)
});

// EXTERNAL MODULE: ./src/aggregate.ts
var aggregate = __webpack_require__(920);
// EXTERNAL MODULE: ./src/accounts.ts
var accounts = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/csv.ts
var src_csv = __webpack_require__(30731);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
// EXTERNAL MODULE: ./src/listers/ebs.ts
var ebs = __webpack_require__(71712);
// EXTERNAL MODULE: ./src/listers/rds.ts
var rds = __webpack_require__(20827);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var dist_cjs = __webpack_require__(379);
;// CONCATENATED MODULE: ./src/listers/efs.ts

/** AWS Backup's largest page of recovery points. */
const BACKUP_PAGE_SIZE = 1000;
const GIB = 1024 ** 3;
/** The file-system id at the end of an EFS ARN (arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/fs-...). */
function fileSystemId(resourceArn) {
    if (!resourceArn)
        return null;
    const match = /file-system\/(fs-[0-9a-f]+)$/.exec(resourceArn);
    return match?.[1] ?? null;
}
/** Maps one AWS Backup recovery point of an EFS file system to the common record; it is cold once its lifecycle moved it. */
function recoveryPointRecord(rp, accountId, region, now) {
    const coldAt = rp.CalculatedLifecycle?.MoveToColdStorageAt;
    const arn = rp.RecoveryPointArn ?? '';
    return {
        accountId,
        region,
        service: 'efs',
        snapshotId: arn.slice(arn.lastIndexOf(':') + 1),
        arn: arn || null,
        snapshotType: 'aws-backup',
        sourceId: fileSystemId(rp.ResourceArn),
        state: (rp.Status ?? 'unknown').toLowerCase(),
        createdAt: rp.CreationDate ?? new Date(0),
        sizeGib: (rp.BackupSizeInBytes ?? 0) / GIB,
        encrypted: rp.IsEncrypted ?? false,
        kmsKeyId: rp.EncryptionKeyArn ?? null,
        storageTier: coldAt && coldAt.getTime() <= now.getTime() ? 'cold' : 'warm',
        tags: {}
    };
}
/** Lists the names of a region's backup vaults. */
async function listVaultNames(backup) {
    const names = [];
    for await (const page of (0,dist_cjs/* paginateListBackupVaults */.Hwf)({ client: backup, pageSize: BACKUP_PAGE_SIZE }, {})) {
        for (const v of page.BackupVaultList ?? [])
            if (v.BackupVaultName)
                names.push(v.BackupVaultName);
    }
    return names;
}
/** Yields the EFS recovery points of one backup vault, a page at a time. */
async function* listEfsRecoveryPoints(backup, vault, accountId, region, now) {
    const input = { BackupVaultName: vault, ByResourceType: 'EFS' };
    for await (const page of (0,dist_cjs/* paginateListRecoveryPointsByBackupVault */.lO_)({ client: backup, pageSize: BACKUP_PAGE_SIZE }, input)) {
        yield (page.RecoveryPoints ?? []).map((rp) => recoveryPointRecord(rp, accountId, region, now));
    }
}

;// CONCATENATED MODULE: ./src/listing.ts



/**
 * Feeds every page to `emit`, asking the paginator for the next page before handing over the current one,
 * so that writing and aggregating a page overlap the request for the next.
 */
async function drain(pages, emit) {
    let next = pages.next();
    for (;;) {
        const page = await next;
        if (page.done === true)
            return;
        next = pages.next();
        // A failed prefetch is seen by the loop's next await; keep it from being reported as unhandled meanwhile.
        next.catch(() => undefined);
        await emit(page.value);
    }
}
/** The listing tasks for one account and region; each can run concurrently with every other. */
function listingTasks(clients, region, services, now) {
    const account = clients.accountId;
    const tasks = [];
    for (const service of services) {
        if (service === 'ebs') {
            tasks.push({
                region,
                service,
                label: 'EBS snapshots',
                run: (emit) => drain((0,ebs/* listEbsSnapshots */._U)(clients.ec2(region), account, region), emit)
            });
        }
        else if (service === 'rds') {
            tasks.push({
                region,
                service,
                label: 'DB snapshots',
                run: (emit) => drain((0,rds/* listDbSnapshots */.ov)(clients.rds(region), account, region, 'default'), emit)
            });
            tasks.push({
                region,
                service,
                label: 'DB snapshots (AWS Backup)',
                run: (emit) => drain((0,rds/* listDbSnapshots */.ov)(clients.rds(region), account, region, 'awsbackup'), emit)
            });
        }
        else if (service === 'rds-cluster') {
            tasks.push({
                region,
                service,
                label: 'DB cluster snapshots',
                run: (emit) => drain((0,rds/* listClusterSnapshots */.Yq)(clients.rds(region), account, region), emit)
            });
        }
        else {
            tasks.push({
                region,
                service,
                label: 'EFS recovery points',
                run: async (emit) => {
                    const backup = clients.backup(region);
                    const vaults = await listVaultNames(backup);
                    await Promise.all(vaults.map((v) => drain(listEfsRecoveryPoints(backup, v, account, region, now), emit)));
                }
            });
        }
    }
    return tasks;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(35193);
;// CONCATENATED MODULE: ./src/regions.ts


/** The regions enabled for the account (opt-in regions only when opted in), sorted. */
async function enabledRegions(ec2) {
    try {
        const out = await ec2.send(new client_ec2_dist_cjs/* DescribeRegionsCommand */.cAn({ Filters: [{ Name: 'opt-in-status', Values: ['opt-in-not-required', 'opted-in'] }] }));
        const names = (out.Regions ?? []).map((r) => r.RegionName).filter((n) => typeof n === 'string');
        return [...new Set(names)].sort();
    }
    catch (err) {
        throw new Error(`Could not list the account's regions (ec2:DescribeRegions): ${(0,errors/* errorMessage */.gJ)(err)}. Grant ec2:DescribeRegions or set the regions input`);
    }
}

;// CONCATENATED MODULE: ./src/modes/inventory.ts








/** Resolves the regions to work in for one account: the input's list, or every enabled region. */
async function accountRegions(config, target) {
    if (config.regions !== 'all')
        return config.regions;
    return enabledRegions(target.clients.ec2(config.awsRegion));
}
/** Streams every listed snapshot of one account into `emit`; failures are collected, never thrown. */
async function inventoryAccount(config, target, emit, onFailure, now) {
    if (target.failure !== undefined) {
        onFailure({ accountId: target.accountId, region: config.awsRegion, service: 'account', message: target.failure });
        return [];
    }
    let regions;
    try {
        regions = await accountRegions(config, target);
    }
    catch (err) {
        onFailure({ accountId: target.accountId, region: config.awsRegion, service: 'regions', message: (0,errors/* errorMessage */.gJ)(err) });
        return [];
    }
    const services = (0,inputs/* listedServices */.QT)(config.services);
    const tasks = regions.flatMap((region) => listingTasks(target.clients, region, services, now));
    await Promise.all(tasks.map((task) => task.run(emit).catch((err) => {
        onFailure({
            accountId: target.accountId,
            region: task.region,
            service: task.service,
            message: `${task.label}: ${(0,errors/* errorMessage */.gJ)(err)}`
        });
    })));
    return regions;
}
/** Lists every snapshot of every target account, writing the CSV and aggregating as pages arrive. */
async function runInventory(config, targets, clock) {
    const now = clock.now();
    const aggregator = new aggregate/* Aggregator */.u(now);
    const csv = src_csv/* CsvWriter */.i.open(config.csvPath, inventory_csv/* INVENTORY_COLUMNS */.LY, (r) => (0,inventory_csv/* inventoryRow */.Jw)(r, now));
    const failures = [];
    const emit = async (records) => {
        for (const r of records)
            aggregator.add(r);
        await csv.write(records);
    };
    const regionLists = await (0,accounts/* forEachBounded */.a)(targets, config.maxParallelAccounts, async (t) => {
        try {
            return await inventoryAccount(config, t, emit, (f) => failures.push(f), now);
        }
        finally {
            // An account's clients (one per service and region) hold sockets and buffers; let them go once it is listed.
            t.clients.release();
        }
    });
    await csv.close();
    return {
        mode: 'inventory',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        regions: [...new Set(regionLists.flat())].sort(),
        aggregate: aggregator.result(),
        failures: failures.sort((a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)),
        csvPath: csv.filePath,
        rowCount: csv.rowCount
    };
}


/***/ }),

/***/ 94309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ PRICE_TABLE),
/* harmony export */   v: () => (/* binding */ estimatedMonthlyCost)
/* harmony export */ });
/** us-east-1 list prices per GB-month; other regions differ by a few percent. */
const PRICE_TABLE = [
    {
        service: 'ebs',
        tier: 'standard',
        usdPerGibMonth: 0.05,
        note: 'EBS snapshot, standard tier; priced on the source volume size, so an upper bound for incremental snapshots'
    },
    {
        service: 'ebs',
        tier: 'archive',
        usdPerGibMonth: 0.0125,
        note: 'EBS snapshot, archive tier (90-day minimum, $0.03/GB to restore)'
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
/** The estimated monthly storage cost of one snapshot in US dollars. */
function estimatedMonthlyCost(record) {
    const price = BY_KEY.get(`${record.service}/${record.storageTier}`) ?? FALLBACK.get(record.service) ?? 0;
    return record.sizeGib * price;
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83758);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);






/** Version of the machine-readable result JSON; merge refuses other major versions. */
const RESULT_SCHEMA_VERSION = 1;
/** Writes the job summary once, cut to GitHub's limit; a failure to write it is a warning. */
async function writeSummary(markdown, fullReportHint) {
    const text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitSummary */ .mW)(markdown, fullReportHint);
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
/** Writes the machine-readable result next to the CSV (never through a symbolic link) and returns its path. */
function writeResultJson(csvPath, result) {
    const file = csvPath.replace(/\.csv$/i, '') + '.summary.json';
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileChecked */ .NN)(file, JSON.stringify({ schema_version: RESULT_SCHEMA_VERSION, tool: 'snapshot-hygiene', ...result }, null, 2) + '\n');
    return file;
}
/** Uploads files as a workflow artifact when the runner provides the artifact service; returns its id or ''. */
async function uploadArtifact(name, files) {
    if (name === '')
        return '';
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`No artifact service on this runner; the files stay at ${files.join(', ')}`);
        return '';
    }
    const root = commonRoot(files);
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
        return res.id === undefined ? '' : String(res.id);
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not upload artifact ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}. The files stay at ${files.join(', ')}`);
        return '';
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

/***/ 78836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ inventorySummary),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   T_: () => (/* binding */ MAX_ACCOUNT_ROWS),
/* harmony export */   a: () => (/* binding */ breakdownSections),
/* harmony export */   h8: () => (/* binding */ priceSection),
/* harmony export */   mo: () => (/* binding */ failureSection),
/* harmony export */   pJ: () => (/* binding */ accountSection)
/* harmony export */ });
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8211);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83758);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94309);




const TOTALS_HEADER = ['', 'snapshots', 'GiB', 'est. $/month'];
/** How many accounts the summary's tables show; the CSV and result JSON hold all. */
const MAX_ACCOUNT_ROWS = 200;
/** Totals per account, largest first, capped so that 1,000 accounts stay far under the summary limit. */
function accountSection(a) {
    const rows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byAccount);
    const more = rows.length > MAX_ACCOUNT_ROWS
        ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(rows.length - MAX_ACCOUNT_ROWS)} smaller accounts are in the CSV and the result JSON.`
        : '';
    return `### Accounts, largest first\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['account', 'snapshots', 'GiB', 'est. $/month'], rows.slice(0, MAX_ACCOUNT_ROWS))}${more}`;
}
/** The headline line: how many snapshots, how large, what they cost. */
function headline(a, accounts, regions) {
    const where = accounts > 1 ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(accounts)} accounts, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(regions)} regions` : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(regions)} regions`;
    return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(a.total.count)} snapshots**, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .gib */ .$l)(a.total.sizeGib)} GiB, about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(a.total.costUsd)} a month** (estimate) across ${where}.`;
}
/** The sections that break the aggregate down: service, region, age, encryption, tier, type, sources. */
function breakdownSections(a, opts = {}) {
    const regionRows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byRegion);
    const maxRegions = opts.maxRegions ?? 40;
    const sources = a.topSources.map((s) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.sourceId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.service),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.region),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.accountId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(s.count),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .gib */ .$l)(s.sizeGib),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .usd */ .dR)(s.costUsd)
    ]);
    const sections = [
        `### By service\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['service', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byService))}`,
        `### By region\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['region', ...TOTALS_HEADER.slice(1)], regionRows.slice(0, maxRegions))}` +
            (regionRows.length > maxRegions ? `\n\n${regionRows.length - maxRegions} more regions are in the CSV.` : ''),
        `### By age\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['age', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byAge, _aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .AGE_RANGES */ .J$.map((r) => r.label)))}`,
        `### Encryption\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byEncryption))}`,
        `### Storage tier\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['service/tier', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byTier))}`,
        `### Made by\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['type', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsRows */ .XI)(a.byType))}\n\n` +
            `Managed by snapshot-hygiene: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(a.managed.count)}. No known source (EBS copies): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(a.noSource.count)}.`
    ];
    if (sources.length > 0) {
        const approx = a.sourcesApproximate
            ? '\n\nMore sources were seen than are tracked exactly; the smallest were dropped while counting.'
            : '';
        sections.push(`### Largest sources\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['source', 'service', 'region', 'account', 'snapshots', 'GiB', 'est. $/month'], sources, ['l', 'l', 'l', 'l', 'r', 'r', 'r'])}${approx}`);
    }
    return sections;
}
/** The price table the estimates used, stated as an estimate. */
function priceSection() {
    const rows = _pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .PRICE_TABLE */ .d.map((p) => [p.service, p.tier, `$${p.usdPerGibMonth}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(p.note)]);
    return ('<details><summary>How the cost is estimated</summary>\n\n' +
        'Costs are estimates: size times the us-east-1 list price per GB-month below. EBS sizes are the source volume size, ' +
        'not the incremental size AWS bills, so EBS estimates are an upper bound; other regions differ by a few percent.\n\n' +
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['service', 'tier', 'USD per GB-month', 'note'], rows, ['l', 'l', 'r', 'l'])}\n\n</details>`);
}
/** The regions, services or accounts that could not be listed. */
function failureSection(failures, max = 100) {
    if (failures.length === 0)
        return '';
    const lines = failures.slice(0, max).map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)((0,_accounts_js__WEBPACK_IMPORTED_MODULE_3__/* .failureLine */ .P)(f))}`);
    const more = failures.length > max ? `\n- ... and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(failures.length - max)} more` : '';
    return `### Not listed\n\nThese could not be listed; the totals above leave them out.\n\n${lines.join('\n')}${more}`;
}
/** The whole inventory summary in markdown. */
function inventorySummary(r) {
    const parts = [
        '## Snapshot inventory',
        headline(r.aggregate, r.accounts.length, r.regions.length),
        r.accounts.length > 1 ? accountSection(r.aggregate) : '',
        ...breakdownSections(r.aggregate),
        failureSection(r.failures),
        priceSection(),
        `One row per snapshot is in the CSV \`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(r.csvName)}\`.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
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
