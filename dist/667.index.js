export const id = 667;
export const ids = [667];
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
// EXTERNAL MODULE: ./src/modes/backup.ts + 1 modules
var backup = __webpack_require__(71084);
// EXTERNAL MODULE: ./src/report/publish.ts
var publish = __webpack_require__(4617);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
;// CONCATENATED MODULE: ./src/summary/backup.ts

/** The whole backup summary in markdown. */
function backupSummary(r) {
    const parts = [
        '## Snapshot backup',
        (0,sections/* backupHeadline */.l$)(r),
        (0,sections/* createdSection */.w2)(r.created),
        (0,sections/* lockSection */.pm)(r),
        (0,sections/* backupFailureSection */.UC)(r.failures)
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
;// CONCATENATED MODULE: ./src/report/backup.ts






/** Runs the backup and reports it: summary, result JSON, artifact and outputs; fails the step when a source failed. */
async function backupStep(config, targets, clock, workflow = (0,shared/* workflowContext */.Rz)(github/* context */._)) {
    const result = await (0,backup/* runBackup */.Q3)(config, targets, clock, { workflow });
    (0,shared/* logCreated */.XI)(result, config.bucket);
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: config.csvPath,
        result,
        files: [],
        summary: backupSummary(result),
        fullReportHint: `The full result is in ${external_node_path_.basename((0,publish/* resultJsonPath */.VS)(config.csvPath))}.`
    });
    (0,shared/* setBackupOutputs */.Tz)(result);
    (0,shared/* setResultOutputs */.Ge)({ csvPath: null, resultJson, upload, failedCount: result.failures.length });
    (0,shared/* failWith */.ff)(result.failures.map((f) => f.message), result.failures.some((f) => f.kind !== undefined) ? 'backup failed' : 'volume backup failed', result.failures.some((f) => f.kind !== undefined) ? 'backups failed' : 'volume backups failed', upload);
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


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};
