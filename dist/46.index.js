export const id = 46;
export const ids = [46];
export const modules = {

/***/ 21822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ missingCopies),
/* harmony export */   GG: () => (/* binding */ copySnapshot),
/* harmony export */   SE: () => (/* binding */ CopyGates),
/* harmony export */   cJ: () => (/* binding */ listCopies)
/* harmony export */ });
/* unused harmony exports COPY_CONCURRENCY, COPY_PACING, DESCRIBE_PACING, POLL_BATCH, CATCH_UP_MAX, BatchedLookup, describeSnapshotBatch, rdsSnapshotArn, copyFailureMessage, missingKeyProblem */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35193);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(57202);
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16586);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99373);
/* harmony import */ var _copy_policy_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74297);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _kinds_ebs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58128);
/* harmony import */ var _kinds_rds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48096);
/* harmony import */ var _listers_ebs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71712);
/* harmony import */ var _pacer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17452);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(16141);
/**
 * Disaster recovery copies: copies a completed source snapshot (EBS, DB instance, DB cluster) into each copy region,
 * paced per destination region (at most {@link COPY_CONCURRENCY} copies in flight, and the copy call's request
 * bucket), waits for them when asked, and finds the recent sources a copy region still lacks (a crash or a failed
 * copy of an earlier run), so that the next run converges.
 */












/** Copies in flight per destination region and account (EBS documents 20; RDS allows 20 copy requests in progress). */
const COPY_CONCURRENCY = 20;
/** The request bucket of EC2 CopySnapshot per account and region (AWS-NOTES); RDS copies draw on RDS's shared one. */
const COPY_PACING = {
    ec2: { burst: 50, refillPerSecond: 5 },
    rds: { burst: 300, refillPerSecond: 12 }
};
/**
 * EC2's Describe request bucket per account and region (DescribeSnapshots with a filter or paging shares it with the
 * other Describe calls): the copy polls and listings of a backup are paced on it.
 */
const DESCRIBE_PACING = { burst: 100, refillPerSecond: 20 };
/** Snapshot ids in one batched poll: EC2 takes at most 200 values in one filter. */
const POLL_BATCH = 200;
/** The most earlier source snapshots one run copies per source and copy region when catching up. */
const CATCH_UP_MAX = 5;
/** Attempts at a throttled copy call before it is reported as failed. */
const COPY_ATTEMPTS = 8;
/**
 * Lookups by id in one account and region, batched: a lookup waits for a token of the region's Describe pacer, and
 * every lookup queued meanwhile goes into the same call (up to {@link POLL_BATCH} ids). One call is in flight at a
 * time; a failed call fails the lookups it carried, and a throttled one also empties the pacer.
 */
class BatchedLookup {
    send;
    pacer;
    queue = new Map();
    running = false;
    /** Looks up batches with `send` (which answers what it found by id) after a token of `pacer`. */
    constructor(send, pacer) {
        this.send = send;
        this.pacer = pacer;
    }
    /** What the next batch finds for the id, or null when it finds nothing. */
    lookup(id) {
        return new Promise((resolve, reject) => {
            const waiting = this.queue.get(id) ?? [];
            waiting.push({ resolve, reject });
            this.queue.set(id, waiting);
            if (!this.running)
                void this.drain();
        });
    }
    async drain() {
        this.running = true;
        try {
            while (this.queue.size > 0) {
                await this.pacer.take();
                const ids = [...this.queue.keys()].slice(0, POLL_BATCH);
                const batch = ids.map((id) => [id, this.queue.get(id) ?? []]);
                for (const id of ids)
                    this.queue.delete(id);
                try {
                    const found = await this.send(ids);
                    for (const [id, waiting] of batch)
                        for (const w of waiting)
                            w.resolve(found.get(id) ?? null);
                }
                catch (err) {
                    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isThrottle */ .p0)(err))
                        this.pacer.penalize();
                    for (const [, waiting] of batch)
                        for (const w of waiting)
                            w.reject(err);
                }
            }
        }
        catch (err) {
            for (const waiting of this.queue.values())
                for (const w of waiting)
                    w.reject(err);
            this.queue.clear();
        }
        finally {
            this.running = false;
        }
    }
}
/** One DescribeSnapshots of the given ids in one region (a filter, one page), throttling left to the caller. */
async function describeSnapshotBatch(clients, region, ids) {
    const out = await clients.ec2Paced(region).send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .DescribeSnapshotsCommand */ .MmI({
        OwnerIds: ['self'],
        MaxResults: _listers_ebs_js__WEBPACK_IMPORTED_MODULE_6__/* .EBS_PAGE_SIZE */ .hC,
        Filters: [{ Name: 'snapshot-id', Values: ids }]
    }));
    return out.Snapshots ?? [];
}
/** The value of the key, made and kept on first use. */
function memo(map, key, make) {
    let value = map.get(key);
    if (value === undefined) {
        value = make();
        map.set(key, value);
    }
    return value;
}
/** The concurrency gates and request pacers of the destination regions, per account. */
class CopyGates {
    clock;
    concurrency;
    pacerFor;
    gates = new Map();
    pacers = new Map();
    pollers = new Map();
    sourceListers = new Map();
    listings = new Map();
    claimed = new Set();
    /** Gates with the given concurrency per destination region (20 by default) and the given pacers. */
    constructor(clock, concurrency = COPY_CONCURRENCY, pacerFor) {
        this.clock = clock;
        this.concurrency = concurrency;
        this.pacerFor = pacerFor;
    }
    /** The gate of one account and destination region. */
    gate(accountId, region) {
        return memo(this.gates, `${accountId}/${region}`, () => ({ run: (0,_bounded_js__WEBPACK_IMPORTED_MODULE_7__/* .limiter */ .T)(this.concurrency), started: 0 }));
    }
    /** The copy call's pacer of one account, destination region and service. */
    pacer(accountId, region, service) {
        return this.pacerOf(accountId, region, service, COPY_PACING[service]);
    }
    /** The Describe pacer of one account and region (copy polls and copy listings of the run). */
    describePacer(accountId, region) {
        return this.pacerOf(accountId, region, 'describe', DESCRIBE_PACING);
    }
    pacerOf(accountId, region, bucket, pacing) {
        return memo(this.pacers, `${accountId}/${region}/${bucket}`, () => this.pacerFor?.(accountId, region, bucket) ?? new _pacer_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenBucketPacer */ .n2({ ...pacing, clock: this.clock }));
    }
    /** The batched EBS poller of one account and region. */
    poller(clients, accountId, region) {
        return memo(this.pollers, `${accountId}/${region}`, () => new BatchedLookup(async (ids) => {
            const found = await describeSnapshotBatch(clients, region, ids);
            return new Map(found.map((x) => [x.SnapshotId ?? '', x]));
        }, this.describePacer(accountId, region)));
    }
    /**
     * Every managed copy of the kind in one account and copy region, listed once per run (after a token of the
     * region's Describe pacer) and shared by all the sources; a listing that failed fails alike for each of them.
     */
    copiesIn(clients, kind, accountId, region) {
        return memo(this.listings, `${accountId}/${region}/${kind.name}`, () => this.describePacer(accountId, region)
            .take()
            .then(() => listCopies(clients, kind, accountId, region, undefined)));
    }
    /**
     * The managed snapshots of one source in its own region, listed together with those of the other sources of the
     * account, region and kind that ask meanwhile (one listing for up to {@link POLL_BATCH} sources).
     */
    async ownedOf(clients, kind, accountId, region, sourceId) {
        const lister = memo(this.sourceListers, `${accountId}/${region}/${kind.name}`, () => new BatchedLookup(async (ids) => {
            const bySource = new Map();
            for (const o of await kind.listOwned(clients, accountId, region, {}, ids)) {
                const id = o.record.sourceId ?? '';
                bySource.set(id, [...(bySource.get(id) ?? []), o]);
            }
            return bySource;
        }, this.describePacer(accountId, region)));
        return (await lister.lookup(sourceId)) ?? [];
    }
    /**
     * Claims the copy of a source snapshot into one account and region for this run: true the first time, false when
     * another source of the run already copies it (the run's listing predates the copies it makes).
     */
    claim(accountId, region, snapshotId) {
        const key = `${accountId}/${region}/${snapshotId}`;
        if (this.claimed.has(key))
            return false;
        this.claimed.add(key);
        return true;
    }
    /** The concurrency per destination region. */
    get limit() {
        return this.concurrency;
    }
}
/** The RDS ARN of a DB or cluster snapshot. */
function rdsSnapshotArn(source) {
    if (source.arn !== null)
        return source.arn;
    const type = source.kind === 'db-cluster' ? 'cluster-snapshot' : 'snapshot';
    return `arn:aws:rds:${source.region}:${source.accountId}:${type}:${source.snapshotId}`;
}
/** Starts one copy in the destination region; answers its id and first state. */
async function startCopy(clients, source, region, tags, kmsKeyId) {
    if (source.kind === 'ebs') {
        const out = await clients.ec2Paced(region).send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .CopySnapshotCommand */ .DLx({
            SourceRegion: source.region,
            SourceSnapshotId: source.snapshotId,
            Description: source.description,
            ...(kmsKeyId === undefined ? {} : { Encrypted: true, KmsKeyId: kmsKeyId }),
            TagSpecifications: [{ ResourceType: 'snapshot', Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_8__/* .tagList */ .T)(tags) }]
        }));
        return { snapshotId: out.SnapshotId ?? '', state: 'pending' };
    }
    const rds = clients.rdsPaced?.(region) ?? clients.rds(region);
    // RDS refuses KmsKeyId for an unencrypted DB cluster snapshot (a DB snapshot's copy is encrypted with it).
    const key = source.kind === 'db-cluster' && !source.encrypted ? undefined : kmsKeyId;
    const common = {
        SourceRegion: source.region,
        ...(key === undefined ? {} : { KmsKeyId: key }),
        Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_8__/* .tagList */ .T)(tags)
    };
    try {
        if (source.kind === 'db-cluster') {
            const out = await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_9__/* .CopyDBClusterSnapshotCommand */ .Xzo({
                ...common,
                SourceDBClusterSnapshotIdentifier: rdsSnapshotArn(source),
                TargetDBClusterSnapshotIdentifier: source.snapshotId
            }));
            return { snapshotId: source.snapshotId, state: out.DBClusterSnapshot?.Status ?? 'creating' };
        }
        const out = await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_9__/* .CopyDBSnapshotCommand */ .D2s({
            ...common,
            SourceDBSnapshotIdentifier: rdsSnapshotArn(source),
            TargetDBSnapshotIdentifier: source.snapshotId
        }));
        return { snapshotId: source.snapshotId, state: out.DBSnapshot?.Status ?? 'creating' };
    }
    catch (err) {
        // The copy keeps the source's identifier: one already there is this copy, started by a run that did not finish.
        if (/AlreadyExists/.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err))) {
            const state = await describeCopy(clients, source.kind, region, source.snapshotId);
            if (state !== null)
                return { snapshotId: source.snapshotId, state: state.state };
        }
        throw err;
    }
}
/** The state of a copy, or null when it is not visible (yet). */
async function describeCopy(clients, kind, region, snapshotId, poller) {
    try {
        if (kind === 'ebs') {
            const s = poller === undefined
                ? (await clients
                    .ec2(region)
                    .send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .DescribeSnapshotsCommand */ .MmI({ SnapshotIds: [snapshotId], OwnerIds: ['self'] }))).Snapshots?.find((x) => x.SnapshotId === snapshotId)
                : await poller.lookup(snapshotId);
            if (s === undefined || s === null)
                return null;
            const state = s.State ?? 'pending';
            return { state, done: state === 'completed', failed: state === 'error', message: s.StateMessage ?? '' };
        }
        const rds = clients.rds(region);
        const status = kind === 'db-cluster'
            ? (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_9__/* .DescribeDBClusterSnapshotsCommand */ .cWV({ DBClusterSnapshotIdentifier: snapshotId }))).DBClusterSnapshots?.find((x) => x.DBClusterSnapshotIdentifier === snapshotId)?.Status
            : (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_9__/* .DescribeDBSnapshotsCommand */ .KKI({ DBSnapshotIdentifier: snapshotId }))).DBSnapshots?.find((x) => x.DBSnapshotIdentifier === snapshotId)?.Status;
        if (status === undefined)
            return null;
        return {
            state: status,
            done: status === 'available',
            failed: status === 'failed' || status === 'error',
            message: ''
        };
    }
    catch (err) {
        if (/NotFound/.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err)))
            return null;
        throw err;
    }
}
/** Why a copy call failed, said for the region (a KMS key, the copy limit, a region not enabled, or the service's words). */
function copyFailureMessage(region, err) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err);
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err);
    if (/KMS|Kms|kms/.test(code) || /KMS|kms key/i.test(message))
        return `the KMS key is not usable in ${region} (${message}); check copy-kms-key and the key policy`;
    if (_kinds_rds_js__WEBPACK_IMPORTED_MODULE_3__/* .QUOTA_CODES */ .q3.includes(code))
        return `${region} refused the copy: the account's manual snapshot quota there is full, or too many copies into it are in progress (${message}); the next run copies it`;
    if (/LimitExceeded|QuotaExceeded/.test(code))
        return `${region} refused the copy: a copy limit is reached (${message}); the next run copies it`;
    if (code === 'OptInRequired' || code === 'AuthFailure' || /not enabled|opt.?in/i.test(message))
        return `${region} is not enabled for the account (${message}); enable the region or remove it from copy-to-regions`;
    return message;
}
/**
 * Why RDS would refuse the copy before any call, or null: an encrypted DB or cluster snapshot is copied into another
 * region only with a key of that region (EBS uses the region's default key when none is given).
 */
function missingKeyProblem(source, region, kmsKeyId) {
    if (source.kind === 'ebs' || !source.encrypted || kmsKeyId !== undefined)
        return null;
    return `snapshot ${source.snapshotId} is encrypted, and RDS copies an encrypted snapshot into another region only with a key of that region: add ${region}=KEY to copy-kms-key`;
}
/**
 * Copies one completed source snapshot into each copy region; never throws: a region that fails gets a record
 * with state failed and a message naming the region.
 */
async function copySnapshot(clients, source, plan, tags, gates, clock) {
    return Promise.all(plan.regions.map(async (region) => {
        const copyTags = {
            ...tags,
            [_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .TAG_COPY_OF */ .$E]: source.snapshotId,
            [_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .TAG_SOURCE_REGION */ ._L]: source.region,
            [_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .TAG_SOURCE_ID */ .$y]: source.sourceId
        };
        const problem = missingKeyProblem(source, region, plan.kmsKeys[region]);
        if (problem !== null)
            return { region, snapshotId: null, state: 'failed', message: problem };
        const gate = gates.gate(source.accountId, region);
        const attempt = async () => {
            let started;
            try {
                started = await (0,_pacer_js__WEBPACK_IMPORTED_MODULE_4__/* .withThrottleRetry */ .rz)(() => startCopy(clients, source, region, copyTags, plan.kmsKeys[region]), {
                    pacer: gates.pacer(source.accountId, region, source.kind === 'ebs' ? 'ec2' : 'rds'),
                    isThrottle: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isThrottle */ .p0,
                    maxAttempts: COPY_ATTEMPTS,
                    clock,
                    baseDelayMs: 1000,
                    maxDelayMs: 20_000,
                    label: `copy of ${source.snapshotId} into ${region}`
                });
            }
            catch (err) {
                return { region, snapshotId: null, state: 'failed', message: copyFailureMessage(region, err) };
            }
            if (!plan.wait)
                return { region, snapshotId: started.snapshotId, state: started.state };
            try {
                const poller = source.kind === 'ebs' ? gates.poller(clients, source.accountId, region) : undefined;
                const waited = await (0,_kinds_ebs_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntilDone */ .Ar)(
                // A throttled or transient poll is tried again at the next interval: the copy is still in flight at
                // AWS, and keeps its gate slot until it is seen completed or failed, or the wait ends.
                async () => {
                    try {
                        return await describeCopy(clients, source.kind, region, started.snapshotId, poller);
                    }
                    catch (err) {
                        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(err))
                            return null;
                        throw err;
                    }
                }, (s) => (s.done ? 'done' : s.failed ? 'failed' : 'working'), (s) => new Error(`copy ${started.snapshotId} in ${region} failed: ${s.message || 'no state message'}`), clock, plan.deadline);
                const state = waited.snapshot?.state ?? started.state;
                if (waited.completed)
                    return { region, snapshotId: started.snapshotId, state };
                return {
                    region,
                    snapshotId: started.snapshotId,
                    state,
                    message: `copy ${started.snapshotId} in ${region} did not complete within the wait timeout`
                };
            }
            catch (err) {
                return { region, snapshotId: started.snapshotId, state: 'failed', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err) };
            }
        };
        if (plan.wait)
            return gate.run(attempt);
        // Without wait a copy stays in flight after the run: start at most the limit per region, leave the rest to the next run.
        if (gate.started >= gates.limit)
            return {
                region,
                snapshotId: null,
                state: 'not-started',
                message: `${gates.limit} copies into ${region} are already in flight in this run; the next run copies it`
            };
        gate.started += 1;
        return attempt();
    }));
}
/** The managed copies of the given sources (all when undefined) in one copy region. */
async function listCopies(clients, kind, accountId, region, sourceIds) {
    if (sourceIds !== undefined && sourceIds.length === 0)
        return [];
    if (kind.name !== 'ebs') {
        // An RDS copy keeps the DB identifier of its source, so the kind's own listing finds it.
        const owned = await kind.listOwned(clients, accountId, region, {}, sourceIds);
        return owned.filter((o) => (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .isCopy */ .sN)(o.record));
    }
    const filters = [
        { Name: `tag:${_types_js__WEBPACK_IMPORTED_MODULE_11__/* .TAG_MANAGED */ .Jo}`, Values: ['true'] },
        { Name: 'tag-key', Values: [_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .TAG_COPY_OF */ .$E] },
        ...(sourceIds === undefined ? [] : [{ Name: `tag:${_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .TAG_SOURCE_ID */ .$y}`, Values: [...sourceIds] }])
    ];
    const out = [];
    const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .paginateDescribeSnapshots */ .CdA)({ client: clients.ec2(region), pageSize: _listers_ebs_js__WEBPACK_IMPORTED_MODULE_6__/* .EBS_PAGE_SIZE */ .hC }, { OwnerIds: ['self'], Filters: filters });
    for await (const page of pages)
        for (const s of page.Snapshots ?? [])
            out.push({
                record: (0,_listers_ebs_js__WEBPACK_IMPORTED_MODULE_6__/* .ebsRecord */ .k0)(s, accountId, region),
                description: s.Description ?? null,
                progress: s.Progress ?? null
            });
    return out.filter((o) => (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .isCopy */ .sN)(o.record));
}
/**
 * The source snapshots a copy region still lacks, newest first: those newer than the newest source already copied
 * there; when none is, those within the copy retention and always the newest; at most {@link CATCH_UP_MAX}. Older
 * sources whose copies prune removed are never copied again.
 */
function missingCopies(candidates, copies, copyRetentionDays, now) {
    const copied = new Set(copies.map((c) => c.record.tags[_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .TAG_COPY_OF */ .$E] ?? ''));
    const newestFirst = [...candidates].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    const known = new Set(candidates.map((c) => c.snapshotId));
    // A copy's own time only stands in for its source when the source is gone (a copy is younger than its source).
    const copiedTimes = [
        ...newestFirst.filter((c) => copied.has(c.snapshotId)).map((c) => c.createdAt.getTime()),
        ...copies.filter((c) => !known.has(c.record.tags[_copy_policy_js__WEBPACK_IMPORTED_MODULE_10__/* .TAG_COPY_OF */ .$E] ?? '')).map((c) => c.record.createdAt.getTime())
    ].filter((t) => !Number.isNaN(t));
    const pivot = copiedTimes.length === 0 ? null : Math.max(...copiedTimes);
    const todo = pivot !== null
        ? newestFirst.filter((c) => !copied.has(c.snapshotId) && c.createdAt.getTime() > pivot)
        : newestFirst.filter((c, i) => i === 0 || now.getTime() - c.createdAt.getTime() <= copyRetentionDays * _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    return todo.slice(0, CATCH_UP_MAX);
}


/***/ }),

/***/ 58128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HZ: () => (/* binding */ CONCURRENT_LIMIT_WAIT_MS),
  jU: () => (/* binding */ PER_VOLUME_RATE_WAIT_MS),
  w0: () => (/* binding */ SnapshotFailedError),
  J1: () => (/* binding */ describeVolumes),
  Bo: () => (/* binding */ ebsKind),
  aT: () => (/* binding */ ebsView),
  Ar: () => (/* binding */ pollUntilDone),
  ne: () => (/* binding */ waitForSnapshot)
});

// UNUSED EXPORTS: CREATE_THROTTLE_ATTEMPTS, POLL_FIRST_ENV, POLL_FIRST_MS, POLL_MAX_MS, SNAPSHOT_LOCKED, classifyEbsDeleteError, createSnapshotPatiently, existingEbsSnapshots, pollFirstMs

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
/** Environment variable that overrides the first poll interval in ms (for benchmarks against a simulator). */
const POLL_FIRST_ENV = 'SNAPSHOT_HYGIENE_POLL_FIRST_MS';
/** The first poll interval: {@link POLL_FIRST_MS}, or SNAPSHOT_HYGIENE_POLL_FIRST_MS (a positive number, at most the largest interval). */
function pollFirstMs(env = process.env) {
    const raw = (env[POLL_FIRST_ENV] ?? '').trim();
    if (raw === '')
        return POLL_FIRST_MS;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0 || n > POLL_MAX_MS)
        throw new Error(`Environment variable ${POLL_FIRST_ENV} must be a positive number of milliseconds up to ${POLL_MAX_MS}; got '${raw.slice(0, 40)}'`);
    return n;
}
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
/** Attempts of one CreateSnapshot while EC2 answers RequestLimitExceeded. */
const CREATE_THROTTLE_ATTEMPTS = 8;
/**
 * CreateSnapshot, waiting out EBS's per-volume rate (and its concurrent-snapshot limit) until the deadline. With a
 * pacer, every attempt takes a token of the creation bucket first, and a throttled attempt (RequestLimitExceeded)
 * empties the pacer and is tried again after a backoff; `ec2` should then leave throttling to the caller
 * (`ec2Paced`), or the SDK's own retries would spend the bucket behind the pacer's back.
 */
async function createSnapshotPatiently(ec2, input, clock, deadline, pacer) {
    const command = new dist_cjs/* CreateSnapshotCommand */.gOh({
        VolumeId: input.VolumeId,
        Description: input.Description,
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: (0,tags/* tagList */.T)(input.Tags) }]
    });
    let throttled = 0;
    for (;;) {
        try {
            await pacer?.take();
            return await ec2.send(command);
        }
        catch (err) {
            if (pacer !== undefined && (0,errors/* isThrottle */.p0)(err)) {
                pacer.penalize();
                if (++throttled >= CREATE_THROTTLE_ATTEMPTS)
                    throw err;
                await clock.sleep(Math.min(20_000, 500 * 2 ** throttled));
                continue;
            }
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
 * Polls until the snapshot is done (or the deadline), doubling the interval from {@link pollFirstMs} to
 * {@link POLL_MAX_MS}; `describe` answers null while the snapshot is not visible yet, and throws on a real error.
 */
async function pollUntilDone(describe, state, failure, clock, deadline) {
    let last = null;
    for (let interval = pollFirstMs();; interval = Math.min(POLL_MAX_MS, interval * 2)) {
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
function waitForSnapshot(ec2, snapshotId, clock, deadline, poll) {
    return pollUntilDone(async () => {
        try {
            if (poll !== undefined)
                return await poll(snapshotId);
            const out = await ec2.send(new dist_cjs/* DescribeSnapshotsCommand */.MmI({ SnapshotIds: [snapshotId], OwnerIds: ['self'] }));
            return out.Snapshots?.find((s) => s.SnapshotId === snapshotId) ?? null;
        }
        catch (err) {
            // A new snapshot can take a moment to become visible, and a throttled or transient poll is tried again at
            // the next interval; anything else is a real error.
            if ((0,errors/* errorCode */.CA)(err) !== 'InvalidSnapshot.NotFound' && !(0,errors/* isTransient */.dg)(err))
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
        // Paced creates leave throttling to the pacer: a retry takes a new token like the first attempt.
        const s = await createSnapshotPatiently(request.pacer === undefined ? clients.ec2(source.region) : clients.ec2Paced(source.region), { VolumeId: source.id, Description: request.description, Tags: request.tags }, clock, deadline, request.pacer);
        return ebsView({ ...s, Tags: s.Tags ?? (0,tags/* tagList */.T)(request.tags) });
    },
    async wait(clients, region, created, clock, deadline, poll) {
        const out = await waitForSnapshot(clients.ec2(region), created.snapshotId, clock, deadline, poll);
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
/* harmony export */   q3: () => (/* binding */ QUOTA_CODES),
/* harmony export */   vZ: () => (/* binding */ RdsSnapshotFailedError)
/* harmony export */ });
/* unused harmony exports MANUAL_SNAPSHOT_QUOTA, SOURCE_BUSY_WAIT_MS, RDS_MAX_ATTEMPTS, SnapshotQuotaError, rdsSnapshotId, arnAccount, isPrunable, classifyRdsDeleteError, rdsView, unknownDbSource, dbMetadataKey, dbMetadataDocument, snapshotFromRecord */
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
