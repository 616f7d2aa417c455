export const id = 469;
export const ids = [469];
export const modules = {

/***/ 6020:
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
// EXTERNAL MODULE: ./src/copies.ts
var src_copies = __webpack_require__(21822);
// EXTERNAL MODULE: ./src/copy-policy.ts
var copy_policy = __webpack_require__(74297);
;// CONCATENATED MODULE: ./src/backup-copies.ts




/** The description of a copy: the source's id and region. */
function copyDescription(snapshotId, region, sourceId) {
    return (0,backup_tags/* firstChars */.OJ)(`snapshot-hygiene copy of ${snapshotId} (${sourceId}) from ${region}`, backup_tags/* DESCRIPTION_MAX */.Ku);
}
/** The managed, completed snapshots of the source in its own region (not copies), as copy candidates. */
async function sourceCandidates(target, kind, source) {
    const owned = await kind.listOwned(target.clients, target.accountId, source.region, {}, [source.id]);
    return owned
        .filter((o) => !(0,copy_policy/* isCopy */.sN)(o.record) && o.record.state === kind.doneState && o.record.sourceId === source.id)
        .map((o) => ({
        snapshotId: o.record.snapshotId,
        createdAt: o.record.createdAt,
        arn: o.record.arn,
        encrypted: o.record.encrypted
    }));
}
/**
 * Copies the source's new snapshot (when done) and the recent ones a copy region lacks; never throws. A region
 * whose copies cannot be listed still gets this run's snapshot.
 */
async function copyForSource(target, kind, source, view, config, workflow, gates, clock, deadline) {
    const now = clock.now();
    const tags = (0,backup_tags/* backupTags */.S3)({ tags: config.tags, retentionDays: config.copyRetention.retentionDays }, source, workflow, now);
    const created = view.done
        ? {
            snapshotId: view.snapshotId,
            createdAt: view.startTime,
            arn: view.raw?.arn ?? null,
            encrypted: false
        }
        : null;
    let candidates = created === null ? [] : [created];
    try {
        const listed = await sourceCandidates(target, kind, source);
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
    await Promise.all(config.copyToRegions.map(async (region) => {
        let todo;
        try {
            const copies = await (0,src_copies/* listCopies */.cJ)(target.clients, kind, target.accountId, region, [source.id]);
            const mine = copies.filter((c) => c.record.tags[copy_policy/* TAG_SOURCE_REGION */._L] === source.region);
            const copied = new Set(mine.map((c) => c.record.tags[copy_policy/* TAG_COPY_OF */.$E]));
            // This run's snapshot is always copied (EC2 times are whole seconds: it may tie with the newest copied).
            const earlier = (0,src_copies/* missingCopies */.EY)(candidates, mine, config.copyRetention.retentionDays, now).filter((c) => c.snapshotId !== created?.snapshotId);
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
                    message: `could not list the copies in ${region}: ${(0,errors/* errorMessage */.gJ)(err)}`
                });
        }
        const records = await Promise.all(todo.map(async (c) => {
            const [record] = await (0,src_copies/* copySnapshot */.GG)(target.clients, {
                kind: kind.name,
                accountId: target.accountId,
                region: source.region,
                snapshotId: c.snapshotId,
                arn: c.arn,
                sourceId: source.id,
                encrypted: c.encrypted,
                description: copyDescription(c.snapshotId, source.region, source.id)
            }, { regions: [region], kmsKeys: config.copyKmsKey, wait: config.wait, deadline }, tags, gates, clock);
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
/** Whether a copy record means the copy failed (or did not complete within the wait) and fails the step. */
function copyFailed(c) {
    return c.message !== undefined && c.state !== 'not-started';
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
    const copyRegions = config.copyToRegions ?? [];
    const copied = copyRegions.length === 0
        ? null
        : await copyForSource(target, kind, source, view, {
            copyToRegions: copyRegions,
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
        }, deps.workflow, deps.copyGates, clock, deadline);
    const copies = copied === null ? {} : { copies: copied.all };
    const { key, doc: sourceDoc } = kind.metadata(view, source, target.accountId, {
        prefix: config.metadataPrefix,
        workflow: deps.workflow,
        writtenBy: 'backup',
        now: clock.now()
    });
    // The source's document records its copies (written once, after them: a crash before leaves it to repair).
    const doc = copied === null
        ? sourceDoc
        : {
            ...sourceDoc,
            copies: copied.ofCreated.map((c) => ({
                region: c.region,
                snapshot_id: c.snapshotId,
                state: c.state,
                ...(c.message === undefined ? {} : { message: c.message })
            }))
        };
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
    const copies = outcomes.flatMap((o) => o.copies ?? []);
    const created = outcomes.map((o) => o.created).filter((c) => c !== null);
    failures.push(...outcomes.map((o) => o.failure).filter((f) => f !== null));
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
        ...((config.copyToRegions ?? []).length === 0
            ? {}
            : {
                copies,
                copyFailures: copies
                    .filter(copyFailed)
                    .map((c) => `Copy of ${c.sourceSnapshotId} (${label((0,src_kinds/* kindNamed */.UL)(c.kind ?? 'ebs'), c.volumeId)}) into ${c.region} failed: ${c.message ?? ''}`)
            })
    };
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
var backup = __webpack_require__(6020);
// EXTERNAL MODULE: ./src/report/publish.ts
var publish = __webpack_require__(4617);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
// EXTERNAL MODULE: ./src/summary/copies.ts
var copies = __webpack_require__(99651);
;// CONCATENATED MODULE: ./src/summary/backup.ts


/** The whole backup summary in markdown. */
function backupSummary(r) {
    const parts = [
        '## Snapshot backup',
        (0,sections/* backupHeadline */.l$)(r),
        (0,sections/* createdSection */.w2)(r.created),
        (0,copies/* copiesSection */.hL)(r.copies),
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
    (0,shared/* failWith */.ff)([...result.failures.map((f) => f.message), ...(result.copyFailures ?? [])], result.failures.some((f) => f.kind !== undefined) ? 'backup failed' : 'volume backup failed', result.failures.some((f) => f.kind !== undefined) ? 'backups failed' : 'volume backups failed', upload);
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
