export const id = 538;
export const ids = [538];
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

/***/ 43630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ deleteMetadata),
/* harmony export */   BS: () => (/* binding */ workflowFromTags),
/* harmony export */   TM: () => (/* binding */ volumeInfo),
/* harmony export */   _6: () => (/* binding */ readMetadata),
/* harmony export */   _y: () => (/* binding */ snapshotFacts),
/* harmony export */   aI: () => (/* binding */ listMetadata),
/* harmony export */   h$: () => (/* binding */ putMetadata),
/* harmony export */   jB: () => (/* binding */ metadataDocument),
/* harmony export */   rO: () => (/* binding */ recordFacts),
/* harmony export */   rY: () => (/* reexport safe */ _metadata_key_js__WEBPACK_IMPORTED_MODULE_4__.rY),
/* harmony export */   vV: () => (/* binding */ matchesKey),
/* harmony export */   vg: () => (/* binding */ unknownVolume)
/* harmony export */ });
/* unused harmony exports METADATA_SCHEMA_VERSION, parseMetadataKey, s3Error, documentIdentity, isObjectGone */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53711);
/* harmony import */ var _aws_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68439);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _backup_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83143);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16141);
/* harmony import */ var _metadata_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95212);
/**
 * The snapshot metadata the backup writes to S3: one JSON document per snapshot at
 * `<prefix><volume-id>/<snapshot-id>.json` for EBS, and `<prefix><kind>/<db-identifier>/<snapshot-id>.json` for the
 * RDS kinds (db-instance, db-cluster), carrying a `schema_version`; RDS documents also carry their `kind`.
 */






/** Version of the metadata document; a reader should refuse other major versions. */
const METADATA_SCHEMA_VERSION = 1;
/** Reads the workflow context back from a snapshot's tags (for metadata written by a later repair). */
function workflowFromTags(tags) {
    const get = (field) => tags[_backup_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_TAGS */ .Ed[field]] ?? '';
    return {
        repository: get('repository'),
        workflow: get('workflow'),
        runId: get('runId'),
        runUrl: get('runUrl'),
        sha: get('sha'),
        actor: get('actor')
    };
}
/** Maps a DescribeVolumes entry to {@link VolumeInfo}. */
function volumeInfo(v, region) {
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagMap */ .l)(v.Tags);
    return {
        volumeId: v.VolumeId ?? '',
        region,
        volumeType: v.VolumeType ?? null,
        sizeGib: v.Size ?? null,
        availabilityZone: v.AvailabilityZone ?? null,
        attachments: (v.Attachments ?? [])
            .filter((a) => a.InstanceId !== undefined)
            .map((a) => ({ instanceId: a.InstanceId ?? '', device: a.Device ?? null, state: a.State ?? null })),
        name: tags.Name ?? null,
        encrypted: v.Encrypted ?? null,
        kmsKeyId: v.KmsKeyId ?? null,
        tags
    };
}
/** A volume that no longer exists (or was not described): only its id and region are known. */
function unknownVolume(volumeId, region) {
    return {
        volumeId,
        region,
        volumeType: null,
        sizeGib: null,
        availabilityZone: null,
        attachments: [],
        name: null,
        encrypted: null,
        kmsKeyId: null,
        tags: {}
    };
}
/** Facts from an EC2 Snapshot (CreateSnapshot or DescribeSnapshots). */
function snapshotFacts(s, accountId, region) {
    return {
        snapshotId: s.SnapshotId ?? '',
        volumeId: s.VolumeId ?? '',
        region,
        accountId: s.OwnerId ?? accountId,
        startTime: s.StartTime ?? new Date(0),
        state: s.State ?? 'unknown',
        progress: s.Progress ?? null,
        volumeSizeGib: s.VolumeSize ?? 0,
        encrypted: s.Encrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        description: s.Description ?? null,
        storageTier: s.StorageTier ?? 'standard',
        tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagMap */ .l)(s.Tags)
    };
}
/** Facts from a listed record, plus the description and progress the record does not keep. */
function recordFacts(r, extra) {
    return {
        snapshotId: r.snapshotId,
        volumeId: r.sourceId ?? '',
        region: r.region,
        accountId: r.accountId,
        startTime: r.createdAt,
        state: r.state,
        progress: extra.progress,
        volumeSizeGib: r.sizeGib,
        encrypted: r.encrypted,
        kmsKeyId: r.kmsKeyId,
        description: extra.description,
        storageTier: r.storageTier,
        tags: { ...r.tags }
    };
}
/** Builds the metadata document of one snapshot. */
function metadataDocument(snapshot, volume, workflow, writtenBy, now) {
    const attached = volume.attachments[0];
    return {
        schema_version: METADATA_SCHEMA_VERSION,
        tool: 'snapshot-hygiene',
        written_at: now.toISOString(),
        written_by: writtenBy,
        snapshot: {
            id: snapshot.snapshotId,
            volume_id: snapshot.volumeId,
            region: snapshot.region,
            account_id: snapshot.accountId,
            start_time: snapshot.startTime.toISOString(),
            state: snapshot.state,
            progress: snapshot.progress,
            volume_size_gib: snapshot.volumeSizeGib,
            encrypted: snapshot.encrypted,
            kms_key_id: snapshot.kmsKeyId,
            description: snapshot.description,
            storage_tier: snapshot.storageTier,
            expires_at: snapshot.tags[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_EXPIRES_AT */ .kz] ?? null,
            tags: snapshot.tags
        },
        volume: {
            id: volume.volumeId,
            region: volume.region,
            type: volume.volumeType,
            size_gib: volume.sizeGib,
            availability_zone: volume.availabilityZone,
            attached_instance_id: attached?.instanceId ?? null,
            attachments: volume.attachments.map((a) => ({ instance_id: a.instanceId, device: a.device, state: a.state })),
            name: volume.name,
            encrypted: volume.encrypted,
            kms_key_id: volume.kmsKeyId
        },
        workflow: {
            repository: workflow.repository,
            workflow: workflow.workflow,
            run_id: workflow.runId,
            run_url: workflow.runUrl,
            sha: workflow.sha,
            actor: workflow.actor
        }
    };
}

const KEY_TAIL_RE = /^(vol-[0-9a-f]+)\/(snap-[0-9a-f]+)\.json$/;
const DB_KEY_TAIL_RE = /^(db-instance|db-cluster)\/([^/]+)\/([^/]+)\.json$/;
/** Parses a key written by {@link metadataKey} or dbMetadataKey; null for any other key (which the action never touches). */
function parseMetadataKey(prefix, key, lastModified = null) {
    if (!key.startsWith(prefix))
        return null;
    const tail = key.slice(prefix.length);
    const m = KEY_TAIL_RE.exec(tail);
    if (m)
        return { key, volumeId: m[1] ?? '', snapshotId: m[2] ?? '', lastModified };
    const db = DB_KEY_TAIL_RE.exec(tail);
    const kind = db?.[1];
    const source = db?.[2] ?? '';
    const snapshot = db?.[3] ?? '';
    if (kind === undefined || !_aws_names_js__WEBPACK_IMPORTED_MODULE_5__/* .DB_ID_RE */ .FT.test(source) || !_aws_names_js__WEBPACK_IMPORTED_MODULE_5__/* .DB_SNAPSHOT_ID_RE */ .Wi.test(snapshot))
        return null;
    return { key, volumeId: source, snapshotId: snapshot, lastModified, kind };
}
/** Adds what was being attempted, and a hint for a bucket in another region. */
function s3Error(what, bucket, err) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
    const hint = code === 'PermanentRedirect' ||
        code === 'AuthorizationHeaderMalformed' ||
        code === 'IllegalLocationConstraintException'
        ? ` (the bucket ${bucket} is in another region: set aws-region to the bucket's region)`
        : code === 'NoSuchBucket'
            ? ` (bucket ${bucket} does not exist)`
            : '';
    return new Error(`${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}${hint}`, { cause: err });
}
/** Writes one document with ContentType application/json. */
async function putMetadata(s3, bucket, key, doc) {
    try {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__/* .PutObjectCommand */ .wKZ({
            Bucket: bucket,
            Key: key,
            Body: JSON.stringify(doc, null, 2) + '\n',
            ContentType: 'application/json'
        }));
    }
    catch (err) {
        throw s3Error(`Could not write s3://${bucket}/${key}`, bucket, err);
    }
}
/**
 * Lists the metadata objects under each prefix (the whole prefix, or one per volume and per DB source when
 * `volumeIds` is given); other keys are counted, never returned.
 */
async function listMetadata(s3, bucket, prefix, volumeIds, dbSources = []) {
    const prefixes = volumeIds === undefined
        ? [prefix]
        : [
            ...new Set([
                ...volumeIds.map((v) => `${prefix}${v}/`),
                ...dbSources.map((d) => `${prefix}${d.kind}/${d.id}/`)
            ])
        ];
    const objects = [];
    let otherKeys = 0;
    for (const p of prefixes) {
        try {
            for await (const page of (0,_aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__/* .paginateListObjectsV2 */ .OqA)({ client: s3, pageSize: 1000 }, { Bucket: bucket, Prefix: p })) {
                for (const o of page.Contents ?? []) {
                    const parsed = o.Key === undefined ? null : parseMetadataKey(prefix, o.Key, o.LastModified ?? null);
                    if (parsed)
                        objects.push(parsed);
                    else
                        otherKeys++;
                }
            }
        }
        catch (err) {
            throw s3Error(`Could not list s3://${bucket}/${p}`, bucket, err);
        }
    }
    return { objects, otherKeys };
}
function field(value, re) {
    return typeof value === 'string' && re.test(value) ? value : null;
}
/**
 * Reads a document this action wrote (schema_version 1, tool snapshot-hygiene, written by backup or repair)
 * and returns what it records; null for anything else: not JSON, another tool's or version's, or a field missing.
 */
function documentIdentity(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (typeof doc !== 'object' || doc === null)
        return null;
    const d = doc;
    if (d.schema_version !== METADATA_SCHEMA_VERSION || d.tool !== 'snapshot-hygiene')
        return null;
    if (d.written_by !== 'backup' && d.written_by !== 'repair')
        return null;
    if (typeof d.snapshot !== 'object' || d.snapshot === null)
        return null;
    if (d.kind !== undefined)
        return dbIdentity(d.kind, d.snapshot);
    const snap = d.snapshot;
    const snapshotId = field(snap.id, /^snap-[0-9a-f]+$/);
    const volumeId = field(snap.volume_id, /^vol-[0-9a-f]+$/);
    const accountId = field(snap.account_id, _aws_names_js__WEBPACK_IMPORTED_MODULE_5__/* .ACCOUNT_RE */ .cd);
    const region = field(snap.region, _aws_names_js__WEBPACK_IMPORTED_MODULE_5__/* .REGION_RE */ .tn);
    if (snapshotId === null || volumeId === null || accountId === null || region === null)
        return null;
    return { snapshotId, volumeId, accountId, region };
}
/** The identity of an RDS kind's document, or null when its kind or a field is not what the action writes. */
function dbIdentity(kind, snapshot) {
    if (kind !== 'db-instance' && kind !== 'db-cluster')
        return null;
    const snap = snapshot;
    const snapshotId = field(snap.id, _aws_names_js__WEBPACK_IMPORTED_MODULE_5__/* .DB_SNAPSHOT_ID_RE */ .Wi);
    const sourceId = field(snap.source_id, _aws_names_js__WEBPACK_IMPORTED_MODULE_5__/* .DB_ID_RE */ .FT);
    const accountId = field(snap.account_id, _aws_names_js__WEBPACK_IMPORTED_MODULE_5__/* .ACCOUNT_RE */ .cd);
    const region = field(snap.region, _aws_names_js__WEBPACK_IMPORTED_MODULE_5__/* .REGION_RE */ .tn);
    if (snapshotId === null || sourceId === null || accountId === null || region === null)
        return null;
    return { snapshotId, volumeId: sourceId, accountId, region, kind };
}
/** Whether a document is the one its key names: the same kind, snapshot and source. */
function matchesKey(identity, object) {
    return (identity.snapshotId === object.snapshotId && identity.volumeId === object.volumeId && identity.kind === object.kind);
}
/** S3's answers for an object or key that is not there (another run may have removed it first). */
const GONE_CODES = new Set(['NoSuchKey', 'NotFound']);
/** Whether an S3 error says the object is not there (NoSuchKey, or a bare 404). */
function isObjectGone(err) {
    if (GONE_CODES.has((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err)))
        return true;
    return err?.$metadata?.httpStatusCode === 404;
}
/** Reads one metadata object and what it records; NoSuchKey (or 404) answers gone, never an error. */
async function readMetadata(s3, bucket, key) {
    let text;
    try {
        const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
        text = (await out.Body?.transformToString('utf8')) ?? '';
    }
    catch (err) {
        if (isObjectGone(err))
            return { kind: 'gone' };
        throw s3Error(`Could not read s3://${bucket}/${key}`, bucket, err);
    }
    const identity = documentIdentity(text);
    return identity === null ? { kind: 'foreign' } : { kind: 'document', identity };
}
/** Deletes one metadata object; an object already gone (NoSuchKey, 404) counts as deleted. */
async function deleteMetadata(s3, bucket, key) {
    try {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_6__/* .DeleteObjectCommand */ .k4j({ Bucket: bucket, Key: key }));
    }
    catch (err) {
        if (isObjectGone(err))
            return;
        throw s3Error(`Could not delete s3://${bucket}/${key}`, bucket, err);
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

/***/ 41973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wi: () => (/* binding */ selectDbClusters),
/* harmony export */   gh: () => (/* binding */ selectorCounts),
/* harmony export */   kh: () => (/* binding */ selectVolumes),
/* harmony export */   l5: () => (/* binding */ selectInstances),
/* harmony export */   pg: () => (/* binding */ selectDbInstances),
/* harmony export */   q9: () => (/* binding */ instanceInfo)
/* harmony export */ });
/* unused harmony exports VOLUME_PAGE_SIZE, INSTANCE_PAGE_SIZE, RDS_PAGE_SIZE */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35193);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57202);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43630);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9506);
/* harmony import */ var _tag_selector_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66877);
/**
 * Resolving tag selectors in one region: which volumes, instances, DB instances and DB clusters carry the tags.
 * EC2 filters on the server (one paged listing per selector, since EC2 ANDs filters); RDS returns each resource's
 * tags with it, so one paged listing is filtered here. Several selectors are a union: each resource appears once,
 * with every selector that matched it.
 */





/** DescribeVolumes takes 5 to 500 results a page, DescribeInstances 5 to 1,000, the RDS describes 20 to 100. */
const VOLUME_PAGE_SIZE = 500;
const INSTANCE_PAGE_SIZE = 1000;
const RDS_PAGE_SIZE = 100;
/** Maps a DescribeInstances entry to {@link InstanceInfo}. */
function instanceInfo(i, region) {
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagMap */ .l)(i.Tags);
    return {
        instanceId: i.InstanceId ?? '',
        region,
        name: tags.Name ?? null,
        state: i.State?.Name ?? null,
        rootDeviceName: i.RootDeviceName ?? null,
        volumes: (i.BlockDeviceMappings ?? [])
            .filter((m) => m.Ebs?.VolumeId !== undefined)
            .map((m) => ({ device: m.DeviceName ?? null, volumeId: m.Ebs?.VolumeId ?? '' })),
        tags
    };
}
/** Adds what one selector matched to the union, keyed by id. */
function addMatches(union, selector, found, id) {
    for (const resource of found) {
        const key = id(resource);
        const entry = union.get(key);
        if (entry === undefined)
            union.set(key, { resource, selectors: [selector.text] });
        else if (!entry.selectors.includes(selector.text))
            entry.selectors.push(selector.text);
    }
}
function sorted(union) {
    return [...union].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}
/** The volumes of a region that any selector matches. */
async function selectVolumes(ec2, region, selectors) {
    const union = new Map();
    for (const selector of selectors) {
        const found = [];
        const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .paginateDescribeVolumes */ .cpp)({ client: ec2, pageSize: VOLUME_PAGE_SIZE }, { Filters: [(0,_tag_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .ec2Filter */ .Tk)(selector)] });
        for await (const page of pages)
            for (const v of page.Volumes ?? [])
                if (v.VolumeId !== undefined)
                    found.push((0,_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .volumeInfo */ .TM)(v, region));
        // The filter is AWS's; the tags are checked again here, so a backend that ignores it selects nothing extra.
        addMatches(union, selector, found.filter((v) => (0,_tag_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesSelector */ .B5)(v.tags, selector)), (v) => v.volumeId);
    }
    return sorted(union);
}
/** The instances of a region that any selector matches (terminated ones left out: they have no volumes). */
async function selectInstances(ec2, region, selectors) {
    const union = new Map();
    for (const selector of selectors) {
        const found = [];
        const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .paginateDescribeInstances */ .H0T)({ client: ec2, pageSize: INSTANCE_PAGE_SIZE }, { Filters: [(0,_tag_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .ec2Filter */ .Tk)(selector)] });
        for await (const page of pages)
            for (const r of page.Reservations ?? [])
                for (const i of r.Instances ?? [])
                    if (i.InstanceId !== undefined && i.State?.Name !== 'terminated')
                        found.push(instanceInfo(i, region));
        addMatches(union, selector, found.filter((i) => (0,_tag_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesSelector */ .B5)(i.tags, selector)), (i) => i.instanceId);
    }
    return sorted(union);
}
function selectListed(listed, selectors) {
    const union = new Map();
    for (const selector of selectors)
        addMatches(union, selector, listed.filter((r) => (0,_tag_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesSelector */ .B5)(r.tags, selector)), (r) => r.identifier);
    return sorted(union);
}
/** The DB instances of a region that any selector matches (RDS returns the tags with each instance). */
async function selectDbInstances(rds, region, selectors) {
    if (selectors.length === 0)
        return [];
    const listed = [];
    for await (const page of (0,_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeDBInstances */ .$PQ)({ client: rds, pageSize: RDS_PAGE_SIZE }, {}))
        for (const d of page.DBInstances ?? [])
            if (d.DBInstanceIdentifier !== undefined)
                listed.push({
                    identifier: d.DBInstanceIdentifier,
                    region,
                    arn: d.DBInstanceArn ?? null,
                    status: d.DBInstanceStatus ?? null,
                    tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagMap */ .l)(d.TagList)
                });
    return selectListed(listed, selectors);
}
/** The DB clusters of a region that any selector matches. */
async function selectDbClusters(rds, region, selectors) {
    if (selectors.length === 0)
        return [];
    const listed = [];
    for await (const page of (0,_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeDBClusters */ .cbb)({ client: rds, pageSize: RDS_PAGE_SIZE }, {}))
        for (const c of page.DBClusters ?? [])
            if (c.DBClusterIdentifier !== undefined)
                listed.push({
                    identifier: c.DBClusterIdentifier,
                    region,
                    arn: c.DBClusterArn ?? null,
                    status: c.Status ?? null,
                    tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagMap */ .l)(c.TagList)
                });
    return selectListed(listed, selectors);
}
/** How many resources each selector matched in each region, for the summary and for selectors that matched nothing. */
function selectorCounts(selectors, byRegion) {
    const out = [];
    for (const s of selectors)
        for (const [region, selected] of [...byRegion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
            out.push({ selector: s.text, region, count: selected.filter((x) => x.selectors.includes(s.text)).length });
    return out;
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
