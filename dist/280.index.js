export const id = 280;
export const ids = [280];
export const modules = {

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
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53711);
/* harmony import */ var _aws_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68439);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _backup_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83143);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16141);
/* harmony import */ var _metadata_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95212);
/**
 * The snapshot metadata the backup writes to S3: one JSON document per snapshot at
 * `<prefix><volume-id>/<snapshot-id>.json`, carrying a `schema_version`.
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
/** Parses a key written by {@link metadataKey}; null for any other key (which the action never touches). */
function parseMetadataKey(prefix, key, lastModified = null) {
    if (!key.startsWith(prefix))
        return null;
    const m = KEY_TAIL_RE.exec(key.slice(prefix.length));
    if (!m)
        return null;
    return { key, volumeId: m[1] ?? '', snapshotId: m[2] ?? '', lastModified };
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
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .PutObjectCommand */ .wKZ({
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
/** Lists the metadata objects under each prefix (the whole prefix, or one per volume); other keys are counted, never returned. */
async function listMetadata(s3, bucket, prefix, volumeIds) {
    const prefixes = volumeIds === undefined ? [prefix] : [...new Set(volumeIds)].map((v) => `${prefix}${v}/`);
    const objects = [];
    let otherKeys = 0;
    for (const p of prefixes) {
        try {
            for await (const page of (0,_aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .paginateListObjectsV2 */ .OqA)({ client: s3, pageSize: 1000 }, { Bucket: bucket, Prefix: p })) {
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
    const snap = d.snapshot;
    const snapshotId = field(snap.id, /^snap-[0-9a-f]+$/);
    const volumeId = field(snap.volume_id, /^vol-[0-9a-f]+$/);
    const accountId = field(snap.account_id, _aws_names_js__WEBPACK_IMPORTED_MODULE_6__/* .ACCOUNT_RE */ .c);
    const region = field(snap.region, _aws_names_js__WEBPACK_IMPORTED_MODULE_6__/* .REGION_RE */ .t);
    if (snapshotId === null || volumeId === null || accountId === null || region === null)
        return null;
    return { snapshotId, volumeId, accountId, region };
}
/** Whether a document is the one its key names: the same snapshot and volume. */
function matchesKey(identity, object) {
    return identity.snapshotId === object.snapshotId && identity.volumeId === object.volumeId;
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
        const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
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
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .DeleteObjectCommand */ .k4j({ Bucket: bucket, Key: key }));
    }
    catch (err) {
        if (isObjectGone(err))
            return;
        throw s3Error(`Could not delete s3://${bucket}/${key}`, bucket, err);
    }
}


/***/ }),

/***/ 38280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ runBackup)
/* harmony export */ });
/* unused harmony exports PER_VOLUME_RATE_WAIT_MS, CONCURRENT_LIMIT_WAIT_MS, POLL_FIRST_MS, POLL_MAX_MS, createSnapshotPatiently, SnapshotFailedError, waitForSnapshot */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35193);
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16586);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99373);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _backup_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83143);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43630);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16141);








/** Seconds EBS wants between two snapshots of the same volume; the wait after SnapshotCreationPerVolumeRateExceeded. */
const PER_VOLUME_RATE_WAIT_MS = 15_000;
/** The wait after ConcurrentSnapshotLimitExceeded (too many pending snapshots of the volume). */
const CONCURRENT_LIMIT_WAIT_MS = 30_000;
/** First and largest interval between two DescribeSnapshots polls while waiting for completion. */
const POLL_FIRST_MS = 5_000;
const POLL_MAX_MS = 30_000;
/** EC2 accepts at most this many values in one filter. */
const FILTER_VALUES = 200;
const RATE_CODES = {
    SnapshotCreationPerVolumeRateExceeded: PER_VOLUME_RATE_WAIT_MS,
    ConcurrentSnapshotLimitExceeded: CONCURRENT_LIMIT_WAIT_MS
};
/** Describes the named volumes of one region (a filter of at most 200 ids a call, so missing ones are simply absent). */
async function describeVolumes(ec2, region, volumeIds) {
    const found = [];
    for (let i = 0; i < volumeIds.length; i += FILTER_VALUES) {
        const chunk = volumeIds.slice(i, i + FILTER_VALUES);
        const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .DescribeVolumesCommand */ .U$W({ Filters: [{ Name: 'volume-id', Values: chunk }] }));
        for (const v of out.Volumes ?? [])
            if (v.VolumeId !== undefined && chunk.includes(v.VolumeId))
                found.push((0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .volumeInfo */ .TM)(v, region));
    }
    return found;
}
/** CreateSnapshot, waiting out EBS's per-volume rate (and its concurrent-snapshot limit) until the deadline. */
async function createSnapshotPatiently(ec2, input, clock, deadline) {
    const command = new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .CreateSnapshotCommand */ .gOh({
        VolumeId: input.VolumeId,
        Description: input.Description,
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .tagList */ .T)(input.Tags) }]
    });
    for (;;) {
        try {
            return await ec2.send(command);
        }
        catch (err) {
            const waitMs = RATE_CODES[(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err)];
            if (waitMs === undefined)
                throw err;
            if (clock.now().getTime() + waitMs > deadline) {
                throw new Error(`EBS still refused a new snapshot of ${input.VolumeId} when the wait timeout ran out: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`, { cause: err });
            }
            await clock.sleep(waitMs);
        }
    }
}
/** Thrown when a snapshot ends in the error state. */
class SnapshotFailedError extends Error {
    stateMessage;
    constructor(snapshotId, stateMessage) {
        super(`Snapshot ${snapshotId} failed: ${stateMessage || 'EBS gave no state message'}`);
        this.name = 'SnapshotFailedError';
        this.stateMessage = stateMessage || 'EBS gave no state message';
    }
}
/** Polls DescribeSnapshots until the snapshot is completed (or the deadline); throws SnapshotFailedError on the error state. */
async function waitForSnapshot(ec2, snapshotId, clock, deadline) {
    let last = null;
    for (let interval = POLL_FIRST_MS;; interval = Math.min(POLL_MAX_MS, interval * 2)) {
        try {
            const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .DescribeSnapshotsCommand */ .MmI({ SnapshotIds: [snapshotId], OwnerIds: ['self'] }));
            last = out.Snapshots?.find((s) => s.SnapshotId === snapshotId) ?? last;
        }
        catch (err) {
            // A new snapshot can take a moment to become visible; anything else is a real error.
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err) !== 'InvalidSnapshot.NotFound')
                throw err;
        }
        if (last?.State === 'completed')
            return { snapshot: last, completed: true };
        if (last?.State === 'error')
            throw new SnapshotFailedError(snapshotId, last.StateMessage ?? '');
        const now = clock.now().getTime();
        if (now >= deadline)
            return { snapshot: last, completed: false };
        await clock.sleep(Math.min(interval, deadline - now));
    }
}
/** Snapshots one volume, waits when asked, and writes its metadata; never throws. */
async function backupVolume(job, config, clock, deps) {
    const { target, volume } = job;
    const where = { accountId: target.accountId, region: volume.region, volumeId: volume.volumeId };
    const now = clock.now();
    const deadline = now.getTime() + config.waitTimeoutMinutes * _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .kg;
    const ec2 = target.clients.ec2(volume.region);
    const tags = (0,_backup_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .backupTags */ .S3)(config, volume, deps.workflow, now);
    let snapshot;
    try {
        snapshot = await createSnapshotPatiently(ec2, {
            VolumeId: volume.volumeId,
            Description: (0,_backup_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .backupDescription */ .pp)(config.description, volume.volumeId, deps.workflow),
            Tags: tags
        }, clock, deadline);
    }
    catch (err) {
        return {
            created: null,
            failure: { ...where, snapshotId: null, message: `Could not snapshot ${volume.volumeId}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}` }
        };
    }
    const snapshotId = snapshot.SnapshotId ?? '';
    let failure = null;
    if (config.wait && snapshot.State !== 'completed') {
        try {
            const waited = await waitForSnapshot(ec2, snapshotId, clock, deadline);
            snapshot = { ...snapshot, ...(waited.snapshot ?? {}) };
            if (!waited.completed) {
                const progress = snapshot.Progress ? ` (progress ${snapshot.Progress})` : '';
                failure = {
                    ...where,
                    snapshotId,
                    message: `Snapshot ${snapshotId} of ${volume.volumeId} did not complete within ${config.waitTimeoutMinutes} minute${config.waitTimeoutMinutes === 1 ? '' : 's'}${progress}; its metadata records state ${snapshot.State ?? 'pending'}`
                };
            }
        }
        catch (err) {
            const failed = err instanceof SnapshotFailedError;
            const created = createdRecord(target.accountId, volume, snapshot, tags, null, failed ? 'error' : undefined);
            const message = failed
                ? `Snapshot ${snapshotId} of ${volume.volumeId} failed: ${err.stateMessage}`
                : `Could not wait for ${snapshotId} of ${volume.volumeId}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`;
            return { created, failure: { ...where, snapshotId, message } };
        }
    }
    const key = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .metadataKey */ .rY)(config.metadataPrefix, volume.volumeId, snapshotId);
    const doc = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .metadataDocument */ .jB)((0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .snapshotFacts */ ._y)({ ...snapshot, Tags: snapshot.Tags ?? (0,_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .tagList */ .T)(tags) }, target.accountId, volume.region), volume, deps.workflow, 'backup', clock.now());
    try {
        await (0,_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .putMetadata */ .h$)(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc);
    }
    catch (err) {
        const message = `Snapshot ${snapshotId} of ${volume.volumeId} was created, but its metadata was not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`;
        return {
            created: createdRecord(target.accountId, volume, snapshot, tags, null),
            failure: failure ?? { ...where, snapshotId, message }
        };
    }
    return { created: createdRecord(target.accountId, volume, snapshot, tags, key), failure };
}
function createdRecord(accountId, volume, s, tags, key, state) {
    return {
        accountId,
        region: volume.region,
        volumeId: volume.volumeId,
        volumeName: volume.name,
        snapshotId: s.SnapshotId ?? '',
        state: state ?? s.State ?? 'pending',
        startTime: (s.StartTime ?? new Date(0)).toISOString(),
        sizeGib: s.VolumeSize ?? volume.sizeGib ?? 0,
        expiresAt: tags[_types_js__WEBPACK_IMPORTED_MODULE_6__/* .TAG_EXPIRES_AT */ .kz] ?? '',
        metadataKey: key
    };
}
/** Finds the requested volumes in one account, region by region; a region that cannot be described fails its volumes. */
async function findAccountVolumes(target, refs) {
    const byRegion = new Map();
    for (const r of refs)
        byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.volumeId]);
    const found = [];
    const failures = [];
    await Promise.all([...byRegion].map(async ([region, ids]) => {
        try {
            found.push(...(await describeVolumes(target.clients.ec2(region), region, ids)));
        }
        catch (err) {
            for (const volumeId of ids) {
                failures.push({
                    accountId: target.accountId,
                    region,
                    volumeId,
                    snapshotId: null,
                    message: `Could not describe ${volumeId} in ${region}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`
                });
            }
        }
    }));
    return { found, failures };
}
/**
 * Snapshots every volume named in `volume`, in every target account where it exists, concurrently.
 * A volume found in no account is a failure naming it; every other volume is still backed up.
 */
async function runBackup(config, targets, clock, deps) {
    const now = clock.now();
    const lookups = await (0,_bounded_js__WEBPACK_IMPORTED_MODULE_7__/* .forEachBounded */ .a)(targets, config.maxParallelAccounts, async (target) => ({
        target,
        ...(await findAccountVolumes(target, config.volumes))
    }));
    const failures = lookups.flatMap((l) => l.failures);
    const jobs = lookups.flatMap((l) => l.found.map((volume) => ({ target: l.target, volume })));
    for (const ref of config.volumes) {
        const located = jobs.some((j) => j.volume.volumeId === ref.volumeId && j.volume.region === ref.region);
        const lookupFailed = failures.some((f) => f.volumeId === ref.volumeId && f.region === ref.region);
        if (located || lookupFailed)
            continue;
        const accounts = targets.map((t) => t.accountId).filter((a) => a !== '');
        const inAccounts = accounts.length === 1
            ? ` (account ${accounts[0] ?? ''})`
            : accounts.length > 1
                ? ` (accounts ${accounts.join(', ')})`
                : '';
        failures.push({
            accountId: accounts.length === 1 ? (accounts[0] ?? '') : '',
            region: ref.region,
            volumeId: ref.volumeId,
            snapshotId: null,
            message: `Volume ${ref.volumeId} was not found in ${ref.region}${inAccounts}`
        });
    }
    const outcomes = await Promise.all(jobs.map((job) => backupVolume(job, config, clock, deps)));
    const created = outcomes.map((o) => o.created).filter((c) => c !== null);
    failures.push(...outcomes.map((o) => o.failure).filter((f) => f !== null));
    // Outputs follow the order of the volume input, then the account.
    const position = new Map(config.volumes.map((v, i) => [(0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .volumeKey */ .O$)(null, v.region, v.volumeId), i]));
    const at = (v) => position.get((0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .volumeKey */ .O$)(null, v.region, v.volumeId)) ?? 0;
    const order = (a, b) => at(a) - at(b) || a.accountId.localeCompare(b.accountId);
    return {
        mode: 'backup',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        created: created.sort(order),
        failures: failures.sort(order),
        volumes: jobs.map((j) => ({ ...j.volume, accountId: j.target.accountId })).sort(order)
    };
}


/***/ })

};
