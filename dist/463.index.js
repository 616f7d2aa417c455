export const id = 463;
export const ids = [463];
export const modules = {

/***/ 79499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lz: () => (/* binding */ copyFailed),
/* harmony export */   OJ: () => (/* binding */ copyForSource),
/* harmony export */   j_: () => (/* binding */ ownRegionNotice),
/* harmony export */   lE: () => (/* binding */ documentCopies)
/* harmony export */ });
/* harmony import */ var _backup_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83143);
/* harmony import */ var _copies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21822);
/* harmony import */ var _copy_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74297);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _instance_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56321);





/** The tags of a source snapshot its copies keep: the instance and the set of a snapshot made as part of a set. */
function setTags(tags) {
    const out = {};
    for (const key of [_instance_set_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_INSTANCE_ID */ .pC, _instance_set_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_SNAPSHOT_SET */ .FZ]) {
        const value = tags?.[key];
        if (value !== undefined && value !== '')
            out[key] = value;
    }
    return out;
}
/** The description of a copy: the source's id and region. */
function copyDescription(snapshotId, region, sourceId) {
    return (0,_backup_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .firstChars */ .OJ)(`snapshot-hygiene copy of ${snapshotId} (${sourceId}) from ${region}`, _backup_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .DESCRIPTION_MAX */ .Ku);
}
/** The managed, completed snapshots of the source in its own region (not copies), as copy candidates. */
async function sourceCandidates(target, kind, source, gates) {
    // Listed with the other sources of the region that ask at the same time.
    const owned = await gates.ownedOf(target.clients, kind, target.accountId, source.region, source.id);
    return owned
        .filter((o) => !(0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .isCopy */ .sN)(o.record) && o.record.state === kind.doneState && o.record.sourceId === source.id)
        .map((o) => ({
        snapshotId: o.record.snapshotId,
        createdAt: o.record.createdAt,
        arn: o.record.arn,
        encrypted: o.record.encrypted,
        tags: o.record.tags
    }));
}
/**
 * Copies the source's new snapshot (when done) and the recent ones a copy region lacks; never throws. A region
 * whose copies cannot be listed still gets this run's snapshot.
 */
async function copyForSource(target, kind, source, view, config, workflow, gates, clock, deadline) {
    const now = clock.now();
    const tags = (0,_backup_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .backupTags */ .S3)({ tags: config.tags, retentionDays: config.copyRetention.retentionDays }, source, workflow, now);
    // The kind's own description: an RDS snapshot has arn and encrypted, an EC2 snapshot Encrypted.
    const raw = view.raw;
    const created = view.done
        ? {
            snapshotId: view.snapshotId,
            createdAt: view.startTime,
            arn: raw?.arn ?? null,
            encrypted: raw?.encrypted ?? raw?.Encrypted ?? false,
            tags: view.tags
        }
        : null;
    let candidates = created === null ? [] : [created];
    try {
        const listed = await sourceCandidates(target, kind, source, gates);
        candidates = [...candidates, ...listed.filter((c) => c.snapshotId !== created?.snapshotId)];
    }
    catch {
        // Without the listing, this run's snapshot is still copied; the next run catches up.
    }
    const all = [];
    const ofCreated = [];
    const where = {
        accountId: target.accountId,
        ...(kind.name === 'ebs' ? {} : { kind: kind.name }),
        volumeId: source.id,
        sourceRegion: source.region
    };
    await Promise.all((0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .copyRegionsOf */ .um)(config.copyToRegions, source.region).map(async (region) => {
        let todo;
        try {
            // The region's copies are listed once per run and account, for all the sources.
            const copies = await gates.copiesIn(target.clients, kind, target.accountId, region);
            const mine = copies.filter((c) => c.record.tags[_copy_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG_SOURCE_REGION */ ._L] === source.region &&
                (c.record.tags[_copy_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG_SOURCE_ID */ .$y] ?? c.record.sourceId) === source.id);
            const copied = new Set(mine.map((c) => c.record.tags[_copy_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG_COPY_OF */ .$E]));
            // This run's snapshot is always copied (EC2 times are whole seconds: it may tie with the newest copied).
            const earlier = (0,_copies_js__WEBPACK_IMPORTED_MODULE_1__/* .missingCopies */ .EY)(candidates, mine, config.copyRetention.retentionDays, now).filter((c) => c.snapshotId !== created?.snapshotId);
            todo = created === null || copied.has(created.snapshotId) ? earlier : [created, ...earlier];
        }
        catch (err) {
            todo = created === null ? [] : [created];
            if (created === null)
                all.push({
                    ...where,
                    sourceSnapshotId: view.snapshotId,
                    region,
                    snapshotId: null,
                    state: 'failed',
                    message: `could not list the copies in ${region}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`
                });
        }
        // Another source of this run may already copy the same snapshot (the listing predates this run's copies).
        todo = todo.filter((c) => gates.claim(target.accountId, region, c.snapshotId));
        const records = await Promise.all(todo.map(async (c) => {
            const [record] = await (0,_copies_js__WEBPACK_IMPORTED_MODULE_1__/* .copySnapshot */ .GG)(target.clients, {
                kind: kind.name,
                accountId: target.accountId,
                region: source.region,
                snapshotId: c.snapshotId,
                arn: c.arn,
                sourceId: source.id,
                encrypted: c.encrypted,
                description: copyDescription(c.snapshotId, source.region, source.id)
            }, { regions: [region], kmsKeys: config.copyKmsKey, wait: config.wait, deadline }, { ...tags, ...setTags(c.tags) }, gates, clock);
            return { candidate: c, record: record ?? { region, snapshotId: null, state: 'failed', message: 'no copy' } };
        }));
        for (const { candidate, record } of records) {
            all.push({ ...where, sourceSnapshotId: candidate.snapshotId, ...record });
            if (candidate.snapshotId === view.snapshotId)
                ofCreated.push(record);
        }
        if (created === null)
            ofCreated.push({
                region,
                snapshotId: null,
                state: 'not-started',
                message: `snapshot ${view.snapshotId} was not ${kind.doneState} yet; the next run copies it`
            });
        else if (!records.some((r) => r.candidate.snapshotId === view.snapshotId))
            ofCreated.push({ region, snapshotId: null, state: 'copied-before' });
    }));
    ofCreated.sort((a, b) => a.region.localeCompare(b.region));
    return { ofCreated, all };
}
/** The line a run reports for a source that lives in a copy region: where its snapshots go instead. */
function ownRegionNotice(source, region, copyToRegions) {
    const others = (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .copyRegionsOf */ .um)(copyToRegions, region);
    const instead = others.length === 0
        ? 'it has no other copy region, so its snapshot is not copied'
        : `it is copied into ${others.join(', ')}`;
    return `${source} is in ${region}, one of copy-to-regions: its snapshot is not copied into its own region, where a copy would not survive the region's outage; ${instead}.`;
}
/** The `copies` field of a source's metadata document: one entry per copy region. */
function documentCopies(records) {
    return records.map((c) => ({
        region: c.region,
        snapshot_id: c.snapshotId,
        state: c.state,
        ...(c.message === undefined ? {} : { message: c.message })
    }));
}
/** Whether a copy record means the copy failed (or did not complete within the wait) and fails the step. */
function copyFailed(c) {
    return c.message !== undefined && c.state !== 'not-started';
}


/***/ }),

/***/ 51463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ createPacers),
/* harmony export */   L7: () => (/* binding */ backupInstances),
/* harmony export */   instanceVolumeRefs: () => (/* binding */ instanceVolumeRefs)
/* harmony export */ });
/* unused harmony exports CREATE_BURST, CREATE_REFILL_PER_SECOND, CREATE_BURST_ENV, CREATE_RATE_ENV, describeInstances, createSetPatiently */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35193);
/* harmony import */ var _backup_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83143);
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(16586);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99373);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _instance_set_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56321);
/* harmony import */ var _kinds_ebs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58128);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43630);
/* harmony import */ var _pacer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17452);
/* harmony import */ var _backup_copies_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79499);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41973);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(16141);
/**
 * Instance backups: every EBS volume of each named instance in one crash-consistent CreateSnapshots call (a set),
 * paced on EC2's snapshot-creation bucket per account and region, retried on EBS's rate errors, with the run's
 * managed tags, the instance id and the set id on every snapshot, and one metadata document per snapshot.
 */













/** EC2 accepts at most this many values in one filter. */
const FILTER_VALUES = 200;
/** Attempts of one CreateSnapshots call while EC2 answers RequestLimitExceeded. */
const THROTTLE_ATTEMPTS = 8;
const RATE_CODES = {
    SnapshotCreationPerVolumeRateExceeded: _kinds_ebs_js__WEBPACK_IMPORTED_MODULE_4__/* .PER_VOLUME_RATE_WAIT_MS */ .jU,
    ConcurrentSnapshotLimitExceeded: _kinds_ebs_js__WEBPACK_IMPORTED_MODULE_4__/* .CONCURRENT_LIMIT_WAIT_MS */ .HZ
};
/** EC2's snapshot-creation request bucket per account and region (CreateSnapshot and CreateSnapshots share it). */
const CREATE_BURST = 100;
const CREATE_REFILL_PER_SECOND = 5;
/** Environment variables that override the create pacing (for benchmarks against a simulator with other buckets). */
const CREATE_BURST_ENV = 'SNAPSHOT_HYGIENE_CREATE_BURST';
const CREATE_RATE_ENV = 'SNAPSHOT_HYGIENE_CREATE_RATE';
function envNumber(env, name, fallback) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
        throw new Error(`Environment variable ${name} must be a positive number; got '${raw.slice(0, 40)}'`);
    return n;
}
/** One pacer per account and region on EC2's snapshot-creation bucket, less two tokens of cushion (as deletes). */
function createPacers(clock, env = process.env) {
    const burst = Math.max(1, Math.floor(envNumber(env, CREATE_BURST_ENV, CREATE_BURST)));
    const refillPerSecond = envNumber(env, CREATE_RATE_ENV, CREATE_REFILL_PER_SECOND);
    const pacers = new Map();
    return (accountId, region) => {
        const key = `${accountId}/${region}`;
        let pacer = pacers.get(key);
        if (pacer === undefined) {
            const bucket = new _pacer_js__WEBPACK_IMPORTED_MODULE_6__/* .TokenBucketPacer */ .n2({ burst, refillPerSecond, clock });
            for (let i = 0; i < Math.min(2, burst - 1); i++)
                void bucket.take();
            pacer = bucket;
            pacers.set(key, pacer);
        }
        return pacer;
    };
}
/** Describes the named instances of one region (a filter, so missing ones are simply absent; terminated ones too). */
async function describeInstances(ec2, region, instanceIds) {
    const found = [];
    for (let i = 0; i < instanceIds.length; i += FILTER_VALUES) {
        const chunk = instanceIds.slice(i, i + FILTER_VALUES);
        const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_9__/* .DescribeInstancesCommand */ .bNs({ Filters: [{ Name: 'instance-id', Values: chunk }] }));
        for (const r of out.Reservations ?? [])
            for (const inst of r.Instances ?? [])
                if (inst.InstanceId !== undefined && chunk.includes(inst.InstanceId) && inst.State?.Name !== 'terminated')
                    found.push((0,_selection_js__WEBPACK_IMPORTED_MODULE_8__/* .instanceInfo */ .q9)(inst, region));
    }
    return found;
}
/**
 * CreateSnapshots for one planned set: a pacer token per attempt; EBS's per-volume and concurrency rate errors are
 * waited out until the deadline, RequestLimitExceeded is retried with backoff.
 */
async function createSetPatiently(ec2, input, pacer, clock, deadline) {
    let throttled = 0;
    for (;;) {
        await pacer.take();
        try {
            const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_9__/* .CreateSnapshotsCommand */ .N7v(input));
            return out.Snapshots ?? [];
        }
        catch (err) {
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err);
            const rateWait = RATE_CODES[code];
            const throttle = code === 'RequestLimitExceeded' || code === 'Throttling';
            if (rateWait === undefined && !throttle)
                throw err;
            if (throttle)
                pacer.penalize();
            if (throttle && ++throttled >= THROTTLE_ATTEMPTS)
                throw err;
            const waitMs = rateWait ?? Math.min(20_000, 500 * 2 ** throttled);
            if (clock.now().getTime() + waitMs > deadline)
                throw new Error(`EC2 still refused the set when the wait timeout ran out: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, { cause: err });
            await clock.sleep(waitMs);
        }
    }
}
function asSnapshot(s, tags) {
    return {
        SnapshotId: s.SnapshotId,
        VolumeId: s.VolumeId,
        State: s.State,
        StartTime: s.StartTime,
        Progress: s.Progress,
        VolumeSize: s.VolumeSize,
        Encrypted: s.Encrypted,
        OwnerId: s.OwnerId,
        Description: s.Description,
        Tags: s.Tags ?? Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
    };
}
/** Makes one instance's set, waits when asked, writes each snapshot's metadata; never throws. */
async function backupSet(target, plan, volumes, config, clock, deps) {
    const { instance } = plan;
    const where = { accountId: target.accountId, region: instance.region, instanceId: instance.instanceId };
    const now = clock.now();
    const deadline = now.getTime() + config.waitTimeoutMinutes * _clock_js__WEBPACK_IMPORTED_MODULE_1__/* .MINUTE_MS */ .kg;
    if (plan.included.length === 0)
        return {
            set: null,
            failures: [
                { ...where, message: `Instance ${instance.instanceId} has no volume left to snapshot after the exclusions` }
            ],
            copies: []
        };
    const tags = (0,_backup_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .backupTags */ .S3)(config, { name: instance.name }, deps.workflow, now);
    const request = (0,_instance_set_js__WEBPACK_IMPORTED_MODULE_3__/* .createSnapshotsInput */ .S5)(plan, tags, (0,_backup_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .backupDescription */ .pp)(config.description, instance.instanceId, deps.workflow));
    const requestTags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_10__/* .tagMap */ .l)(request.TagSpecifications?.[0]?.Tags);
    const ec2 = target.clients.ec2(instance.region);
    let made;
    try {
        // The paced client leaves RequestLimitExceeded to this loop, so that each retry takes a token like the first try.
        made = await createSetPatiently(target.clients.ec2Paced(instance.region), request, deps.pacer(target.accountId, instance.region), clock, deadline);
    }
    catch (err) {
        return {
            set: null,
            failures: [{ ...where, message: `Could not snapshot instance ${instance.instanceId}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}` }],
            copies: []
        };
    }
    const failures = [];
    const device = new Map(instance.volumes.map((v) => [v.volumeId, v.device]));
    const copies = new Map();
    const snapshots = await Promise.all(made.map(async (info) => {
        let snap = asSnapshot(info, requestTags);
        const snapshotId = snap.SnapshotId ?? '';
        const volumeId = snap.VolumeId ?? '';
        if (config.wait && snap.State !== 'completed') {
            try {
                const waited = await (0,_kinds_ebs_js__WEBPACK_IMPORTED_MODULE_4__/* .waitForSnapshot */ .ne)(ec2, snapshotId, clock, deadline);
                snap = { ...snap, ...(waited.snapshot ?? {}) };
                if (!waited.completed)
                    failures.push({
                        ...where,
                        message: `Snapshot ${snapshotId} of ${volumeId} (instance ${instance.instanceId}) did not complete within ${config.waitTimeoutMinutes} minutes`
                    });
            }
            catch (err) {
                failures.push({
                    ...where,
                    message: `Snapshot ${snapshotId} of ${volumeId} (instance ${instance.instanceId}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`
                });
            }
        }
        const view = (0,_kinds_ebs_js__WEBPACK_IMPORTED_MODULE_4__/* .ebsView */ .aT)(snap);
        const volume = volumes.get(volumeId) ?? (0,_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownVolume */ .vg)(volumeId, instance.region);
        // Each snapshot is copied as a volume's is, before its metadata, which records the copies.
        const copied = deps.copy === undefined
            ? null
            : await deps.copy(target, { id: volumeId, region: instance.region, name: instance.name, sizeGib: volume.sizeGib, detail: volume }, view, deadline);
        if (copied !== null)
            copies.set(snapshotId, copied.all);
        const key = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .metadataKey */ .rY)(config.metadataPrefix, volumeId, snapshotId);
        let written = key;
        try {
            const made = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .metadataDocument */ .jB)((0,_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshotFacts */ ._y)(snap, target.accountId, instance.region), volume, deps.workflow, 'backup', clock.now());
            const doc = copied === null ? made : { ...made, copies: (0,_backup_copies_js__WEBPACK_IMPORTED_MODULE_7__/* .documentCopies */ .lE)(copied.ofCreated) };
            await (0,_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .putMetadata */ .h$)(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc);
        }
        catch (err) {
            written = null;
            failures.push({
                ...where,
                message: `Snapshot ${snapshotId} of ${volumeId} (instance ${instance.instanceId}) was created, but its metadata was not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`
            });
        }
        return {
            volumeId,
            device: device.get(volumeId) ?? null,
            snapshotId,
            state: view.state,
            startTime: view.startTime.toISOString(),
            sizeGib: view.sizeGib ?? 0,
            expiresAt: requestTags[_types_js__WEBPACK_IMPORTED_MODULE_11__/* .TAG_EXPIRES_AT */ .kz] ?? '',
            metadataKey: written
        };
    }));
    const sorted = snapshots.sort((a, b) => (a.device ?? '').localeCompare(b.device ?? '') || a.volumeId.localeCompare(b.volumeId));
    return {
        set: {
            ...where,
            instanceName: instance.name,
            setId: plan.setId,
            snapshots: sorted,
            excluded: plan.excluded.map((e) => ({ volumeId: e.volumeId, device: e.device, reason: e.reason }))
        },
        failures,
        copies: sorted.flatMap((x) => copies.get(x.snapshotId) ?? [])
    };
}
/** The instances of one account, described region by region, with their volumes; a region that fails fails its instances. */
async function findInstances(target, refs) {
    const byRegion = new Map();
    for (const r of refs)
        byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r.instanceId]);
    const found = [];
    const failures = [];
    await Promise.all([...byRegion].map(async ([region, ids]) => {
        try {
            const ec2 = target.clients.ec2(region);
            const infos = await describeInstances(ec2, region, ids);
            const volumeIds = infos.flatMap((i) => i.volumes.map((v) => v.volumeId));
            const volumes = new Map((await (0,_kinds_ebs_js__WEBPACK_IMPORTED_MODULE_4__/* .describeVolumes */ .J1)(ec2, region, volumeIds)).map((v) => [v.volumeId, v]));
            for (const info of infos)
                found.push({ info, volumes });
        }
        catch (err) {
            for (const id of ids)
                failures.push({
                    accountId: target.accountId,
                    region,
                    instanceId: id,
                    message: `Could not describe instance ${id} in ${region}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`
                });
        }
    }));
    return { found, failures };
}
/**
 * Snapshots every instance of the instance input as a set, in every target account where it exists. An instance
 * found in no account is a failure naming it; every other instance is still backed up.
 */
async function backupInstances(config, targets, clock, deps) {
    const live = targets.filter((t) => t.failure === undefined);
    const perAccount = await (0,_bounded_js__WEBPACK_IMPORTED_MODULE_12__/* .forEachBounded */ .a)(live, config.maxParallelAccounts, async (target) => {
        const { found, failures } = await findInstances(target, config.instances);
        const outcomes = await Promise.all(found.map(({ info, volumes }) => {
            const tags = new Map([...volumes].map(([id, v]) => [id, v.tags]));
            const plan = (0,_instance_set_js__WEBPACK_IMPORTED_MODULE_3__/* .planInstanceSet */ .Pm)(info, tags, { excludeBootVolume: config.excludeBootVolume, excludeVolumeTags: config.excludeVolumeTags }, clock.now());
            return backupSet(target, plan, volumes, config, clock, deps);
        }));
        return {
            located: found.map((f) => `${f.info.region}/${f.info.instanceId}`),
            sets: outcomes.map((o) => o.set).filter((s) => s !== null),
            failures: [...failures, ...outcomes.flatMap((o) => o.failures)],
            copies: outcomes.flatMap((o) => o.copies)
        };
    });
    const located = new Set(perAccount.flatMap((a) => a.located));
    const failures = perAccount.flatMap((a) => a.failures);
    const accounts = live.map((t) => t.accountId);
    for (const ref of config.instances) {
        const key = `${ref.region}/${ref.instanceId}`;
        if (located.has(key) || failures.some((f) => f.instanceId === ref.instanceId && f.region === ref.region))
            continue;
        failures.push({
            accountId: accounts.length === 1 ? (accounts[0] ?? '') : '',
            region: ref.region,
            instanceId: ref.instanceId,
            message: `Instance ${ref.instanceId} was not found in ${ref.region}${accounts.length > 0 ? ` (account${accounts.length > 1 ? 's' : ''} ${accounts.join(', ')})` : ''}`
        });
    }
    const order = (a, b) => a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region) ||
        a.instanceId.localeCompare(b.instanceId);
    const sets = perAccount.flatMap((a) => a.sets).sort(order);
    // Copies follow the sets' order and, within a set, its snapshots'.
    const volumeKey = (accountId, region, volumeId) => `${accountId}/${region}/${volumeId}`;
    const position = new Map(sets
        .flatMap((set) => set.snapshots.map((x) => volumeKey(set.accountId, set.region, x.volumeId)))
        .map((k, i) => [k, i]));
    const at = (c) => position.get(volumeKey(c.accountId, c.sourceRegion, c.volumeId)) ?? 0;
    const copies = perAccount.flatMap((a) => a.copies).sort((a, b) => at(a) - at(b));
    return { sets, failures: failures.sort(order), copies };
}
/**
 * The volumes the instance input stands for in prune and check: each found instance's attached volumes, less the
 * ones its set leaves out. An instance that cannot be described adds nothing (prune then leaves its snapshots alone)
 * and is one of the failures, for the run to report.
 */
async function instanceVolumeRefs(config, targets, now) {
    const live = targets.filter((t) => t.failure === undefined);
    const failures = [];
    const perAccount = await (0,_bounded_js__WEBPACK_IMPORTED_MODULE_12__/* .forEachBounded */ .a)(live, config.maxParallelAccounts, async (target) => {
        const found = await findInstances(target, config.instances);
        failures.push(...found.failures);
        return found.found.flatMap(({ info, volumes }) => {
            const plan = (0,_instance_set_js__WEBPACK_IMPORTED_MODULE_3__/* .planInstanceSet */ .Pm)(info, new Map([...volumes].map(([id, v]) => [id, v.tags])), { excludeBootVolume: config.excludeBootVolume, excludeVolumeTags: config.excludeVolumeTags }, now);
            return plan.included.map((v) => ({ region: info.region, volumeId: v.volumeId }));
        });
    });
    const seen = new Set();
    const refs = perAccount.flat().filter((v) => {
        const key = `${v.region}/${v.volumeId}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const order = (a, b) => a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region) ||
        a.instanceId.localeCompare(b.instanceId);
    return { refs, failures: failures.sort(order) };
}


/***/ }),

/***/ 56321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* reexport safe */ _retention_js__WEBPACK_IMPORTED_MODULE_0__.FZ),
/* harmony export */   Pm: () => (/* binding */ planInstanceSet),
/* harmony export */   S5: () => (/* binding */ createSnapshotsInput),
/* harmony export */   pC: () => (/* binding */ TAG_INSTANCE_ID)
/* harmony export */ });
/* unused harmony export snapshotSetId */
/* harmony import */ var _retention_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57449);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9506);


/** The tags that tie a snapshot to the instance and the set it was made in. */
const TAG_INSTANCE_ID = 'snapshot-hygiene:instance-id';

/** The set's id: the instance id and the UTC second the set was made, readable and unique per instance and second. */
function snapshotSetId(instanceId, now) {
    const stamp = now
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/[-:]/g, '');
    return `${instanceId}-${stamp}`;
}
/**
 * Decides which volumes of an instance its set includes. `volumeTags` holds each attached volume's tags (a volume
 * missing from it is treated as untagged). A boot volume carrying an excluded tag is left out through
 * ExcludeBootVolume, since CreateSnapshots refuses the root volume in ExcludeDataVolumeIds.
 */
function planInstanceSet(instance, volumeTags, options, now) {
    const tagged = (volumeId) => {
        const tags = volumeTags.get(volumeId) ?? {};
        return options.excludeVolumeTags.find((t) => Object.hasOwn(tags, t.key) && tags[t.key] === t.value);
    };
    const included = [];
    const excluded = [];
    let boot = null;
    let excludeBootVolume = false;
    for (const v of instance.volumes) {
        const isBoot = v.device !== null && v.device === instance.rootDeviceName;
        if (isBoot)
            boot = v;
        const tag = tagged(v.volumeId);
        if (isBoot && options.excludeBootVolume) {
            excludeBootVolume = true;
            excluded.push({ ...v, reason: 'boot volume (exclude-boot-volume)' });
        }
        else if (tag !== undefined) {
            if (isBoot)
                excludeBootVolume = true;
            excluded.push({ ...v, reason: `tagged ${tag.key}=${tag.value} (exclude-volume-tags)` });
        }
        else
            included.push(v);
    }
    return { instance, setId: snapshotSetId(instance.instanceId, now), boot, included, excluded, excludeBootVolume };
}
/** The CreateSnapshots request of a planned set: every snapshot tagged with the run's tags, the instance and the set. */
function createSnapshotsInput(plan, tags, description) {
    const dataExcluded = plan.excluded.filter((v) => v.volumeId !== plan.boot?.volumeId).map((v) => v.volumeId);
    return {
        InstanceSpecification: {
            InstanceId: plan.instance.instanceId,
            ExcludeBootVolume: plan.excludeBootVolume,
            ...(dataExcluded.length > 0 ? { ExcludeDataVolumeIds: dataExcluded } : {})
        },
        Description: description,
        TagSpecifications: [
            {
                ResourceType: 'snapshot',
                Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .T)({ ...tags, [TAG_INSTANCE_ID]: plan.instance.instanceId, [_retention_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_SNAPSHOT_SET */ .FZ]: plan.setId })
            }
        ]
    };
}


/***/ }),

/***/ 57449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ TAG_SNAPSHOT_SET),
/* harmony export */   SA: () => (/* binding */ planRetention)
/* harmony export */ });
/* unused harmony exports RULE, isOwned, isAwsBackup, utcDayIndex, isoWeekIndex, isoWeekLabel */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99373);
/* harmony import */ var _lock_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45868);
/* harmony import */ var _copy_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74297);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);
/**
 * The prune retention planner: decides, for a set of snapshots, which ones the action may delete.
 *
 * Safety model (every decision carries a rule and a human-readable reason):
 * - Only owned snapshots can ever be deleted (see {@link isOwned}); everything else is `ignore`. For RDS and
 *   Aurora only manual snapshots of the account can be owned: automated, AWS Backup-made, shared and public
 *   snapshots never are.
 * - Owned snapshots made by AWS Backup, tagged `snapshot-hygiene:ignore`, or outside the
 *   `volumes` filter, or under an EBS snapshot lock that has not expired are `skip`.
 * - Snapshots that are not done (EBS `completed`, RDS `available`), or whose age cannot be computed (future or
 *   invalid `createdAt`), are `keep`.
 * - The remaining "candidates" are grouped per lineage (account, region, service, source) and the
 *   keep rules (keep-last, keep-daily, keep-weekly, keep-monthly) are applied; what no rule holds is
 *   deleted only when strictly older than `retentionDays`.
 * - A snapshot the current run created is held by `created-this-run`, whatever the policy says: a run
 *   never deletes what it made itself. It still counts for the keep rules of its lineage.
 *
 * All calendar arithmetic (days, ISO weeks starting Monday, months) is in UTC.
 */




/** Milliseconds in one (UTC, leap-second-free) day (clock.ts's). */

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
    createdThisRun: 'created-this-run',
    retention: 'retention',
    locked: 'locked',
    snapshotSet: 'snapshot-set'
};
/**
 * Snapshots made together (an instance's volumes in one CreateSnapshots call) share this tag's value: a group that
 * the planner keeps or deletes as one.
 */
const TAG_SNAPSHOT_SET = 'snapshot-hygiene:snapshot-set';
const AWS_BACKUP_TAG_PREFIX = 'aws:backup:';
/**
 * True when the snapshot belongs to the action: an EBS snapshot, or a manual RDS or Aurora snapshot whose ARN (when
 * known) is the record's account, tagged managed=true or matching the non-empty pruneTags.
 */
function isOwned(record, pruneTags) {
    if (record.service === 'rds' || record.service === 'rds-cluster') {
        if (record.snapshotType !== 'manual')
            return false;
        if (record.arn !== null && record.arn.split(':')[4] !== record.accountId)
            return false;
    }
    else if (record.service !== 'ebs')
        return false;
    if (record.tags[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_MANAGED */ .Jo] === 'true')
        return true;
    const filter = Object.entries(pruneTags);
    return filter.length > 0 && filter.every(([key, value]) => record.tags[key] === value);
}
/** True when AWS Backup made or manages the snapshot (its type, or any `aws:backup:` tag). */
function isAwsBackup(record) {
    return (record.snapshotType === 'aws-backup' || Object.keys(record.tags).some((k) => k.startsWith(AWS_BACKUP_TAG_PREFIX)));
}
/** Plan which snapshots to delete under the policy at time `now`; pure, and the same for dry runs and real runs. */
function planRetention(snapshots, policy, now, context = {}) {
    validatePolicy(policy, now);
    const created = context.createdIds ?? new Set();
    const decided = [];
    const candidates = [];
    for (const snapshot of snapshots) {
        const early = screen(snapshot, policy, now);
        if (early)
            decided.push(early);
        else
            candidates.push(snapshot);
    }
    for (const group of groupByLineage(candidates)) {
        const counts = group[0] !== undefined && (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .isCopy */ .sN)(group[0]) ? (policy.copies ?? policy) : policy;
        decided.push(...decideGroup(group, counts, now, created));
    }
    return summarize(keepSetsWhole(decided).sort((a, b) => compareSnapshots(a.snapshot, b.snapshot)));
}
/**
 * Keeps groups whole: when any snapshot of a group (same account, region and {@link TAG_SNAPSHOT_SET} value) is kept,
 * a member that the lineage rules would delete is kept too, so that a set is never left half-deleted. Skipped and
 * ignored members (out of scope, locked, not managed) hold nothing: they were never going to be deleted anyway.
 */
function keepSetsWhole(decided) {
    const setKey = (d) => {
        const value = d.snapshot.tags[TAG_SNAPSHOT_SET];
        return value === undefined || value === '' ? null : JSON.stringify([d.snapshot.accountId, d.snapshot.region, value]);
    };
    const keepers = new Map();
    for (const d of decided) {
        const key = setKey(d);
        if (key === null || d.action !== 'keep')
            continue;
        const seen = keepers.get(key);
        if (seen === undefined || compareSnapshots(d.snapshot, seen.snapshot) < 0)
            keepers.set(key, d);
    }
    if (keepers.size === 0)
        return decided;
    return decided.map((d) => {
        const key = setKey(d);
        const keeper = key === null ? undefined : keepers.get(key);
        if (d.action !== 'delete' || keeper === undefined)
            return d;
        const set = d.snapshot.tags[TAG_SNAPSHOT_SET] ?? '';
        return decision(d.snapshot, 'keep', RULE.snapshotSet, `held with its snapshot set ${set}: ${keeper.snapshot.snapshotId} of the set is kept (${keeper.rule})`);
    });
}
function validatePolicy(policy, now) {
    const counts = ['retentionDays', 'keepLast', 'keepDaily', 'keepWeekly', 'keepMonthly'];
    for (const [prefix, set] of [['', policy], ['copies.', policy.copies]]) {
        if (set === undefined)
            continue;
        for (const key of counts) {
            const value = set[key];
            if (!Number.isSafeInteger(value) || value < 0)
                throw new RangeError(`${prefix}${key} must be an integer >= 0, got ${String(value)}`);
        }
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
    const ignoreTag = s.tags[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_IGNORE */ .gk];
    if (ignoreTag !== undefined && ignoreTag !== 'false') {
        return decision(s, 'skip', RULE.ignoreTag, `tagged ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_IGNORE */ .gk}=${ignoreTag}`);
    }
    const outOfScope = scopeProblem(s, policy);
    if (outOfScope !== null)
        return decision(s, 'skip', RULE.outOfScope, outOfScope);
    return lockedDecision(s, now) ?? screenState(s, now);
}
/** A snapshot whose EBS snapshot lock still holds at now cannot be deleted: skip it until the lock ends. */
function lockedDecision(s, now) {
    if (s.lockState === undefined)
        return undefined;
    const lock = { lockState: s.lockState, lockExpiresAt: s.lockExpiresAt ?? null };
    if (!(0,_lock_state_js__WEBPACK_IMPORTED_MODULE_3__/* .isLockActive */ .cF)(lock, now))
        return undefined;
    const until = lock.lockExpiresAt === null ? 'an end AWS did not give' : lock.lockExpiresAt.toISOString();
    return decision(s, 'skip', RULE.locked, `locked (${s.lockState}) until ${until}; deletable once the lock expires`);
}
/** Why a snapshot is outside the sources the policy limits pruning to, or null when it is inside. */
function scopeProblem(s, policy) {
    const sources = policy.sources ?? {};
    const limited = policy.volumes !== undefined || Object.values(sources).some((l) => l !== undefined);
    if (!limited)
        return null;
    // A copy is in scope through the source its tags name (its own VolumeId is vol-ffffffff).
    const sourceId = (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .isCopy */ .sN)(s) ? (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageSourceId */ .yB)(s) : s.sourceId;
    if (s.service === 'ebs') {
        if (policy.volumes !== undefined && sourceId !== null && policy.volumes.includes(sourceId))
            return null;
        return `volume ${sourceId ?? '(none)'} is not in the volumes filter`;
    }
    const list = s.service === 'rds' || s.service === 'rds-cluster' ? sources[s.service] : undefined;
    if (list !== undefined && sourceId !== null && list.includes(sourceId))
        return null;
    const noun = s.service === 'rds-cluster' ? 'DB cluster' : 'DB instance';
    const input = s.service === 'rds-cluster' ? 'db-cluster' : 'db-instance';
    return `${noun} ${sourceId ?? '(none)'} is not in the ${input} filter`;
}
function screenState(s, now) {
    const done = s.service === 'ebs' ? 'completed' : 'available';
    if (s.state === 'pending' || (s.service !== 'ebs' && s.state === 'creating'))
        return decision(s, 'keep', RULE.pending, `state ${s.state}: not ${done} yet`);
    if (s.state !== done)
        return decision(s, 'keep', RULE.notCompleted, `state ${s.state}: not ${done}`);
    const created = s.createdAt.getTime();
    if (Number.isNaN(created))
        return decision(s, 'keep', RULE.invalidCreatedAt, 'creation time is not a valid date');
    if (created > now.getTime()) {
        return decision(s, 'keep', RULE.futureCreatedAt, `created ${s.createdAt.toISOString()}, after now ${now.toISOString()} (clock skew)`);
    }
    return undefined;
}
/**
 * Groups candidates per lineage: account, region, service and source (so that a DB named like a volume id never
 * shares a lineage with the volume); a managed copy's lineage is the source its tags name, apart from the
 * originals ({@link lineageKey}). A snapshot without a real source (null, or the copy marker vol-ffffffff on a
 * copy the action did not make) is its own lineage, because unrelated copies share that marker and pooling them
 * would let one volume's copies use up another's keep-last slots.
 */
function groupByLineage(candidates) {
    const groups = new Map();
    const loners = [];
    for (const s of candidates) {
        const key = (0,_copy_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageKey */ .Bo)(s);
        if (key === null) {
            loners.push([s]);
            continue;
        }
        const group = groups.get(key);
        if (group)
            group.push(s);
        else
            groups.set(key, [s]);
    }
    return [...groups.values(), ...loners];
}
function decideGroup(group, policy, now, created) {
    const newestFirst = [...group].sort((a, b) => compareNewestFirst(a, b, created));
    const holds = keepHolds(newestFirst, policy, now, created);
    return newestFirst.map((s) => {
        const held = holds.get(s);
        if (held)
            return decision(s, 'keep', held.map((h) => h.rule).join(', '), `held by ${held.map((h) => h.detail).join(', ')}`);
        return retentionDecision(s, policy.retentionDays, now);
    });
}
/** Which keep rules hold which snapshot of one lineage (given newest first). */
function keepHolds(newestFirst, policy, now, created) {
    const holds = new Map();
    const add = (s, rule, detail) => {
        holds.set(s, [...(holds.get(s) ?? []), { rule, detail }]);
    };
    for (const s of newestFirst)
        if (created.has(s.snapshotId))
            add(s, RULE.createdThisRun, `${RULE.createdThisRun} (this run made it)`);
    newestFirst.slice(0, policy.keepLast).forEach((s, i) => {
        add(s, RULE.keepLast, `${RULE.keepLast} ${i + 1} of ${policy.keepLast}`);
    });
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
    const days = Math.floor(ageMs / _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    if (ageMs > retentionDays * _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO) {
        const age = days > retentionDays ? plural(days, 'day') : `more than ${plural(retentionDays, 'day')}`;
        return decision(s, 'delete', RULE.retention, `expired: ${age} old, retention ${plural(retentionDays, 'day')}`);
    }
    return decision(s, 'keep', RULE.retention, `${plural(days, 'day')} old, within ${retentionDays}-day retention`);
}
/** Days since the epoch, UTC. */
function utcDayIndex(d) {
    return Math.floor(d.getTime() / _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
}
/** ISO weeks (Monday-based, UTC) since the week of the epoch; 1970-01-01 was a Thursday. */
function isoWeekIndex(d) {
    return Math.floor((utcDayIndex(d) + 3) / 7);
}
/** The ISO week label of a date, UTC, e.g. 2026-W01 for Sunday 2026-01-04 and 2025-W01 for 2024-12-30. */
function isoWeekLabel(d) {
    const thursday = new Date(isoWeekIndex(d) * 7 * _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
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
/**
 * Newest first; at the same creation time (EC2 reports whole seconds) a snapshot this run created comes first,
 * since nothing listed before it can be newer; then by id, for a deterministic keep-rule order.
 */
function compareNewestFirst(a, b, created) {
    return (b.createdAt.getTime() - a.createdAt.getTime() ||
        Number(created.has(b.snapshotId)) - Number(created.has(a.snapshotId)) ||
        compareText(a.snapshotId, b.snapshotId));
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


/***/ })

};
