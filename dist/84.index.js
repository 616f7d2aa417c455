export const id = 84;
export const ids = [84];
export const modules = {

/***/ 58128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w0: () => (/* binding */ SnapshotFailedError),
  Bo: () => (/* binding */ ebsKind),
  Ar: () => (/* binding */ pollUntilDone)
});

// UNUSED EXPORTS: CONCURRENT_LIMIT_WAIT_MS, PER_VOLUME_RATE_WAIT_MS, POLL_FIRST_MS, POLL_MAX_MS, SNAPSHOT_LOCKED, classifyEbsDeleteError, createSnapshotPatiently, describeVolumes, ebsView, existingEbsSnapshots, waitForSnapshot

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/listers/ebs.ts
var ebs = __webpack_require__(71712);
;// CONCATENATED MODULE: ./src/listers/managed.ts



/** EC2 accepts at most this many values in one filter. */
const MAX_FILTER_VALUES = 200;
/**
 * The filter sets that find the snapshots prune may touch: one listing for `snapshot-hygiene:managed=true`
 * and, when `pruneTags` is not empty, one for snapshots carrying all those tags. Filters are ANDed, so
 * nothing outside these sets is ever returned.
 */
function ownedFilterSets(pruneTags, volumeIds) {
    const byTag = (tags) => Object.entries(tags).map(([k, v]) => ({ Name: `tag:${k}`, Values: [v] }));
    const sets = [byTag({ [types/* TAG_MANAGED */.Jo]: 'true' })];
    if (Object.keys(pruneTags).length > 0)
        sets.push(byTag({ ...pruneTags }));
    if (volumeIds === undefined)
        return sets;
    const chunks = [];
    for (let i = 0; i < volumeIds.length; i += MAX_FILTER_VALUES)
        chunks.push(volumeIds.slice(i, i + MAX_FILTER_VALUES));
    return sets.flatMap((set) => chunks.map((chunk) => [...set, { Name: 'volume-id', Values: chunk }]));
}
/** Lists the account's own snapshots in a region that prune may touch (OwnerIds self, 1,000 a page), without duplicates. */
async function listOwnedSnapshots(ec2, accountId, region, pruneTags, volumeIds) {
    if (volumeIds !== undefined && volumeIds.length === 0)
        return [];
    const seen = new Map();
    for (const filters of ownedFilterSets(pruneTags, volumeIds)) {
        const pages = (0,dist_cjs/* paginateDescribeSnapshots */.CdA)({ client: ec2, pageSize: ebs/* EBS_PAGE_SIZE */.hC }, { OwnerIds: ['self'], Filters: filters });
        for await (const page of pages) {
            for (const s of page.Snapshots ?? []) {
                if (s.SnapshotId === undefined || seen.has(s.SnapshotId))
                    continue;
                seen.set(s.SnapshotId, {
                    record: (0,ebs/* ebsRecord */.k0)(s, accountId, region),
                    description: s.Description ?? null,
                    progress: s.Progress ?? null
                });
            }
        }
    }
    return [...seen.values()];
}

// EXTERNAL MODULE: ./src/metadata.ts
var metadata = __webpack_require__(43630);
// EXTERNAL MODULE: ./src/tags.ts
var tags = __webpack_require__(9506);
// EXTERNAL MODULE: ./src/kinds/kind.ts
var kind = __webpack_require__(53169);
;// CONCATENATED MODULE: ./src/kinds/ebs.ts
/** The EBS volume kind: snapshots of EBS volumes, through EC2. */






/** Seconds EBS wants between two snapshots of the same volume; the wait after SnapshotCreationPerVolumeRateExceeded. */
const PER_VOLUME_RATE_WAIT_MS = 15_000;
/** The wait after ConcurrentSnapshotLimitExceeded (too many pending snapshots of the volume). */
const CONCURRENT_LIMIT_WAIT_MS = 30_000;
/** First and largest interval between two polls while waiting for completion (every kind). */
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
        const out = await ec2.send(new dist_cjs/* DescribeVolumesCommand */.U$W({ Filters: [{ Name: 'volume-id', Values: chunk }] }));
        for (const v of out.Volumes ?? [])
            if (v.VolumeId !== undefined && chunk.includes(v.VolumeId))
                found.push((0,metadata/* volumeInfo */.TM)(v, region));
    }
    return found;
}
/** CreateSnapshot, waiting out EBS's per-volume rate (and its concurrent-snapshot limit) until the deadline. */
async function createSnapshotPatiently(ec2, input, clock, deadline) {
    const command = new dist_cjs/* CreateSnapshotCommand */.gOh({
        VolumeId: input.VolumeId,
        Description: input.Description,
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: (0,tags/* tagList */.T)(input.Tags) }]
    });
    for (;;) {
        try {
            return await ec2.send(command);
        }
        catch (err) {
            const waitMs = RATE_CODES[(0,errors/* errorCode */.CA)(err)];
            if (waitMs === undefined)
                throw err;
            if (clock.now().getTime() + waitMs > deadline) {
                throw new Error(`EBS still refused a new snapshot of ${input.VolumeId} when the wait timeout ran out: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
            }
            await clock.sleep(waitMs);
        }
    }
}
/** Thrown when a snapshot ends in a failed state. */
class SnapshotFailedError extends Error {
    stateMessage;
    constructor(snapshotId, stateMessage, service = 'EBS') {
        super(`Snapshot ${snapshotId} failed: ${stateMessage || `${service} gave no state message`}`);
        this.name = 'SnapshotFailedError';
        this.stateMessage = stateMessage || `${service} gave no state message`;
    }
}
/**
 * Polls until the snapshot is done (or the deadline), doubling the interval from {@link POLL_FIRST_MS} to
 * {@link POLL_MAX_MS}; `describe` answers null while the snapshot is not visible yet, and throws on a real error.
 */
async function pollUntilDone(describe, state, failure, clock, deadline) {
    let last = null;
    for (let interval = POLL_FIRST_MS;; interval = Math.min(POLL_MAX_MS, interval * 2)) {
        last = (await describe()) ?? last;
        if (last !== null && state(last) === 'done')
            return { snapshot: last, completed: true };
        if (last !== null && state(last) === 'failed')
            throw failure(last);
        const now = clock.now().getTime();
        if (now >= deadline)
            return { snapshot: last, completed: false };
        await clock.sleep(Math.min(interval, deadline - now));
    }
}
/** Polls DescribeSnapshots until the snapshot is completed (or the deadline); throws SnapshotFailedError on the error state. */
function waitForSnapshot(ec2, snapshotId, clock, deadline) {
    return pollUntilDone(async () => {
        try {
            const out = await ec2.send(new dist_cjs/* DescribeSnapshotsCommand */.MmI({ SnapshotIds: [snapshotId], OwnerIds: ['self'] }));
            return out.Snapshots?.find((s) => s.SnapshotId === snapshotId) ?? null;
        }
        catch (err) {
            // A new snapshot can take a moment to become visible; anything else is a real error.
            if ((0,errors/* errorCode */.CA)(err) !== 'InvalidSnapshot.NotFound')
                throw err;
            return null;
        }
    }, (s) => (s.State === 'completed' ? 'done' : s.State === 'error' ? 'failed' : 'working'), (s) => new SnapshotFailedError(snapshotId, s.StateMessage ?? ''), clock, deadline);
}
/** The shared view of an EC2 snapshot. */
function ebsView(s) {
    return {
        snapshotId: s.SnapshotId ?? '',
        state: s.State ?? 'pending',
        done: s.State === 'completed',
        failed: s.State === 'error',
        stateMessage: s.StateMessage ?? '',
        progress: s.Progress ? s.Progress : null,
        startTime: s.StartTime ?? new Date(0),
        sizeGib: s.VolumeSize ?? null,
        tags: (0,tags/* tagMap */.l)(s.Tags),
        raw: s
    };
}
/** The error DeleteSnapshot answers for a snapshot under an EBS snapshot lock. */
const SNAPSHOT_LOCKED = 'SnapshotLocked';
/** Sorts a DeleteSnapshot error: in use by an AMI, locked, managed by AWS Backup, already gone, or a real error. */
function classifyEbsDeleteError(err) {
    const code = (0,errors/* errorCode */.CA)(err);
    const message = (0,errors/* errorMessage */.gJ)(err);
    if (code === 'InvalidSnapshot.NotFound')
        return { kind: 'gone' };
    if (code === 'InvalidSnapshot.InUse')
        return { kind: 'in-use', message };
    if (code === SNAPSHOT_LOCKED)
        return { kind: 'locked', message };
    if (/AWS Backup/i.test(message))
        return { kind: 'aws-backup', message };
    return { kind: 'error', message };
}
/** Snapshot ids (of the given ones) that exist in the region, owned by the account. */
async function existingEbsSnapshots(ec2, ids) {
    const found = new Set();
    for (let i = 0; i < ids.length; i += FILTER_VALUES) {
        const out = await ec2.send(new dist_cjs/* DescribeSnapshotsCommand */.MmI({
            OwnerIds: ['self'],
            MaxResults: 1000,
            Filters: [{ Name: 'snapshot-id', Values: ids.slice(i, i + FILTER_VALUES) }]
        }));
        for (const s of out.Snapshots ?? [])
            if (s.SnapshotId !== undefined)
                found.add(s.SnapshotId);
    }
    return found;
}
/** The EBS volume kind. */
const ebsKind = {
    name: 'ebs',
    service: 'ebs',
    noun: 'volume',
    input: 'volume',
    bucket: 'ec2-snapshot',
    deleteOperation: 'DeleteSnapshot',
    listOperation: 'DescribeSnapshots',
    listLabel: 'managed EBS snapshots',
    doneState: 'completed',
    listOwned: (clients, accountId, region, pruneTags, sourceIds) => listOwnedSnapshots(clients.ec2(region), accountId, region, pruneTags, sourceIds),
    async sendDelete(clients, region, snapshotId) {
        const out = await clients.ec2Paced(region).send(new dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotId: snapshotId }));
        return (0,kind/* sdkAttempts */.zp)(out);
    },
    classifyDeleteError: classifyEbsDeleteError,
    existing: (clients, region, ids) => existingEbsSnapshots(clients.ec2(region), ids),
    async describeSources(clients, region, ids) {
        const volumes = await describeVolumes(clients.ec2(region), region, ids);
        return volumes.map((v) => ({ id: v.volumeId, region, name: v.name, sizeGib: v.sizeGib, detail: v }));
    },
    snapshotIdFor: () => '',
    async create(clients, source, request, clock, deadline) {
        const s = await createSnapshotPatiently(clients.ec2(source.region), { VolumeId: source.id, Description: request.description, Tags: request.tags }, clock, deadline);
        return ebsView({ ...s, Tags: s.Tags ?? (0,tags/* tagList */.T)(request.tags) });
    },
    async wait(clients, region, created, clock, deadline) {
        const out = await waitForSnapshot(clients.ec2(region), created.snapshotId, clock, deadline);
        return { view: ebsView({ ...created.raw, ...(out.snapshot ?? {}) }), completed: out.completed };
    },
    repairMetadata(owned, source, context) {
        const r = owned.record;
        const sourceId = r.sourceId ?? '';
        return {
            key: (0,metadata/* metadataKey */.rY)(context.prefix, sourceId, r.snapshotId),
            doc: (0,metadata/* metadataDocument */.jB)((0,metadata/* recordFacts */.rO)(r, owned), source?.detail ?? (0,metadata/* unknownVolume */.vg)(sourceId, r.region), (0,metadata/* workflowFromTags */.BS)(r.tags), context.writtenBy, context.now)
        };
    },
    metadataKeyOf: (prefix, sourceId, snapshotId) => (0,metadata/* metadataKey */.rY)(prefix, sourceId, snapshotId),
    metadata(view, source, accountId, context) {
        const s = view.raw;
        return {
            key: (0,metadata/* metadataKey */.rY)(context.prefix, source.id, view.snapshotId),
            doc: (0,metadata/* metadataDocument */.jB)((0,metadata/* snapshotFacts */._y)({ ...s, Tags: s.Tags ?? (0,tags/* tagList */.T)(view.tags) }, accountId, source.region), source.detail, context.workflow, context.writtenBy, context.now)
        };
    }
};


/***/ }),

/***/ 76666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ KINDS),
  u0: () => (/* binding */ sourcesOf)
});

// UNUSED EXPORTS: kindNamed

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var dist_cjs = __webpack_require__(57202);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/kinds/kind.ts
var kind = __webpack_require__(53169);
// EXTERNAL MODULE: ./src/listers/rds.ts
var listers_rds = __webpack_require__(20827);
// EXTERNAL MODULE: ./src/tags.ts
var src_tags = __webpack_require__(9506);
// EXTERNAL MODULE: ./src/kinds/rds.ts
var rds = __webpack_require__(48096);
;// CONCATENATED MODULE: ./src/kinds/db-cluster.ts
/** The Aurora DB cluster kind: manual DB cluster snapshots. */






/** RDS's error codes for DB cluster snapshots, as code and as the SDK's shape name. */
const DB_CLUSTER_CODES = {
    notFound: ['DBClusterSnapshotNotFoundFault', 'DBClusterSnapshotNotFound'],
    invalidState: ['InvalidDBClusterSnapshotStateFault', 'InvalidDBClusterSnapshotState', 'InvalidDBSnapshotState'],
    sourceBusy: ['InvalidDBClusterStateFault', 'InvalidDBClusterState']
};
const CLUSTER_NOT_FOUND = ['DBClusterNotFoundFault', 'DBClusterNotFound'];
/** RDS accepts at most this many values in one filter. */
const FILTER_VALUES = 100;
/** Maps an RDS DB cluster snapshot to the fields the kinds use. */
function clusterSnapshotOf(s) {
    return {
        id: s.DBClusterSnapshotIdentifier ?? '',
        arn: s.DBClusterSnapshotArn ?? null,
        sourceId: s.DBClusterIdentifier ?? '',
        type: s.SnapshotType ?? '',
        status: s.Status ?? 'unknown',
        createdAt: s.SnapshotCreateTime ?? null,
        percentProgress: s.PercentProgress ?? null,
        allocatedStorageGib: s.AllocatedStorage ?? 0,
        encrypted: s.StorageEncrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        engine: s.Engine ?? null,
        engineVersion: s.EngineVersion ?? null,
        tags: (0,src_tags/* tagMap */.l)(s.TagList),
        record: (accountId, region) => (0,listers_rds/* clusterSnapshotRecord */.aU)(s, accountId, region)
    };
}
const api = {
    async *listManual(rds, sourceIds) {
        const chunks = [];
        if (sourceIds === undefined)
            chunks.push(undefined);
        else
            for (let i = 0; i < sourceIds.length; i += FILTER_VALUES)
                chunks.push(sourceIds.slice(i, i + FILTER_VALUES));
        for (const chunk of chunks) {
            const input = {
                SnapshotType: 'manual',
                ...(chunk === undefined ? {} : { Filters: [{ Name: 'db-cluster-id', Values: chunk }] })
            };
            for await (const page of (0,dist_cjs/* paginateDescribeDBClusterSnapshots */.G8v)({ client: rds, pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, input))
                yield (page.DBClusterSnapshots ?? []).map(clusterSnapshotOf);
        }
    },
    async describeSnapshot(rds, snapshotId) {
        try {
            const out = await rds.send(new dist_cjs/* DescribeDBClusterSnapshotsCommand */.cWV({ DBClusterSnapshotIdentifier: snapshotId }));
            const found = out.DBClusterSnapshots?.find((s) => s.DBClusterSnapshotIdentifier === snapshotId);
            return found === undefined ? null : clusterSnapshotOf(found);
        }
        catch (err) {
            if (DB_CLUSTER_CODES.notFound.includes((0,errors/* errorCode */.CA)(err)))
                return null;
            throw err;
        }
    },
    async createSnapshot(rds, snapshotId, sourceId, tags) {
        const out = await rds.send(new dist_cjs/* CreateDBClusterSnapshotCommand */.Iv4({
            DBClusterSnapshotIdentifier: snapshotId,
            DBClusterIdentifier: sourceId,
            Tags: (0,src_tags/* tagList */.T)(tags)
        }));
        return clusterSnapshotOf(out.DBClusterSnapshot ?? { DBClusterSnapshotIdentifier: snapshotId, DBClusterIdentifier: sourceId });
    },
    async deleteSnapshot(rds, snapshotId) {
        const out = await rds.send(new dist_cjs/* DeleteDBClusterSnapshotCommand */.fW3({ DBClusterSnapshotIdentifier: snapshotId }));
        return (0,kind/* sdkAttempts */.zp)(out);
    },
    async describeSource(rds, id, region) {
        try {
            const out = await rds.send(new dist_cjs/* DescribeDBClustersCommand */.Kdv({ DBClusterIdentifier: id }));
            const c = out.DBClusters?.find((d) => d.DBClusterIdentifier === id);
            if (c === undefined)
                return null;
            return {
                id,
                arn: c.DBClusterArn ?? null,
                region,
                engine: c.Engine ?? null,
                engineVersion: c.EngineVersion ?? null,
                status: c.Status ?? null,
                instanceClass: c.DBClusterInstanceClass ?? null,
                allocatedStorageGib: c.AllocatedStorage ?? null,
                encrypted: c.StorageEncrypted ?? null,
                kmsKeyId: c.KmsKeyId ?? null,
                multiAz: c.MultiAZ ?? null,
                tags: (0,src_tags/* tagMap */.l)(c.TagList)
            };
        }
        catch (err) {
            if (CLUSTER_NOT_FOUND.includes((0,errors/* errorCode */.CA)(err)))
                return null;
            throw err;
        }
    }
};
/** The Aurora DB cluster kind. */
const dbClusterKind = (0,rds/* rdsKind */.kA)({
    name: 'db-cluster',
    service: 'rds-cluster',
    noun: 'DB cluster',
    input: 'db-cluster',
    deleteOperation: 'DeleteDBClusterSnapshot',
    listOperation: 'DescribeDBClusterSnapshots',
    listLabel: 'managed Aurora DB cluster snapshots',
    api,
    codes: DB_CLUSTER_CODES
});

;// CONCATENATED MODULE: ./src/kinds/db-instance.ts
/** The RDS DB instance kind: manual DB snapshots. */






/** RDS's error codes for DB snapshots, as code and as the SDK's shape name. */
const DB_INSTANCE_CODES = {
    notFound: ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'],
    invalidState: ['InvalidDBSnapshotState', 'InvalidDBSnapshotStateFault'],
    sourceBusy: ['InvalidDBInstanceState', 'InvalidDBInstanceStateFault']
};
const INSTANCE_NOT_FOUND = ['DBInstanceNotFound', 'DBInstanceNotFoundFault'];
/** RDS accepts at most this many values in one filter. */
const db_instance_FILTER_VALUES = 100;
/** Maps an RDS DB snapshot to the fields the kinds use. */
function dbSnapshotOf(s) {
    return {
        id: s.DBSnapshotIdentifier ?? '',
        arn: s.DBSnapshotArn ?? null,
        sourceId: s.DBInstanceIdentifier ?? '',
        type: s.SnapshotType ?? '',
        status: s.Status ?? 'unknown',
        createdAt: s.SnapshotCreateTime ?? null,
        percentProgress: s.PercentProgress ?? null,
        allocatedStorageGib: s.AllocatedStorage ?? 0,
        encrypted: s.Encrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        engine: s.Engine ?? null,
        engineVersion: s.EngineVersion ?? null,
        tags: (0,src_tags/* tagMap */.l)(s.TagList),
        record: (accountId, region) => (0,listers_rds/* dbSnapshotRecord */.iD)(s, accountId, region)
    };
}
const db_instance_api = {
    async *listManual(rds, sourceIds) {
        const chunks = [];
        if (sourceIds === undefined)
            chunks.push(undefined);
        else
            for (let i = 0; i < sourceIds.length; i += db_instance_FILTER_VALUES)
                chunks.push(sourceIds.slice(i, i + db_instance_FILTER_VALUES));
        for (const chunk of chunks) {
            const input = {
                SnapshotType: 'manual',
                ...(chunk === undefined ? {} : { Filters: [{ Name: 'db-instance-id', Values: chunk }] })
            };
            for await (const page of (0,dist_cjs/* paginateDescribeDBSnapshots */.iKM)({ client: rds, pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, input))
                yield (page.DBSnapshots ?? []).map(dbSnapshotOf);
        }
    },
    async describeSnapshot(rds, snapshotId) {
        try {
            const out = await rds.send(new dist_cjs/* DescribeDBSnapshotsCommand */.KKI({ DBSnapshotIdentifier: snapshotId }));
            const found = out.DBSnapshots?.find((s) => s.DBSnapshotIdentifier === snapshotId);
            return found === undefined ? null : dbSnapshotOf(found);
        }
        catch (err) {
            if (DB_INSTANCE_CODES.notFound.includes((0,errors/* errorCode */.CA)(err)))
                return null;
            throw err;
        }
    },
    async createSnapshot(rds, snapshotId, sourceId, tags) {
        const out = await rds.send(new dist_cjs/* CreateDBSnapshotCommand */.SQw({
            DBSnapshotIdentifier: snapshotId,
            DBInstanceIdentifier: sourceId,
            Tags: (0,src_tags/* tagList */.T)(tags)
        }));
        return dbSnapshotOf(out.DBSnapshot ?? { DBSnapshotIdentifier: snapshotId, DBInstanceIdentifier: sourceId });
    },
    async deleteSnapshot(rds, snapshotId) {
        const out = await rds.send(new dist_cjs/* DeleteDBSnapshotCommand */.PHQ({ DBSnapshotIdentifier: snapshotId }));
        return (0,kind/* sdkAttempts */.zp)(out);
    },
    async describeSource(rds, id, region) {
        try {
            const out = await rds.send(new dist_cjs/* DescribeDBInstancesCommand */.hhJ({ DBInstanceIdentifier: id }));
            const db = out.DBInstances?.find((d) => d.DBInstanceIdentifier === id);
            if (db === undefined)
                return null;
            return {
                id,
                arn: db.DBInstanceArn ?? null,
                region,
                engine: db.Engine ?? null,
                engineVersion: db.EngineVersion ?? null,
                status: db.DBInstanceStatus ?? null,
                instanceClass: db.DBInstanceClass ?? null,
                allocatedStorageGib: db.AllocatedStorage ?? null,
                encrypted: db.StorageEncrypted ?? null,
                kmsKeyId: db.KmsKeyId ?? null,
                multiAz: db.MultiAZ ?? null,
                tags: (0,src_tags/* tagMap */.l)(db.TagList)
            };
        }
        catch (err) {
            if (INSTANCE_NOT_FOUND.includes((0,errors/* errorCode */.CA)(err)))
                return null;
            throw err;
        }
    }
};
/** The RDS DB instance kind. */
const dbInstanceKind = (0,rds/* rdsKind */.kA)({
    name: 'db-instance',
    service: 'rds',
    noun: 'DB instance',
    input: 'db-instance',
    deleteOperation: 'DeleteDBSnapshot',
    listOperation: 'DescribeDBSnapshots',
    listLabel: 'managed RDS DB snapshots',
    api: db_instance_api,
    codes: DB_INSTANCE_CODES
});

// EXTERNAL MODULE: ./src/kinds/ebs.ts + 1 modules
var ebs = __webpack_require__(58128);
;// CONCATENATED MODULE: ./src/kinds/index.ts
/** The snapshot kinds backup and prune handle, in the order they run and report. */



/** Every kind, EBS first. */
const KINDS = [ebs/* ebsKind */.Bo, dbInstanceKind, dbClusterKind];
/** The kind of a name. */
function kindNamed(name) {
    const kind = KINDS.find((k) => k.name === name);
    if (kind === undefined)
        throw new Error(`Unknown snapshot kind ${name}`);
    return kind;
}
/** The sources of each kind named by the volume, db-instance and db-cluster inputs. */
function sourcesOf(config) {
    return {
        ebs: config.volumes.map((v) => ({ region: v.region, id: v.volumeId })),
        'db-instance': config.dbInstances,
        'db-cluster': config.dbClusters
    };
}


/***/ }),

/***/ 53169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* binding */ sourceKey),
/* harmony export */   fB: () => (/* binding */ kindOfService),
/* harmony export */   o1: () => (/* binding */ snapshotKey),
/* harmony export */   oZ: () => (/* binding */ BUCKET_PACING),
/* harmony export */   zp: () => (/* binding */ sdkAttempts)
/* harmony export */ });
/* unused harmony export KIND_NAMES */
/** The kinds of snapshot backup and prune handle. */
const KIND_NAMES = (/* unused pure expression or super */ null && (['ebs', 'db-instance', 'db-cluster']));
/** The bucket's documented pacing per account and region (see AWS-NOTES): EC2 snapshot calls and RDS calls. */
const BUCKET_PACING = {
    'ec2-snapshot': { burst: 100, refillPerSecond: 5 },
    rds: { burst: 300, refillPerSecond: 12 }
};
/**
 * The key of a source in one account and region, unambiguous across kinds: EBS keeps volumeKey's
 * `ACCOUNT/REGION/vol-...`; the other kinds put their name in front (`db-instance:ACCOUNT/REGION/name`).
 */
function sourceKey(kind, accountId, region, sourceId) {
    const base = accountId === null ? `${region}/${sourceId}` : `${accountId}/${region}/${sourceId}`;
    return kind === 'ebs' ? base : `${kind}:${base}`;
}
/** The key of one snapshot across kinds (the same identifier can name an EBS, a DB and a cluster snapshot). */
function snapshotKey(kind, snapshotId) {
    return kind === 'ebs' ? snapshotId : `${kind}:${snapshotId}`;
}
/** The kind of a listed record, from its service. */
function kindOfService(service) {
    if (service === 'ebs')
        return 'ebs';
    if (service === 'rds')
        return 'db-instance';
    if (service === 'rds-cluster')
        return 'db-cluster';
    return null;
}
/** How many attempts the SDK made for a call, from its output's metadata (1 when it does not say). */
function sdkAttempts(output) {
    return output.$metadata?.attempts ?? 1;
}


/***/ }),

/***/ 48096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _v: () => (/* binding */ isQuotaFull),
/* harmony export */   kA: () => (/* binding */ rdsKind),
/* harmony export */   vZ: () => (/* binding */ RdsSnapshotFailedError)
/* harmony export */ });
/* unused harmony exports QUOTA_CODES, MANUAL_SNAPSHOT_QUOTA, SOURCE_BUSY_WAIT_MS, RDS_MAX_ATTEMPTS, SnapshotQuotaError, rdsSnapshotId, arnAccount, isPrunable, classifyRdsDeleteError, rdsView, unknownDbSource, dbMetadataKey, dbMetadataDocument, snapshotFromRecord */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43630);
/* harmony import */ var _pacer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17452);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16141);
/* harmony import */ var _kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53169);
/* harmony import */ var _ebs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58128);






/** RDS's answers when the account's manual snapshot quota of the region is full. */
const QUOTA_CODES = ['SnapshotQuotaExceeded', 'SnapshotQuotaExceededFault'];
/** RDS's default quota of manual snapshots per region (DB and cluster snapshots each). */
const MANUAL_SNAPSHOT_QUOTA = 100;
/** The wait before trying again when the source is busy (another snapshot or a modification under way). */
const SOURCE_BUSY_WAIT_MS = 30_000;
/** Attempts per RDS create or delete when RDS keeps answering Throttling (after the SDK's own retries). */
const RDS_MAX_ATTEMPTS = 8;
/** Thrown when RDS refused a snapshot because the manual-snapshot quota of the region is full. */
class SnapshotQuotaError extends Error {
    quotaFull = true;
    constructor(noun, sourceId, region, cause) {
        super(`RDS refused a snapshot of ${noun} ${sourceId}: the account's manual snapshot quota in ${region} is full (SnapshotQuotaExceeded, ${MANUAL_SNAPSHOT_QUOTA} by default); prune old manual snapshots or ask AWS for a higher quota`, { cause });
    }
}
/** Whether an error is a refusal because the manual-snapshot quota is full. */
function isQuotaFull(err) {
    return err instanceof SnapshotQuotaError || QUOTA_CODES.includes((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err));
}
/** The identifier backup gives a snapshot: `snapshot-hygiene-<source>-<YYYYMMDD>-<HHMMSS>-<mmm>` (UTC), at most 96 characters. */
function rdsSnapshotId(sourceId, now) {
    const iso = now.toISOString();
    const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
    return `snapshot-hygiene-${sourceId.toLowerCase()}-${stamp}`;
}
/** The account in an RDS ARN (arn:aws:rds:REGION:ACCOUNT:...), or null. */
function arnAccount(arn) {
    if (arn === null)
        return null;
    const parts = arn.split(':');
    return parts.length >= 6 && parts[2] === 'rds' ? (parts[4] ?? null) : null;
}
/**
 * Whether prune may consider an RDS snapshot: a manual snapshot of this account (never automated, AWS Backup-made,
 * shared or public ones, nor one whose ARN names another account), tagged managed or carrying all prune-tags.
 */
function isPrunable(s, accountId, pruneTags) {
    if (s.type !== 'manual')
        return false;
    const owner = arnAccount(s.arn);
    if (owner !== null && owner !== accountId)
        return false;
    if (s.tags[_types_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_MANAGED */ .Jo] === 'true')
        return true;
    const filter = Object.entries(pruneTags);
    return filter.length > 0 && filter.every(([k, v]) => s.tags[k] === v);
}
/** Sorts an RDS delete error: already gone, not in a deletable state, managed by AWS Backup, or a real error. */
function classifyRdsDeleteError(err, codes) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err);
    if (codes.notFound.includes(code))
        return { kind: 'gone' };
    if (codes.invalidState.includes(code))
        return { kind: 'not-deletable-state', message };
    if (/AWS Backup/i.test(message))
        return { kind: 'aws-backup', message };
    return { kind: 'error', message };
}
/** The shared view of an RDS snapshot. */
function rdsView(s) {
    return {
        snapshotId: s.id,
        state: s.status,
        done: s.status === 'available',
        failed: s.status === 'failed',
        stateMessage: '',
        progress: s.percentProgress === null ? null : `${s.percentProgress}%`,
        startTime: s.createdAt ?? new Date(0),
        sizeGib: s.allocatedStorageGib,
        tags: s.tags,
        raw: s
    };
}
/** A DB instance or cluster that is gone (or was not described): only its identifier and region are known. */
function unknownDbSource(id, region) {
    return {
        id,
        arn: null,
        region,
        engine: null,
        engineVersion: null,
        status: null,
        instanceClass: null,
        allocatedStorageGib: null,
        encrypted: null,
        kmsKeyId: null,
        multiAz: null,
        tags: {}
    };
}
/** The S3 key of an RDS snapshot's metadata: `<prefix><kind>/<source-id>/<snapshot-id>.json` (never an EBS key). */
function dbMetadataKey(prefix, kind, sourceId, snapshotId) {
    return `${prefix}${kind}/${sourceId}/${snapshotId}.json`;
}
/** Builds the metadata document of one RDS snapshot. */
function dbMetadataDocument(kind, s, source, accountId, workflow, writtenBy, now) {
    return {
        schema_version: 1,
        tool: 'snapshot-hygiene',
        kind,
        written_at: now.toISOString(),
        written_by: writtenBy,
        snapshot: {
            id: s.id,
            arn: s.arn,
            source_id: s.sourceId,
            region: source.region,
            account_id: arnAccount(s.arn) ?? accountId,
            start_time: (s.createdAt ?? new Date(0)).toISOString(),
            state: s.status,
            progress: s.percentProgress === null ? null : `${s.percentProgress}%`,
            snapshot_type: s.type,
            allocated_storage_gib: s.allocatedStorageGib,
            encrypted: s.encrypted,
            kms_key_id: s.kmsKeyId,
            engine: s.engine,
            engine_version: s.engineVersion,
            expires_at: s.tags[_types_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG_EXPIRES_AT */ .kz] ?? null,
            tags: s.tags
        },
        source: {
            id: source.id,
            arn: source.arn,
            region: source.region,
            engine: source.engine,
            engine_version: source.engineVersion,
            status: source.status,
            instance_class: source.instanceClass,
            allocated_storage_gib: source.allocatedStorageGib,
            encrypted: source.encrypted,
            kms_key_id: source.kmsKeyId,
            multi_az: source.multiAz
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
/** An RDS snapshot rebuilt from its listed record (for metadata repair; engine fields are not in the record). */
function snapshotFromRecord(r) {
    return {
        id: r.snapshotId,
        arn: r.arn,
        sourceId: r.sourceId ?? '',
        type: r.snapshotType === 'aws-backup' ? 'awsbackup' : r.snapshotType,
        status: r.state,
        createdAt: r.createdAt,
        percentProgress: null,
        allocatedStorageGib: r.sizeGib,
        encrypted: r.encrypted,
        kmsKeyId: r.kmsKeyId,
        engine: null,
        engineVersion: null,
        tags: { ...r.tags },
        record: () => r
    };
}
/** One RDS pacer per account and region for creates (deletes have the executor's), at RDS's documented bucket. */
const createPacers = new WeakMap();
function createPacer(clients, region, clock) {
    let byRegion = createPacers.get(clients);
    if (byRegion === undefined)
        createPacers.set(clients, (byRegion = new Map()));
    let pacer = byRegion.get(region);
    if (pacer === undefined)
        byRegion.set(region, (pacer = new _pacer_js__WEBPACK_IMPORTED_MODULE_2__/* .TokenBucketPacer */ .n2({ ..._kind_js__WEBPACK_IMPORTED_MODULE_3__/* .BUCKET_PACING */ .oZ.rds, clock })));
    return pacer;
}
/** Builds an RDS kind from its calls and error codes. */
function rdsKind(opts) {
    const { api, codes, name, noun } = opts;
    return {
        name,
        service: opts.service,
        noun,
        input: opts.input,
        bucket: 'rds',
        deleteOperation: opts.deleteOperation,
        listOperation: opts.listOperation,
        listLabel: opts.listLabel,
        doneState: 'available',
        async listOwned(clients, accountId, region, pruneTags, sourceIds) {
            if (sourceIds !== undefined && sourceIds.length === 0)
                return [];
            const out = [];
            for await (const page of api.listManual(clients.rds(region), sourceIds)) {
                for (const s of page) {
                    if (!isPrunable(s, accountId, pruneTags))
                        continue;
                    out.push({
                        record: s.record(accountId, region),
                        description: null,
                        progress: s.percentProgress === null ? null : `${s.percentProgress}%`
                    });
                }
            }
            return out;
        },
        sendDelete: (clients, region, snapshotId) => api.deleteSnapshot(clients.rdsPaced?.(region) ?? clients.rds(region), snapshotId),
        classifyDeleteError: (err) => classifyRdsDeleteError(err, codes),
        async existing(clients, region, ids) {
            const wanted = new Set(ids);
            const found = new Set();
            for await (const page of api.listManual(clients.rds(region), undefined))
                for (const s of page)
                    if (wanted.has(s.id))
                        found.add(s.id);
            return found;
        },
        async describeSources(clients, region, ids) {
            const out = [];
            for (const id of ids) {
                const source = await api.describeSource(clients.rds(region), id, region);
                if (source !== null)
                    out.push({ id: source.id, region, name: null, sizeGib: source.allocatedStorageGib, detail: source });
            }
            return out;
        },
        snapshotIdFor: (source, now) => rdsSnapshotId(source.id, now),
        async create(clients, source, request, clock, deadline) {
            const rds = clients.rds(source.region);
            const pacer = createPacer(clients, source.region, clock);
            for (;;) {
                try {
                    const created = await (0,_pacer_js__WEBPACK_IMPORTED_MODULE_2__/* .withThrottleRetry */ .rz)(() => api.createSnapshot(rds, request.snapshotId, source.id, request.tags), {
                        pacer,
                        isThrottle: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottle */ .p0,
                        maxAttempts: RDS_MAX_ATTEMPTS,
                        clock,
                        baseDelayMs: 1_000,
                        maxDelayMs: 30_000,
                        label: `Create snapshot of ${noun} ${source.id} in ${source.region}`
                    });
                    return rdsView({ ...created, tags: Object.keys(created.tags).length > 0 ? created.tags : request.tags });
                }
                catch (err) {
                    if (QUOTA_CODES.includes((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err)))
                        throw new SnapshotQuotaError(noun, source.id, source.region, err);
                    if (!codes.sourceBusy.includes((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err)))
                        throw err;
                    if (clock.now().getTime() + SOURCE_BUSY_WAIT_MS > deadline) {
                        throw new Error(`RDS still refused a snapshot of ${noun} ${source.id} when the wait timeout ran out: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`, { cause: err });
                    }
                    await clock.sleep(SOURCE_BUSY_WAIT_MS);
                }
            }
        },
        async wait(clients, region, created, clock, deadline) {
            const rds = clients.rds(region);
            const out = await (0,_ebs_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntilDone */ .Ar)(() => api.describeSnapshot(rds, created.snapshotId), (s) => (s.status === 'available' ? 'done' : s.status === 'failed' ? 'failed' : 'working'), () => new RdsSnapshotFailedError(created.snapshotId), clock, deadline);
            const seen = out.snapshot ?? created.raw;
            return {
                view: rdsView({ ...seen, tags: Object.keys(seen.tags).length > 0 ? seen.tags : created.tags }),
                completed: out.completed
            };
        },
        repairMetadata(owned, source, context) {
            const r = owned.record;
            const sourceId = r.sourceId ?? '';
            return {
                key: dbMetadataKey(context.prefix, name, sourceId, r.snapshotId),
                doc: dbMetadataDocument(name, snapshotFromRecord(r), source?.detail ?? unknownDbSource(sourceId, r.region), r.accountId, (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowFromTags */ .BS)(r.tags), context.writtenBy, context.now)
            };
        },
        metadataKeyOf: (prefix, sourceId, snapshotId) => dbMetadataKey(prefix, name, sourceId, snapshotId),
        metadata(view, source, accountId, context) {
            return {
                key: dbMetadataKey(context.prefix, name, source.id, view.snapshotId),
                doc: dbMetadataDocument(name, { ...view.raw, tags: view.tags }, source.detail, accountId, context.workflow, context.writtenBy, context.now)
            };
        }
    };
}
/** Thrown when an RDS snapshot ends in the failed state (RDS gives no message with it). */
class RdsSnapshotFailedError extends Error {
    stateMessage = 'RDS reports the snapshot as failed';
    constructor(snapshotId) {
        super(`Snapshot ${snapshotId} failed: RDS reports the snapshot as failed`);
        this.name = 'SnapshotFailedError';
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

/***/ 71084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q3: () => (/* binding */ runBackup)
});

// UNUSED EXPORTS: CONCURRENT_LIMIT_WAIT_MS, PER_VOLUME_RATE_WAIT_MS, POLL_FIRST_MS, POLL_MAX_MS, SnapshotFailedError, createSnapshotPatiently, waitForSnapshot

// EXTERNAL MODULE: ./src/bounded.ts
var bounded = __webpack_require__(16586);
// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/backup-tags.ts
var backup_tags = __webpack_require__(83143);
// EXTERNAL MODULE: ./src/snapshot-locks.ts
var snapshot_locks = __webpack_require__(57990);
;// CONCATENATED MODULE: ./src/backup-locks.ts

/** The line backup's result carries when lock-days is set and the run also backs up RDS or Aurora sources. */
function rdsLockNotice(days) {
    return `lock-days (${days}) applies to EBS snapshots only: RDS and Aurora snapshots have no snapshot lock, so this run's DB snapshots are not locked (protect them with AWS Backup vault lock).`;
}
/**
 * Locks each completed EBS snapshot of `created` (concurrently); returns the records with their lock and one failure
 * per snapshot that was not locked (not completed, or LockSnapshot refused). Other kinds pass unchanged.
 */
async function lockBackups(created, clientsOf, request) {
    if (request.days <= 0)
        return { created: [...created], failures: [] };
    const failures = [];
    const out = await Promise.all(created.map(async (c) => {
        if (c.kind !== undefined)
            return c;
        const where = { accountId: c.accountId, region: c.region, volumeId: c.volumeId, snapshotId: c.snapshotId };
        const fail = (message) => {
            failures.push({ ...where, message, lockFailed: true });
            return c;
        };
        if (c.state !== 'completed')
            return fail(`Snapshot ${c.snapshotId} of ${c.volumeId} was not locked: it is ${c.state}, not completed; it is kept, and can be locked once completed with LockSnapshot (${request.mode}, ${request.days} days)`);
        const clients = clientsOf(c.accountId);
        if (clients === undefined)
            return fail(`Snapshot ${c.snapshotId} of ${c.volumeId} was not locked: no client for account ${c.accountId}`);
        const result = await (0,snapshot_locks/* lockSnapshot */.KH)(clients.ec2(c.region), c.snapshotId, request.mode, request.days);
        if (!result.ok)
            return fail(`${result.message}; the snapshot is kept, unlocked`);
        const lock = {
            mode: request.mode,
            days: request.days,
            expiresAt: result.lockExpiresAt === null ? null : result.lockExpiresAt.toISOString()
        };
        return { ...c, lock };
    }));
    return { created: out, failures };
}

// EXTERNAL MODULE: ./src/kinds/ebs.ts + 1 modules
var ebs = __webpack_require__(58128);
// EXTERNAL MODULE: ./src/kinds/index.ts + 2 modules
var src_kinds = __webpack_require__(76666);
// EXTERNAL MODULE: ./src/kinds/kind.ts
var kind = __webpack_require__(53169);
// EXTERNAL MODULE: ./src/kinds/rds.ts
var rds = __webpack_require__(48096);
// EXTERNAL MODULE: ./src/metadata.ts
var metadata = __webpack_require__(43630);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
;// CONCATENATED MODULE: ./src/modes/backup.ts












/** How messages name a source: the volume id alone (as always), or "DB instance name" / "DB cluster name". */
function label(kind, id) {
    return kind.name === 'ebs' ? id : `${kind.noun} ${id}`;
}
/** The kind field of a record: absent for EBS. */
function kindField(kind) {
    return kind.name === 'ebs' ? {} : { kind: kind.name };
}
function isFailedSnapshot(err) {
    return err instanceof ebs/* SnapshotFailedError */.w0 || err instanceof rds/* RdsSnapshotFailedError */.vZ;
}
/** Snapshots one source, waits when asked, and writes its metadata; never throws. */
async function backupOne(job, config, clock, deps) {
    const { target, kind, source } = job;
    const name = label(kind, source.id);
    const where = { accountId: target.accountId, region: source.region, volumeId: source.id, ...kindField(kind) };
    const now = clock.now();
    const deadline = now.getTime() + config.waitTimeoutMinutes * src_clock/* MINUTE_MS */.kg;
    const tags = (0,backup_tags/* backupTags */.S3)(config, { name: source.name }, deps.workflow, now);
    let view;
    try {
        view = await kind.create(target.clients, source, {
            snapshotId: kind.snapshotIdFor(source, now),
            description: (0,backup_tags/* backupDescription */.pp)(config.description, source.id, deps.workflow),
            tags
        }, clock, deadline);
    }
    catch (err) {
        return {
            created: null,
            failure: {
                ...where,
                snapshotId: null,
                message: (0,rds/* isQuotaFull */._v)(err) ? (0,errors/* errorMessage */.gJ)(err) : `Could not snapshot ${name}: ${(0,errors/* errorMessage */.gJ)(err)}`,
                ...((0,rds/* isQuotaFull */._v)(err) ? { quotaFull: true } : {})
            }
        };
    }
    const snapshotId = view.snapshotId;
    let failure = null;
    if (config.wait && !view.done) {
        try {
            const waited = await kind.wait(target.clients, source.region, view, clock, deadline);
            view = waited.view;
            if (!waited.completed) {
                const progress = view.progress ? ` (progress ${view.progress})` : '';
                failure = {
                    ...where,
                    snapshotId,
                    message: `Snapshot ${snapshotId} of ${name} did not complete within ${config.waitTimeoutMinutes} minute${config.waitTimeoutMinutes === 1 ? '' : 's'}${progress}; its metadata records state ${view.state}`
                };
            }
        }
        catch (err) {
            const failed = isFailedSnapshot(err);
            const created = createdRecord(target.accountId, kind, source, view, tags, null, failed ? failedState(kind) : undefined);
            const message = failed
                ? `Snapshot ${snapshotId} of ${name} failed: ${err.stateMessage}`
                : `Could not wait for ${snapshotId} of ${name}: ${(0,errors/* errorMessage */.gJ)(err)}`;
            return { created, failure: { ...where, snapshotId, message } };
        }
    }
    const { key, doc } = kind.metadata(view, source, target.accountId, {
        prefix: config.metadataPrefix,
        workflow: deps.workflow,
        writtenBy: 'backup',
        now: clock.now()
    });
    try {
        await (0,metadata/* putMetadata */.h$)(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc);
    }
    catch (err) {
        const message = `Snapshot ${snapshotId} of ${name} was created, but its metadata was not written: ${(0,errors/* errorMessage */.gJ)(err)}`;
        return {
            created: createdRecord(target.accountId, kind, source, view, tags, null),
            failure: failure ?? { ...where, snapshotId, message }
        };
    }
    return { created: createdRecord(target.accountId, kind, source, view, tags, key), failure };
}
/** The state word of a failed snapshot of the kind. */
function failedState(kind) {
    return kind.name === 'ebs' ? 'error' : 'failed';
}
function createdRecord(accountId, kind, source, view, tags, key, state) {
    return {
        accountId,
        region: source.region,
        volumeId: source.id,
        volumeName: source.name,
        snapshotId: view.snapshotId,
        state: state ?? view.state,
        startTime: view.startTime.toISOString(),
        sizeGib: view.sizeGib ?? source.sizeGib ?? 0,
        expiresAt: tags[types/* TAG_EXPIRES_AT */.kz] ?? '',
        metadataKey: key,
        ...kindField(kind)
    };
}
/** Finds the requested sources of one kind in one account, region by region; a region that cannot be described fails its sources. */
async function findAccountSources(target, kind, refs) {
    const byRegion = new Map();
    for (const r of refs)
        byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.id]);
    const found = [];
    const failures = [];
    await Promise.all([...byRegion].map(async ([region, ids]) => {
        try {
            found.push(...(await kind.describeSources(target.clients, region, ids)));
        }
        catch (err) {
            for (const id of ids) {
                failures.push({
                    accountId: target.accountId,
                    region,
                    volumeId: id,
                    snapshotId: null,
                    message: `Could not describe ${label(kind, id)} in ${region}: ${(0,errors/* errorMessage */.gJ)(err)}`,
                    ...kindField(kind)
                });
            }
        }
    }));
    return { found, failures };
}
/** What a source not found in any account is called: "Volume vol-..." or "DB instance name". */
function notFoundName(kind, id) {
    return kind.name === 'ebs' ? `Volume ${id}` : `${kind.noun} ${id}`;
}
/**
 * Snapshots every source named in `volume`, `db-instance` and `db-cluster`, in every target account where it
 * exists, concurrently. A source found in no account is a failure naming it; every other source is still backed up.
 */
async function runBackup(config, targets, clock, deps) {
    const now = clock.now();
    const named = (0,src_kinds/* sourcesOf */.u0)({
        volumes: config.volumes,
        dbInstances: config.dbInstances ?? [],
        dbClusters: config.dbClusters ?? []
    });
    const kinds = (deps.kinds ?? src_kinds/* KINDS */.GW).filter((k) => named[k.name].length > 0);
    const lookups = await (0,bounded/* forEachBounded */.a)(targets, config.maxParallelAccounts, async (target) => {
        const perKind = await Promise.all(kinds.map(async (kind) => ({ kind, ...(await findAccountSources(target, kind, named[kind.name])) })));
        return { target, perKind };
    });
    const failures = lookups.flatMap((l) => l.perKind.flatMap((k) => k.failures));
    const jobs = lookups.flatMap((l) => l.perKind.flatMap((k) => k.found.map((source) => ({ target: l.target, kind: k.kind, source }))));
    const accounts = targets.map((t) => t.accountId).filter((a) => a !== '');
    for (const kind of kinds) {
        for (const ref of named[kind.name]) {
            const same = (x, id) => id === ref.id && x.region === ref.region && (x.kind ?? 'ebs') === kind.name;
            const located = jobs.some((j) => j.kind === kind && j.source.id === ref.id && j.source.region === ref.region);
            const lookupFailed = failures.some((f) => same(f, f.volumeId));
            if (located || lookupFailed)
                continue;
            const inAccounts = accounts.length === 1
                ? ` (account ${accounts[0] ?? ''})`
                : accounts.length > 1
                    ? ` (accounts ${accounts.join(', ')})`
                    : '';
            failures.push({
                accountId: accounts.length === 1 ? (accounts[0] ?? '') : '',
                region: ref.region,
                volumeId: ref.id,
                snapshotId: null,
                message: `${notFoundName(kind, ref.id)} was not found in ${ref.region}${inAccounts}`,
                ...kindField(kind)
            });
        }
    }
    const outcomes = await Promise.all(jobs.map((job) => backupOne(job, config, clock, deps)));
    failures.push(...outcomes.map((o) => o.failure).filter((f) => f !== null));
    const lockDays = config.lockDays ?? 0;
    const locked = await lockBackups(outcomes.map((o) => o.created).filter((c) => c !== null), (accountId) => targets.find((t) => t.accountId === accountId)?.clients, { days: lockDays, mode: config.lockMode ?? 'governance' });
    const created = locked.created;
    failures.push(...locked.failures);
    const notices = lockDays > 0 && jobs.some((j) => j.kind.name !== 'ebs') ? [rdsLockNotice(lockDays)] : [];
    // Outputs follow the order of the inputs (volume, db-instance, db-cluster), then the account.
    const position = new Map(['ebs', 'db-instance', 'db-cluster']
        .flatMap((k) => named[k].map((s) => (0,kind/* sourceKey */.Zt)(k, null, s.region, s.id)))
        .map((key, i) => [key, i]));
    const at = (v) => position.get((0,kind/* sourceKey */.Zt)(v.kind ?? 'ebs', null, v.region, v.volumeId)) ?? 0;
    const order = (a, b) => at(a) - at(b) || a.accountId.localeCompare(b.accountId);
    const volumeJobs = jobs.filter((j) => j.kind.name === 'ebs');
    const dbJobs = jobs.filter((j) => j.kind.name !== 'ebs');
    return {
        mode: 'backup',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        created: created.sort(order),
        failures: failures.sort(order),
        ...(notices.length > 0 ? { notices } : {}),
        volumes: volumeJobs.map((j) => ({ ...j.source.detail, accountId: j.target.accountId })).sort(order),
        ...(dbJobs.length > 0 || named['db-instance'].length + named['db-cluster'].length > 0
            ? {
                databases: dbJobs.map((j) => ({
                    kind: j.kind.name,
                    accountId: j.target.accountId,
                    source: j.source.detail
                }))
            }
            : {})
    };
}


/***/ })

};
