export const id = 929;
export const ids = [929];
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

/***/ 26929:
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
// EXTERNAL MODULE: ./src/lock-state.ts
var lock_state = __webpack_require__(45868);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./src/unimplemented.ts
var unimplemented = __webpack_require__(78058);
;// CONCATENATED MODULE: ./src/snapshot-locks.ts
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
        const command = new dist_cjs/* DescribeLockedSnapshotsCommand */.WiS({
            MaxResults: LOCKS_PAGE_SIZE,
            ...(token === undefined ? {} : { NextToken: token })
        });
        (0,unimplemented/* failFastWhenUnimplemented */.yA)(command, 'DescribeLockedSnapshots');
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
    const code = errorCode(err);
    const base = `Could not lock ${snapshotId}: ${errorMessage(err)}`;
    if (isThrottle(err))
        return { ok: false, snapshotId, kind: 'throttled', message: base };
    if (isUnimplemented(err))
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
    if (!Number.isSafeInteger(days) || days < 1 || days > LOCK_DAYS_MAX)
        throw new RangeError(`lock days must be a whole number from 1 to ${LOCK_DAYS_MAX}, got ${String(days)}`);
    try {
        const command = new LockSnapshotCommand({ SnapshotId: snapshotId, LockMode: mode, LockDuration: days });
        failFastWhenUnimplemented(command, 'LockSnapshot');
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

;// CONCATENATED MODULE: ./src/inventory-locks.ts




const inventory_locks_DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
/** Why a region's locks were not read, in one line with the fix. */
function lockNotice(accountId, region, err) {
    const where = `Lock state not read in ${region} (account ${accountId})`;
    const columns = 'lock_state and lock_expires_at are empty for its snapshots';
    if ((0,unimplemented/* isUnimplemented */.OP)(err))
        return `${where}: the endpoint does not implement DescribeLockedSnapshots; ${columns}.`;
    const fix = inventory_locks_DENIED.has((0,errors/* errorCode */.CA)(err)) ? '; grant ec2:DescribeLockedSnapshots to the role' : '';
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
            found = readSnapshotLocks(target.clients.ec2(region)).catch((err) => {
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

;// CONCATENATED MODULE: ./src/regions.ts


/** The regions enabled for the account (opt-in regions only when opted in), sorted. */
async function enabledRegions(ec2) {
    try {
        const out = await ec2.send(new dist_cjs/* DescribeRegionsCommand */.cAn({ Filters: [{ Name: 'opt-in-status', Values: ['opt-in-not-required', 'opted-in'] }] }));
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
    const locks = new InventoryLocks(now);
    const emit = async (target, listed) => {
        const records = await locks.attach(target, listed);
        for (const r of records)
            aggregator.add(r);
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
    return {
        mode: 'inventory',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        regions: [...new Set(regionLists.flat())].sort(),
        aggregate: aggregator.result(),
        failures: failures.sort((a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)),
        csvPath: csv.filePath,
        rowCount: csv.rowCount,
        locks: { locked: { ...locks.locked }, notices: [...locks.notices].sort() }
    };
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
