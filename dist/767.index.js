export const id = 767;
export const ids = [767];
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
// EXTERNAL MODULE: ./src/bounded.ts
var bounded = __webpack_require__(16586);
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
    const csv = src_csv/* CsvWriter */.i.open(config.csvPath, inventory_csv/* INVENTORY_COLUMNS */.LY, (r) => (0,inventory_csv/* inventoryRow */.Jw)(r, now));
    const failures = [];
    const emit = async (records) => {
        for (const r of records)
            aggregator.add(r);
        await csv.write(records);
    };
    const regionLists = await (0,bounded/* forEachBounded */.a)(targets, config.maxParallelAccounts, async (t) => {
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

/***/ 57767:
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
// EXTERNAL MODULE: ./src/modes/inventory.ts + 3 modules
var inventory = __webpack_require__(4259);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
;// CONCATENATED MODULE: ./src/summary/inventory.ts


/** The whole inventory summary in markdown. */
function inventorySummary(r) {
    const parts = [
        '## Snapshot inventory',
        (0,sections/* headline */.Pl)(r.aggregate, r.accounts.length, r.regions.length),
        r.accounts.length > 1 ? (0,sections/* accountSection */.pJ)(r.aggregate) : '',
        ...(0,sections/* breakdownSections */.a)(r.aggregate),
        (0,sections/* failureSection */.mo)(r.failures),
        (0,sections/* priceSection */.h8)(),
        `One row per snapshot is in the CSV \`${(0,markdown.md)(r.csvName)}\`.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
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


/***/ })

};
