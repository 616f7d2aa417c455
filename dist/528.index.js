export const id = 528;
export const ids = [528];
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

/***/ 90487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ FindingTally),
/* harmony export */   f: () => (/* binding */ findingsBySeverity)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79244);

/** Counts of findings per account and rule, summed as they arrive (from one check, or from several joined). */
class FindingTally {
    counts = new Map();
    /** Adds one finding, silenced or not. */
    add(accountId, rule, severity, silenced) {
        this.addCount({ accountId, rule, severity, findings: silenced ? 0 : 1, silenced: silenced ? 1 : 0 });
    }
    /** Adds a count of findings (another check's), summing with what is there. */
    addCount(c) {
        const key = `${c.accountId}/${c.rule}`;
        const known = this.counts.get(key);
        if (known) {
            known.findings += c.findings;
            known.silenced += c.silenced;
        }
        else {
            this.counts.set(key, { ...c });
        }
    }
    /** Every account and rule with a finding, by account and then in rule order. */
    list() {
        return [...this.counts.values()]
            .filter((c) => c.findings > 0 || c.silenced > 0)
            .sort((a, b) => a.accountId.localeCompare(b.accountId) || _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(a.rule) - _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(b.rule));
    }
}
/** The findings that are not silenced, per account and severity; most errors first, then most warnings. */
function findingsBySeverity(counts) {
    const out = new Map();
    for (const c of counts) {
        if (c.findings === 0)
            continue;
        const a = out.get(c.accountId) ?? { accountId: c.accountId, error: 0, warning: 0, notice: 0 };
        a[c.severity] += c.findings;
        out.set(c.accountId, a);
    }
    return [...out.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || a.accountId.localeCompare(b.accountId));
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

/***/ 74528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkStep: () => (/* binding */ checkStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/accounts.ts
var accounts = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(22988);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
;// CONCATENATED MODULE: ./src/report/annotations.ts



/** The text and title of one finding's annotation, each made inert for the log by {@link logLine}. */
function annotationOf(f) {
    return {
        title: (0,src_escape/* logLine */.BP)(`${f.rule}: ${f.resourceId}`),
        message: (0,src_escape/* logLine */.BP)(`[${f.accountId} ${f.region}] ${f.message}`)
    };
}
/**
 * Annotates the first `max` findings (they arrive most severe first) at their severity; when some are left out,
 * a final notice states the total and where every finding is. Returns how many findings were annotated.
 */
function annotateFindings(findings, opts, sink = core) {
    const shown = findings.slice(0, Math.min(opts.max, opts.total));
    for (const f of shown) {
        const { message, title } = annotationOf(f);
        sink[f.severity](message, { title });
    }
    if (shown.length < opts.total) {
        sink.notice((0,src_escape/* logLine */.BP)(`${(0,plural/* plural */.L)(opts.total, 'finding')} in all; ${shown.length} ${shown.length === 1 ? 'is' : 'are'} annotated (max-annotations ${opts.max}). Every finding is in ${opts.where}.`));
    }
    return shown.length;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/report/comment.ts

/** The hidden marker that identifies the check's comment on a pull request. */
const COMMENT_MARKER = '<!-- snapshot-hygiene:check -->';
/** GitHub's limit on a comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** The comment body: the marker, then the report, cut to GitHub's limit. */
function commentBody(markdown, footer = '') {
    const head = `${COMMENT_MARKER}\n`;
    const tail = footer === '' ? '' : `\n${footer}\n`;
    const room = COMMENT_LIMIT - head.length - tail.length;
    if (markdown.length <= room)
        return head + markdown + tail;
    const note = '\n\n> The report was cut to fit a comment; the job summary and the findings file have all of it.\n';
    let cut = markdown.slice(0, room - note.length);
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    return head + cut + note + tail;
}
/** The GraphQL query that names the account a token acts as, for user and installation tokens alike. */
const VIEWER_QUERY = 'query { viewer { login } }';
/**
 * The login the token acts as: GraphQL's `viewer` (it answers for user tokens and for installation tokens such as
 * GITHUB_TOKEN, whose comments are by `github-actions[bot]`), else REST `GET /user` (user tokens only; installation
 * tokens get 403 there). Null when neither answers: the caller must then not update any comment.
 */
async function tokenLogin(octokit) {
    try {
        const res = await octokit.graphql(VIEWER_QUERY);
        if (typeof res.viewer?.login === 'string' && res.viewer.login !== '')
            return res.viewer.login;
    }
    catch {
        // fall back to REST below
    }
    try {
        const res = await octokit.rest.users.getAuthenticated();
        if (typeof res.data.login === 'string' && res.data.login !== '')
            return res.data.login;
    }
    catch {
        // neither answered
    }
    return null;
}
/**
 * Creates the check's comment on the pull request, or updates the earlier one: the first comment that carries the
 * marker and was written by the account the token acts as. A marker in anyone else's comment is left alone, and when
 * the token's account cannot be learnt a new comment is created rather than one of unknown authorship updated.
 */
async function upsertComment(opts) {
    const baseUrl = opts.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com');
    const octokit = (0,github/* getOctokit */.Q)(opts.token, { baseUrl });
    const { owner, repo, number } = opts.pr;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100
    });
    let login;
    let others = 0;
    for await (const page of pages) {
        for (const c of page.data) {
            if (!(c.body ?? '').includes(COMMENT_MARKER))
                continue;
            login ??= await tokenLogin(octokit);
            if (login === null)
                break;
            if ((c.user?.login ?? '').toLowerCase() !== login.toLowerCase()) {
                others++;
                continue;
            }
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: c.id, body: opts.body });
            return { action: 'updated', id: c.id };
        }
        if (login === null)
            break;
    }
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: opts.body });
    const note = login === null
        ? 'the account github-token acts as could not be learnt, so no earlier comment was updated'
        : others > 0
            ? `${others} comment(s) by others carry the marker and were left alone`
            : undefined;
    return { action: 'created', id: created.data.id, ...(note === undefined ? {} : { note }) };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(79244);
;// CONCATENATED MODULE: ./src/timestamp.ts
/**
 * The one date format the action reads from tags and documents: ISO 8601 in UTC, as it writes it
 * (`2026-03-16T06:00:00Z`, or with milliseconds `2026-03-16T06:00:00.000Z`). Anything else is not a date.
 */
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$/;
/** Parses YYYY-MM-DDTHH:MM:SS(.sss)Z with a real calendar date and time of day; null for anything else. */
function parseUtcTimestamp(raw) {
    const m = TIMESTAMP_RE.exec(raw);
    if (m === null)
        return null;
    const [year, month, day, hour, minute, second, ms] = m
        .slice(1)
        .map((part) => Number(part ?? '0'));
    if (hour > 23 || minute > 59 || second > 59)
        return null;
    const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
    // Date.UTC rolls over (February 30 becomes March 2) and maps years 0-99 to 1900-1999: both are refused.
    if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day)
        return null;
    return at;
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
;// CONCATENATED MODULE: ./src/findings.ts
/**
 * The check rules: pure functions from snapshot records (and what was looked up about them) to findings.
 * Nothing here calls AWS; the check mode gathers the facts and these functions judge them.
 */




const RANK = { error: 3, warning: 2, notice: 1 };
/** Whether a finding of this severity fails the step under fail-on (never: nothing does). */
function failsStep(severity, failOn) {
    return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}
/** Orders findings: most severe first, then by rule, account, region and resource. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        rules/* RULE_IDS */.Iu.indexOf(a.rule) - rules/* RULE_IDS */.Iu.indexOf(b.rule) ||
        a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region) ||
        a.resourceId.localeCompare(b.resourceId));
}
/** Whether a finding is silenced: by the ignore-rules input, or by the snapshot's ignore tag (rule ids, or all). */
function isSilenced(rule, tags, ignoreRules) {
    if (ignoreRules.includes(rule))
        return true;
    const tag = tags?.[types/* TAG_IGNORE */.gk];
    if (tag === undefined)
        return false;
    const listed = tag.split(',').map((s) => s.trim().toLowerCase());
    return listed.includes('all') || listed.includes(rule);
}
const NOUN = {
    ebs: 'EBS snapshot',
    rds: 'DB snapshot',
    'rds-cluster': 'DB cluster snapshot',
    efs: 'EFS recovery point'
};
const SOURCE_NOUN = {
    ebs: 'volume',
    rds: 'DB instance',
    'rds-cluster': 'DB cluster',
    efs: 'file system'
};
/** A duration in words: hours under two days, whole days beyond. */
function duration(ms) {
    if (ms < 2 * clock/* DAY_MS */.sO) {
        const hours = Math.floor(ms / clock/* HOUR_MS */.iQ);
        return hours === 1 ? '1 hour' : `${hours} hours`;
    }
    return `${Math.floor(ms / clock/* DAY_MS */.sO)} days`;
}
function finding(rule, r, message) {
    return {
        rule,
        severity: rules/* RULE_SEVERITY */.hx[rule],
        accountId: r.accountId,
        region: r.region,
        service: r.service,
        resourceId: r.snapshotId,
        message
    };
}
function keepHint(rule) {
    return `or tag it ${types/* TAG_IGNORE */.gk}=${rule} to keep it`;
}
const ENCRYPT_FIX = {
    ebs: 'copy it with encryption (aws ec2 copy-snapshot --encrypted --kms-key-id KEY), delete the original and turn on EBS encryption by default',
    rds: 'copy it with a KMS key (aws rds copy-db-snapshot --kms-key-id KEY) and delete the original',
    'rds-cluster': 'copy it with a KMS key (aws rds copy-db-cluster-snapshot --kms-key-id KEY) and delete the original',
    efs: 'back the file system up to a vault with a KMS key and delete this recovery point'
};
/** unencrypted-snapshot: the snapshot is not encrypted. */
function unencryptedFinding(r) {
    if (r.encrypted)
        return null;
    return finding('unencrypted-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} is not encrypted; ${ENCRYPT_FIX[r.service]}.`);
}
/** old-snapshot: created more than maxAgeDays * 24 hours before now. */
function oldFinding(r, now, maxAgeDays) {
    const age = now.getTime() - r.createdAt.getTime();
    if (!(age > maxAgeDays * clock/* DAY_MS */.sO))
        return null;
    return finding('old-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} is ${duration(age)} old, older than max-age-days (${maxAgeDays}); delete it if nothing needs it, ${keepHint('old-snapshot')}.`);
}
/** Reads a managed snapshot's expires-at tag with the strict parser: only an ISO 8601 UTC timestamp is a date. */
function readExpiresAt(r) {
    if (r.tags[types/* TAG_MANAGED */.Jo] !== 'true')
        return { kind: 'none' };
    const raw = r.tags[types/* TAG_EXPIRES_AT */.kz];
    if (raw === undefined || raw.trim() === '')
        return { kind: 'none' };
    const at = parseUtcTimestamp(raw.trim());
    return at === null ? { kind: 'malformed', raw } : { kind: 'date', at };
}
/** The instant a managed snapshot's expires-at tag names, or null when it has none or it is not a timestamp. */
function expiresAt(r) {
    const tag = readExpiresAt(r);
    return tag.kind === 'date' ? tag.at : null;
}
/** expired-snapshot: a managed snapshot whose expires-at lies in the past, so prune is not running for it. */
function expiredFinding(r, now) {
    const at = expiresAt(r);
    if (at === null || at.getTime() >= now.getTime())
        return null;
    return finding('expired-snapshot', r, `Managed ${NOUN[r.service]} ${r.snapshotId} expired at ${at.toISOString()} (${duration(now.getTime() - at.getTime())} ago), so prune is not running for it; schedule mode prune (or backup-and-prune) for its volume.`);
}
/** How much of a malformed tag value a finding quotes. */
const QUOTED_MAX = 64;
/** malformed-tag: a managed snapshot whose expires-at is not an ISO 8601 UTC timestamp; never judged as a date. */
function malformedTagFinding(r) {
    const tag = readExpiresAt(r);
    if (tag.kind !== 'malformed')
        return null;
    const chars = Array.from(tag.raw);
    const quoted = JSON.stringify(chars.length > QUOTED_MAX ? `${chars.slice(0, QUOTED_MAX).join('')}...` : tag.raw);
    return finding('malformed-tag', r, `Managed ${NOUN[r.service]} ${r.snapshotId} has ${types/* TAG_EXPIRES_AT */.kz} ${quoted}, which is not an ISO 8601 UTC timestamp (like 2026-03-16T06:00:00Z), so its expiry is unknown; correct the tag or remove it.`);
}
/** orphaned-snapshot: the source is gone and (EBS) no AMI uses the snapshot; copies with no known source are not orphans. */
function orphanFinding(r, index) {
    if (r.sourceId === null || index.sources.has(r.sourceId))
        return null;
    if (index.amiSnapshots?.has(r.snapshotId))
        return null;
    const noAmi = r.service === 'ebs' ? ' and no AMI uses it' : '';
    return finding('orphaned-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} was taken of ${SOURCE_NOUN[r.service]} ${r.sourceId}, which no longer exists${noAmi}; delete it if nothing needs it, ${keepHint('orphaned-snapshot')}.`);
}
function makePrivate(r, remove) {
    if (r.service === 'ebs') {
        const what = remove === 'all' ? '--group-names all' : `--user-ids ${remove}`;
        return `aws ec2 modify-snapshot-attribute --snapshot-id ${r.snapshotId} --attribute createVolumePermission --operation-type remove ${what}`;
    }
    if (r.service === 'rds-cluster') {
        return `aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier ${r.snapshotId} --attribute-name restore --values-to-remove ${remove}`;
    }
    return `aws rds modify-db-snapshot-attribute --db-snapshot-identifier ${r.snapshotId} --attribute-name restore --values-to-remove ${remove}`;
}
/** public-snapshot and shared-snapshot: restorable by everyone, or by an account allowed-accounts does not list. */
function grantFindings(r, grants, allowedAccounts) {
    const out = [];
    if (grants.public) {
        out.push(finding('public-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} can be restored by any AWS account; make it private (${makePrivate(r, 'all')}).`));
    }
    const strangers = [...new Set(grants.accounts)]
        .filter((a) => a !== r.accountId && !allowedAccounts.includes(a))
        .sort();
    if (strangers.length > 0) {
        const list = strangers.join(' ');
        const who = strangers.length === 1 ? `account ${list}` : `accounts ${strangers.join(', ')}`;
        out.push(finding('shared-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} is shared with ${who}, which allowed-accounts does not list; stop sharing (${makePrivate(r, list)}) or add ${strangers.length === 1 ? 'it' : 'them'} to allowed-accounts.`));
    }
    return out;
}
/** stale-backup: a volume of the volume input whose newest completed snapshot is older than maxHours, or that has none. */
function staleBackupFinding(v, now, maxHours) {
    const age = v.newest === null ? null : now.getTime() - v.newest.getTime();
    if (age !== null && !(age > maxHours * clock/* HOUR_MS */.iQ))
        return null;
    const last = age === null || v.newest === null
        ? 'has no completed snapshot'
        : `was last backed up ${duration(age)} ago (${v.newest.toISOString()})`;
    const noun = v.kind === undefined ? 'Volume' : v.kind === 'db-instance' ? 'DB instance' : 'DB cluster';
    const where = `${noun} ${v.volumeId} in ${v.region}`;
    let message;
    if (v.exists === false) {
        message = `${where} no longer exists and ${last}; remove it from the ${v.kind ?? 'volume'} input.`;
    }
    else if (age === null) {
        message = `${where} ${last}; back it up (mode backup) on a schedule more often than every ${maxHours} hours.`;
    }
    else {
        message = `${where} ${last}, longer than max-backup-age-hours (${maxHours}); check that its scheduled backup runs.`;
    }
    if (v.exists === null)
        message = message.replace(/\.$/, ` (whether the ${noun.toLowerCase()} still exists could not be read).`);
    const service = v.kind === undefined ? 'ebs' : v.kind === 'db-instance' ? 'rds' : 'rds-cluster';
    return finding('stale-backup', { accountId: v.accountId, region: v.region, service, snapshotId: v.volumeId }, message);
}
/** The rules that need nothing but the record: unencrypted-snapshot, expired-snapshot, malformed-tag, old-snapshot. */
function recordFindings(r, ctx) {
    const out = [];
    for (const f of [
        unencryptedFinding(r),
        expiredFinding(r, ctx.now),
        malformedTagFinding(r),
        oldFinding(r, ctx.now, ctx.maxAgeDays)
    ])
        if (f)
            out.push(f);
    return out;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(57202);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-efs/dist-cjs/index.js
var client_efs_dist_cjs = __webpack_require__(21663);
// EXTERNAL MODULE: ./src/aggregate.ts
var aggregate = __webpack_require__(920);
// EXTERNAL MODULE: ./src/bounded.ts
var bounded = __webpack_require__(16586);
// EXTERNAL MODULE: ./src/finding-counts.ts
var finding_counts = __webpack_require__(90487);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./src/csv.ts
var src_csv = __webpack_require__(30731);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(51666);
;// CONCATENATED MODULE: ./src/finding-sink.ts






/** The findings CSV's columns, in order. */
const FINDING_COLUMNS = [
    'rule',
    'severity',
    'account_id',
    'region',
    'service',
    'resource_id',
    'message'
];
/** The findings JSON file's path for a CSV path: next to it, ending in .findings.json. */
function findingsJsonPath(csvPath) {
    return csvPath.replace(/\.csv$/i, '') + '.findings.json';
}
/** A JSON document `{..., "findings": [ ... ]}` written one batch of findings at a time. */
class JsonFindingsWriter {
    filePath;
    stream;
    first = true;
    failure = null;
    constructor(filePath, header) {
        this.filePath = filePath;
        this.stream = (0,paths/* writeStream */.G6)(filePath);
        this.stream.on('error', (err) => (this.failure = err));
        const head = JSON.stringify(header);
        this.stream.write(`${head.slice(0, -1)},"findings":[`);
    }
    async write(findings) {
        if (this.failure)
            throw this.failure;
        if (findings.length === 0)
            return;
        const text = findings.map((f, i) => `${this.first && i === 0 ? '' : ','}\n${JSON.stringify(f)}`).join('');
        this.first = false;
        if (!this.stream.write(text))
            await (0,external_node_events_.once)(this.stream, 'drain');
    }
    async close() {
        await new Promise((resolve, reject) => this.stream.end('\n]}\n', () => {
            if (this.failure)
                reject(this.failure);
            else
                resolve();
        }));
        if (this.failure)
            throw this.failure;
    }
}
/**
 * Receives findings as the check finds them: silenced ones are only counted; the others go to the CSV and the
 * findings JSON at once, and only the most severe `topLimit` of them stay in memory, for the summary and annotations.
 */
class FindingSink {
    csv;
    json;
    ignoreRules;
    topLimit;
    counts = new Map();
    kept = [];
    total = 0;
    constructor(csv, json, ignoreRules, topLimit) {
        this.csv = csv;
        this.json = json;
        this.ignoreRules = ignoreRules;
        this.topLimit = topLimit;
        for (const rule of rules/* RULE_IDS */.Iu)
            this.counts.set(rule, { rule, severity: rules/* RULE_SEVERITY */.hx[rule], findings: 0, silenced: 0 });
    }
    /** Creates the CSV at csvPath and the findings JSON next to it. */
    static open(opts) {
        const csv = src_csv/* CsvWriter */.i.open(opts.csvPath, FINDING_COLUMNS, (f) => [
            f.rule,
            f.severity,
            f.accountId,
            f.region,
            f.service,
            f.resourceId,
            f.message
        ]);
        const json = new JsonFindingsWriter(findingsJsonPath(opts.csvPath), {
            schema_version: result/* RESULT_SCHEMA_VERSION */.tS,
            tool: result/* RESULT_TOOL */.Lg,
            generatedAt: opts.generatedAt
        });
        return new FindingSink(csv, json, opts.ignoreRules, opts.topLimit);
    }
    /** Takes a batch of findings, each with the tags that may silence it. */
    async add(batch) {
        const open = [];
        for (const [f, tags] of batch) {
            const count = this.counts.get(f.rule);
            if (!count)
                continue;
            if (isSilenced(f.rule, tags, this.ignoreRules)) {
                count.silenced += 1;
                continue;
            }
            count.findings += 1;
            open.push(f);
        }
        if (open.length === 0)
            return;
        this.total += open.length;
        this.keep(open);
        await this.csv.write(open);
        await this.json.write(open);
    }
    keep(findings) {
        this.kept.push(...findings);
        if (this.kept.length > 2 * this.topLimit)
            this.kept = this.kept.sort(compareFindings).slice(0, this.topLimit);
    }
    /** Findings that are not silenced, so far. */
    get findingsCount() {
        return this.total;
    }
    /** Findings and silenced findings per rule, in rule order. */
    ruleCounts() {
        return rules/* RULE_IDS */.Iu.map((rule) => ({ ...this.counts.get(rule) }));
    }
    /** The most severe findings (at most topLimit), in order. */
    top() {
        return [...this.kept].sort(compareFindings).slice(0, this.topLimit);
    }
    /** Where the findings JSON is. */
    get jsonPath() {
        return this.json.filePath;
    }
    /** Where the findings CSV is. */
    get csvPath() {
        return this.csv.filePath;
    }
    /** Flushes and closes both files. */
    async close() {
        await this.csv.close();
        await this.json.close();
    }
}

// EXTERNAL MODULE: ./src/listers/ebs.ts
var ebs = __webpack_require__(71712);
// EXTERNAL MODULE: ./src/listers/rds.ts
var listers_rds = __webpack_require__(20827);
// EXTERNAL MODULE: ./src/modes/inventory.ts + 3 modules
var inventory = __webpack_require__(4259);
;// CONCATENATED MODULE: ./src/modes/check.ts















/** At most this many sharing checks (one attribute call each) per account, region and service, beyond the public ones. */
const SHARE_CHECK_LIMIT = 1000;
/** How many attribute calls run at once per account. */
const ATTRIBUTE_CONCURRENCY = 8;
/** How many findings the result keeps for the summary and annotations (at least max-annotations). */
const TOP_FINDINGS = 100;
/** DescribeVolumes' largest page. */
const VOLUME_PAGE_SIZE = 500;
const LOOKUP = {
    volumes: { service: 'ebs', what: 'volumes (ec2:DescribeVolumes)' },
    images: { service: 'ebs', what: 'AMIs (ec2:DescribeImages)' },
    'db-instances': { service: 'rds', what: 'DB instances (rds:DescribeDBInstances)' },
    'db-clusters': { service: 'rds-cluster', what: 'DB clusters (rds:DescribeDBClusters)' },
    'file-systems': { service: 'efs', what: 'file systems (elasticfilesystem:DescribeFileSystems)' }
};
const SOURCE_LOOKUP = {
    ebs: 'volumes',
    rds: 'db-instances',
    'rds-cluster': 'db-clusters',
    efs: 'file-systems'
};
const ATTRIBUTE_CALL = {
    ebs: 'ec2:DescribeSnapshotAttribute',
    rds: 'rds:DescribeDBSnapshotAttributes',
    'rds-cluster': 'rds:DescribeDBClusterSnapshotAttributes',
    efs: ''
};
/** Whether a snapshot can be shared at all: EBS always; RDS and Aurora only manual snapshots. */
function canBeShared(r) {
    if (r.service === 'ebs')
        return true;
    return (r.service === 'rds' || r.service === 'rds-cluster') && r.snapshotType === 'manual';
}
function restoreGrants(attributes) {
    const values = (attributes ?? []).find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
    return { public: values.includes('all'), accounts: values.filter((v) => v !== 'all') };
}
const NOT_FOUND = new Set([
    'InvalidSnapshot.NotFound',
    'DBSnapshotNotFound',
    'DBSnapshotNotFoundFault',
    'DBClusterSnapshotNotFoundFault'
]);
/** Hands findings to the sink, counting each per account and rule as the sink will judge it (silenced or not). */
async function record(state, batch) {
    for (const [f, tags] of batch)
        state.tally.add(f.accountId, f.rule, f.severity, isSilenced(f.rule, tags, state.config.ignoreRules));
    await state.sink.add(batch);
}
/** A volume of the volume input, keyed as the input names it: the check looks for it in every account. */
const inputVolumeKey = (v) => (0,types/* volumeKey */.O$)(null, v.region, v.volumeId);
/** The checks of one account: lazily loaded lookups per region, and the attribute calls in flight. */
class AccountCheck {
    state;
    target;
    lookups = new Map();
    sharing = new Map();
    publicScans = new Set();
    pending = new Set();
    limit = (0,bounded/* limiter */.T)(ATTRIBUTE_CONCURRENCY);
    /** Regions whose EBS listing failed, so their snapshots were not all seen. */
    ebsFailed = new Set();
    constructor(state, target) {
        this.state = state;
        this.target = target;
    }
    /** Records a region or service that could not be read. */
    fail(region, service, message) {
        this.state.failures.push({ accountId: this.target.accountId, region, service, message });
    }
    /** A set of ids in a region (volumes, AMI snapshots, DB instances, DB clusters, file systems), loaded once; null when unreadable. */
    lookup(region, kind) {
        const key = `${region}/${kind}`;
        let found = this.lookups.get(key);
        if (!found) {
            found = loadLookup(this.target, region, kind).catch((err) => {
                this.fail(region, LOOKUP[kind].service, `${LOOKUP[kind].what}: ${(0,errors/* errorMessage */.gJ)(err)}`);
                return null;
            });
            this.lookups.set(key, found);
        }
        return found;
    }
    async sourceIndex(region, service) {
        const sources = await this.lookup(region, SOURCE_LOOKUP[service]);
        if (sources === null)
            return null;
        if (service !== 'ebs')
            return { sources };
        const amiSnapshots = await this.lookup(region, 'images');
        return amiSnapshots === null ? null : { sources, amiSnapshots };
    }
    /** Judges one page of records as it arrives; only findings and a few counters stay. */
    async page(records) {
        const s = this.state;
        const indexes = new Map();
        for (const r of records) {
            const key = `${r.region}/${r.service}`;
            if (!indexes.has(key))
                indexes.set(key, await this.sourceIndex(r.region, r.service));
        }
        const batch = [];
        for (const r of records) {
            s.aggregator.add(r);
            s.snapshotCount += 1;
            this.noteBackup(r);
            for (const f of recordFindings(r, { now: s.now, maxAgeDays: s.config.maxAgeDays }))
                batch.push([f, r.tags]);
            const index = indexes.get(`${r.region}/${r.service}`);
            const orphan = index ? orphanFinding(r, index) : null;
            if (orphan)
                batch.push([orphan, r.tags]);
            this.scheduleSharing(r);
        }
        await record(s, batch);
    }
    noteBackup(r) {
        if (r.service !== 'ebs' || r.state !== 'completed' || r.sourceId === null)
            return;
        const key = (0,types/* volumeKey */.O$)(null, r.region, r.sourceId);
        if (!this.state.wanted.has(key))
            return;
        const known = this.state.newest.get(key);
        if (known && known.at.getTime() >= r.createdAt.getTime())
            return;
        this.state.newest.set(key, { at: r.createdAt, accountId: r.accountId });
    }
    sharingState(region, service) {
        const key = `${region}/${service}`;
        let st = this.sharing.get(key);
        if (!st) {
            st = {
                region,
                service,
                eligible: 0,
                budget: this.state.shareCheckLimit,
                checked: new Set(),
                failed: 0,
                firstError: ''
            };
            this.sharing.set(key, st);
        }
        return st;
    }
    scheduleSharing(r) {
        if (!canBeShared(r))
            return;
        const st = this.sharingState(r.region, r.service);
        st.eligible += 1;
        if (r.service === 'ebs')
            this.scanPublicEbs(r.region);
        if (st.checked.has(r.snapshotId) || st.budget <= 0)
            return;
        st.budget -= 1;
        this.checkGrants(r, st);
    }
    track(work) {
        this.pending.add(work);
        void work.finally(() => this.pending.delete(work));
    }
    checkGrants(r, st) {
        st.checked.add(r.snapshotId);
        this.track(this.limit(async () => {
            try {
                const grants = await readGrants(this.target, r);
                await record(this.state, grantFindings(r, grants, this.state.config.allowedAccounts).map((f) => [f, r.tags]));
            }
            catch (err) {
                if (NOT_FOUND.has((0,errors/* errorCode */.CA)(err)))
                    return;
                st.failed += 1;
                st.firstError ||= (0,errors/* errorMessage */.gJ)(err);
            }
        }));
    }
    /**
     * Finds a region's public EBS snapshots in one paginated call, and reads each one's permissions, whatever the budget.
     * The attribute call confirms it (an endpoint that ignores RestorableByUserIds, like moto, returns every snapshot) and
     * also gives the accounts it is shared with.
     */
    scanPublicEbs(region) {
        if (this.publicScans.has(region))
            return;
        this.publicScans.add(region);
        const st = this.sharingState(region, 'ebs');
        const { accountId } = this.target;
        this.track((async () => {
            try {
                const pages = (0,dist_cjs/* paginateDescribeSnapshots */.CdA)({ client: this.target.clients.ec2(region), pageSize: ebs/* EBS_PAGE_SIZE */.hC }, { OwnerIds: ['self'], RestorableByUserIds: ['all'] });
                for await (const page of pages) {
                    for (const s of page.Snapshots ?? []) {
                        const r = (0,ebs/* ebsRecord */.k0)(s, accountId, region);
                        if (!st.checked.has(r.snapshotId))
                            this.checkGrants(r, st);
                    }
                }
            }
            catch (err) {
                this.fail(region, 'ebs', `public snapshots (ec2:DescribeSnapshots with RestorableByUserIds=all): ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        })());
    }
    /** Waits for every attribute call and public scan, then reports failed calls and unchecked snapshots. */
    async settle() {
        while (this.pending.size > 0)
            await Promise.all([...this.pending]);
        const gaps = [];
        for (const st of this.sharing.values()) {
            if (st.failed > 0) {
                this.fail(st.region, st.service, `sharing (${ATTRIBUTE_CALL[st.service]}) could not be read for ${(0,plural/* plural */.L)(st.failed, 'snapshot')}: ${st.firstError}`);
            }
            if (st.checked.size < st.eligible) {
                gaps.push({
                    accountId: this.target.accountId,
                    region: st.region,
                    service: st.service,
                    eligible: st.eligible,
                    checked: st.checked.size
                });
            }
        }
        return gaps;
    }
    /** The creation time of the volume's newest completed snapshot in this account, read directly; null when none. */
    async newestSnapshot(v) {
        try {
            let newest = null;
            const pages = (0,dist_cjs/* paginateDescribeSnapshots */.CdA)({ client: this.target.clients.ec2(v.region), pageSize: ebs/* EBS_PAGE_SIZE */.hC }, {
                OwnerIds: ['self'],
                Filters: [
                    { Name: 'volume-id', Values: [v.volumeId] },
                    { Name: 'status', Values: ['completed'] }
                ]
            });
            for await (const page of pages) {
                for (const s of page.Snapshots ?? []) {
                    if (s.State === 'completed' && s.StartTime && (newest === null || s.StartTime > newest))
                        newest = s.StartTime;
                }
            }
            return newest;
        }
        catch (err) {
            this.fail(v.region, 'ebs', `snapshots of ${v.volumeId} for stale-backup (ec2:DescribeSnapshots): ${(0,errors/* errorMessage */.gJ)(err)}`);
            return 'unknown';
        }
    }
}
/** The creation time of the newest available snapshot (manual or automated) of a DB instance or cluster, read directly. */
async function newestDbSnapshot(check, kind, ref) {
    const rds = check.target.clients.rds(ref.region);
    try {
        let newest = null;
        const consider = (status, at) => {
            if (status === 'available' && at !== undefined && (newest === null || at > newest))
                newest = at;
        };
        if (kind === 'db-instance') {
            const pages = (0,client_rds_dist_cjs/* paginateDescribeDBSnapshots */.iKM)({ client: rds, pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, { Filters: [{ Name: 'db-instance-id', Values: [ref.id] }] });
            for await (const page of pages)
                for (const s of page.DBSnapshots ?? [])
                    consider(s.Status, s.SnapshotCreateTime);
        }
        else {
            const pages = (0,client_rds_dist_cjs/* paginateDescribeDBClusterSnapshots */.G8v)({ client: rds, pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, { Filters: [{ Name: 'db-cluster-id', Values: [ref.id] }] });
            for await (const page of pages)
                for (const s of page.DBClusterSnapshots ?? [])
                    consider(s.Status, s.SnapshotCreateTime);
        }
        return newest;
    }
    catch (err) {
        const call = kind === 'db-instance' ? 'rds:DescribeDBSnapshots' : 'rds:DescribeDBClusterSnapshots';
        check.fail(ref.region, kind === 'db-instance' ? 'rds' : 'rds-cluster', `snapshots of ${ref.id} for stale-backup (${call}): ${(0,errors/* errorMessage */.gJ)(err)}`);
        return 'unknown';
    }
}
/** Judges the DB instances and clusters of the db-instance and db-cluster inputs: newest available snapshot, and whether it exists. */
async function staleDbBackups(state, all) {
    const { config, now } = state;
    const checks = all.filter((c) => c.check.target.failure === undefined);
    const refs = [
        ...(config.dbInstances ?? []).map((ref) => ({ kind: 'db-instance', ref })),
        ...(config.dbClusters ?? []).map((ref) => ({ kind: 'db-cluster', ref }))
    ];
    await Promise.all(refs.map(async ({ kind, ref }) => {
        let newest = null;
        let owner = null;
        let unknown = false;
        for (const { check } of checks) {
            const direct = await newestDbSnapshot(check, kind, ref);
            if (direct === 'unknown')
                unknown = true;
            else if (direct !== null && (newest === null || direct > newest)) {
                newest = direct;
                owner = check.target.accountId;
            }
        }
        if (newest === null && unknown)
            return;
        if (newest !== null && now.getTime() - newest.getTime() <= config.maxBackupAgeHours * clock/* HOUR_MS */.iQ)
            return;
        let exists = false;
        for (const { check } of checks) {
            const ids = await check.lookup(ref.region, kind === 'db-instance' ? 'db-instances' : 'db-clusters');
            if (ids === null)
                exists = exists || null;
            else if (ids.has(ref.id)) {
                exists = true;
                owner = check.target.accountId;
            }
        }
        const accountId = owner ?? checks[0]?.check.target.accountId ?? '';
        const f = staleBackupFinding({ accountId, region: ref.region, volumeId: ref.id, newest, exists, kind }, now, config.maxBackupAgeHours);
        if (f)
            await record(state, [[f, null]]);
    }));
}
async function collect(pages, ids) {
    const out = new Set();
    for await (const page of pages)
        for (const id of ids(page))
            if (id)
                out.add(id);
    return out;
}
function loadLookup(target, region, kind) {
    const c = target.clients;
    switch (kind) {
        case 'volumes':
            return collect((0,dist_cjs/* paginateDescribeVolumes */.cpp)({ client: c.ec2(region), pageSize: VOLUME_PAGE_SIZE }, {}), (p) => (p.Volumes ?? []).map((v) => v.VolumeId));
        case 'images':
            return collect((0,dist_cjs/* paginateDescribeImages */.XiR)({ client: c.ec2(region), pageSize: ebs/* EBS_PAGE_SIZE */.hC }, { Owners: ['self'], IncludeDeprecated: true, IncludeDisabled: true }), (p) => (p.Images ?? []).flatMap((i) => (i.BlockDeviceMappings ?? []).map((m) => m.Ebs?.SnapshotId)));
        case 'db-instances':
            return collect((0,client_rds_dist_cjs/* paginateDescribeDBInstances */.$PQ)({ client: c.rds(region), pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, {}), (p) => (p.DBInstances ?? []).map((d) => d.DBInstanceIdentifier));
        case 'db-clusters':
            return collect((0,client_rds_dist_cjs/* paginateDescribeDBClusters */.cbb)({ client: c.rds(region), pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, {}), (p) => (p.DBClusters ?? []).map((d) => d.DBClusterIdentifier));
        case 'file-systems':
            return collect((0,client_efs_dist_cjs/* paginateDescribeFileSystems */.ra5)({ client: c.efs(region), pageSize: 100 }, {}), (p) => (p.FileSystems ?? []).map((f) => f.FileSystemId));
    }
}
/** Reads who may restore a snapshot: EBS createVolumePermission, or the RDS/Aurora restore attribute. */
async function readGrants(target, r) {
    const c = target.clients;
    if (r.service === 'ebs') {
        const out = await c
            .ec2(r.region)
            .send(new dist_cjs/* DescribeSnapshotAttributeCommand */.x0J({ SnapshotId: r.snapshotId, Attribute: 'createVolumePermission' }));
        const perms = out.CreateVolumePermissions ?? [];
        return {
            public: perms.some((p) => p.Group === 'all'),
            accounts: perms.map((p) => p.UserId).filter((u) => typeof u === 'string')
        };
    }
    if (r.service === 'rds') {
        const out = await c
            .rds(r.region)
            .send(new client_rds_dist_cjs/* DescribeDBSnapshotAttributesCommand */.auA({ DBSnapshotIdentifier: r.snapshotId }));
        return restoreGrants(out.DBSnapshotAttributesResult?.DBSnapshotAttributes);
    }
    const out = await c
        .rds(r.region)
        .send(new client_rds_dist_cjs/* DescribeDBClusterSnapshotAttributesCommand */.ypC({ DBClusterSnapshotIdentifier: r.snapshotId }));
    return restoreGrants(out.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes);
}
/** Judges the volumes of the volume input once every account is listed: newest completed snapshot, and whether it exists. */
async function staleBackups(state, all) {
    const { config, now } = state;
    // An account whose role could not be assumed is already reported; asking it again would only repeat that.
    const checks = all.filter((c) => c.check.target.failure === undefined);
    const ebsListed = config.services.includes('ebs');
    await Promise.all(config.volumes.map(async (v) => {
        const seen = state.newest.get(inputVolumeKey(v));
        let newest = seen?.at ?? null;
        let owner = seen?.accountId ?? null;
        let unknown = false;
        for (const { check, regions } of checks) {
            if (ebsListed && regions.includes(v.region) && !check.ebsFailed.has(v.region))
                continue;
            const direct = await check.newestSnapshot(v);
            if (direct === 'unknown')
                unknown = true;
            else if (direct !== null && (newest === null || direct > newest)) {
                newest = direct;
                owner = check.target.accountId;
            }
        }
        if (newest === null && unknown)
            return;
        const fresh = newest !== null && now.getTime() - newest.getTime() <= config.maxBackupAgeHours * clock/* HOUR_MS */.iQ;
        if (fresh)
            return;
        let exists = false;
        for (const { check } of checks) {
            const volumes = await check.lookup(v.region, 'volumes');
            if (volumes === null)
                exists = exists || null;
            else if (volumes.has(v.volumeId)) {
                exists = true;
                owner = check.target.accountId;
            }
        }
        const accountId = owner ?? checks[0]?.check.target.accountId ?? '';
        const f = staleBackupFinding({ accountId, region: v.region, volumeId: v.volumeId, newest, exists }, now, config.maxBackupAgeHours);
        if (f)
            await record(state, [[f, null]]);
    }));
}
/**
 * Checks every snapshot of every target account against the rules, as pages arrive: per-record rules at once,
 * orphans against each region's sources (loaded once), sharing with a bounded number of attribute calls, and
 * the volume input's backups at the end. Findings stream to the CSV and the findings JSON.
 */
async function runCheck(config, targets, clock, deps = {}) {
    const now = clock.now();
    const sink = FindingSink.open({
        csvPath: config.csvPath,
        generatedAt: now.toISOString(),
        ignoreRules: config.ignoreRules,
        topLimit: Math.max(TOP_FINDINGS, config.maxAnnotations)
    });
    const state = {
        config,
        now,
        sink,
        tally: new finding_counts/* FindingTally */.W(),
        aggregator: new aggregate/* Aggregator */.u(now),
        failures: [],
        wanted: new Set(config.volumes.map(inputVolumeKey)),
        newest: new Map(),
        snapshotCount: 0,
        shareCheckLimit: deps.shareCheckLimit ?? SHARE_CHECK_LIMIT
    };
    const list = deps.listAccount ?? inventory/* inventoryAccount */.SJ;
    const gaps = [];
    const checks = await (0,bounded/* forEachBounded */.a)(targets, config.maxParallelAccounts, async (target) => {
        const check = new AccountCheck(state, target);
        const onFailure = (f) => {
            if (f.service === 'ebs')
                check.ebsFailed.add(f.region);
            state.failures.push(f);
        };
        const regions = await list(config, target, (records) => check.page(records), onFailure, now);
        gaps.push(...(await check.settle()));
        return { check, regions };
    });
    await staleBackups(state, checks);
    await staleDbBackups(state, checks);
    await sink.close();
    const rules = sink.ruleCounts();
    return {
        mode: 'check',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        regions: [...new Set(checks.flatMap((c) => c.regions))].sort(),
        snapshotCount: state.snapshotCount,
        findingsCount: sink.findingsCount,
        silencedCount: rules.reduce((n, r) => n + r.silenced, 0),
        rules,
        findingCounts: state.tally.list(),
        topFindings: sink.top(),
        sharingGaps: gaps.sort((a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)),
        aggregate: state.aggregator.result(),
        failures: state.failures.sort((a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)),
        csvPath: sink.csvPath,
        findingsJsonPath: sink.jsonPath,
        settings: {
            maxAgeDays: config.maxAgeDays,
            maxBackupAgeHours: config.maxBackupAgeHours,
            allowedAccounts: config.allowedAccounts,
            ignoreRules: config.ignoreRules,
            volumes: config.volumes.map(inputVolumeKey)
        }
    };
}

// EXTERNAL MODULE: ./src/pull-request.ts
var pull_request = __webpack_require__(55964);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
;// CONCATENATED MODULE: ./src/summary/check.ts







/** Rounds a GiB figure to one decimal for a chart. */
function chartNumber(n) {
    return Math.round(n * 10) / 10;
}
/** A Mermaid bar chart (xychart-beta) of the GiB in each age range, youngest first; '' when nothing was listed. */
function ageChart(a) {
    if (a.total.count === 0)
        return '';
    const labels = aggregate/* AGE_RANGES */.J$.map((r) => r.label);
    const values = labels.map((l) => chartNumber(a.byAge[l]?.sizeGib ?? 0));
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${(0,src_escape/* mermaidLabel */._b)('Snapshot storage by age (GiB)')}`,
        `  x-axis [${labels.map(src_escape/* mermaidLabel */._b).join(', ')}]`,
        `  y-axis ${(0,src_escape/* mermaidLabel */._b)('GiB')}`,
        `  bar [${values.join(', ')}]`,
        '```'
    ].join('\n');
}
/** A Mermaid pie chart of the GiB per service, largest first; services of zero size are left out, '' when none remains. */
function serviceChart(a) {
    const slices = Object.entries(a.byService)
        .map(([service, t]) => [service, chartNumber(t.sizeGib)])
        .filter(([, gib]) => gib > 0)
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    if (slices.length === 0)
        return '';
    return [
        '```mermaid',
        'pie showData',
        '  title Snapshot storage by service (GiB)',
        ...slices.map(([s, gib]) => `  ${(0,src_escape/* mermaidLabel */._b)(s)} : ${gib}`),
        '```'
    ].join('\n');
}
/** How many findings fail the step under fail-on. */
function failingCount(rules, failOn) {
    return rules.filter((r) => failsStep(r.severity, failOn)).reduce((n, r) => n + r.findings, 0);
}
/** The headline: findings per severity, what was checked, and whether fail-on fails the step. */
function checkHeadline(r, failOn) {
    const bySeverity = rules/* SEVERITIES */.oC.map((s) => (0,plural/* plural */.L)(r.rules.filter((x) => x.severity === s).reduce((n, x) => n + x.findings, 0), s));
    const where = r.accounts.length > 1
        ? `${(0,plural/* plural */.L)(r.accounts.length, 'account')}, ${(0,plural/* plural */.L)(r.regions.length, 'region')}`
        : (0,plural/* plural */.L)(r.regions.length, 'region');
    const silenced = r.silencedCount > 0 ? `, ${(0,markdown/* int */.Wh)(r.silencedCount)} silenced` : '';
    const failing = failingCount(r.rules, failOn);
    const verdict = failOn === 'never'
        ? 'fail-on is `never`: the check passes.'
        : failing > 0
            ? `**The check fails**: ${(0,plural/* plural */.L)(failing, 'finding')} at or above fail-on \`${failOn}\`.`
            : `The check passes: nothing at or above fail-on \`${failOn}\`.`;
    return `**${(0,plural/* plural */.L)(r.findingsCount, 'finding')}** (${bySeverity.join(', ')}${silenced}) in ${(0,plural/* plural */.L)(r.snapshotCount, 'snapshot')} across ${where}. ${verdict}`;
}
/** The table of every rule with its severity, findings and silenced findings. */
function rulesSection(rules) {
    const rows = rules.map((r) => [`\`${r.rule}\``, r.severity, (0,markdown/* int */.Wh)(r.findings), (0,markdown/* int */.Wh)(r.silenced)]);
    return `### Findings by rule\n\n${(0,markdown/* table */.tp)(['rule', 'severity', 'findings', 'silenced'], rows, ['l', 'l', 'r', 'r'])}`;
}
/** The most severe findings, at most max, with a line on where the rest are. */
function findingsSection(findings, total, max, fileName) {
    if (total === 0)
        return '';
    const shown = findings.slice(0, max);
    const rows = shown.map((f) => [
        f.severity,
        `\`${f.rule}\``,
        (0,markdown.md)(f.resourceId),
        (0,markdown.md)(f.region),
        (0,markdown.md)(f.accountId),
        (0,markdown.md)(f.message)
    ]);
    const rest = total > shown.length
        ? `\n\nThe ${(0,markdown/* int */.Wh)(shown.length)} most severe of ${(0,markdown/* int */.Wh)(total)} findings; every finding is in \`${(0,markdown.md)(fileName)}\`.`
        : '';
    return `### Top findings\n\n${(0,markdown/* table */.tp)(['severity', 'rule', 'resource', 'region', 'account', 'finding'], rows, ['l', 'l', 'l', 'l', 'l', 'l'])}${rest}`;
}
/** The storage charts: GiB by age range and by service. */
function chartsSection(a) {
    const charts = [ageChart(a), serviceChart(a)].filter((c) => c !== '');
    if (charts.length === 0)
        return '';
    return `### Storage\n\n${charts.join('\n\n')}`;
}
/** Where sharing was not read for every snapshot, because of the limit on attribute calls per region. */
function sharingGapSection(gaps, limit) {
    if (gaps.length === 0)
        return '';
    const lines = gaps.map((g) => `- ${(0,markdown.md)(g.service)} in ${(0,markdown.md)(g.region)} (account ${(0,markdown.md)(g.accountId)}): ${(0,markdown/* int */.Wh)(g.checked)} of ${(0,markdown/* int */.Wh)(g.eligible)} snapshots`);
    return ('### Sharing partly checked\n\n' +
        `Reading whom a snapshot is shared with takes one call per snapshot, so the check reads at most ${(0,markdown/* int */.Wh)(limit)} per region and service ` +
        '(public EBS snapshots are always found, in one call per region). `shared-snapshot` was evaluated for:\n\n' +
        lines.join('\n'));
}
function silencedNote(rules) {
    const silenced = rules.filter((r) => r.silenced > 0).map((r) => `\`${r.rule}\` ${(0,markdown/* int */.Wh)(r.silenced)}`);
    if (silenced.length === 0)
        return '';
    return `Silenced by \`ignore-rules\` or the \`snapshot-hygiene:ignore\` tag: ${silenced.join(', ')}. Silenced findings are not annotated, do not fail the step and are not in the findings file.`;
}
/** The whole check report in markdown, for the job summary and the pull-request comment. */
function checkSummary(r, opts) {
    const parts = [
        '## Snapshot hygiene check',
        checkHeadline(r, opts.failOn),
        rulesSection(r.rules),
        silencedNote(r.rules),
        findingsSection(r.topFindings, r.findingsCount, opts.maxFindings, opts.findingsFile),
        chartsSection(r.aggregate),
        sharingGapSection(r.sharingGaps, opts.shareCheckLimit),
        (0,sections/* failureSection */.mo)(r.failures),
        `Rules: old-snapshot after ${(0,plural/* plural */.L)(r.settings.maxAgeDays, 'day')}, stale-backup after ${(0,plural/* plural */.L)(r.settings.maxBackupAgeHours, 'hour')}` +
            (r.settings.volumes.length > 0 ? ` (volumes ${r.settings.volumes.map(markdown.md).join(', ')})` : ' (no volume input)') +
            (r.settings.allowedAccounts.length > 0
                ? `; sharing allowed with ${r.settings.allowedAccounts.map(markdown.md).join(', ')}`
                : '; sharing allowed with no account') +
            '.'
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
;// CONCATENATED MODULE: ./src/report/check.ts













function runLink(env) {
    const runId = env.GITHUB_RUN_ID ?? '';
    const url = env.GITHUB_SERVER_URL ? (0,shared/* runUrl */.Vp)(env.GITHUB_SERVER_URL, env.GITHUB_REPOSITORY ?? '', runId) : '';
    if (url === '')
        return '';
    return `<sub>From snapshot-hygiene in [workflow run ${runId}](${url}); the comment is updated on every run.</sub>`;
}
async function commentOnPullRequest(config, markdown, deps) {
    if (!config.comment)
        return;
    const pr = (0,pull_request/* pullRequestOf */._n)(deps.event ?? (0,pull_request/* readEventContext */.ws)());
    if (!pr)
        return;
    const where = `pull request ${pr.owner}/${pr.repo}#${pr.number}`;
    if (config.githubToken === '') {
        log/* warning */.$e(`No comment on ${where}: github-token is empty`);
        return;
    }
    try {
        const body = commentBody(markdown, runLink(deps.env ?? process.env));
        const done = await (deps.upsert ?? upsertComment)({ token: config.githubToken, pr, body });
        const note = done.note === undefined ? '' : ` (${done.note})`;
        log/* info */.pq(`${done.action === 'created' ? 'Created' : 'Updated'} the check comment ${done.id} on ${where}${note}`);
    }
    catch (err) {
        const status = err?.status;
        const hint = status === 403 || status === 404 ? "; the job needs 'permissions: pull-requests: write'" : '';
        log/* warning */.$e(`Could not comment on ${where}: ${(0,errors/* errorMessage */.gJ)(err)}${hint}`);
    }
}
function failureMessage(result, config) {
    const failing = failingCount(result.rules, config.failOn);
    if (failing > 0) {
        const list = result.rules
            .filter((r) => r.findings > 0 && failsStep(r.severity, config.failOn))
            .map((r) => `${r.rule} ${r.findings}`)
            .join(', ');
        return `${(0,plural/* plural */.L)(failing, 'finding')} at or above fail-on '${config.failOn}' (${list}); the job summary lists them`;
    }
    return (0,shared/* unreadProblem */.l0)(config, result.failures, 'checked');
}
/** Runs the check and reports it: warnings, summary, result JSON, artifact, annotations, PR comment, outputs; then applies fail-on. */
async function checkStep(config, targets, clock, deps = {}) {
    const result = await runCheck(config, targets, clock, deps.check);
    for (const f of result.failures)
        log/* warning */.$e(`Could not check ${(0,accounts/* failureLine */.P)(f)}`);
    const findingsFile = external_node_path_.basename(result.findingsJsonPath);
    const markdown = checkSummary(result, {
        failOn: config.failOn,
        maxFindings: TOP_FINDINGS,
        findingsFile,
        shareCheckLimit: deps.check?.shareCheckLimit ?? SHARE_CHECK_LIMIT
    });
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: result.csvPath,
        result,
        files: [result.csvPath, result.findingsJsonPath],
        summary: markdown,
        fullReportHint: `Every finding is in ${findingsFile}.`
    });
    const where = upload.status !== 'uploaded'
        ? `${result.findingsJsonPath} (output findings-json)`
        : `${findingsFile} in artifact ${config.artifactName} (output findings-json)`;
    annotateFindings(result.topFindings, { total: result.findingsCount, max: config.maxAnnotations, where }, deps.annotations);
    await commentOnPullRequest(config, markdown, deps);
    core.setOutput('findings-count', result.findingsCount);
    core.setOutput('findings-json', result.findingsJsonPath);
    (0,shared/* setResultOutputs */.Ge)({ csvPath: result.csvPath, resultJson, upload, failedCount: result.failures.length });
    (0,shared/* setTotalsOutputs */.IY)(result.snapshotCount, result.aggregate);
    log/* info */.pq(`Checked ${(0,plural/* plural */.L)(result.snapshotCount, 'snapshot')} in ${(0,plural/* plural */.L)(result.regions.length, 'region')}: ${(0,plural/* plural */.L)(result.findingsCount, 'finding')}, ${result.silencedCount} silenced`);
    (0,shared/* endStep */.Cs)(upload, [failureMessage(result, config)]);
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
