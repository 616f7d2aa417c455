export const id = 317;
export const ids = [317];
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
/* harmony export */   lH: () => (/* binding */ s3Error),
/* harmony export */   r1: () => (/* binding */ isObjectGone),
/* harmony export */   rO: () => (/* binding */ recordFacts),
/* harmony export */   rY: () => (/* reexport safe */ _metadata_key_js__WEBPACK_IMPORTED_MODULE_4__.rY),
/* harmony export */   vV: () => (/* binding */ matchesKey),
/* harmony export */   vg: () => (/* binding */ unknownVolume),
/* harmony export */   yt: () => (/* binding */ documentIdentity)
/* harmony export */ });
/* unused harmony exports METADATA_SCHEMA_VERSION, parseMetadataKey */
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

/***/ 47317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hasSelectors: () => (/* binding */ hasSelectors),
/* harmony export */   r: () => (/* binding */ selectionProblems),
/* harmony export */   resolveSelections: () => (/* binding */ resolveSelections)
/* harmony export */ });
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16586);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41130);
/* harmony import */ var _modes_inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79213);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41973);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16141);






/** Whether the config has any selector to resolve. */
function hasSelectors(config) {
    return (config.volumeSelectors.length +
        config.dbInstanceSelectors.length +
        config.dbClusterSelectors.length +
        (config.instanceSelectors?.length ?? 0) >
        0);
}
function resolvers(config) {
    const ids = (found, id) => found.map((f) => ({ resource: id(f.resource), selectors: f.selectors }));
    return [
        {
            input: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.volume,
            selectors: config.volumeSelectors,
            select: async (t, r, s) => ids(await (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectVolumes */ .kh)(t.clients.ec2(r), r, s), (v) => v.volumeId)
        },
        {
            input: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.dbInstance,
            selectors: config.dbInstanceSelectors,
            select: async (t, r, s) => ids(await (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectDbInstances */ .pg)(t.clients.rds(r), r, s), (d) => d.identifier)
        },
        {
            input: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.dbCluster,
            selectors: config.dbClusterSelectors,
            select: async (t, r, s) => ids(await (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectDbClusters */ .Wi)(t.clients.rds(r), r, s), (d) => d.identifier)
        },
        {
            input: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.instance,
            selectors: config.instanceSelectors ?? [],
            select: async (t, r, s) => ids(await (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectInstances */ .l5)(t.clients.ec2(r), r, s), (i) => i.instanceId)
        }
    ];
}
/**
 * Resolves every selector in every region of every target account (an account whose role could not be assumed is
 * skipped: its failure is reported by the mode). Returns the config with the matched sources added to the ids, and
 * what each selector matched. Never throws: a region that cannot be described is a failure in the report.
 */
async function resolveSelections(config, targets) {
    const matches = [];
    const failures = [];
    const volumes = [];
    const dbInstances = [];
    const dbClusters = [];
    const instances = [];
    const active = resolvers(config).filter((r) => r.selectors.length > 0);
    await (0,_bounded_js__WEBPACK_IMPORTED_MODULE_4__/* .forEachBounded */ .a)(targets.filter((t) => t.failure === undefined), config.maxParallelAccounts, async (target) => {
        let regions;
        try {
            regions = await (0,_modes_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .accountRegions */ .Ze)(config, target);
        }
        catch (err) {
            for (const r of active)
                failures.push({
                    input: r.input,
                    accountId: target.accountId,
                    region: config.awsRegion,
                    message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)
                });
            return;
        }
        await Promise.all(active.flatMap((r) => regions.map(async (region) => {
            try {
                const found = await r.select(target, region, r.selectors);
                const counts = (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorCounts */ .gh)(r.selectors, new Map([[region, found]]));
                for (const c of counts)
                    matches.push({
                        input: r.input,
                        selector: c.selector,
                        accountId: target.accountId,
                        region,
                        count: c.count,
                        ids: found
                            .filter((f) => f.selectors.includes(c.selector))
                            .map((f) => f.resource)
                            .sort()
                    });
                for (const f of found) {
                    if (r.input === _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.volume)
                        volumes.push({ region, volumeId: f.resource });
                    else if (r.input === _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.dbInstance)
                        dbInstances.push({ region, id: f.resource });
                    else if (r.input === _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.dbCluster)
                        dbClusters.push({ region, id: f.resource });
                    else
                        instances.push({ region, instanceId: f.resource });
                }
            }
            catch (err) {
                failures.push({
                    input: r.input,
                    accountId: target.accountId,
                    region,
                    message: `Could not resolve ${r.input} selectors in ${region}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`
                });
            }
        })));
    });
    const unmatched = active.flatMap((r) => r.selectors
        .filter((s) => !matches.some((m) => m.input === r.input && m.selector === s.text && m.count > 0))
        .map((s) => ({ input: r.input, selector: s.text })));
    const order = (a, b) => a.input.localeCompare(b.input) ||
        ('selector' in a && 'selector' in b ? a.selector.localeCompare(b.selector) : 0) ||
        a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region);
    return {
        config: {
            ...config,
            volumes: unique([...config.volumes, ...byPlace(volumes, (v) => v.volumeId)], (v) => (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .volumeKey */ .O$)(null, v.region, v.volumeId)),
            dbInstances: unique([...config.dbInstances, ...byPlace(dbInstances, (d) => d.id)], (d) => `${d.region}/${d.id}`),
            dbClusters: unique([...config.dbClusters, ...byPlace(dbClusters, (d) => d.id)], (d) => `${d.region}/${d.id}`),
            ...(config.instanceSelectors === undefined
                ? {}
                : {
                    instances: unique([...(config.instances ?? []), ...byPlace(instances, (i) => i.instanceId)], (i) => `${i.region}/${i.instanceId}`)
                })
        },
        report: { matches: matches.sort(order), unmatched, failures: failures.sort(order) }
    };
}
/** Sorted by region, then id, so that the run's order does not depend on which region answered first. */
function byPlace(items, id) {
    return [...items].sort((a, b) => a.region.localeCompare(b.region) || id(a).localeCompare(id(b)));
}
/** Keeps the first of each key, in order: ids given first, then what selectors found. */
function unique(items, key) {
    const seen = new Set();
    return items.filter((i) => {
        const k = key(i);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** The report's problems as lines: a selector that matched nothing, a region that could not be resolved. */
function selectionProblems(report) {
    return [
        ...report.unmatched.map((u) => `Input '${u.input}': the selector ${u.selector} matched nothing in any region searched; check the tag, or the regions input`),
        ...report.failures.map((f) => `${f.message} (account ${f.accountId})`)
    ];
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


/***/ })

};
