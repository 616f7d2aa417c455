export const id = 885;
export const ids = [885];
export const modules = {

/***/ 43630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ deleteMetadata),
/* harmony export */   BS: () => (/* binding */ workflowFromTags),
/* harmony export */   Ed: () => (/* binding */ WORKFLOW_TAGS),
/* harmony export */   T8: () => (/* binding */ readMetadataOwner),
/* harmony export */   TM: () => (/* binding */ volumeInfo),
/* harmony export */   _y: () => (/* binding */ snapshotFacts),
/* harmony export */   aI: () => (/* binding */ listMetadata),
/* harmony export */   h$: () => (/* binding */ putMetadata),
/* harmony export */   jB: () => (/* binding */ metadataDocument),
/* harmony export */   rO: () => (/* binding */ recordFacts),
/* harmony export */   rY: () => (/* binding */ metadataKey),
/* harmony export */   vg: () => (/* binding */ unknownVolume)
/* harmony export */ });
/* unused harmony exports METADATA_SCHEMA_VERSION, parseMetadataKey, s3Error */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16141);
/**
 * The snapshot metadata the backup writes to S3: one JSON document per snapshot at
 * `<prefix><volume-id>/<snapshot-id>.json`, carrying a `schema_version`.
 */




/** Version of the metadata document; a reader should refuse other major versions. */
const METADATA_SCHEMA_VERSION = 1;
/** The tags that record the workflow run on each snapshot, by field. */
const WORKFLOW_TAGS = {
    repository: 'snapshot-hygiene:repository',
    workflow: 'snapshot-hygiene:workflow',
    runId: 'snapshot-hygiene:run-id',
    runUrl: 'snapshot-hygiene:run-url',
    sha: 'snapshot-hygiene:sha',
    actor: 'snapshot-hygiene:actor'
};
/** Reads the workflow context back from a snapshot's tags (for metadata written by a later repair). */
function workflowFromTags(tags) {
    const get = (field) => tags[WORKFLOW_TAGS[field]] ?? '';
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
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagMap */ .l)(v.Tags);
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
        tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagMap */ .l)(s.Tags)
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
            expires_at: snapshot.tags[_types_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_EXPIRES_AT */ .kz] ?? null,
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
/** The S3 key of a snapshot's metadata: `<prefix><volume-id>/<snapshot-id>.json` (prefix ends with '/'). */
function metadataKey(prefix, volumeId, snapshotId) {
    return `${prefix}${volumeId}/${snapshotId}.json`;
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
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .PutObjectCommand */ .wKZ({
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
            for await (const page of (0,_aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .paginateListObjectsV2 */ .OqA)({ client: s3, pageSize: 1000 }, { Bucket: bucket, Prefix: p })) {
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
/** Reads which account and region a document's snapshot lives in; null when the object is not a document this action wrote. */
async function readMetadataOwner(s3, bucket, key) {
    let text;
    try {
        const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
        text = (await out.Body?.transformToString('utf8')) ?? '';
    }
    catch (err) {
        throw s3Error(`Could not read s3://${bucket}/${key}`, bucket, err);
    }
    try {
        const doc = JSON.parse(text);
        const region = doc.snapshot?.region;
        const accountId = doc.snapshot?.account_id;
        const ours = doc.schema_version === METADATA_SCHEMA_VERSION && doc.tool === 'snapshot-hygiene';
        if (!ours ||
            typeof region !== 'string' ||
            typeof accountId !== 'string' ||
            !/^[a-z]{2}(-[a-z0-9]+)+-\d{1,2}$/.test(region))
            return null;
        return { accountId, region };
    }
    catch {
        return null;
    }
}
/** Deletes one metadata object (S3 answers success when it is already gone). */
async function deleteMetadata(s3, bucket, key) {
    try {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .DeleteObjectCommand */ .k4j({ Bucket: bucket, Key: key }));
    }
    catch (err) {
        throw s3Error(`Could not delete s3://${bucket}/${key}`, bucket, err);
    }
}


/***/ }),

/***/ 38280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ runBackup)
/* harmony export */ });
/* unused harmony exports PER_VOLUME_RATE_WAIT_MS, CONCURRENT_LIMIT_WAIT_MS, POLL_FIRST_MS, POLL_MAX_MS, expiresAt, backupTags, backupDescription, createSnapshotPatiently, SnapshotFailedError, waitForSnapshot */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35193);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8211);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43630);
/* harmony import */ var _retention_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57449);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16141);







/** Seconds EBS wants between two snapshots of the same volume; the wait after SnapshotCreationPerVolumeRateExceeded. */
const PER_VOLUME_RATE_WAIT_MS = 15_000;
/** The wait after ConcurrentSnapshotLimitExceeded (too many pending snapshots of the volume). */
const CONCURRENT_LIMIT_WAIT_MS = 30_000;
/** First and largest interval between two DescribeSnapshots polls while waiting for completion. */
const POLL_FIRST_MS = 5_000;
const POLL_MAX_MS = 30_000;
/** EC2's limits on a tag value and a snapshot description. */
const TAG_VALUE_MAX = 256;
const DESCRIPTION_MAX = 255;
const RATE_CODES = {
    SnapshotCreationPerVolumeRateExceeded: PER_VOLUME_RATE_WAIT_MS,
    ConcurrentSnapshotLimitExceeded: CONCURRENT_LIMIT_WAIT_MS
};
/** An expiry instant as ISO 8601 UTC without milliseconds. */
function expiresAt(now, retentionDays) {
    return new Date(now.getTime() + retentionDays * _retention_js__WEBPACK_IMPORTED_MODULE_2__/* .DAY_MS */ .sO).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The tags set at creation: the volume's Name, the user's tags, then the action's own (which always win). */
function backupTags(config, volume, workflow, now) {
    const tags = {};
    if (volume.name !== null)
        tags.Name = volume.name;
    Object.assign(tags, config.tags);
    tags[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_MANAGED */ .Jo] = 'true';
    tags[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_EXPIRES_AT */ .kz] = expiresAt(now, config.retentionDays);
    for (const [field, key] of Object.entries(_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_TAGS */ .Ed)) {
        const value = workflow[field];
        if (value !== '')
            tags[key] = value.slice(0, TAG_VALUE_MAX);
    }
    return tags;
}
/** The snapshot description: the input, or one naming the volume and the run. */
function backupDescription(description, volumeId, workflow) {
    if (description !== '')
        return description;
    const run = workflow.repository !== '' && workflow.runId !== '' ? ` from ${workflow.repository} run ${workflow.runId}` : '';
    return `snapshot-hygiene backup of ${volumeId}${run}`.slice(0, DESCRIPTION_MAX);
}
/** Describes the named volumes of one region (a filter, so missing ones are simply absent). */
async function describeVolumes(ec2, region, volumeIds) {
    const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .DescribeVolumesCommand */ .U$W({ Filters: [{ Name: 'volume-id', Values: [...volumeIds] }] }));
    return (out.Volumes ?? [])
        .filter((v) => v.VolumeId !== undefined && volumeIds.includes(v.VolumeId))
        .map((v) => (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .volumeInfo */ .TM)(v, region));
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
            const waitMs = RATE_CODES[(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err)];
            if (waitMs === undefined)
                throw err;
            if (clock.now().getTime() + waitMs > deadline) {
                throw new Error(`EBS still refused a new snapshot of ${input.VolumeId} when the wait timeout ran out: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`, { cause: err });
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
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err) !== 'InvalidSnapshot.NotFound')
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
    const deadline = now.getTime() + config.waitTimeoutMinutes * 60_000;
    const ec2 = target.clients.ec2(volume.region);
    const tags = backupTags(config, volume, deps.workflow, now);
    let snapshot;
    try {
        snapshot = await createSnapshotPatiently(ec2, {
            VolumeId: volume.volumeId,
            Description: backupDescription(config.description, volume.volumeId, deps.workflow),
            Tags: tags
        }, clock, deadline);
    }
    catch (err) {
        return {
            created: null,
            failure: { ...where, snapshotId: null, message: `Could not snapshot ${volume.volumeId}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}` }
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
                : `Could not wait for ${snapshotId} of ${volume.volumeId}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`;
            return { created, failure: { ...where, snapshotId, message } };
        }
    }
    const key = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataKey */ .rY)(config.metadataPrefix, volume.volumeId, snapshotId);
    const doc = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataDocument */ .jB)((0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotFacts */ ._y)({ ...snapshot, Tags: snapshot.Tags ?? (0,_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .tagList */ .T)(tags) }, target.accountId, volume.region), volume, deps.workflow, 'backup', clock.now());
    try {
        await (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .putMetadata */ .h$)(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc);
    }
    catch (err) {
        const message = `Snapshot ${snapshotId} of ${volume.volumeId} was created, but its metadata was not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`;
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
        expiresAt: tags[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_EXPIRES_AT */ .kz] ?? '',
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
                    message: `Could not describe ${volumeId} in ${region}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`
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
    const lookups = await (0,_accounts_js__WEBPACK_IMPORTED_MODULE_6__/* .forEachBounded */ .a)(targets, config.maxParallelAccounts, async (target) => ({
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
    const position = new Map(config.volumes.map((v, i) => [`${v.region}/${v.volumeId}`, i]));
    const order = (a, b) => (position.get(`${a.region}/${a.volumeId}`) ?? 0) - (position.get(`${b.region}/${b.volumeId}`) ?? 0) ||
        a.accountId.localeCompare(b.accountId);
    return {
        mode: 'backup',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        created: created.sort(order),
        failures: failures.sort(order),
        volumes: jobs.map((j) => ({ ...j.volume, accountId: j.target.accountId })).sort(order)
    };
}


/***/ }),

/***/ 57449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SA: () => (/* binding */ planRetention),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* unused harmony exports RULE, isOwned, isAwsBackup, utcDayIndex, isoWeekIndex, isoWeekLabel */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16141);
/**
 * The prune retention planner: decides, for a set of snapshots, which ones the action may delete.
 *
 * Safety model (every decision carries a rule and a human-readable reason):
 * - Only owned snapshots can ever be deleted (see {@link isOwned}); everything else is `ignore`.
 * - Owned snapshots made by AWS Backup, tagged `snapshot-hygiene:ignore`, or outside the
 *   `volumes` filter are `skip`.
 * - Snapshots that are not `completed`, or whose age cannot be computed (future or invalid
 *   `createdAt`), are `keep`.
 * - The remaining "candidates" are grouped per lineage (account, region, source volume) and the
 *   keep rules (keep-last, keep-daily, keep-weekly, keep-monthly) are applied; what no rule holds is
 *   deleted only when strictly older than `retentionDays`.
 *
 * All calendar arithmetic (days, ISO weeks starting Monday, months) is in UTC.
 */

/** Milliseconds in one (UTC, leap-second-free) day. */
const DAY_MS = 86_400_000;
/** The rule names a decision can carry (keep rules are joined with ", " when several hold a snapshot). */
const RULE = {
    notManaged: 'not-managed',
    awsBackup: 'aws-backup',
    ignoreTag: 'ignore-tag',
    outOfScope: 'out-of-scope',
    pending: 'pending',
    notCompleted: 'not-completed',
    futureCreatedAt: 'future-created-at',
    invalidCreatedAt: 'invalid-created-at',
    keepLast: 'keep-last',
    keepDaily: 'keep-daily',
    keepWeekly: 'keep-weekly',
    keepMonthly: 'keep-monthly',
    retention: 'retention'
};
const AWS_BACKUP_TAG_PREFIX = 'aws:backup:';
/** True when the snapshot belongs to the action: an EBS snapshot tagged managed=true or matching the non-empty pruneTags. */
function isOwned(record, pruneTags) {
    if (record.service !== 'ebs')
        return false;
    if (record.tags[_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_MANAGED */ .Jo] === 'true')
        return true;
    const filter = Object.entries(pruneTags);
    return filter.length > 0 && filter.every(([key, value]) => record.tags[key] === value);
}
/** True when AWS Backup made or manages the snapshot (its type, or any `aws:backup:` tag). */
function isAwsBackup(record) {
    return (record.snapshotType === 'aws-backup' || Object.keys(record.tags).some((k) => k.startsWith(AWS_BACKUP_TAG_PREFIX)));
}
/** Plan which snapshots to delete under the policy at time `now`; pure, and the same for dry runs and real runs. */
function planRetention(snapshots, policy, now) {
    validatePolicy(policy, now);
    const decided = [];
    const candidates = [];
    for (const snapshot of snapshots) {
        const early = screen(snapshot, policy, now);
        if (early)
            decided.push(early);
        else
            candidates.push(snapshot);
    }
    for (const group of groupByLineage(candidates))
        decided.push(...decideGroup(group, policy, now));
    return summarize(decided.sort((a, b) => compareSnapshots(a.snapshot, b.snapshot)));
}
function validatePolicy(policy, now) {
    const counts = ['retentionDays', 'keepLast', 'keepDaily', 'keepWeekly', 'keepMonthly'];
    for (const key of counts) {
        const value = policy[key];
        if (!Number.isSafeInteger(value) || value < 0)
            throw new RangeError(`${key} must be an integer >= 0, got ${String(value)}`);
    }
    if (Number.isNaN(now.getTime()))
        throw new RangeError('now must be a valid date');
}
/** Decisions that do not depend on the other snapshots; undefined means "candidate for the keep rules". */
function screen(s, policy, now) {
    if (!isOwned(s, policy.pruneTags))
        return decision(s, 'ignore', RULE.notManaged, 'not managed by snapshot-hygiene');
    if (isAwsBackup(s))
        return decision(s, 'skip', RULE.awsBackup, 'managed by AWS Backup');
    const ignoreTag = s.tags[_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_IGNORE */ .gk];
    if (ignoreTag !== undefined && ignoreTag !== 'false') {
        return decision(s, 'skip', RULE.ignoreTag, `tagged ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_IGNORE */ .gk}=${ignoreTag}`);
    }
    if (policy.volumes !== undefined && (s.sourceId === null || !policy.volumes.includes(s.sourceId))) {
        return decision(s, 'skip', RULE.outOfScope, `volume ${s.sourceId ?? '(none)'} is not in the volumes filter`);
    }
    return screenState(s, now);
}
function screenState(s, now) {
    if (s.state === 'pending')
        return decision(s, 'keep', RULE.pending, 'state pending: not completed yet');
    if (s.state !== 'completed')
        return decision(s, 'keep', RULE.notCompleted, `state ${s.state}: not completed`);
    const created = s.createdAt.getTime();
    if (Number.isNaN(created))
        return decision(s, 'keep', RULE.invalidCreatedAt, 'creation time is not a valid date');
    if (created > now.getTime()) {
        return decision(s, 'keep', RULE.futureCreatedAt, `created ${s.createdAt.toISOString()}, after now ${now.toISOString()} (clock skew)`);
    }
    return undefined;
}
/**
 * Groups candidates per lineage: account, region and source volume. A snapshot without a real
 * source (null or the copy marker vol-ffffffff) is its own lineage, because unrelated copies share
 * that marker and pooling them would let one volume's copies use up another's keep-last slots.
 */
function groupByLineage(candidates) {
    const groups = new Map();
    const loners = [];
    for (const s of candidates) {
        if (!hasRealSource(s)) {
            loners.push([s]);
            continue;
        }
        const key = JSON.stringify([s.accountId, s.region, s.sourceId]);
        const group = groups.get(key);
        if (group)
            group.push(s);
        else
            groups.set(key, [s]);
    }
    return [...groups.values(), ...loners];
}
function hasRealSource(s) {
    return s.sourceId !== null && s.sourceId !== _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COPY_VOLUME_ID */ .J4;
}
function decideGroup(group, policy, now) {
    const newestFirst = [...group].sort(compareNewestFirst);
    const holds = keepHolds(newestFirst, policy, now);
    return newestFirst.map((s) => {
        const held = holds.get(s);
        if (held)
            return decision(s, 'keep', held.map((h) => h.rule).join(', '), `held by ${held.map((h) => h.detail).join(', ')}`);
        return retentionDecision(s, policy.retentionDays, now);
    });
}
/** Which keep rules hold which snapshot of one lineage (given newest first). */
function keepHolds(newestFirst, policy, now) {
    const holds = new Map();
    const add = (s, rule, detail) => {
        holds.set(s, [...(holds.get(s) ?? []), { rule, detail }]);
    };
    newestFirst
        .slice(0, policy.keepLast)
        .forEach((s, i) => add(s, RULE.keepLast, `${RULE.keepLast} ${i + 1} of ${policy.keepLast}`));
    for (const period of PERIODS) {
        const count = policy[period.policyKey];
        if (count === 0)
            continue;
        const current = period.index(now);
        const seen = new Set();
        for (const s of newestFirst) {
            const index = period.index(s.createdAt);
            if (current - index >= count || seen.has(index))
                continue;
            seen.add(index);
            add(s, period.rule, `${period.rule} ${period.label(s.createdAt)}`);
        }
    }
    return holds;
}
function retentionDecision(s, retentionDays, now) {
    const ageMs = now.getTime() - s.createdAt.getTime();
    const days = Math.floor(ageMs / DAY_MS);
    if (ageMs > retentionDays * DAY_MS) {
        const age = days > retentionDays ? plural(days, 'day') : `more than ${plural(retentionDays, 'day')}`;
        return decision(s, 'delete', RULE.retention, `expired: ${age} old, retention ${plural(retentionDays, 'day')}`);
    }
    return decision(s, 'keep', RULE.retention, `${plural(days, 'day')} old, within ${retentionDays}-day retention`);
}
/** Days since the epoch, UTC. */
function utcDayIndex(d) {
    return Math.floor(d.getTime() / DAY_MS);
}
/** ISO weeks (Monday-based, UTC) since the week of the epoch; 1970-01-01 was a Thursday. */
function isoWeekIndex(d) {
    return Math.floor((utcDayIndex(d) + 3) / 7);
}
/** The ISO week label of a date, UTC, e.g. 2026-W01 for Sunday 2026-01-04 and 2025-W01 for 2024-12-30. */
function isoWeekLabel(d) {
    const thursday = new Date(isoWeekIndex(d) * 7 * DAY_MS);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((utcDayIndex(thursday) - utcDayIndex(new Date(Date.UTC(year, 0, 1)))) / 7) + 1;
    return `${year}-W${String(week).padStart(2, '0')}`;
}
const PERIODS = [
    { rule: RULE.keepDaily, policyKey: 'keepDaily', index: utcDayIndex, label: (d) => d.toISOString().slice(0, 10) },
    { rule: RULE.keepWeekly, policyKey: 'keepWeekly', index: isoWeekIndex, label: isoWeekLabel },
    {
        rule: RULE.keepMonthly,
        policyKey: 'keepMonthly',
        index: (d) => d.getUTCFullYear() * 12 + d.getUTCMonth(),
        label: (d) => d.toISOString().slice(0, 7)
    }
];
function decision(snapshot, action, rule, reason) {
    return { snapshot, action, rule, reason };
}
function plural(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
function summarize(decisions) {
    const counts = { delete: 0, keep: 0, skip: 0, ignore: 0 };
    for (const d of decisions)
        counts[d.action] += 1;
    const toDelete = decisions.filter((d) => d.action === 'delete').map((d) => d.snapshot);
    return { decisions, toDelete, counts };
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Newest first, then by id, for a deterministic keep-rule order. */
function compareNewestFirst(a, b) {
    return b.createdAt.getTime() - a.createdAt.getTime() || compareText(a.snapshotId, b.snapshotId);
}
/** Plan order: region, volume (snapshots without a source last), newest first, id, then account and service. */
function compareSnapshots(a, b) {
    return (compareText(a.region, b.region) ||
        compareVolume(a.sourceId, b.sourceId) ||
        compareCreatedDesc(a.createdAt, b.createdAt) ||
        compareText(a.snapshotId, b.snapshotId) ||
        compareText(a.accountId, b.accountId) ||
        compareText(a.service, b.service));
}
function compareVolume(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return 1;
    if (b === null)
        return -1;
    return compareText(a, b);
}
/** Newest first; invalid dates last. */
function compareCreatedDesc(a, b) {
    const ta = a.getTime();
    const tb = b.getTime();
    if (Number.isNaN(ta) || Number.isNaN(tb))
        return Number(Number.isNaN(ta)) - Number(Number.isNaN(tb));
    return tb - ta;
}


/***/ }),

/***/ 32885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupStep: () => (/* binding */ backupStep),
/* harmony export */   failWith: () => (/* binding */ failWith),
/* harmony export */   logCreated: () => (/* binding */ logCreated),
/* harmony export */   setBackupOutputs: () => (/* binding */ setBackupOutputs),
/* harmony export */   workflowContext: () => (/* binding */ workflowContext)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _modes_backup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38280);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70665);
/* harmony import */ var _summary_backup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87176);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25625);







/** The workflow run as plain data: repository, workflow, run id and URL, commit and actor ('' where unknown). */
function workflowContext(ctx = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._, env = process.env) {
    const repository = (env.GITHUB_REPOSITORY ?? '').trim();
    const runId = ctx.runId ? String(ctx.runId) : '';
    const serverUrl = (ctx.serverUrl || 'https://github.com').replace(/\/+$/, '');
    return {
        repository,
        workflow: ctx.workflow ?? '',
        runId,
        runUrl: repository !== '' && runId !== '' ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
        sha: ctx.sha ?? '',
        actor: ctx.actor ?? ''
    };
}
/** Turns a list of problems into annotations and one error that ends the step. */
function failWith(problems, what) {
    if (problems.length === 0)
        return;
    const shown = 50;
    problems.slice(0, shown).forEach((p) => _log_js__WEBPACK_IMPORTED_MODULE_6__/* .error */ .z3(p));
    problems.slice(shown).forEach((p) => _log_js__WEBPACK_IMPORTED_MODULE_6__/* .info */ .pq(`error: ${p}`));
    const listed = problems.slice(0, 10).join('; ');
    const more = problems.length > 10 ? `; and ${problems.length - 10} more (see the log and the summary)` : '';
    throw new Error(`${problems.length} ${what}: ${listed}${more}`);
}
/** Sets the backup outputs from a result. */
function setBackupOutputs(r) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('snapshot-ids', r.created.map((c) => c.snapshotId).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('metadata-keys', r.created
        .map((c) => c.metadataKey)
        .filter((k) => k !== null)
        .join(','));
}
/** Logs each created snapshot. */
function logCreated(r, bucket) {
    for (const c of r.created) {
        const meta = c.metadataKey === null ? 'no metadata written' : `metadata s3://${bucket ?? ''}/${c.metadataKey}`;
        _log_js__WEBPACK_IMPORTED_MODULE_6__/* .info */ .pq(`Created ${c.snapshotId} of ${c.volumeId} in ${c.region} (account ${c.accountId}), state ${c.state}; ${meta}`);
    }
}
/** Runs the backup and reports it: summary, result JSON, artifact and outputs; fails the step when a volume failed. */
async function backupStep(config, targets, clock, workflow = workflowContext()) {
    const result = await (0,_modes_backup_js__WEBPACK_IMPORTED_MODULE_3__/* .runBackup */ .Q3)(config, targets, clock, { workflow });
    logCreated(result, config.bucket);
    const resultJson = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .writeResultJson */ .L2)(config.csvPath, result);
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .Sy)((0,_summary_backup_js__WEBPACK_IMPORTED_MODULE_5__/* .backupSummary */ .fj)(result), `The full result is in ${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(resultJson)}.`);
    const artifactId = await (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadArtifact */ .mz)(config.artifactName, [resultJson]);
    setBackupOutputs(result);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('summary-json-path', resultJson);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('artifact-id', artifactId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('failed-count', result.failures.length);
    failWith(result.failures.map((f) => f.message), `volume backup(s) failed`);
}


/***/ }),

/***/ 87176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ backupFailureSection),
/* harmony export */   fj: () => (/* binding */ backupSummary),
/* harmony export */   l$: () => (/* binding */ backupHeadline),
/* harmony export */   w2: () => (/* binding */ createdSection)
/* harmony export */ });
/* unused harmony export BACKUP_ROWS_MAX */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22988);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83758);


/** At most this many rows in the created and failed lists. */
const BACKUP_ROWS_MAX = 200;
function createdRow(c, multiAccount) {
    const volume = c.volumeName ? `${c.volumeId} (${c.volumeName})` : c.volumeId;
    return [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(volume),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(c.region),
        ...(multiAccount ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(c.accountId)] : []),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(c.snapshotId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(c.state),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .gib */ .$l)(c.sizeGib),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(c.expiresAt),
        c.metadataKey === null ? 'not written' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(c.metadataKey)
    ];
}
/** The headline: how many snapshots were created, and how many volumes failed. */
function backupHeadline(r) {
    const failed = r.failures.length > 0 ? ` **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(r.failures.length)} failed.**` : '';
    return `Created **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(r.created.length)} snapshot${r.created.length === 1 ? '' : 's'}**.${failed}`;
}
/** The table of created snapshots, bounded. */
function createdSection(created, heading = '### Created') {
    if (created.length === 0)
        return '';
    const multi = new Set(created.map((c) => c.accountId)).size > 1;
    const header = [
        'volume',
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
    const more = created.length > BACKUP_ROWS_MAX ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(created.length - BACKUP_ROWS_MAX)} more are in the result JSON.` : '';
    return `${heading}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows, align)}${more}`;
}
/** The volumes whose backup failed, each with its message. */
function backupFailureSection(failures) {
    if (failures.length === 0)
        return '';
    const lines = failures.slice(0, BACKUP_ROWS_MAX).map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(f.message)}`);
    const more = failures.length > BACKUP_ROWS_MAX ? `\n- ... and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(failures.length - BACKUP_ROWS_MAX)} more` : '';
    return `### Backup failures\n\n${lines.join('\n')}${more}`;
}
/** The whole backup summary in markdown. */
function backupSummary(r) {
    const parts = ['## Snapshot backup', backupHeadline(r), createdSection(r.created), backupFailureSection(r.failures)];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}


/***/ })

};
