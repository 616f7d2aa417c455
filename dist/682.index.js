export const id = 682;
export const ids = [682];
export const modules = {

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

/***/ 38280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ runBackup)
/* harmony export */ });
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16586);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99373);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _backup_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83143);
/* harmony import */ var _kinds_ebs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58128);
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76666);
/* harmony import */ var _kinds_kind_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53169);
/* harmony import */ var _kinds_rds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48096);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43630);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16141);
/* harmony import */ var _instance_backup_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5720);












/** How messages name a source: the volume id alone (as always), or "DB instance name" / "DB cluster name". */
function label(kind, id) {
    return kind.name === 'ebs' ? id : `${kind.noun} ${id}`;
}
/** The kind field of a record: absent for EBS. */
function kindField(kind) {
    return kind.name === 'ebs' ? {} : { kind: kind.name };
}
function isFailedSnapshot(err) {
    return err instanceof _kinds_ebs_js__WEBPACK_IMPORTED_MODULE_3__/* .SnapshotFailedError */ .w0 || err instanceof _kinds_rds_js__WEBPACK_IMPORTED_MODULE_6__/* .RdsSnapshotFailedError */ .vZ;
}
/** Snapshots one source, waits when asked, and writes its metadata; never throws. */
async function backupOne(job, config, clock, deps) {
    const { target, kind, source } = job;
    const name = label(kind, source.id);
    const where = { accountId: target.accountId, region: source.region, volumeId: source.id, ...kindField(kind) };
    const now = clock.now();
    const deadline = now.getTime() + config.waitTimeoutMinutes * _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .kg;
    const tags = (0,_backup_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .backupTags */ .S3)(config, { name: source.name }, deps.workflow, now);
    let view;
    try {
        // EBS creates share EC2's snapshot-creation bucket per account and region with instance sets.
        if (kind.name === 'ebs')
            await (deps.createPacer ?? sharedCreatePacer(clock))(target.accountId, source.region).take();
        view = await kind.create(target.clients, source, {
            snapshotId: kind.snapshotIdFor(source, now),
            description: (0,_backup_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .backupDescription */ .pp)(config.description, source.id, deps.workflow),
            tags
        }, clock, deadline);
    }
    catch (err) {
        return {
            created: null,
            failure: {
                ...where,
                snapshotId: null,
                message: (0,_kinds_rds_js__WEBPACK_IMPORTED_MODULE_6__/* .isQuotaFull */ ._v)(err) ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err) : `Could not snapshot ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`,
                ...((0,_kinds_rds_js__WEBPACK_IMPORTED_MODULE_6__/* .isQuotaFull */ ._v)(err) ? { quotaFull: true } : {})
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
                : `Could not wait for ${snapshotId} of ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`;
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
        await (0,_metadata_js__WEBPACK_IMPORTED_MODULE_7__/* .putMetadata */ .h$)(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc);
    }
    catch (err) {
        const message = `Snapshot ${snapshotId} of ${name} was created, but its metadata was not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`;
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
        expiresAt: tags[_types_js__WEBPACK_IMPORTED_MODULE_9__/* .TAG_EXPIRES_AT */ .kz] ?? '',
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
                    message: `Could not describe ${label(kind, id)} in ${region}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}`,
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
    const named = (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_4__/* .sourcesOf */ .u0)({
        volumes: config.volumes,
        dbInstances: config.dbInstances ?? [],
        dbClusters: config.dbClusters ?? []
    });
    const kinds = (deps.kinds ?? _kinds_index_js__WEBPACK_IMPORTED_MODULE_4__/* .KINDS */ .GW).filter((k) => named[k.name].length > 0);
    const lookups = await (0,_bounded_js__WEBPACK_IMPORTED_MODULE_10__/* .forEachBounded */ .a)(targets, config.maxParallelAccounts, async (target) => {
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
    const created = outcomes.map((o) => o.created).filter((c) => c !== null);
    failures.push(...outcomes.map((o) => o.failure).filter((f) => f !== null));
    // Outputs follow the order of the inputs (volume, db-instance, db-cluster), then the account.
    const position = new Map(['ebs', 'db-instance', 'db-cluster']
        .flatMap((k) => named[k].map((s) => (0,_kinds_kind_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceKey */ .Zt)(k, null, s.region, s.id)))
        .map((key, i) => [key, i]));
    const at = (v) => position.get((0,_kinds_kind_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceKey */ .Zt)(v.kind ?? 'ebs', null, v.region, v.volumeId)) ?? 0;
    const order = (a, b) => at(a) - at(b) || a.accountId.localeCompare(b.accountId);
    const sets = await instanceSets(config, targets, clock, deps);
    const volumeJobs = jobs.filter((j) => j.kind.name === 'ebs');
    const dbJobs = jobs.filter((j) => j.kind.name !== 'ebs');
    return {
        mode: 'backup',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        created: [...created.sort(order), ...(sets?.created ?? [])],
        failures: [...failures.sort(order), ...(sets?.failures ?? [])],
        volumes: volumeJobs.map((j) => ({ ...j.source.detail, accountId: j.target.accountId })).sort(order),
        ...(dbJobs.length > 0 || named['db-instance'].length + named['db-cluster'].length > 0
            ? {
                databases: dbJobs.map((j) => ({
                    kind: j.kind.name,
                    accountId: j.target.accountId,
                    source: j.source.detail
                }))
            }
            : {}),
        ...(sets === null ? {} : { instanceSets: sets.sets })
    };
}
const createPacerByClock = new WeakMap();
/** The create pacers of a run (one clock per run): shared by volume snapshots and instance sets. */
function sharedCreatePacer(clock) {
    let pacer = createPacerByClock.get(clock);
    if (pacer === undefined) {
        pacer = (0,_instance_backup_js__WEBPACK_IMPORTED_MODULE_8__/* .createPacers */ .JC)(clock);
        createPacerByClock.set(clock, pacer);
    }
    return pacer;
}
/** Backs up the instance input's instances as sets, as created snapshots and failures in the backup's own terms. */
async function instanceSets(config, targets, clock, deps) {
    const instances = config.instances ?? [];
    if (instances.length === 0)
        return null;
    const out = await (0,_instance_backup_js__WEBPACK_IMPORTED_MODULE_8__/* .backupInstances */ .L7)({
        ...config,
        instances,
        excludeBootVolume: config.excludeBootVolume ?? false,
        excludeVolumeTags: config.excludeVolumeTags ?? []
    }, targets, clock, { workflow: deps.workflow, pacer: deps.createPacer ?? sharedCreatePacer(clock) });
    return {
        sets: out.sets,
        created: out.sets.flatMap((s) => s.snapshots.map((x) => ({
            accountId: s.accountId,
            region: s.region,
            volumeId: x.volumeId,
            volumeName: null,
            snapshotId: x.snapshotId,
            state: x.state,
            startTime: x.startTime,
            sizeGib: x.sizeGib,
            expiresAt: x.expiresAt,
            metadataKey: x.metadataKey
        }))),
        failures: out.failures.map((f) => ({
            accountId: f.accountId,
            region: f.region,
            volumeId: f.instanceId,
            snapshotId: null,
            message: f.message
        }))
    };
}


/***/ }),

/***/ 54012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ selectionOutcome)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25625);
/* harmony import */ var _selected_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47317);


/**
 * Logs what each selector matched, and returns the problems (a selector that matched nothing, a region that could
 * not be searched) for the step to fail on under fail-on-region-error; otherwise they are warnings and none is returned.
 */
function selectionOutcome(config) {
    const report = config.selection;
    if (report === undefined)
        return [];
    for (const m of report.matches)
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Selector ${m.selector} (${m.input}) matched ${m.count} in ${m.region}, account ${m.accountId}${m.count > 0 ? `: ${m.ids.join(', ')}` : ''}`);
    const problems = (0,_selected_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .selectionProblems */ .r)(report);
    if (config.failOnRegionError)
        return problems;
    for (const p of problems)
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(p);
    return [];
}


/***/ }),

/***/ 83939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ instanceSetsSection)
/* harmony export */ });
/* unused harmony export MAX_SET_ROWS */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22988);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3219);
/** The summary section of the instance sets a backup made: one block per set, its snapshots and what it left out. */


/** How many sets the section shows; the result JSON holds all. */
const MAX_SET_ROWS = 100;
/** The sets, grouped: instance and set id, then a row per volume (snapshotted or left out). */
function instanceSetsSection(sets) {
    if (sets === undefined || sets.length === 0)
        return '';
    const blocks = sets.slice(0, MAX_SET_ROWS).map((s) => {
        const name = s.instanceName === null ? '' : ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.instanceName)})`;
        const rows = [
            ...s.snapshots.map((x) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(x.device ?? ''), x.volumeId, x.snapshotId, x.state]),
            ...s.excluded.map((e) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(e.device ?? ''), e.volumeId, '', `left out: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(e.reason)}`])
        ];
        return `**${s.instanceId}**${name} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.region)}, set ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(s.setId)}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['device', 'volume', 'snapshot', 'state'], rows, ['l', 'l', 'l', 'l'])}`;
    });
    const more = sets.length > MAX_SET_ROWS ? `\n\n${sets.length - MAX_SET_ROWS} more sets are in the result JSON.` : '';
    return `### Instance sets\n\n${blocks.join('\n\n')}${more}`;
}


/***/ }),

/***/ 67790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ selectionSection)
/* harmony export */ });
/* unused harmony export MAX_SELECTION_ROWS */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22988);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3219);
/** The summary section of what the tag selectors matched, per account and region. */


/** How many rows the section shows; the log lists every one. */
const MAX_SELECTION_ROWS = 200;
/** The matches table, then the selectors that matched nothing and the regions that could not be searched. */
function selectionSection(report) {
    if (report === undefined)
        return '';
    const accounts = new Set(report.matches.map((m) => m.accountId));
    const rows = report.matches
        .slice(0, MAX_SELECTION_ROWS)
        .map((m) => [
        m.input,
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(m.selector),
        ...(accounts.size > 1 ? [m.accountId] : []),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(m.region),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.count)
    ]);
    const header = ['input', 'selector', ...(accounts.size > 1 ? ['account'] : []), 'region', 'matched'];
    const more = report.matches.length > MAX_SELECTION_ROWS
        ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(report.matches.length - MAX_SELECTION_ROWS)} more rows are in the log.`
        : '';
    const align = header.map((_, i) => (i === header.length - 1 ? 'r' : 'l'));
    const parts = [
        `### Tag selectors\n\n${rows.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows, align) : 'No region was searched.'}${more}`
    ];
    for (const u of report.unmatched)
        parts.push(`:warning: ${u.input} selector ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(u.selector)} matched nothing in any region searched.`);
    for (const f of report.failures)
        parts.push(`:warning: ${f.input} selectors could not be resolved in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(f.region)} (account ${f.accountId}).`);
    return parts.join('\n\n');
}


/***/ })

};
