export const id = 213;
export const ids = [213];
export const modules = {

/***/ 16586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   a: () => (/* binding */ forEachBounded)
/* harmony export */ });
/**
 * Bounded concurrency, in the two shapes the action needs: a list worked through with at most `limit` calls in
 * flight (accounts, deletions, metadata objects), and a gate for calls that arrive one at a time while pages stream
 * in (the check's attribute calls), which no list holds up front.
 */
/** Runs fn for every item, at most `limit` at a time, started in the order of the items; the results in that order. */
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
/** A gate that lets at most n calls run at once; the others wait, and start in the order they arrived. */
function limiter(n) {
    let active = 0;
    const waiting = [];
    return async (fn) => {
        if (active < n)
            active++;
        else
            await new Promise((resolve) => {
                waiting.push(resolve);
            });
        try {
            return await fn();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
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
            this.stream.end((err) => {
                if (err)
                    reject(err);
                else
                    resolve();
            });
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
const BYTES_PER_GIB = 1024 ** 3;
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
        ...(typeof s.FullSnapshotSizeInBytes === 'number' && s.FullSnapshotSizeInBytes >= 0
            ? { fullSizeGib: s.FullSnapshotSizeInBytes / BYTES_PER_GIB }
            : {}),
        encrypted: s.Encrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        storageTier: s.StorageTier ?? 'standard',
        ...(s.RestoreExpiryTime ? { restoreExpiresAt: s.RestoreExpiryTime } : {}),
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
/* harmony export */   aU: () => (/* binding */ clusterSnapshotRecord),
/* harmony export */   g4: () => (/* binding */ RDS_PAGE_SIZE),
/* harmony export */   iD: () => (/* binding */ dbSnapshotRecord),
/* harmony export */   ov: () => (/* binding */ listDbSnapshots)
/* harmony export */ });
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

/***/ 79213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ze: () => (/* binding */ accountRegions),
  SJ: () => (/* binding */ inventoryAccount),
  q3: () => (/* binding */ runInventory)
});

// EXTERNAL MODULE: ./src/aggregate.ts
var aggregate = __webpack_require__(920);
// EXTERNAL MODULE: ./src/bounded.ts
var bounded = __webpack_require__(16586);
// EXTERNAL MODULE: ./src/cost-range.ts
var cost_range = __webpack_require__(3854);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ebs/dist-cjs/index.js
var dist_cjs = __webpack_require__(67787);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/pacer.ts
var src_pacer = __webpack_require__(17452);
// EXTERNAL MODULE: ./src/pricing.ts
var pricing = __webpack_require__(94309);
;// CONCATENATED MODULE: ./src/measure-incremental.ts
/**
 * Exact billed sizes of EBS lineages from the EBS direct APIs: the first snapshot's written blocks
 * (ListSnapshotBlocks), then for each later one the blocks that changed since its predecessor (ListChangedBlocks),
 * snapshots ordered by start time. Calls are paced per account, region and action under the APIs' request limits.
 * Archived snapshots cannot be read this way: they are skipped and priced on their full size at the archive price.
 */





/** ListSnapshotBlocks and ListChangedBlocks requests per second, per account and region, each (EBS quotas). */
const EBS_LIST_RATE = 50;
/** The largest page of blocks the EBS direct APIs return. */
const EBS_BLOCK_PAGE = 10_000;
/** The block size of EBS snapshots, in bytes, when a response does not state it. */
const EBS_BLOCK_BYTES = 524_288;
/** Attempts of one page request under throttling. */
const MEASURE_MAX_ATTEMPTS = 8;
const BYTES_PER_GIB = 1024 ** 3;
/** The order of a lineage: by start time, then id. */
function byStart(a, b) {
    return a.createdAt.getTime() - b.createdAt.getTime() || a.snapshotId.localeCompare(b.snapshotId);
}
/** The standard-tier snapshots of a lineage that can be measured, oldest first. */
function measurableSnapshots(snapshots) {
    return snapshots.filter((s) => s.storageTier !== 'archive' && s.state === 'completed').sort(byStart);
}
/** The steps measuring a lineage takes: the blocks of its oldest snapshot, then each neighbour pair's changes. */
function measureSteps(target, snapshots) {
    return measurableSnapshots(snapshots).map((s, i, all) => {
        const previous = all[i - 1];
        return previous === undefined
            ? { kind: 'full', target, snapshotId: s.snapshotId }
            : { kind: 'changed', target, snapshotId: s.snapshotId, previousId: previous.snapshotId };
    });
}
class Calls {
    listSnapshotBlocks = 0;
    listChangedBlocks = 0;
    throttled = 0;
}
/** Measures the given lineages; a lineage that fails is reported with its message and the others go on. */
async function measureLineages(targets, deps) {
    const rate = deps.rate ?? EBS_LIST_RATE;
    const pacers = new Map();
    const pacer = (accountId, region, action) => {
        const key = `${accountId}/${region}/${action}`;
        let p = pacers.get(key);
        if (p === undefined) {
            p = new src_pacer/* TokenBucketPacer */.n2({ burst: rate, refillPerSecond: rate, clock: deps.clock });
            pacers.set(key, p);
        }
        return p;
    };
    const calls = new Calls();
    const tallies = targets.map(() => ({ bytes: 0, error: null }));
    // Each account and region has its own request buckets: its steps run in their own bounded queue, so that steps
    // waiting for one region's pacer never hold up another region's.
    const queues = new Map();
    targets.forEach((t, i) => {
        const key = `${t.lineage.accountId}/${t.lineage.region}`;
        const queue = queues.get(key) ?? [];
        queue.push(...measureSteps(i, t.snapshots));
        queues.set(key, queue);
    });
    const run = async (step) => {
        const tally = tallies[step.target];
        const target = targets[step.target];
        if (tally === undefined || target === undefined || tally.error !== null)
            return;
        const { accountId, region } = target.lineage;
        const client = deps.ebs(accountId, region);
        const paced = (action, label, fn) => (0,src_pacer/* withThrottleRetry */.rz)(async () => {
            try {
                return await fn();
            }
            catch (err) {
                if ((0,errors/* isThrottle */.p0)(err))
                    calls.throttled += 1;
                throw err;
            }
        }, {
            pacer: pacer(accountId, region, action),
            isThrottle: errors/* isThrottle */.p0,
            maxAttempts: MEASURE_MAX_ATTEMPTS,
            clock: deps.clock,
            baseDelayMs: 200,
            maxDelayMs: 5_000,
            random: deps.random,
            label: `${action} ${label} in ${region} (account ${accountId})`
        });
        try {
            // Read the step's bytes before adding: `tally.bytes += await ...` would add to a total read before the await,
            // and lose what the lineage's other steps added meanwhile.
            const bytes = await stepBytes(client, step, paced, calls);
            tally.bytes += bytes;
        }
        catch (err) {
            tally.error = measureError(err);
        }
    };
    await Promise.all([...queues.values()].map((steps) => (0,bounded/* forEachBounded */.a)(steps, deps.concurrency ?? 8, run)));
    const measured = [];
    const failures = [];
    let skippedArchived = 0;
    targets.forEach((t, i) => {
        const tally = tallies[i] ?? { bytes: 0, error: 'not measured' };
        skippedArchived += t.lineage.archived;
        if (tally.error !== null) {
            failures.push({ lineage: t.lineage, message: tally.error });
            return;
        }
        measured.push(measurement(t, tally.bytes));
    });
    return {
        requested: targets.length,
        measured,
        failures,
        skippedArchived,
        calls: {
            listSnapshotBlocks: calls.listSnapshotBlocks,
            listChangedBlocks: calls.listChangedBlocks,
            throttled: calls.throttled
        }
    };
}
function measurement(t, bytes) {
    const measurable = new Set(measurableSnapshots(t.snapshots).map((s) => s.snapshotId));
    const standard = t.snapshots.filter((s) => s.storageTier !== 'archive');
    const unmeasured = standard.filter((s) => !measurable.has(s.snapshotId)).length;
    // A snapshot not yet completed adds at most its share of the upper bound; without its full size, count an even share.
    const unmeasuredGib = standard.length === 0 ? 0 : (t.lineage.highGib * unmeasured) / standard.length;
    const exactGib = bytes / BYTES_PER_GIB;
    const exactUsd = (exactGib + unmeasuredGib) * (0,pricing/* pricePerGibMonth */.dC)('ebs', 'standard') +
        t.lineage.archiveGib * (0,pricing/* pricePerGibMonth */.dC)('ebs', 'archive');
    return {
        lineage: t.lineage,
        exactGib,
        unmeasured,
        unmeasuredGib,
        exactUsd,
        measuredSnapshots: measurable.size,
        skippedArchived: t.lineage.archived
    };
}
/** The bytes one step adds to its lineage. */
async function stepBytes(client, step, paced, calls) {
    if (step.kind === 'full')
        return snapshotBytes(client, step.snapshotId, paced, calls);
    try {
        return await changedBytes(client, step.previousId, step.snapshotId, paced, calls);
    }
    catch (err) {
        // Two snapshots of one volume id that are not of one lineage (the volume was rebuilt): count the later in full.
        if ((0,errors/* errorCode */.CA)(err) !== 'ValidationException')
            throw err;
        return snapshotBytes(client, step.snapshotId, paced, calls);
    }
}
/** The bytes of every written block of a snapshot, page by page. */
async function snapshotBytes(client, snapshotId, paced, calls) {
    let bytes = 0;
    let token;
    do {
        const page = await paced('ListSnapshotBlocks', snapshotId, () => {
            calls.listSnapshotBlocks += 1;
            return client.send(new dist_cjs/* ListSnapshotBlocksCommand */.MD({
                SnapshotId: snapshotId,
                MaxResults: EBS_BLOCK_PAGE,
                ...(token === undefined ? {} : { NextToken: token })
            }));
        });
        bytes += (page.Blocks ?? []).length * (page.BlockSize ?? EBS_BLOCK_BYTES);
        token = nextToken(page.NextToken, token, snapshotId);
    } while (token !== undefined);
    return bytes;
}
/** The bytes of the blocks a snapshot wrote that differ from its predecessor's, page by page. */
async function changedBytes(client, previousId, snapshotId, paced, calls) {
    let bytes = 0;
    let token;
    do {
        const page = await paced('ListChangedBlocks', `${previousId}..${snapshotId}`, () => {
            calls.listChangedBlocks += 1;
            return client.send(new dist_cjs/* ListChangedBlocksCommand */.c4({
                FirstSnapshotId: previousId,
                SecondSnapshotId: snapshotId,
                MaxResults: EBS_BLOCK_PAGE,
                ...(token === undefined ? {} : { NextToken: token })
            }));
        });
        // A block only in the first snapshot (no second token) was not written by the second: it adds nothing to its bill.
        const written = (page.ChangedBlocks ?? []).filter((b) => b.SecondBlockToken !== undefined).length;
        bytes += written * (page.BlockSize ?? EBS_BLOCK_BYTES);
        token = nextToken(page.NextToken, token, `${previousId}..${snapshotId}`);
    } while (token !== undefined);
    return bytes;
}
/** The next page's token; a token that repeats the last one would loop forever, so it ends the listing with an error. */
function nextToken(next, last, what) {
    if (next === undefined || next === '')
        return undefined;
    if (next === last)
        throw new Error(`the EBS direct APIs returned the same page token twice for ${what}`);
    return next;
}
/** A measurement error on one line, naming the fix for the ones with a known fix. */
function measureError(err) {
    const code = (0,errors/* errorCode */.CA)(err);
    if (code === 'AccessDeniedException' || code === 'AccessDenied') {
        return `${(0,errors/* errorMessage */.gJ)(err)} (measure-incremental needs ebs:ListSnapshotBlocks and ebs:ListChangedBlocks, and kms:Decrypt for encrypted snapshots: see policies/measure-incremental.json)`;
    }
    return (0,errors/* errorMessage */.gJ)(err);
}

;// CONCATENATED MODULE: ./src/cost-report.ts

/** Sets a measurement against the estimate of all lineages. */
function measurementReport(ranges, selected, r) {
    const estimate = { lowUsd: 0, highUsd: 0 };
    let exactUsd = 0;
    for (const m of r.measured) {
        estimate.lowUsd += m.lineage.lowUsd;
        estimate.highUsd += m.lineage.highUsd;
        exactUsd += m.exactUsd;
    }
    return {
        requested: r.requested,
        selected,
        measured: r.measured,
        failures: r.failures,
        skippedArchived: r.skippedArchived,
        calls: r.calls,
        estimate,
        exactUsd,
        rangeWidthUsd: ranges.total.highUsd - ranges.total.lowUsd,
        resolvedWidthUsd: estimate.highUsd - estimate.lowUsd,
        refined: {
            lowUsd: ranges.total.lowUsd - estimate.lowUsd + exactUsd,
            highUsd: ranges.total.highUsd - estimate.highUsd + exactUsd
        }
    };
}
/** Builds the cost report from a tracker that saw every record; measures the `measure` most expensive EBS lineages. */
async function costReport(tracker, measure, deps) {
    const ranges = tracker.result();
    if (measure <= 0 || deps === null)
        return { ranges, measurement: null };
    const targets = tracker.mostExpensiveEbs(measure);
    const result = await measureLineages(targets, deps);
    return { ranges, measurement: measurementReport(ranges, targets.length, result) };
}
/**
 * The inventory's cost report over the accounts it listed: measures with each account's own EBS clients, and lets
 * them go afterwards.
 */
async function inventoryCosts(tracker, measure, targets, clock) {
    if (measure <= 0)
        return costReport(tracker, 0, null);
    const byAccount = new Map(targets.map((t) => [t.accountId, t.clients]));
    try {
        return await costReport(tracker, measure, {
            clock,
            ebs: (accountId, region) => {
                const clients = byAccount.get(accountId);
                if (clients === undefined)
                    throw new Error(`no credentials for account ${accountId}`);
                return clients.ebs(region);
            }
        });
    }
    finally {
        for (const t of targets)
            t.clients.release();
    }
}

// EXTERNAL MODULE: ./src/csv.ts
var src_csv = __webpack_require__(30731);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(41130);
// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
// EXTERNAL MODULE: ./src/lock-state.ts
var lock_state = __webpack_require__(45868);
// EXTERNAL MODULE: ./src/snapshot-locks.ts
var snapshot_locks = __webpack_require__(57990);
// EXTERNAL MODULE: ./src/unimplemented.ts
var unimplemented = __webpack_require__(78058);
;// CONCATENATED MODULE: ./src/inventory-locks.ts




const DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
/** Why a region's locks were not read, in one line with the fix. */
function lockNotice(accountId, region, err) {
    const where = `Lock state not read in ${region} (account ${accountId})`;
    const columns = 'lock_state and lock_expires_at are empty for its snapshots';
    if ((0,unimplemented/* isUnimplemented */.OP)(err))
        return `${where}: the endpoint does not implement DescribeLockedSnapshots; ${columns}.`;
    const fix = DENIED.has((0,errors/* errorCode */.CA)(err)) ? '; grant ec2:DescribeLockedSnapshots to the role' : '';
    return `${where}: ${(0,errors/* errorMessage */.gJ)(err)}${fix}; ${columns}.`;
}
/** Reads and attaches lock state for one inventory run. */
class InventoryLocks {
    now;
    regions = new Map();
    /** One line per account and region whose locks could not be read. */
    notices = [];
    /** Snapshots whose lock holds at `now`, and their size. */
    locked = { count: 0, sizeGib: 0 };
    constructor(now) {
        this.now = now;
    }
    locksOf(target, region) {
        const key = `${target.accountId}/${region}`;
        let found = this.regions.get(key);
        if (!found) {
            found = (0,snapshot_locks/* readSnapshotLocks */.vs)(target.clients.ec2(region)).catch((err) => {
                this.notices.push(lockNotice(target.accountId, region, err));
                return new Map();
            });
            this.regions.set(key, found);
        }
        return found;
    }
    /** The records with their locks attached (EBS only; other services pass unchanged), counting the locked ones. */
    async attach(target, records) {
        const regions = [...new Set(records.filter((r) => r.service === 'ebs').map((r) => r.region))];
        if (regions.length === 0)
            return [...records];
        const merged = new Map();
        for (const region of regions)
            for (const [id, lock] of await this.locksOf(target, region))
                merged.set(id, lock);
        const out = (0,lock_state/* withLocks */.X6)(records, merged);
        for (const r of out) {
            if (r.lockState === undefined)
                continue;
            if (!(0,lock_state/* isLockActive */.cF)({ lockState: r.lockState, lockExpiresAt: r.lockExpiresAt ?? null }, this.now))
                continue;
            this.locked.count += 1;
            this.locked.sizeGib += r.sizeGib;
        }
        return out;
    }
}

// EXTERNAL MODULE: ./src/summary/copies.ts
var copies = __webpack_require__(99651);
// EXTERNAL MODULE: ./src/listers/ebs.ts
var ebs = __webpack_require__(71712);
// EXTERNAL MODULE: ./src/listers/rds.ts
var rds = __webpack_require__(20827);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var client_backup_dist_cjs = __webpack_require__(379);
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
    for await (const page of (0,client_backup_dist_cjs/* paginateListBackupVaults */.Hwf)({ client: backup, pageSize: BACKUP_PAGE_SIZE }, {})) {
        for (const v of page.BackupVaultList ?? [])
            if (v.BackupVaultName)
                names.push(v.BackupVaultName);
    }
    return names;
}
/** Yields the EFS recovery points of one backup vault, a page at a time. */
async function* listEfsRecoveryPoints(backup, vault, accountId, region, now) {
    const input = { BackupVaultName: vault, ByResourceType: 'EFS' };
    for await (const page of (0,client_backup_dist_cjs/* paginateListRecoveryPointsByBackupVault */.lO_)({ client: backup, pageSize: BACKUP_PAGE_SIZE }, input)) {
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
        throw new Error(`Could not list the account's regions (ec2:DescribeRegions): ${(0,errors/* errorMessage */.gJ)(err)}. Grant ec2:DescribeRegions or set the regions input`, { cause: err });
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
    const measure = config.measureIncremental ?? 0;
    const costs = new cost_range/* CostRangeTracker */.l1(measure > 0);
    const csv = src_csv/* CsvWriter */.i.open(config.csvPath, inventory_csv/* INVENTORY_COLUMNS */.LY, (r) => (0,inventory_csv/* inventoryRow */.Jw)(r, now));
    const failures = [];
    const locks = new InventoryLocks(now);
    const copyTally = new copies/* CopyTally */.Gx();
    const emit = async (target, listed) => {
        const records = await locks.attach(target, listed);
        for (const r of records) {
            aggregator.add(r);
            costs.add(r);
            copyTally.add(r);
        }
        await csv.write(records);
    };
    const regionLists = await (0,bounded/* forEachBounded */.a)(targets, config.maxParallelAccounts, async (t) => {
        try {
            return await inventoryAccount(config, t, (records) => emit(t, records), (f) => failures.push(f), now);
        }
        finally {
            // An account's clients (one per service and region) hold sockets and buffers; let them go once it is listed.
            t.clients.release();
        }
    });
    await csv.close();
    const report = await inventoryCosts(costs, measure, targets, clock);
    return {
        mode: 'inventory',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        regions: [...new Set(regionLists.flat())].sort(),
        aggregate: aggregator.result(),
        costs: report,
        failures: failures.sort((a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)),
        csvPath: csv.filePath,
        rowCount: csv.rowCount,
        locks: { locked: { ...locks.locked }, notices: [...locks.notices].sort() },
        copies: copyTally.list()
    };
}


/***/ }),

/***/ 17452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n2: () => (/* binding */ TokenBucketPacer),
/* harmony export */   rz: () => (/* binding */ withThrottleRetry)
/* harmony export */ });
/* unused harmony exports ThrottleRetryError, backoffDelay */
/** Float slack, so that rounding in fractional refills never costs an extra millisecond. */
const EPSILON = 1e-9;
/** A FIFO token bucket: `take()` resolves when a token is granted, and concurrent callers never overdraw. */
class TokenBucketPacer {
    burst;
    refillPerSecond;
    clock;
    tokens;
    /** Refill is accounted up to this instant; it lies in the future while a penalty pause lasts. */
    refilledAt;
    queue = [];
    pumping = false;
    /** Creates a full bucket. */
    constructor(opts) {
        if (!Number.isFinite(opts.burst) || opts.burst < 1)
            throw new RangeError(`burst must be >= 1, got ${opts.burst}`);
        if (!Number.isFinite(opts.refillPerSecond) || opts.refillPerSecond <= 0) {
            throw new RangeError(`refillPerSecond must be > 0, got ${opts.refillPerSecond}`);
        }
        this.burst = opts.burst;
        this.refillPerSecond = opts.refillPerSecond;
        this.clock = opts.clock;
        this.tokens = opts.burst;
        this.refilledAt = opts.clock.now().getTime();
    }
    /** Resolves once a token is granted to this caller, in call order. */
    take() {
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            if (!this.pumping)
                void this.pump();
        });
    }
    /** After a throttle: empties the bucket, and stops refill for `pauseMs` more, so refill alone governs what follows. */
    penalize(pauseMs = 0) {
        const now = this.refill();
        this.tokens = 0;
        this.refilledAt = Math.max(this.refilledAt, now + Math.max(0, pauseMs));
    }
    /** Tokens available right now (fractional while refilling); for tests and logs. */
    available() {
        this.refill();
        return this.tokens;
    }
    /** Callers waiting for a token. */
    get waiting() {
        return this.queue.length;
    }
    /** The single loop that grants tokens to queued callers, sleeping on the clock while the bucket is empty. */
    async pump() {
        this.pumping = true;
        try {
            while (this.queue.length > 0) {
                const waitMs = this.msUntilToken();
                if (waitMs > 0)
                    await this.clock.sleep(waitMs);
                else
                    this.grant();
            }
        }
        catch (err) {
            for (const waiter of this.queue.splice(0))
                waiter.reject(err);
        }
        finally {
            this.pumping = false;
        }
    }
    grant() {
        this.tokens -= 1;
        this.queue.shift()?.resolve();
    }
    /** 0 when a token is available now, else the milliseconds until one will be. */
    msUntilToken() {
        const now = this.refill();
        if (this.tokens >= 1 - EPSILON)
            return 0;
        const pause = Math.max(0, this.refilledAt - now);
        return pause + Math.ceil(((1 - this.tokens) * 1000) / this.refillPerSecond);
    }
    /** Adds the tokens earned since the last refill; returns the current time in ms. */
    refill() {
        const now = this.clock.now().getTime();
        if (now > this.refilledAt) {
            this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) * this.refillPerSecond) / 1000);
            this.refilledAt = now;
        }
        return now;
    }
}
/** Thrown when every attempt was throttled; `cause` is the last throttling error. */
class ThrottleRetryError extends Error {
    attempts;
    /** Wraps the last throttling error with the operation and attempt count. */
    constructor(label, attempts, cause) {
        super(`${label}: still throttled after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${describe(cause)}`, {
            cause
        });
        this.name = 'ThrottleRetryError';
        this.attempts = attempts;
    }
}
/** Runs `fn`, taking a pacer token before each attempt and retrying throttles with capped exponential backoff and full jitter. */
async function withThrottleRetry(fn, opts) {
    if (!Number.isSafeInteger(opts.maxAttempts) || opts.maxAttempts < 1) {
        throw new RangeError(`maxAttempts must be an integer >= 1, got ${opts.maxAttempts}`);
    }
    let lastError;
    for (let attempt = 1; attempt <= opts.maxAttempts; attempt++) {
        await opts.pacer.take();
        try {
            return await fn();
        }
        catch (err) {
            if (!opts.isThrottle(err))
                throw err;
            lastError = err;
            opts.pacer.penalize();
            if (attempt < opts.maxAttempts)
                await opts.clock.sleep(backoffDelay(attempt, opts));
        }
    }
    throw new ThrottleRetryError(opts.label ?? 'request', opts.maxAttempts, lastError);
}
/** Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs * 2^(attempt-1))), whole milliseconds. */
function backoffDelay(attempt, opts) {
    const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1));
    const r = (opts.random ?? Math.random)();
    return Math.floor(Math.min(Math.max(r, 0), 1) * Math.max(cap, 0));
}
function describe(err) {
    if (err instanceof Error)
        return `${err.name}: ${err.message}`;
    return String(err);
}


/***/ }),

/***/ 57990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ lockSnapshot),
/* harmony export */   vs: () => (/* binding */ readSnapshotLocks)
/* harmony export */ });
/* unused harmony exports LOCKS_PAGE_SIZE, lockFailure */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _lock_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45868);
/* harmony import */ var _unimplemented_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78058);
/**
 * EBS snapshot lock: reading the lock state of a region's snapshots (DescribeLockedSnapshots, paged) and locking one
 * snapshot (LockSnapshot), with the errors a caller has to tell apart.
 */




/** DescribeLockedSnapshots' largest page (its range is 5 to 1000). */
const LOCKS_PAGE_SIZE = 1000;
/**
 * Reads the lock of every locked snapshot of the account in a region, page by page (NextToken), keyed by snapshot id.
 * Snapshots that were never locked are absent. Throws what the call throws.
 */
async function readSnapshotLocks(ec2) {
    const out = new Map();
    let token;
    const seen = new Set();
    do {
        const command = new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeLockedSnapshotsCommand */ .WiS({
            MaxResults: LOCKS_PAGE_SIZE,
            ...(token === undefined ? {} : { NextToken: token })
        });
        (0,_unimplemented_js__WEBPACK_IMPORTED_MODULE_2__/* .failFastWhenUnimplemented */ .yA)(command, 'DescribeLockedSnapshots');
        const page = await ec2.send(command);
        for (const s of page.Snapshots ?? []) {
            if (!s.SnapshotId)
                continue;
            out.set(s.SnapshotId, { lockState: s.LockState ?? 'unknown', lockExpiresAt: s.LockExpiresOn ?? null });
        }
        token = page.NextToken || undefined;
        // An endpoint that hands back a token it gave before would page forever.
        if (token !== undefined) {
            if (seen.has(token))
                throw new Error(`DescribeLockedSnapshots returned the page token ${token} twice`);
            seen.add(token);
        }
    } while (token !== undefined);
    return out;
}
const DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
const NOT_FOUND = new Set(['InvalidSnapshot.NotFound', 'InvalidSnapshotID.Malformed']);
const CONFLICT = new Set(['IncorrectState', 'InvalidParameterCombination', 'InvalidSnapshot.InUse']);
/** Classifies a LockSnapshot error, with a message that names the fix. */
function lockFailure(snapshotId, err) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
    const base = `Could not lock ${snapshotId}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottle */ .p0)(err))
        return { ok: false, snapshotId, kind: 'throttled', message: base };
    if ((0,_unimplemented_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnimplemented */ .OP)(err))
        return {
            ok: false,
            snapshotId,
            kind: 'unimplemented',
            message: `${base}; the endpoint does not implement LockSnapshot`
        };
    if (DENIED.has(code))
        return { ok: false, snapshotId, kind: 'denied', message: `${base}; grant ec2:LockSnapshot to the role` };
    if (NOT_FOUND.has(code))
        return { ok: false, snapshotId, kind: 'not-found', message: base };
    if (CONFLICT.has(code))
        return {
            ok: false,
            snapshotId,
            kind: 'conflict',
            message: `${base}; its current lock cannot be changed this way (a compliance lock past its cooling-off period can only be extended)`
        };
    return { ok: false, snapshotId, kind: 'failed', message: base };
}
/**
 * Locks one snapshot for `days` (1 to 36500) in `mode`: governance, or compliance with no cooling-off period (the lock
 * is final at once). Never throws: the outcome says what happened.
 */
async function lockSnapshot(ec2, snapshotId, mode, days) {
    if (!Number.isSafeInteger(days) || days < 1 || days > _lock_state_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCK_DAYS_MAX */ .le)
        throw new RangeError(`lock days must be a whole number from 1 to ${_lock_state_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCK_DAYS_MAX */ .le}, got ${String(days)}`);
    try {
        const command = new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .LockSnapshotCommand */ .Dac({ SnapshotId: snapshotId, LockMode: mode, LockDuration: days });
        (0,_unimplemented_js__WEBPACK_IMPORTED_MODULE_2__/* .failFastWhenUnimplemented */ .yA)(command, 'LockSnapshot');
        const out = await ec2.send(command);
        return {
            ok: true,
            snapshotId: out.SnapshotId ?? snapshotId,
            lockState: out.LockState ?? mode,
            lockExpiresAt: out.LockExpiresOn ?? null
        };
    }
    catch (err) {
        return lockFailure(snapshotId, err);
    }
}


/***/ }),

/***/ 99651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ CopyTally),
/* harmony export */   hL: () => (/* binding */ copiesSection),
/* harmony export */   tu: () => (/* binding */ inventoryCopiesSection)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83758);
/* harmony import */ var _copy_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74297);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55958);



/** The copies table, bounded; '' without copy-to-regions. */
function copiesSection(copies) {
    if (copies === undefined)
        return '';
    if (copies.length === 0)
        return '### Copies\n\nNo copy was made in this run.';
    const header = ['source', 'from', 'copy of', 'into', 'copy', 'state', 'problem'];
    const rows = copies
        .slice(0, _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKUP_ROWS_MAX */ .Y9)
        .map((c) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.sourceRegion),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.sourceSnapshotId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.region),
        c.snapshotId === null ? 'none' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.snapshotId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.state),
        c.message === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(c.message)
    ]);
    const more = copies.length > _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKUP_ROWS_MAX */ .Y9 ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(copies.length - _sections_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKUP_ROWS_MAX */ .Y9)} more are in the result JSON.` : '';
    return `### Copies\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(header, rows, header.map(() => 'l'))}${more}`;
}
/** Counts the copies made by backup among listed records (tagged copy-of), per copy region and source region. */
class CopyTally {
    totals = new Map();
    /** Adds a record when it is a copy. */
    add(r) {
        if (!(0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .isCopy */ .sN)(r))
            return;
        const sourceRegion = r.tags[_copy_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_SOURCE_REGION */ ._L] ?? '';
        const key = `${r.region}\n${sourceRegion}`;
        const t = this.totals.get(key) ?? { region: r.region, sourceRegion, count: 0, sizeGib: 0 };
        t.count += 1;
        t.sizeGib += r.sizeGib;
        this.totals.set(key, t);
    }
    /** The totals, by copy region then source region. */
    list() {
        return [...this.totals.values()].sort((a, b) => a.region.localeCompare(b.region) || a.sourceRegion.localeCompare(b.sourceRegion));
    }
}
/** The inventory's Copies section: how many copies each region holds of which source region; '' without copies. */
function inventoryCopiesSection(totals) {
    if (totals === undefined || totals.length === 0)
        return '';
    const rows = totals.map((t) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(t.region), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(t.sourceRegion), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(t.count), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .gib */ .$l)(t.sizeGib)]);
    return `### Disaster recovery copies\n\nCopies made by backup (\`copy_of\` and \`source_region\` in the CSV name each one's source).\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['copy region', 'copied from', 'copies', 'GiB'], rows, ['l', 'l', 'r', 'r'])}`;
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

/***/ 78058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ isUnimplemented),
/* harmony export */   yA: () => (/* binding */ failFastWhenUnimplemented)
/* harmony export */ });
/* unused harmony exports UnimplementedError, unimplementedMessage */
/** The error a call ends with when the endpoint answered with something that is not an AWS error document. */
class UnimplementedError extends Error {
    name = 'UnimplementedError';
}
/** HTTP status of an SDK error, or 0. */
function statusOf(err) {
    const meta = err?.$metadata;
    return typeof meta?.httpStatusCode === 'number' ? meta.httpStatusCode : 0;
}
/**
 * Whether an SDK error is the endpoint not knowing the action: a 500 or 501 whose body the SDK could not read as an
 * AWS error (no error code), or an UnimplementedError.
 */
function isUnimplemented(err) {
    if (err instanceof UnimplementedError)
        return true;
    if (!(err instanceof Error))
        return false;
    const status = statusOf(err);
    return ((status === 500 || status === 501) && (err.name === 'Error' || err.name === '') && /parse error/i.test(err.message));
}
/** What an error says in one line: an unimplemented action is named as such. */
function unimplementedMessage(action) {
    return `the endpoint does not implement ${action} (it answered with a page that is not an AWS error)`;
}
/**
 * Stops the SDK retrying a call the endpoint does not implement: inside the retry loop, such an answer becomes an
 * UnimplementedError, which the retry strategy treats as a client error.
 */
function failFastWhenUnimplemented(command, action) {
    const failFast = (next) => async (args) => {
        try {
            return await next(args);
        }
        catch (err) {
            if (!(err instanceof UnimplementedError) && isUnimplemented(err))
                // No cause: the SDK's retry decision looks through causes and would see the 500 again.
                throw new UnimplementedError(unimplementedMessage(action));
            throw err;
        }
    };
    command.middlewareStack.addRelativeTo(failFast, {
        relation: 'after',
        toMiddleware: 'retryMiddleware',
        name: `${action}FailFast`,
        override: true
    });
}


/***/ })

};
