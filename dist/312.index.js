export const id = 312;
export const ids = [312];
export const modules = {

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Gw: () => (/* binding */ infoLines),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22988);


/** An annotation's properties with its title made inert for the log. */
function props(p) {
    return p?.title === undefined ? p : { ...p, title: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(p.title) };
}
/** Writes one line to the job log, made inert by {@link logLine}. */
function info(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text));
}
/** Writes every line of a multi-line text to the job log, each made inert by {@link logLine}. */
function infoLines(text) {
    for (const line of text.split('\n'))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(line));
}
/** A warning annotation whose message and title are made inert by {@link logLine}. */
function warning(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}
/** An error annotation whose message and title are made inert by {@link logLine}. */
function error(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.error((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}
/** A notice annotation whose message and title are made inert by {@link logLine}. */
function notice(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}


/***/ }),

/***/ 63734:
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
/**
 * Locks each completed EBS copy this run made, in its own region, as {@link lockBackups} locks the originals: a copy
 * that could not be locked is kept and reported as a failure of its own. Copies that failed or were not started are
 * already reported by the copy step and pass unchanged, as do RDS and Aurora copies.
 */
async function lockCopies(copies, clientsOf, request) {
    if (request.days <= 0)
        return { copies: [...copies], failures: [] };
    const failures = [];
    const out = await Promise.all(copies.map(async (c) => {
        if (c.kind !== undefined || c.snapshotId === null || c.state === 'failed' || c.state === 'not-started')
            return c;
        const where = { accountId: c.accountId, region: c.region, volumeId: c.volumeId, snapshotId: c.snapshotId };
        const fail = (message) => {
            failures.push({ ...where, message, lockFailed: true });
            return c;
        };
        const what = `Copy ${c.snapshotId} of ${c.sourceSnapshotId} (${c.volumeId}) in ${c.region}`;
        if (c.state !== 'completed')
            return fail(`${what} was not locked: it is ${c.state}, not completed; it is kept, and can be locked once completed with LockSnapshot (${request.mode}, ${request.days} days)`);
        const clients = clientsOf(c.accountId);
        if (clients === undefined)
            return fail(`${what} was not locked: no client for account ${c.accountId}`);
        const result = await (0,snapshot_locks/* lockSnapshot */.KH)(clients.ec2(c.region), c.snapshotId, request.mode, request.days);
        if (!result.ok)
            return fail(`${what}: ${result.message}; the copy is kept, unlocked`);
        const lock = {
            mode: request.mode,
            days: request.days,
            expiresAt: result.lockExpiresAt === null ? null : result.lockExpiresAt.toISOString()
        };
        return { ...c, lock };
    }));
    return { copies: out, failures };
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
// EXTERNAL MODULE: ./src/instance-backup.ts
var instance_backup = __webpack_require__(51463);
// EXTERNAL MODULE: ./src/backup-copies.ts
var backup_copies = __webpack_require__(79499);
// EXTERNAL MODULE: ./src/copies.ts
var src_copies = __webpack_require__(21822);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(53711);
;// CONCATENATED MODULE: ./src/copy-metadata.ts
/**
 * Catch-up copies in the metadata: when a run copies an earlier run's snapshot (one whose copy was missing), the
 * earlier snapshot's metadata document gains that copy. Only a document the action provably wrote (schema_version 1,
 * tool snapshot-hygiene, the same kind, snapshot and source as its key) is rewritten, and only when its `copies`
 * change: the same copy recorded twice leaves the object untouched. Nothing else in the document changes.
 */



/** A stored copies entry, or null when it is not one the action writes. */
function storedCopy(value) {
    if (typeof value !== 'object' || value === null)
        return null;
    const v = value;
    if (typeof v.region !== 'string' || typeof v.state !== 'string')
        return null;
    if (v.snapshot_id !== null && typeof v.snapshot_id !== 'string')
        return null;
    if (v.message !== undefined && typeof v.message !== 'string')
        return null;
    return {
        region: v.region,
        snapshot_id: v.snapshot_id,
        state: v.state,
        ...(v.message === undefined ? {} : { message: v.message })
    };
}
/** The document's copies with the given records in place of its entries for their regions, by region. */
function mergeCopies(stored, records) {
    const regions = new Set(records.map((r) => r.region));
    const kept = (Array.isArray(stored) ? stored : [])
        .map(storedCopy)
        .filter((c) => c !== null && !regions.has(c.region));
    const added = records.map((c) => ({
        region: c.region,
        snapshot_id: c.snapshotId,
        state: c.state,
        ...(c.message === undefined ? {} : { message: c.message })
    }));
    return [...kept, ...added].sort((a, b) => a.region.localeCompare(b.region));
}
/**
 * Records copies of an earlier snapshot in its metadata document at `key`, when that document is the action's own
 * and names `expected`; S3 errors other than a missing object are thrown with the key.
 */
async function recordCopies(s3, bucket, key, expected, records) {
    let text;
    try {
        const out = await s3.send(new dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }));
        text = (await out.Body?.transformToString('utf8')) ?? '';
    }
    catch (err) {
        if ((0,metadata/* isObjectGone */.r1)(err))
            return 'gone';
        throw (0,metadata/* s3Error */.lH)(`Could not read s3://${bucket}/${key}`, bucket, err);
    }
    const identity = (0,metadata/* documentIdentity */.yt)(text);
    if (identity === null || !(0,metadata/* matchesKey */.vV)(identity, expected))
        return 'foreign';
    const doc = JSON.parse(text);
    const merged = mergeCopies(doc.copies, records);
    if (JSON.stringify(doc.copies) === JSON.stringify(merged))
        return 'unchanged';
    try {
        await s3.send(new dist_cjs/* PutObjectCommand */.wKZ({
            Bucket: bucket,
            Key: key,
            Body: JSON.stringify({ ...doc, copies: merged }, null, 2) + '\n',
            ContentType: 'application/json'
        }));
    }
    catch (err) {
        throw (0,metadata/* s3Error */.lH)(`Could not write s3://${bucket}/${key}`, bucket, err);
    }
    return 'updated';
}
/**
 * Records this run's copies of a source's earlier snapshots (catch-up) in their metadata documents, one document
 * per snapshot; answers one line per document that could not be read or written (the copies themselves stand).
 */
async function recordCatchUpCopies(s3, bucket, prefix, kind, sourceId, createdSnapshotId, copies) {
    const bySnapshot = new Map();
    for (const c of copies) {
        if (c.sourceSnapshotId === createdSnapshotId)
            continue;
        const record = {
            region: c.region,
            snapshotId: c.snapshotId,
            state: c.state,
            ...(c.message === undefined ? {} : { message: c.message })
        };
        bySnapshot.set(c.sourceSnapshotId, [...(bySnapshot.get(c.sourceSnapshotId) ?? []), record]);
    }
    const problems = [];
    await Promise.all([...bySnapshot].map(async ([snapshotId, records]) => {
        const key = kind.metadataKeyOf(prefix, sourceId, snapshotId);
        const expected = {
            volumeId: sourceId,
            snapshotId,
            ...(kind.name === 'ebs' ? {} : { kind: kind.name })
        };
        try {
            await recordCopies(s3, bucket, key, expected, records);
        }
        catch (err) {
            problems.push(`The copies of ${snapshotId} made by this run are not recorded in its metadata: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }));
    return problems.sort();
}

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
        // EBS creates share EC2's snapshot-creation bucket per account and region with instance sets; the kind takes a
        // token before each attempt, a throttled one's retry included.
        const pacer = kind.name === 'ebs' ? (deps.createPacer ?? sharedCreatePacer(clock))(target.accountId, source.region) : undefined;
        view = await kind.create(target.clients, source, {
            snapshotId: kind.snapshotIdFor(source, now),
            description: (0,backup_tags/* backupDescription */.pp)(config.description, source.id, deps.workflow),
            tags,
            ...(pacer === undefined ? {} : { pacer })
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
            // EBS waits share the region's batched, paced poller with the copies: one DescribeSnapshots for many sources.
            const poller = deps.copyGates.poller(target.clients, target.accountId, source.region);
            const waited = await kind.wait(target.clients, source.region, view, clock, deadline, kind.name === 'ebs' ? (id) => poller.lookup(id) : undefined);
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
    const copying = copyConfig(config);
    const copied = copying === null
        ? null
        : await (0,backup_copies/* copyForSource */.OJ)(target, kind, source, view, copying, deps.workflow, deps.copyGates, clock, deadline);
    // Copies of earlier snapshots (catch-up) go into those snapshots' own documents.
    const unrecorded = copied === null
        ? []
        : await recordCatchUpCopies(target.clients.s3(config.awsRegion), config.bucket ?? '', config.metadataPrefix, kind, source.id, view.snapshotId, copied.all);
    const copies = {
        ...(copied === null ? {} : { copies: copied.all }),
        ...(unrecorded.length === 0 ? {} : { notices: unrecorded })
    };
    const { key, doc: sourceDoc } = kind.metadata(view, source, target.accountId, {
        prefix: config.metadataPrefix,
        workflow: deps.workflow,
        writtenBy: 'backup',
        now: clock.now()
    });
    // The source's document records its copies (written once, after them: a crash before leaves it to repair).
    const doc = copied === null ? sourceDoc : { ...sourceDoc, copies: (0,backup_copies/* documentCopies */.lE)(copied.ofCreated) };
    try {
        await (0,metadata/* putMetadata */.h$)(target.clients.s3(config.awsRegion), config.bucket ?? '', key, doc);
    }
    catch (err) {
        const message = `Snapshot ${snapshotId} of ${name} was created, but its metadata was not written: ${(0,errors/* errorMessage */.gJ)(err)}`;
        return {
            created: createdRecord(target.accountId, kind, source, view, tags, null),
            failure: failure ?? { ...where, snapshotId, message },
            ...copies
        };
    }
    return { created: createdRecord(target.accountId, kind, source, view, tags, key), failure, ...copies };
}
/** The copy inputs, or null without copy-to-regions. */
function copyConfig(config) {
    const regions = config.copyToRegions ?? [];
    if (regions.length === 0)
        return null;
    return {
        copyToRegions: regions,
        copyKmsKey: config.copyKmsKey ?? {},
        copyRetention: config.copyRetention ?? {
            retentionDays: config.retentionDays,
            keepLast: 0,
            keepDaily: 0,
            keepWeekly: 0,
            keepMonthly: 0
        },
        tags: config.tags,
        wait: config.wait
    };
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
    const copyGates = deps.copyGates ?? new src_copies/* CopyGates */.SE(clock);
    const outcomes = await Promise.all(jobs.map((job) => backupOne(job, config, clock, { ...deps, copyGates })));
    failures.push(...outcomes.map((o) => o.failure).filter((f) => f !== null));
    const sets = await instanceSets(config, targets, clock, { ...deps, copyGates });
    const copies = [...outcomes.flatMap((o) => o.copies ?? []), ...(sets?.copies ?? [])];
    const setIds = new Set((sets?.created ?? []).map((c) => c.snapshotId));
    const lockDays = config.lockDays ?? 0;
    // Snapshots of volumes and of instance sets are locked alike.
    const locked = await lockBackups([...outcomes.map((o) => o.created).filter((c) => c !== null), ...(sets?.created ?? [])], (accountId) => targets.find((t) => t.accountId === accountId)?.clients, { days: lockDays, mode: config.lockMode ?? 'governance' });
    const lockedCopies = await lockCopies(copies, (accountId) => targets.find((t) => t.accountId === accountId)?.clients, { days: lockDays, mode: config.lockMode ?? 'governance' });
    failures.push(...lockedCopies.failures);
    const created = locked.created.filter((c) => !setIds.has(c.snapshotId));
    const setCreated = locked.created.filter((c) => setIds.has(c.snapshotId));
    failures.push(...locked.failures);
    const notices = [
        ...(lockDays > 0 && jobs.some((j) => j.kind.name !== 'ebs') ? [rdsLockNotice(lockDays)] : []),
        ...ownRegionNotices(config.copyToRegions ?? [], jobs, sets?.sets ?? []),
        ...outcomes.flatMap((o) => o.notices ?? []),
        ...(sets?.notices ?? [])
    ];
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
        created: [...created.sort(order), ...setCreated],
        failures: [...failures.sort(order), ...(sets?.failures ?? [])],
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
            : {}),
        ...(sets === null ? {} : { instanceSets: sets.sets }),
        ...((config.copyToRegions ?? []).length === 0
            ? {}
            : {
                copies: lockedCopies.copies,
                copyFailures: copies
                    .filter(backup_copies/* copyFailed */.Lz)
                    .map((c) => `Copy of ${c.sourceSnapshotId} (${label((0,src_kinds/* kindNamed */.UL)(c.kind ?? 'ebs'), c.volumeId)}) into ${c.region} failed: ${c.message ?? ''}`)
            })
    };
}
/**
 * One line per source found in a copy region (a tag selector matched it there), saying where its snapshots go
 * instead; in the order of the sources.
 */
function ownRegionNotices(copyToRegions, jobs, sets) {
    const lines = [
        ...jobs
            .filter((j) => copyToRegions.includes(j.source.region))
            .map((j) => (0,backup_copies/* ownRegionNotice */.j_)(notFoundName(j.kind, j.source.id), j.source.region, copyToRegions)),
        ...sets
            .filter((s) => copyToRegions.includes(s.region))
            .map((s) => (0,backup_copies/* ownRegionNotice */.j_)(`Instance ${s.instanceId}`, s.region, copyToRegions))
    ];
    return [...new Set(lines)];
}
const createPacerByClock = new WeakMap();
/** The create pacers of a run (one clock per run): shared by volume snapshots and instance sets. */
function sharedCreatePacer(clock) {
    let pacer = createPacerByClock.get(clock);
    if (pacer === undefined) {
        pacer = (0,instance_backup/* createPacers */.JC)(clock);
        createPacerByClock.set(clock, pacer);
    }
    return pacer;
}
/** Backs up the instance input's instances as sets, as created snapshots and failures in the backup's own terms. */
async function instanceSets(config, targets, clock, deps) {
    const instances = config.instances ?? [];
    if (instances.length === 0)
        return null;
    const copying = copyConfig(config);
    const notices = [];
    const out = await (0,instance_backup/* backupInstances */.L7)({
        ...config,
        instances,
        excludeBootVolume: config.excludeBootVolume ?? false,
        excludeVolumeTags: config.excludeVolumeTags ?? []
    }, targets, clock, {
        workflow: deps.workflow,
        pacer: deps.createPacer ?? sharedCreatePacer(clock),
        ...(copying === null
            ? {}
            : {
                copy: async (target, source, view, deadline) => {
                    const copied = await (0,backup_copies/* copyForSource */.OJ)(target, ebs/* ebsKind */.Bo, source, view, copying, deps.workflow, deps.copyGates, clock, deadline);
                    notices.push(...(await recordCatchUpCopies(target.clients.s3(config.awsRegion), config.bucket ?? '', config.metadataPrefix, ebs/* ebsKind */.Bo, source.id, view.snapshotId, copied.all)));
                    return copied;
                }
            })
    });
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
        })),
        copies: out.copies,
        notices
    };
}


/***/ }),

/***/ 4617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ writeResultJson),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   VS: () => (/* binding */ resultJsonPath),
/* harmony export */   mz: () => (/* binding */ uploadArtifact)
/* harmony export */ });
/* unused harmony export artifactNotice */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83758);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51666);
/** Where a report goes on GitHub: the job summary, the result JSON beside the CSV, and the workflow artifact. */







/** The markdown that opens a summary when the artifact failed ('' otherwise). */
function artifactNotice(upload) {
    if (upload.status !== 'failed')
        return '';
    return (`> **The artifact \`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.md)(upload.name)}\` was not uploaded**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.md)(upload.reason)}\n>\n` +
        '> The CSV and the result JSON were written on the runner only, and go with it when the job ends; the step fails. ' +
        'Re-run the job to upload them.\n\n');
}
/** Writes the job summary once, cut to GitHub's limit, opened by the artifact's failure if any; a failure to write it is a warning. */
async function writeSummary(markdown, fullReportHint, upload) {
    // The notice goes first: a summary too long for GitHub is cut at its end.
    const text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitSummary */ .mW)((upload === undefined ? '' : artifactNotice(upload)) + markdown, fullReportHint);
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoLines */ .Gw(text);
        return;
    }
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(text, true).write();
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not write the job summary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
}
/** Where the machine-readable result goes: next to the CSV, named after it. */
function resultJsonPath(csvPath) {
    return csvPath.replace(/\.csv$/i, '') + '.summary.json';
}
/** Writes the machine-readable result next to the CSV (never through a symbolic link) and returns its path. */
function writeResultJson(csvPath, result) {
    const file = resultJsonPath(csvPath);
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileChecked */ .NN)(file, JSON.stringify((0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .resultDocument */ .jP)(result), null, 2) + '\n');
    return file;
}
/** Hides the signature of signed URLs that an error message may quote. */
function withoutSignatures(text) {
    return text.replace(/([?&](?:sig|se|sp|sv|st|skoid|sktid)=)[^&\s'"]*/gi, '$1***');
}
/**
 * Uploads files as a workflow artifact when the runner provides the artifact service. The client retries what can
 * be retried; a failure is returned, not thrown, so that the step reports everything before it fails.
 */
async function uploadArtifact(name, files) {
    if (name === '')
        return { status: 'skipped', name };
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`No artifact service on this runner; the files stay at ${files.join(', ')}`);
        return { status: 'skipped', name };
    }
    const root = commonRoot(files);
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
        if (res.id === undefined)
            return { status: 'failed', name, reason: 'the artifact service returned no artifact id' };
        return { status: 'uploaded', name, id: String(res.id) };
    }
    catch (err) {
        return { status: 'failed', name, reason: withoutSignatures((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)) };
    }
}
function commonRoot(files) {
    const dirs = files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(f)));
    let root = dirs[0] ?? process.cwd();
    while (!dirs.every((d) => d === root || d.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)))
        root = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(root);
    return root;
}


/***/ }),

/***/ 35045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ endStep),
/* harmony export */   Ge: () => (/* binding */ setResultOutputs),
/* harmony export */   IY: () => (/* binding */ setTotalsOutputs),
/* harmony export */   Rz: () => (/* binding */ workflowContext),
/* harmony export */   Tz: () => (/* binding */ setBackupOutputs),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   XI: () => (/* binding */ logCreated),
/* harmony export */   ff: () => (/* binding */ failWith),
/* harmony export */   l0: () => (/* binding */ unreadProblem),
/* harmony export */   mk: () => (/* binding */ publish)
/* harmony export */ });
/* unused harmony exports artifactId, ArtifactUploadError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8211);
/* harmony import */ var _inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76722);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25625);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89133);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4617);
/**
 * What the reports of the modes (each mode's step) share: the workflow context a backup records, publishing a result (result JSON, artifact, job
 * summary), the outputs every step sets, and ending the step with the problems it met (run() turns the error into
 * the step's failure).
 */






/** The URL of a workflow run, or '' when the repository or the run id is unknown. */
function runUrl(serverUrl, repository, runId) {
    return repository !== '' && runId !== '' ? `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` : '';
}
/** The workflow run as plain data: repository, workflow, run id and URL, commit and actor ('' where unknown). */
function workflowContext(ctx, env = process.env) {
    const repository = (env.GITHUB_REPOSITORY ?? '').trim();
    const runId = ctx.runId ? String(ctx.runId) : '';
    return {
        repository,
        workflow: ctx.workflow ?? '',
        runId,
        runUrl: runUrl(ctx.serverUrl || 'https://github.com', repository, runId),
        sha: ctx.sha ?? '',
        actor: ctx.actor ?? ''
    };
}
/**
 * Writes the result JSON, uploads it with the files as the artifact, then writes the job summary (opened by the
 * artifact's failure, if it failed). Returns the result JSON's path and what became of the artifact.
 */
async function publish(config, p) {
    const resultJson = (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResultJson */ .L2)(p.csvPath, p.result);
    const upload = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadArtifact */ .mz)(config.artifactName, [...p.files, resultJson]);
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(p.summary, p.fullReportHint, upload);
    return { resultJson, upload };
}
/** The artifact-id output: the id, or '' when nothing was uploaded. */
function artifactId(upload) {
    return upload.status === 'uploaded' ? upload.id : '';
}
/** Sets the outputs of every step that publishes a result: csv-path (when it wrote a CSV), summary-json-path, artifact-id, failed-count. */
function setResultOutputs(o) {
    if (o.csvPath !== null)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('csv-path', o.csvPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('summary-json-path', o.resultJson);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('artifact-id', artifactId(o.upload));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('failed-count', o.failedCount);
}
/** Sets the totals outputs of inventory, check and merge: snapshot-count, total-size-gib, estimated-monthly-cost-usd. */
function setTotalsOutputs(snapshotCount, aggregate) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('snapshot-count', snapshotCount);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('total-size-gib', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(aggregate.total.sizeGib, 3));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('estimated-monthly-cost-usd', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(aggregate.total.costUsd, 2));
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
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Created ${c.snapshotId} of ${c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`} in ${c.region} (account ${c.accountId}), state ${c.state}; ${meta}`);
    }
}
/**
 * The problem a step ends with when fail-on-region-error is true and a region or service could not be read
 * (`what`: 'listed', 'checked'), naming the first; null otherwise.
 */
function unreadProblem(config, failures, what) {
    const first = failures[0];
    if (!config.failOnRegionError || first === undefined)
        return null;
    return `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(failures.length, 'region or service', 'regions or services')} could not be ${what} (fail-on-region-error is true): ${(0,_accounts_js__WEBPACK_IMPORTED_MODULE_5__/* .failureLine */ .P)(first)}`;
}
/** The step's artifact could not be uploaded; raised once the step has written its summary, files and outputs. */
class ArtifactUploadError extends Error {
    artifactName;
    reason;
    constructor(artifactName, reason, others = []) {
        super(`The artifact ${artifactName} was not uploaded: ${reason}` + others.map((o) => `. Also: ${o}`).join(''));
        this.artifactName = artifactName;
        this.reason = reason;
    }
}
/**
 * Ends a step that has reported everything: throws an ArtifactUploadError when the artifact failed (naming the
 * other problems too), else an Error naming the problems; returns when there are none.
 */
function endStep(upload, problems = []) {
    const others = problems.filter((p) => p !== null && p !== '');
    if (upload.status === 'failed')
        throw new ArtifactUploadError(upload.name, upload.reason, others);
    if (others.length > 0)
        throw new Error(others.join('. Also: '));
}
/** Turns a list of problems into annotations and one error that ends the step; a failed artifact upload ends it too. */
function failWith(problems, one, many, upload) {
    if (problems.length === 0) {
        if (upload)
            endStep(upload);
        return;
    }
    const shown = 50;
    for (const p of problems.slice(0, shown))
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3(p);
    for (const p of problems.slice(shown))
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`error: ${p}`);
    const listed = problems.slice(0, 10).join('; ');
    const more = problems.length > 10 ? `; and ${problems.length - 10} more (see the log and the summary)` : '';
    const message = `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(problems.length, one, many)}: ${listed}${more}`;
    if (upload)
        endStep(upload, [message]);
    throw new Error(message);
}


/***/ }),

/***/ 51666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ RESULT_TOOL),
/* harmony export */   jP: () => (/* binding */ resultDocument),
/* harmony export */   tS: () => (/* binding */ RESULT_SCHEMA_VERSION)
/* harmony export */ });
/** The machine-readable result JSON each mode's report writes (and the findings file) and merge reads: what opens every one. */
/** Version of the result JSON; merge refuses other major versions. */
const RESULT_SCHEMA_VERSION = 1;
/** The `tool` every result JSON names. */
const RESULT_TOOL = 'snapshot-hygiene';
/** A result as it is written: the schema version and the tool, then the mode's result. */
function resultDocument(result) {
    return { schema_version: RESULT_SCHEMA_VERSION, tool: RESULT_TOOL, ...result };
}


/***/ }),

/***/ 83939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ instanceSetsSection)
/* harmony export */ });
/* unused harmony export MAX_SET_ROWS */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22988);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83758);
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
            ...s.snapshots.map((x) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(x.device ?? ''), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(x.volumeId), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(x.snapshotId), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(x.state)]),
            ...s.excluded.map((e) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(e.device ?? ''), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(e.volumeId), '', `left out: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(e.reason)}`])
        ];
        return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.instanceId)}**${name} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(s.region)}, set ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(s.setId)}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['device', 'volume', 'snapshot', 'state'], rows, ['l', 'l', 'l', 'l'])}`;
    });
    const more = sets.length > MAX_SET_ROWS ? `\n\n${sets.length - MAX_SET_ROWS} more sets are in the result JSON.` : '';
    return `### Instance sets\n\n${blocks.join('\n\n')}${more}`;
}


/***/ })

};
