export const id = 748;
export const ids = [748];
export const modules = {

/***/ 51225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ costsOver),
/* harmony export */   EQ: () => (/* binding */ RESTORED_RULE),
/* harmony export */   Ex: () => (/* binding */ ARCHIVE_RULE),
/* harmony export */   HU: () => (/* binding */ earlyArchiveDeleteWarning),
/* harmony export */   Le: () => (/* binding */ isRestored),
/* harmony export */   eM: () => (/* binding */ planArchive),
/* harmony export */   lm: () => (/* binding */ archiveCosts),
/* harmony export */   pd: () => (/* binding */ restoredReason),
/* harmony export */   wt: () => (/* binding */ ARCHIVE_MIN_DAYS)
/* harmony export */ });
/* unused harmony exports DAYS_PER_MONTH, uniqueLowGib */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99373);
/* harmony import */ var _cost_range_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3854);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94309);
/**
 * The archive-tier planner: which kept, managed EBS snapshots prune moves to the archive tier, and the guards on
 * deleting archived ones. Pure: it reads the retention plan and prices, and calls nothing.
 *
 * A snapshot is archived only when all of these hold:
 * - the retention plan keeps it, it is completed, in the standard tier, and not restored from the archive;
 * - it is at least `archive-after-days` old;
 * - no keep-last slot and no created-this-run hold keeps it (the newest of a volume stay fast to restore);
 * - retention alone keeps it at least {@link ARCHIVE_MIN_DAYS} more days: the days until it is older than
 *   `retention-days`. Holds of keep-daily, keep-weekly and keep-monthly past retention are not counted, since a
 *   newer snapshot can end them at any run;
 * - archiving costs less over those remaining days than the LOW end of what it costs in standard. Archived, it is
 *   billed on its full size (FullSnapshotSizeInBytes, else its volume size) at the archive price, for at least 90
 *   days. In standard it is billed for its unique blocks, whose low end is what removing it from its lineage takes
 *   off the lineage's low bound (cost-range.ts): with full sizes that is often 0 (its blocks may all be shared), so
 *   it is archived only when it alone holds the lineage's largest full size; without full sizes (the volume-size
 *   bound at both ends) it is its volume size. The lineage is the volume's managed snapshots that stay in standard
 *   after this run.
 */



/** AWS bills an archived snapshot for at least this many days. */
const ARCHIVE_MIN_DAYS = 90;
/** Days in the month the GB-month prices are per (a year of 365.25 days over 12). */
const DAYS_PER_MONTH = 365.25 / 12;
/** The rule an archived snapshot's decision carries. */
const ARCHIVE_RULE = 'archive-tier';
/** The rule of a snapshot not deleted because it is restored from the archive tier. */
const RESTORED_RULE = 'restored';
/** The rules of a kept decision that pin a snapshot in standard: the newest of its volume, and this run's. */
const PINNED = ['keep-last', 'created-this-run'];
/** The rules a completed, dated, kept snapshot can carry. */
const KEEP_RULES = new Set(['retention', 'keep-daily', 'keep-weekly', 'keep-monthly', 'keep-last', 'created-this-run']);
function money(usd) {
    return `$${usd.toFixed(2)}`;
}
function gib(n) {
    return `${Number(n.toFixed(3))} GiB`;
}
function lineageKeyOf(s) {
    return JSON.stringify([s.accountId, s.region, s.sourceId]);
}
/** Whether the snapshot is restored (or being restored) from the archive tier: RestoreExpiryTime is set. */
function isRestored(s) {
    return s.restoreExpiresAt !== undefined;
}
/**
 * The archive verdicts of a retention plan at `now`, keyed by snapshot id: one for each kept EBS snapshot that passes
 * the age, hold and remaining-retention tests (archive true or false by cost); snapshots failing those are absent.
 */
function planArchive(decisions, policy, now) {
    const staying = new Map();
    for (const d of decisions) {
        const s = d.snapshot;
        if (d.action !== 'keep' || s.service !== 'ebs' || s.storageTier !== 'standard' || s.sourceId === null)
            continue;
        const key = lineageKeyOf(s);
        staying.set(key, [...(staying.get(key) ?? []), s]);
    }
    const out = new Map();
    for (const d of decisions) {
        const s = d.snapshot;
        if (d.action !== 'keep' || s.service !== 'ebs' || s.storageTier !== 'standard' || isRestored(s))
            continue;
        if (s.state !== 'completed' || s.sourceId === null)
            continue;
        const rules = d.rule.split(', ');
        if (!rules.every((r) => KEEP_RULES.has(r)) || rules.some((r) => PINNED.includes(r)))
            continue;
        const ageMs = now.getTime() - s.createdAt.getTime();
        if (!(ageMs >= policy.archiveAfterDays * _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO))
            continue;
        const remainingDays = Math.floor((policy.retentionDays * _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO - ageMs) / _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
        if (remainingDays < ARCHIVE_MIN_DAYS)
            continue;
        out.set(s.snapshotId, verdict(s, staying.get(lineageKeyOf(s)) ?? [s], remainingDays));
    }
    return out;
}
/**
 * The low end of a snapshot's unique blocks in GiB: its lineage's low bound with it, less the bound without it. With
 * full sizes the bound is the largest full size, so only a snapshot that alone holds it has any; with the volume-size
 * bound at both ends it is its volume size. Equal to recomputing the lineage without it, without doing so for every
 * snapshot of a long lineage.
 */
function uniqueLowGib(s, lineage, withIt) {
    if (withIt.method === 'volume-size')
        return (0,_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .pricedSizeGib */ .ZB)(s);
    const others = lineage.filter((r) => r.snapshotId !== s.snapshotId);
    const holdsMax = s.fullSizeGib !== undefined && s.fullSizeGib >= withIt.lowGib;
    if (!holdsMax || others.some((r) => r.fullSizeGib !== undefined && r.fullSizeGib >= withIt.lowGib))
        return 0;
    const withoutLow = others.length === 0 ? 0 : (0,_cost_range_js__WEBPACK_IMPORTED_MODULE_1__/* .lineageCost */ .xP)(others).lowGib;
    return Math.max(0, withIt.lowGib - withoutLow);
}
/**
 * Both monthly costs of one standard-tier EBS snapshot: archived (its full size at the archive price) and in standard
 * at the low end (its unique blocks at the standard price). `lineage` is the standard-tier snapshots of its volume
 * that stay so, itself among them; `withIt` its range when already computed.
 */
function archiveCosts(s, lineage, withIt = (0,_cost_range_js__WEBPACK_IMPORTED_MODULE_1__/* .lineageCost */ .xP)(lineage)) {
    const standardGib = uniqueLowGib(s, lineage, withIt);
    const archiveGib = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .pricedSizeGib */ .ZB)(s);
    return {
        archiveGib,
        standardGib,
        method: withIt.method,
        archiveUsdMonth: archiveGib * (0,_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .pricePerGibMonth */ .dC)('ebs', 'archive'),
        standardUsdMonth: standardGib * (0,_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .pricePerGibMonth */ .dC)('ebs', 'standard')
    };
}
/** Both costs over `days` of remaining life: archived billed for at least {@link ARCHIVE_MIN_DAYS}. */
function costsOver(c, days) {
    return {
        archiveUsd: c.archiveUsdMonth * (Math.max(days, ARCHIVE_MIN_DAYS) / DAYS_PER_MONTH),
        standardUsd: c.standardUsdMonth * (days / DAYS_PER_MONTH)
    };
}
function verdict(s, lineage, remainingDays) {
    const c = archiveCosts(s, lineage);
    const { archiveUsd, standardUsd } = costsOver(c, remainingDays);
    const archive = archiveUsd < standardUsd;
    const costs = `${money(archiveUsd)} archived (${gib(c.archiveGib)} full size at $0.0125/GB-month, 90-day minimum) vs ${money(standardUsd)} in standard at the low end (${gib(c.standardGib)} of unique blocks, ${c.method} bound) over the ${remainingDays} days retention keeps it`;
    return {
        archive,
        remainingDays,
        archiveUsd,
        standardUsd,
        archiveGib: c.archiveGib,
        standardGib: c.standardGib,
        method: c.method,
        reason: archive ? `archive pays: ${costs}` : `not archived, it would not pay: ${costs}`
    };
}
/** The warning for deleting an archived snapshot that is certainly within its 90-day minimum (created under 90 days ago). */
function earlyArchiveDeleteWarning(s, now, dryRun) {
    if (s.service !== 'ebs' || s.storageTier !== 'archive')
        return null;
    const days = Math.floor((now.getTime() - s.createdAt.getTime()) / _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    if (days >= ARCHIVE_MIN_DAYS)
        return null;
    const left = ARCHIVE_MIN_DAYS - days;
    const usd = (0,_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .pricedSizeGib */ .ZB)(s) * (0,_pricing_js__WEBPACK_IMPORTED_MODULE_2__/* .pricePerGibMonth */ .dC)('ebs', 'archive') * (left / DAYS_PER_MONTH);
    return `${dryRun ? 'Would delete' : 'Deleting'} archived snapshot ${s.snapshotId} (${s.region}, account ${s.accountId}) within its 90-day archive minimum: it is ${days} days old, so AWS still bills at least the ${left} days left, about ${money(usd)}`;
}
/** The reason of a snapshot retention would delete, kept because it is restored from the archive tier. */
function restoredReason(s, reason) {
    const until = s.restoreExpiresAt?.toISOString() ?? '';
    return `${reason}; not deleted: restored from the archive tier until ${until} (RestoreExpiryTime); decided again once the restore ends`;
}


/***/ }),

/***/ 87748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupAndPruneStep: () => (/* binding */ backupAndPruneStep),
  heldVolumes: () => (/* binding */ heldVolumes),
  pruneJson: () => (/* binding */ pruneJson),
  pruneStep: () => (/* binding */ pruneStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/accounts.ts
var accounts = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
// EXTERNAL MODULE: ./src/modes/backup.ts + 2 modules
var modes_backup = __webpack_require__(63734);
// EXTERNAL MODULE: ./src/bounded.ts
var bounded = __webpack_require__(16586);
// EXTERNAL MODULE: ./src/aggregate.ts
var aggregate = __webpack_require__(920);
// EXTERNAL MODULE: ./src/csv.ts
var src_csv = __webpack_require__(30731);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/kinds/ebs.ts + 1 modules
var ebs = __webpack_require__(58128);
// EXTERNAL MODULE: ./src/kinds/index.ts + 2 modules
var src_kinds = __webpack_require__(76666);
// EXTERNAL MODULE: ./src/kinds/kind.ts
var kinds_kind = __webpack_require__(53169);
// EXTERNAL MODULE: ./src/metadata.ts
var metadata = __webpack_require__(43630);
// EXTERNAL MODULE: ./src/pacer.ts
var src_pacer = __webpack_require__(17452);
// EXTERNAL MODULE: ./src/pricing.ts
var pricing = __webpack_require__(94309);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
;// CONCATENATED MODULE: ./src/archive-tier.ts
/**
 * Moving one EBS snapshot to the archive tier (ModifySnapshotTier, StorageTier archive), paced on the region's
 * snapshot request bucket with throttling retried, and what the call came to.
 */



/** Errors after which the snapshot stays in standard without the run failing: AWS will not archive it as it is. */
const REFUSED = new Set(['IncorrectState', 'InvalidSnapshot.InUse', 'InvalidParameterCombination']);
const DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
/** Sorts a ModifySnapshotTier error, naming the fix where there is one. */
function classifyArchiveError(err) {
    const code = (0,errors/* errorCode */.CA)(err);
    const message = (0,errors/* errorMessage */.gJ)(err);
    if (code === 'InvalidSnapshot.NotFound')
        return { kind: 'gone' };
    if (REFUSED.has(code))
        return { kind: 'refused', message };
    if (DENIED.has(code))
        return { kind: 'error', message: `${message}; grant ec2:ModifySnapshotTier to the role` };
    return { kind: 'error', message };
}
/** Moves one snapshot to the archive tier: a pacer token per attempt, throttling retried with backoff; never throws. */
async function archiveSnapshot(clients, region, snapshotId, pacer, clock, random) {
    try {
        await (0,src_pacer/* withThrottleRetry */.rz)(() => clients
            .ec2Paced(region)
            .send(new dist_cjs/* ModifySnapshotTierCommand */.aap({ SnapshotId: snapshotId, StorageTier: 'archive' })), {
            pacer,
            isThrottle: errors/* isThrottle */.p0,
            maxAttempts: 8,
            clock,
            baseDelayMs: 1_000,
            maxDelayMs: 30_000,
            random,
            label: `ModifySnapshotTier ${snapshotId} in ${region}`
        });
        return { kind: 'archived' };
    }
    catch (err) {
        return classifyArchiveError(err);
    }
}

// EXTERNAL MODULE: ./src/archive-plan.ts
var archive_plan = __webpack_require__(51225);
;// CONCATENATED MODULE: ./src/prune-archive.ts
/**
 * Prune's archive-tier steps on a planned run: the guards on deleting archived snapshots (never one restored from
 * the archive; a warning for one still within its 90-day minimum), and the snapshots to move to the archive tier
 * (archive-plan.ts), marked on their decisions with both costs.
 */

/**
 * Applies the delete guards to the decisions (index-aligned with the plan's): a would-delete snapshot restored from
 * the archive tier becomes skipped (rule restored); one archived under 90 days ago adds a warning.
 */
function guardArchivedDeletes(plan, decisions, now, dryRun, warnings) {
    plan.forEach((p, i) => {
        const d = decisions[i];
        if (d === undefined || d.outcome !== 'would-delete')
            return;
        if ((0,archive_plan/* isRestored */.Le)(p.snapshot)) {
            Object.assign(d, { outcome: 'skipped', rule: archive_plan/* RESTORED_RULE */.EQ, reason: (0,archive_plan/* restoredReason */.pd)(p.snapshot, d.reason) });
            return;
        }
        const warning = (0,archive_plan/* earlyArchiveDeleteWarning */.HU)(p.snapshot, now, dryRun);
        if (warning !== null)
            warnings.push(warning);
    });
}
/**
 * Marks the kept snapshots that archiving pays for as would-archive (rule archive-tier, both costs in the reason and
 * in `archive`), and adds to each other candidate's reason why it stays in standard. Returns the marked decisions.
 */
function markArchive(plan, decisions, policy, now) {
    const verdicts = (0,archive_plan/* planArchive */.eM)(plan, policy, now);
    const marked = [];
    plan.forEach((p, i) => {
        const d = decisions[i];
        const v = verdicts.get(p.snapshot.snapshotId);
        if (d === undefined || v === undefined || d.outcome !== 'kept')
            return;
        if (!v.archive) {
            d.reason = `${d.reason}; ${v.reason}`;
            return;
        }
        Object.assign(d, {
            outcome: 'would-archive',
            rule: archive_plan/* ARCHIVE_RULE */.Ex,
            reason: `${d.reason}; ${v.reason}`,
            archive: { archiveUsd: v.archiveUsd, standardUsd: v.standardUsd, remainingDays: v.remainingDays }
        });
        marked.push(d);
    });
    return marked;
}

// EXTERNAL MODULE: ./src/snapshot-locks.ts
var snapshot_locks = __webpack_require__(57990);
// EXTERNAL MODULE: ./src/unimplemented.ts
var unimplemented = __webpack_require__(78058);
;// CONCATENATED MODULE: ./src/prune-locks.ts



const prune_locks_DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException']);
/** The rule a snapshot skipped for its lock carries (the planner's and the executor's). */
const LOCKED_RULE = 'locked';
/** Why a region's locks were not read before pruning, in one line with what prune did and the fix. */
function pruneLockNotice(accountId, region, err) {
    const where = `Lock state not read in ${region} (account ${accountId})`;
    const went = 'prune went ahead: AWS refuses to delete a locked snapshot, and such a refusal is reported as skipped (rule locked)';
    if ((0,unimplemented/* isUnimplemented */.OP)(err))
        return `${where}: the endpoint does not implement DescribeLockedSnapshots; ${went}.`;
    const fix = prune_locks_DENIED.has((0,errors/* errorCode */.CA)(err)) ? '; grant ec2:DescribeLockedSnapshots to the role' : '';
    return `${where}: ${(0,errors/* errorMessage */.gJ)(err)}${fix}; ${went}.`;
}
/** The reason of a snapshot whose delete AWS refused because a lock holds it (set after the listing). */
function lockedAtDeleteReason(reason, message) {
    return `${reason}; not deleted: locked when the delete was sent (${message}); deletable once the lock expires`;
}
/** Reads and attaches EBS lock state for one account's prune. */
class PruneLocks {
    target;
    notices;
    regions = new Map();
    /** @param notices receives one line per region whose locks could not be read */
    constructor(target, notices) {
        this.target = target;
        this.notices = notices;
    }
    locksOf(region) {
        let found = this.regions.get(region);
        if (found === undefined) {
            found = (0,snapshot_locks/* readSnapshotLocks */.vs)(this.target.clients.ec2(region)).catch((err) => {
                this.notices.push(pruneLockNotice(this.target.accountId, region, err));
                return new Map();
            });
            this.regions.set(region, found);
        }
        return found;
    }
    /**
     * The records with the locks of the given regions attached (EBS records of those regions only; every other record
     * unchanged). Each region's locks are read at most once.
     */
    async attach(records, regions) {
        const merged = new Map();
        for (const region of [...regions].sort())
            for (const [id, lock] of await this.locksOf(region))
                merged.set(`${region}/${id}`, lock);
        return records.map((r) => {
            const lock = r.service === 'ebs' && regions.has(r.region) ? merged.get(`${r.region}/${r.snapshotId}`) : undefined;
            return lock === undefined ? r : { ...r, lockState: lock.lockState, lockExpiresAt: lock.lockExpiresAt };
        });
    }
}

// EXTERNAL MODULE: ./src/retention.ts
var retention = __webpack_require__(57449);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/copies.ts
var src_copies = __webpack_require__(21822);
// EXTERNAL MODULE: ./src/copy-policy.ts
var copy_policy = __webpack_require__(74297);
// EXTERNAL MODULE: ./src/modes/inventory.ts + 6 modules
var inventory = __webpack_require__(79213);
;// CONCATENATED MODULE: ./src/modes/prune.ts


















/** EC2's documented DeleteSnapshot request bucket per account and region: burst and refill per second. */
const DELETE_BURST = 100;
const DELETE_REFILL_PER_SECOND = 5;
/** Environment variables that override the pacing (for benchmarks against a simulator with other buckets). */
const DELETE_BURST_ENV = 'SNAPSHOT_HYGIENE_DELETE_BURST';
const DELETE_RATE_ENV = 'SNAPSHOT_HYGIENE_DELETE_RATE';
/** Environment variables that override RDS's delete pacing (for tests against a simulator). */
const RDS_BURST_ENV = 'SNAPSHOT_HYGIENE_RDS_BURST';
const RDS_RATE_ENV = 'SNAPSHOT_HYGIENE_RDS_RATE';
/** Attempts per delete when AWS keeps answering RequestLimitExceeded or Throttling (after the SDK's own retries). */
const DELETE_MAX_ATTEMPTS = 8;
/** How many metadata objects are read or removed at once. */
const S3_CONCURRENCY = 16;
/** The key of a volume in one account and region ({@link volumeKey} of types.ts). */

function positiveNumber(env, name, fallback) {
    const raw = (env[name] ?? '').trim();
    if (raw === '')
        return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0)
        throw new Error(`Environment variable ${name} must be a positive number; got '${raw.slice(0, 40)}'`);
    return n;
}
/** The DeleteSnapshot pacing: EC2's documented bucket, or the SNAPSHOT_HYGIENE_DELETE_BURST/_RATE overrides. */
function deletePacing(env = process.env) {
    return {
        burst: Math.max(1, Math.floor(positiveNumber(env, DELETE_BURST_ENV, DELETE_BURST))),
        refillPerSecond: positiveNumber(env, DELETE_RATE_ENV, DELETE_REFILL_PER_SECOND)
    };
}
/** The RDS delete pacing: RDS's documented bucket (300, 12 per second), or the SNAPSHOT_HYGIENE_RDS_BURST/_RATE overrides. */
function rdsDeletePacing(env = process.env) {
    return {
        burst: Math.max(1, Math.floor(positiveNumber(env, RDS_BURST_ENV, kinds_kind/* BUCKET_PACING */.oZ.rds.burst))),
        refillPerSecond: positiveNumber(env, RDS_RATE_ENV, kinds_kind/* BUCKET_PACING */.oZ.rds.refillPerSecond)
    };
}
/** How many deletes of one region may be in flight: enough to spend a full burst at once. */
function deleteConcurrency(pacing) {
    return Math.min(256, Math.max(16, Math.ceil(pacing.burst)));
}
/**
 * Tokens the pacer keeps in hand below EC2's bucket. Requests reach EC2 a little later, and in a slightly
 * different order, than the pacer grants them; pacing at exactly the bucket's level would turn that jitter
 * into throttles. Two tokens (0.4 s at 5 per second, once per region) absorb it.
 */
const PACER_CUSHION_TOKENS = 2;
/** The DeleteSnapshot pacer of one account and region: EC2's bucket, less the cushion. */
function deletePacer(pacing, clock) {
    const pacer = new src_pacer/* TokenBucketPacer */.n2({ ...pacing, clock });
    for (let i = 0; i < Math.min(PACER_CUSHION_TOKENS, pacing.burst - 1); i++)
        void pacer.take();
    return pacer;
}
/** Sorts a DeleteSnapshot error: in use by an AMI, managed by AWS Backup, already gone, or a real error. */
const classifyDeleteError = (/* unused pure expression or super */ null && (classifyEbsDeleteError));
/** Deletes one snapshot of a kind: a pacer token per attempt, throttling retried with backoff; never throws. */
async function deleteOne(kind, target, snapshotId, region, pacer, clock, random) {
    // The SDK retries a throttled call on its own before the action sees it; each such retry spent a token
    // the pacer did not grant, so the pacer empties its bucket to fall back in step with AWS's.
    const noteRetries = (attempts) => {
        if ((attempts ?? 1) > 1)
            pacer.penalize();
    };
    const send = async () => {
        try {
            noteRetries(await kind.sendDelete(target.clients, region, snapshotId));
        }
        catch (err) {
            noteRetries(err?.$metadata?.attempts);
            throw err;
        }
    };
    try {
        await (0,src_pacer/* withThrottleRetry */.rz)(send, {
            pacer,
            isThrottle: errors/* isThrottle */.p0,
            maxAttempts: DELETE_MAX_ATTEMPTS,
            clock,
            baseDelayMs: 1_000,
            maxDelayMs: 30_000,
            random,
            label: `${kind.deleteOperation} ${snapshotId} in ${region}`
        });
        return { kind: 'deleted' };
    }
    catch (err) {
        return kind.classifyDeleteError(err);
    }
}
/** The regions prune works in for one account: the regions input, plus the regions of the named sources. */
async function pruneRegions(config, target) {
    const base = await (0,inventory/* accountRegions */.Ze)(config, target);
    const named = [...config.volumes, ...(config.dbInstances ?? []), ...(config.dbClusters ?? [])].map((v) => v.region);
    return [...new Set([...base, ...named, ...(config.copyToRegions ?? [])])].sort();
}
/**
 * Whether the run is limited to named sources (volume, db-instance or db-cluster given, as ids or tag selectors).
 * With selectors the run is limited even when they matched nothing: it then prunes nothing rather than everything.
 */
function limited(config) {
    return (config.volumes.length > 0 ||
        config.dbInstances.length > 0 ||
        config.dbClusters.length > 0 ||
        (config.volumeSelectors?.length ?? 0) > 0 ||
        (config.dbInstanceSelectors?.length ?? 0) > 0 ||
        (config.dbClusterSelectors?.length ?? 0) > 0 ||
        (config.instances?.length ?? 0) > 0 ||
        (config.instanceSelectors?.length ?? 0) > 0);
}
/**
 * The source ids a kind is pruned for: undefined (all of them) when the run names no source, else the kind's
 * named sources (none: the kind is not pruned).
 */
function kindSourceIds(config, kind) {
    if (!limited(config))
        return undefined;
    return [...new Set((0,src_kinds/* sourcesOf */.u0)(config)[kind].map((s) => s.id))].sort();
}
/** The planner's policy from the inputs. */
function retentionPolicy(config) {
    const full = { ...config, dbInstances: config.dbInstances ?? [], dbClusters: config.dbClusters ?? [] };
    const policy = {
        retentionDays: config.retentionDays,
        keepLast: config.keepLast,
        keepDaily: config.keepDaily,
        keepWeekly: config.keepWeekly,
        keepMonthly: config.keepMonthly,
        pruneTags: config.pruneTags,
        volumes: kindSourceIds(full, 'ebs'),
        ...(config.copyRetention === undefined ? {} : { copies: config.copyRetention })
    };
    if (full.dbInstances.length > 0 || full.dbClusters.length > 0)
        policy.sources = { rds: kindSourceIds(full, 'db-instance'), 'rds-cluster': kindSourceIds(full, 'db-cluster') };
    return policy;
}
/** The kind of a decision: its RDS kind, or EBS. */
function decisionKind(d) {
    return d.kind ?? 'ebs';
}
function toDecision(d, now, hold) {
    const s = d.snapshot;
    const kind = (0,kinds_kind/* kindOfService */.fB)(s.service) ?? 'ebs';
    const base = {
        accountId: s.accountId,
        region: s.region,
        snapshotId: s.snapshotId,
        volumeId: s.sourceId,
        ...(kind === 'ebs' ? {} : { kind }),
        createdAt: Number.isNaN(s.createdAt.getTime()) ? '' : s.createdAt.toISOString(),
        ageDays: (0,aggregate/* ageDays */.BJ)(s.createdAt, now),
        sizeGib: s.sizeGib,
        costUsd: (0,pricing/* estimatedMonthlyCost */.vQ)(s),
        managed: s.tags[types/* TAG_MANAGED */.Jo] === 'true',
        ...((0,copy_policy/* isCopy */.sN)(s) ? { copyOf: s.tags[copy_policy/* TAG_COPY_OF */.$E] ?? '' } : {})
    };
    if (d.action === 'delete') {
        const held = s.sourceId === null ? undefined : hold?.get((0,kinds_kind/* sourceKey */.Zt)(kind, s.accountId, s.region, s.sourceId));
        if (held !== undefined)
            return { ...base, outcome: 'skipped', rule: 'backup-failed', reason: `${d.reason}; not deleted because ${held}` };
        return { ...base, outcome: 'would-delete', rule: d.rule, reason: d.reason };
    }
    return { ...base, outcome: d.action === 'keep' ? 'kept' : 'skipped', rule: d.rule, reason: d.reason };
}
/** The kind a metadata object belongs to. */
function objectKind(o) {
    return o.kind ?? 'ebs';
}
async function listRegion(run, kind, region) {
    try {
        const sourceIds = kindSourceIds(run.config, kind.name);
        const owned = await kind.listOwned(run.target.clients, run.target.accountId, region, run.config.pruneTags, sourceIds);
        // An EBS copy's VolumeId is vol-ffffffff: in a copy region, its copies are found by the source its tags name.
        if (kind.name === 'ebs' && sourceIds !== undefined && (run.config.copyToRegions ?? []).includes(region)) {
            const seen = new Set(owned.map((o) => o.record.snapshotId));
            const copies = await (0,src_copies/* listCopies */.cJ)(run.target.clients, kind, run.target.accountId, region, sourceIds);
            owned.push(...copies.filter((c) => !seen.has(c.record.snapshotId)));
        }
        return { kind, region, owned };
    }
    catch (err) {
        run.failures.push({
            accountId: run.target.accountId,
            region,
            service: kind.service,
            message: `${kind.listLabel}: ${(0,errors/* errorMessage */.gJ)(err)}`
        });
        return { kind, region, owned: null };
    }
}
async function listAccountMetadata(run) {
    if (run.s3 === null)
        return null;
    try {
        const volumes = kindSourceIds(run.config, 'ebs');
        const dbs = limited(run.config)
            ? ['db-instance', 'db-cluster'].flatMap((kind) => (kindSourceIds(run.config, kind) ?? []).map((id) => ({ kind, id })))
            : [];
        const listed = await (0,metadata/* listMetadata */.aI)(run.s3, run.bucket, run.config.metadataPrefix, volumes, dbs);
        run.metadata.objects += listed.objects.length;
        run.metadata.otherKeys += listed.otherKeys;
        return listed.objects;
    }
    catch (err) {
        runError(run, run.config.awsRegion, 'ListObjectsV2', `s3://${run.bucket}/${run.config.metadataPrefix}`, (0,errors/* errorMessage */.gJ)(err));
        return null;
    }
}
/** The metadata objects of a snapshot: the listed ones, or its canonical key when the bucket could not be listed. */
function objectsOf(run, kind, d) {
    if (run.s3 === null)
        return [];
    if (run.metaBySnapshot !== null)
        return run.metaBySnapshot.get((0,kinds_kind/* snapshotKey */.o1)(kind.name, d.snapshotId)) ?? [];
    if (!d.managed || d.volumeId === null)
        return [];
    const key = kind.metadataKeyOf(run.config.metadataPrefix, d.volumeId, d.snapshotId);
    return [
        { key, volumeId: d.volumeId, snapshotId: d.snapshotId, lastModified: null, ...(d.kind ? { kind: d.kind } : {}) }
    ];
}
/** Records an error of the run in its account: the operation, what it was about, and why it failed. */
function runError(run, region, operation, subject, message) {
    run.errors.push({ accountId: run.target.accountId, region, subject, operation, message });
}
/** Reads a metadata object; an error is recorded and answers null (the object is then left alone). */
async function readObject(run, key) {
    try {
        return await (0,metadata/* readMetadata */._6)(run.s3, run.bucket, key);
    }
    catch (err) {
        runError(run, run.config.awsRegion, 'GetObject', key, (0,errors/* errorMessage */.gJ)(err));
        return null;
    }
}
async function removeKey(run, region, key) {
    try {
        await (0,metadata/* deleteMetadata */.$u)(run.s3, run.bucket, key);
        return true;
    }
    catch (err) {
        runError(run, region, 'DeleteObject', key, (0,errors/* errorMessage */.gJ)(err));
        return false;
    }
}
/**
 * Removes the metadata of a snapshot just deleted: each object is read first and removed only when it is this
 * account's snapshot-hygiene document of that snapshot and volume. Anything else is left alone and reported.
 */
async function removeMetadataOf(run, kind, region, d) {
    for (const object of objectsOf(run, kind, d)) {
        const read = await readObject(run, object.key);
        if (read === null || read.kind === 'gone')
            continue;
        const proven = read.kind === 'document' &&
            (0,metadata/* matchesKey */.vV)(read.identity, object) &&
            read.identity.kind === d.kind &&
            read.identity.snapshotId === d.snapshotId &&
            (d.volumeId === null || read.identity.volumeId === d.volumeId) &&
            read.identity.accountId === run.target.accountId;
        if (proven) {
            if (await removeKey(run, region, object.key))
                run.metadata.removed.push(object.key);
        }
        else
            run.metadata.unreadable.push(object.key);
    }
}
/** The pacer of one region and request bucket of the account (shared by the kinds that draw on that bucket). */
function pacerFor(run, region, bucket) {
    const key = `${region}/${bucket}`;
    let pacer = run.pacers.get(key);
    if (pacer === undefined) {
        pacer =
            run.deps.pacer?.(run.target.accountId, region, bucket) ??
                deletePacer(bucket === 'rds' ? run.rdsPacing : run.pacing, run.clock);
        run.pacers.set(key, pacer);
    }
    return pacer;
}
/** Carries out one region's deletions of one kind: concurrently, as fast as the region's bucket allows. */
async function deleteInRegion(run, kind, region, items) {
    if (items.length === 0 || run.config.dryRun)
        return;
    const pacing = kind.bucket === 'rds' ? run.rdsPacing : run.pacing;
    const pacer = pacerFor(run, region, kind.bucket);
    await (0,bounded/* forEachBounded */.a)(items, deleteConcurrency(pacing), async (d) => {
        const result = await deleteOne(kind, run.target, d.snapshotId, region, pacer, run.clock, run.deps.random);
        switch (result.kind) {
            case 'deleted':
            case 'gone':
                d.outcome = 'deleted';
                if (result.kind === 'gone')
                    d.reason = `${d.reason} (already deleted)`;
                await removeMetadataOf(run, kind, region, d);
                return;
            case 'not-deletable-state':
                Object.assign(d, {
                    outcome: 'skipped',
                    rule: 'not-deletable-state',
                    reason: `${d.reason}; not deleted: not in a state that can be deleted (${result.message})`
                });
                return;
            case 'locked':
                Object.assign(d, {
                    outcome: 'skipped',
                    rule: LOCKED_RULE,
                    reason: lockedAtDeleteReason(d.reason, result.message)
                });
                return;
            case 'in-use':
                Object.assign(d, { outcome: 'skipped', rule: 'in-use', reason: `${d.reason}; not deleted: ${result.message}` });
                return;
            case 'aws-backup':
                Object.assign(d, {
                    outcome: 'skipped',
                    rule: 'aws-backup',
                    reason: `${d.reason}; not deleted: managed by AWS Backup (${result.message})`
                });
                return;
            default:
                Object.assign(d, { outcome: 'failed', reason: `${d.reason}; delete failed: ${result.message}` });
                runError(run, region, kind.deleteOperation, d.snapshotId, result.message);
        }
    });
}
/** Moves one region's planned snapshots to the archive tier, paced on the region's EC2 snapshot bucket. */
async function archiveInRegion(run, region, items) {
    if (items.length === 0 || run.config.dryRun)
        return;
    const pacer = pacerFor(run, region, 'ec2-snapshot');
    await (0,bounded/* forEachBounded */.a)(items, deleteConcurrency(run.pacing), async (d) => {
        const result = await archiveSnapshot(run.target.clients, region, d.snapshotId, pacer, run.clock, run.deps.random);
        switch (result.kind) {
            case 'archived':
                d.outcome = 'archived';
                return;
            case 'gone':
                Object.assign(d, { outcome: 'kept', reason: `${d.reason}; not archived: the snapshot is gone` });
                return;
            case 'refused':
                Object.assign(d, { outcome: 'kept', reason: `${d.reason}; not archived: AWS refused (${result.message})` });
                return;
            default:
                Object.assign(d, { outcome: 'failed', reason: `${d.reason}; archiving failed: ${result.message}` });
                runError(run, region, 'ModifySnapshotTier', d.snapshotId, result.message);
        }
    });
}
/**
 * Removes metadata whose snapshot no longer exists, kind by kind. A candidate is a key whose snapshot was not
 * listed. It is read, and kept unless it is this account's document of the snapshot, source and kind its key
 * names; then the kind's service is asked, by snapshot id, in every region its listing covered in this run and in
 * the region the document names. Only a snapshot absent from all of them is orphaned; a region that cannot be
 * asked keeps the candidates it concerns.
 */
async function removeOrphans(run, kind, objects, listedKeys, listedRegions) {
    const created = run.options.createdIds ?? new Set();
    const candidates = objects.filter((o) => objectKind(o) === kind.name && !listedKeys.has((0,kinds_kind/* snapshotKey */.o1)(kind.name, o.snapshotId)) && !created.has(o.snapshotId));
    const proven = [];
    await (0,bounded/* forEachBounded */.a)(candidates, S3_CONCURRENCY, async (o) => {
        const read = await readObject(run, o.key);
        if (read === null || read.kind === 'gone')
            return;
        if (read.kind === 'foreign' || !(0,metadata/* matchesKey */.vV)(read.identity, o))
            run.metadata.unreadable.push(o.key);
        else if (read.identity.accountId === run.target.accountId)
            proven.push({ object: o, region: read.identity.region });
    });
    if (proven.length === 0)
        return;
    const ask = new Map(listedRegions.map((r) => [r, new Set(proven.map((p) => p.object.snapshotId))]));
    for (const p of proven)
        ask.set(p.region, (ask.get(p.region) ?? new Set()).add(p.object.snapshotId));
    const existing = new Set();
    const unasked = new Set();
    await Promise.all([...ask].map(async ([region, ids]) => {
        try {
            for (const id of await kind.existing(run.target.clients, region, [...ids]))
                existing.add(id);
        }
        catch (err) {
            unasked.add(region);
            runError(run, region, kind.listOperation, region, `Could not check metadata for orphans: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }));
    const anyRunRegionUnasked = listedRegions.some((r) => unasked.has(r));
    const orphans = proven.filter((p) => !anyRunRegionUnasked && !unasked.has(p.region) && !existing.has(p.object.snapshotId));
    if (run.config.dryRun) {
        run.metadata.orphans.push(...orphans.map((p) => p.object.key));
        return;
    }
    await (0,bounded/* forEachBounded */.a)(orphans, S3_CONCURRENCY, async (p) => {
        if (await removeKey(run, p.region, p.object.key))
            run.metadata.orphans.push(p.object.key);
    });
}
/** A managed snapshot of a decision, as one whose metadata object is missing. */
function missingMetadata(d) {
    return {
        accountId: d.accountId,
        region: d.region,
        snapshotId: d.snapshotId,
        volumeId: d.volumeId,
        ...(d.kind ? { kind: d.kind } : {})
    };
}
/** The sources backup-and-prune backs up in this account, by sourceKey: their snapshots get missing metadata written. */
function repairableSources(run) {
    const out = new Map();
    const account = run.target.accountId;
    for (const v of run.options.repair ?? [])
        if (v.accountId === account)
            out.set((0,kinds_kind/* sourceKey */.Zt)('ebs', account, v.region, v.volumeId), {
                id: v.volumeId,
                region: v.region,
                name: v.name,
                sizeGib: v.sizeGib,
                detail: v
            });
    for (const d of run.options.repairDb ?? [])
        if (d.accountId === account)
            out.set((0,kinds_kind/* sourceKey */.Zt)(d.kind, account, d.source.region, d.source.id), {
                id: d.source.id,
                region: d.source.region,
                name: null,
                sizeGib: d.source.allocatedStorageGib,
                detail: d.source
            });
    return out;
}
/** Reports kept managed snapshots without metadata, writing it where backup-and-prune backs the source up. */
async function checkMissing(run, decisions, owned) {
    const meta = run.metaBySnapshot;
    if (meta === null)
        return;
    const repairable = repairableSources(run);
    const named = (0,src_kinds/* sourcesOf */.u0)(run.config);
    const wanted = new Set(run.kinds.flatMap((k) => named[k.name].map((s) => (0,kinds_kind/* sourceKey */.Zt)(k.name, run.target.accountId, s.region, s.id))));
    // A copy has no document of its own: its source's document records it.
    const missing = decisions.filter((d) => d.managed &&
        d.copyOf === undefined &&
        d.outcome !== 'deleted' &&
        d.outcome !== 'would-delete' &&
        !meta.has((0,kinds_kind/* snapshotKey */.o1)(decisionKind(d), d.snapshotId)));
    await (0,bounded/* forEachBounded */.a)(missing, S3_CONCURRENCY, async (d) => {
        const kind = run.kinds.find((k) => k.name === decisionKind(d));
        const snap = owned.get((0,kinds_kind/* snapshotKey */.o1)(decisionKind(d), d.snapshotId));
        const key = d.volumeId === null ? '' : (0,kinds_kind/* sourceKey */.Zt)(decisionKind(d), d.accountId, d.region, d.volumeId);
        if (kind === undefined || snap === undefined || snap.record.state !== kind.doneState)
            return;
        if (run.options.repair === undefined || d.volumeId === null || !wanted.has(key)) {
            run.metadata.missing.push(missingMetadata(d));
            return;
        }
        const { key: objectKey, doc } = kind.repairMetadata(snap, repairable.get(key) ?? null, {
            prefix: run.config.metadataPrefix,
            workflow: { repository: '', workflow: '', runId: '', runUrl: '', sha: '', actor: '' },
            writtenBy: 'repair',
            now: run.clock.now()
        });
        if (run.config.dryRun) {
            run.metadata.repaired.push(objectKey);
            return;
        }
        try {
            await (0,metadata/* putMetadata */.h$)(run.s3, run.bucket, objectKey, doc);
            run.metadata.repaired.push(objectKey);
        }
        catch (err) {
            run.metadata.missing.push(missingMetadata(d));
            run.errors.push({
                accountId: d.accountId,
                region: d.region,
                subject: objectKey,
                operation: 'PutObject',
                message: (0,errors/* errorMessage */.gJ)(err)
            });
        }
    });
}
/** How the plan log and the summaries name the source of an RDS kind's snapshot. */
function sourceNoun(kind) {
    return kind === 'db-instance' ? 'DB instance' : 'DB cluster';
}
/** At most this many planned deletions are logged per account; the CSV has all of them. */
const PLAN_LOG_MAX = 1000;
function logPlan(run, toDelete) {
    const log = run.deps.log;
    if (log === undefined)
        return;
    const verb = run.config.dryRun ? 'Would delete' : 'Deleting';
    for (const d of toDelete.slice(0, PLAN_LOG_MAX)) {
        const source = d.kind === undefined ? (d.volumeId ?? 'no volume') : `${sourceNoun(d.kind)} ${d.volumeId ?? ''}`;
        log(`${verb} ${d.snapshotId} (${source}, ${d.region}, account ${d.accountId}): ${d.reason}`);
    }
    if (toDelete.length > PLAN_LOG_MAX)
        log(`${verb} ${toDelete.length - PLAN_LOG_MAX} more snapshots in account ${run.target.accountId}; the CSV lists every one`);
}
/**
 * Plans the account's snapshots; where the plan would delete EBS snapshots, reads those regions' locks (once each)
 * and plans again with them, so that a locked snapshot is skipped (rule locked) rather than sent to DeleteSnapshot.
 */
async function planWithLocks(run, owned, now) {
    const policy = retentionPolicy(run.config);
    const context = { createdIds: run.options.createdIds };
    const records = owned.map((o) => o.record);
    const first = (0,retention/* planRetention */.SA)(records, policy, now, context);
    const regions = new Set(first.toDelete.filter((s) => s.service === 'ebs').map((s) => s.region));
    if (regions.size === 0)
        return first;
    const locked = await new PruneLocks(run.target, run.notices).attach(records, regions);
    return (0,retention/* planRetention */.SA)(locked, policy, now, context);
}
async function pruneAccount(run, now) {
    const { target } = run;
    if (target.failure !== undefined) {
        run.failures.push({
            accountId: target.accountId,
            region: run.config.awsRegion,
            service: 'account',
            message: target.failure
        });
        return { regions: [], decisions: [] };
    }
    let regions;
    try {
        regions = await pruneRegions(run.config, target);
    }
    catch (err) {
        run.failures.push({
            accountId: target.accountId,
            region: run.config.awsRegion,
            service: 'regions',
            message: (0,errors/* errorMessage */.gJ)(err)
        });
        return { regions: [], decisions: [] };
    }
    const kinds = run.kinds.filter((k) => kindSourceIds(run.config, k.name)?.length !== 0);
    const [lists, objects] = await Promise.all([
        Promise.all(kinds.flatMap((k) => regions.map((r) => listRegion(run, k, r)))),
        listAccountMetadata(run)
    ]);
    const owned = lists.flatMap((l) => l.owned ?? []);
    if (objects !== null) {
        const meta = new Map();
        for (const o of objects) {
            const key = (0,kinds_kind/* snapshotKey */.o1)(objectKind(o), o.snapshotId);
            meta.set(key, [...(meta.get(key) ?? []), o]);
        }
        run.metaBySnapshot = meta;
    }
    const plan = await planWithLocks(run, owned, now);
    const decisions = plan.decisions.map((d) => toDecision(d, now, run.options.hold));
    guardArchivedDeletes(plan.decisions, decisions, now, run.config.dryRun, run.warnings);
    const archiveAfterDays = run.config.archiveAfterDays ?? null;
    const toArchive = archiveAfterDays === null
        ? []
        : markArchive(plan.decisions, decisions, { archiveAfterDays, retentionDays: run.config.retentionDays }, now);
    const toDelete = decisions.filter((d) => d.outcome === 'would-delete');
    logPlan(run, toDelete);
    await Promise.all(kinds.flatMap((kind) => regions.map((region) => deleteInRegion(run, kind, region, toDelete.filter((d) => d.region === region && decisionKind(d) === kind.name)))));
    await Promise.all(regions.map((region) => archiveInRegion(run, region, toArchive.filter((d) => d.region === region))));
    if (objects !== null) {
        const ownedKey = (o) => (0,kinds_kind/* snapshotKey */.o1)((0,kinds_kind/* kindOfService */.fB)(o.record.service) ?? 'ebs', o.record.snapshotId);
        const listedKeys = new Set(owned.map(ownedKey));
        for (const kind of kinds) {
            const listed = lists.filter((l) => l.kind === kind && l.owned !== null).map((l) => l.region);
            await removeOrphans(run, kind, objects, listedKeys, listed);
        }
        await checkMissing(run, decisions, new Map(owned.map((o) => [ownedKey(o), o])));
    }
    return { regions, decisions };
}
const PRUNE_COLUMNS = [
    'account_id',
    'region',
    'snapshot_id',
    'volume_id',
    'created_at',
    'age_days',
    'size_gib',
    'decision',
    'rule',
    'reason'
];
/** The prune CSV's columns, in order. */
const PRUNE_CSV_COLUMNS = (/* unused pure expression or super */ null && (PRUNE_COLUMNS));
/** One CSV row per decision. */
function pruneRow(d) {
    return [
        d.accountId,
        d.region,
        d.snapshotId,
        d.volumeId ?? '',
        d.createdAt,
        d.ageDays,
        d.sizeGib,
        d.outcome,
        d.rule,
        d.reason
    ];
}
function emptyMetadataReport(checked) {
    return { checked, objects: 0, otherKeys: 0, orphans: [], unreadable: [], missing: [], repaired: [], removed: [] };
}
/** Prunes every target account: plans with the retention planner, deletes (unless dry-run), cleans metadata, writes the CSV. */
async function runPrune(given, targets, clock, deps = {}, options = {}) {
    const config = { ...given, dbInstances: given.dbInstances ?? [], dbClusters: given.dbClusters ?? [] };
    const now = clock.now();
    const pacing = deletePacing(deps.env ?? process.env);
    const rdsPacing = rdsDeletePacing(deps.env ?? process.env);
    const kinds = deps.kinds ?? src_kinds/* KINDS */.GW;
    const errors = [];
    const failures = [];
    const notices = [];
    const warnings = [];
    const metadata = emptyMetadataReport(config.bucket !== null);
    const outcomes = await (0,bounded/* forEachBounded */.a)(targets, config.maxParallelAccounts, async (target) => {
        const run = {
            config,
            target,
            clock,
            deps,
            options,
            pacing,
            rdsPacing,
            kinds,
            pacers: new Map(),
            errors,
            failures,
            notices,
            warnings,
            metadata,
            s3: config.bucket === null ? null : target.clients.s3(config.awsRegion),
            bucket: config.bucket ?? '',
            metaBySnapshot: null
        };
        const out = await pruneAccount(run, now);
        if (run.s3 !== null && run.metaBySnapshot === null)
            metadata.checked = false;
        return out;
    });
    const decisions = outcomes.flatMap((o) => o.decisions);
    const counts = {
        deleted: 0,
        'would-delete': 0,
        archived: 0,
        'would-archive': 0,
        kept: 0,
        skipped: 0,
        failed: 0
    };
    for (const d of decisions)
        counts[d.outcome] += 1;
    const removed = decisions.filter((d) => d.outcome === 'deleted' || d.outcome === 'would-delete');
    const csv = src_csv/* CsvWriter */.i.open(config.csvPath, PRUNE_COLUMNS, pruneRow);
    for (let i = 0; i < decisions.length; i += 1000)
        await csv.write(decisions.slice(i, i + 1000));
    await csv.close();
    const { volumes, ...policy } = retentionPolicy(config);
    delete policy.sources;
    const rdsPruned = kinds.some((k) => k.bucket === 'rds' && kindSourceIds(config, k.name)?.length !== 0);
    const dbList = (kind) => kindSourceIds(config, kind) ?? null;
    return {
        mode: 'prune',
        dryRun: config.dryRun,
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        regions: [...new Set(outcomes.flatMap((o) => o.regions))].sort(),
        policy: { ...policy, volumes: volumes === undefined ? null : [...volumes] },
        pacing,
        ...(rdsPruned
            ? { rdsPacing, dbSources: { dbInstances: dbList('db-instance'), dbClusters: dbList('db-cluster') } }
            : {}),
        decisions,
        counts,
        deletedIds: removed.map((d) => d.snapshotId),
        reclaimedGib: removed.reduce((n, d) => n + d.sizeGib, 0),
        reclaimedUsd: removed.reduce((n, d) => n + d.costUsd, 0),
        metadata: sortReport(metadata),
        errors: errors.sort((a, b) => `${a.accountId}${a.region}${a.subject}`.localeCompare(`${b.accountId}${b.region}${b.subject}`)),
        failures: failures.sort((a, b) => `${a.accountId}${a.region}`.localeCompare(`${b.accountId}${b.region}`)),
        notices: [...notices].sort(),
        warnings: [...warnings].sort(),
        csvPath: csv.filePath,
        rowCount: csv.rowCount
    };
}
function sortReport(m) {
    return {
        ...m,
        orphans: [...m.orphans].sort(),
        unreadable: [...m.unreadable].sort(),
        repaired: [...m.repaired].sort(),
        removed: [...m.removed].sort(),
        missing: [...m.missing].sort((a, b) => `${a.accountId}${a.region}${a.snapshotId}`.localeCompare(`${b.accountId}${b.region}${b.snapshotId}`))
    };
}

// EXTERNAL MODULE: ./src/report/selection.ts
var selection = __webpack_require__(54012);
// EXTERNAL MODULE: ./src/summary/selection.ts
var summary_selection = __webpack_require__(67790);
// EXTERNAL MODULE: ./src/summary/instance-sets.ts
var instance_sets = __webpack_require__(83939);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(22988);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
// EXTERNAL MODULE: ./src/summary/copies.ts
var copies = __webpack_require__(99651);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
// EXTERNAL MODULE: ./src/summary/charts.ts
var charts = __webpack_require__(88995);
;// CONCATENATED MODULE: ./src/summary/archive.ts
/** The prune summary's archive-tier section: what was (or would be) archived, with both costs. */

/** At most this many archived snapshots are listed; the CSV has all of them. */
const ARCHIVE_ROWS_MAX = 100;
/** The archived (or, under dry-run, to-be-archived) snapshots with their costs; '' when none. */
function archiveSection(r) {
    const archived = r.decisions
        .filter((d) => d.archive !== undefined)
        .filter((d) => d.outcome === 'archived' || d.outcome === 'would-archive');
    if (archived.length === 0)
        return '';
    const multi = r.accounts.length > 1;
    const header = [
        'snapshot',
        'volume',
        'region',
        ...(multi ? ['account'] : []),
        'age (days)',
        'GiB',
        'days left',
        'archived $',
        'standard $ (low end)'
    ];
    const align = header.map((_, i) => (i >= header.length - 5 ? 'r' : 'l'));
    const rows = archived
        .slice(0, ARCHIVE_ROWS_MAX)
        .map((d) => [
        (0,markdown.md)(d.snapshotId),
        (0,markdown.md)(d.volumeId ?? '-'),
        (0,markdown.md)(d.region),
        ...(multi ? [(0,markdown.md)(d.accountId)] : []),
        (0,markdown/* int */.Wh)(d.ageDays),
        (0,markdown/* gib */.$l)(d.sizeGib),
        (0,markdown/* int */.Wh)(d.archive.remainingDays),
        (0,markdown/* usd */.dR)(d.archive.archiveUsd),
        (0,markdown/* usd */.dR)(d.archive.standardUsd)
    ]);
    const saved = archived.reduce((n, d) => n + d.archive.standardUsd - d.archive.archiveUsd, 0);
    const title = r.dryRun ? 'Would archive' : 'Archived';
    const more = archived.length > ARCHIVE_ROWS_MAX ? `\n\n${(0,markdown/* int */.Wh)(archived.length - ARCHIVE_ROWS_MAX)} more are in the CSV.` : '';
    const intro = `Moved to the EBS archive tier (archive-after-days): kept by retention at least 90 more days, not among the keep-last newest, and cheaper archived over the days left (full size at $0.0125/GB-month, 90-day minimum) than the low end of their standard cost. Saves at least **${(0,markdown/* usd */.dR)(saved)}** over those days (estimate; restoring one costs $0.03/GB and takes up to 72 hours).`;
    return `### ${title} (${(0,markdown/* int */.Wh)(archived.length)})\n\n${intro}\n\n${(0,markdown/* table */.tp)(header, rows, align)}${more}`;
}

;// CONCATENATED MODULE: ./src/summary/prune.ts











/** Row limits that keep the summary small however many thousands of decisions there are. */
const SUMMARY_LIMITS = { deleted: 100, kept: 50, skipped: 100, errors: 100, keys: 50 };
/** The headline: what was (or would be) deleted, reclaimed, kept, skipped and failed. */
function pruneHeadline(r) {
    const verb = r.dryRun ? 'Would delete' : 'Deleted';
    const n = r.dryRun ? r.counts['would-delete'] : r.counts.deleted;
    const main = `${verb} **${(0,plural/* plural */.L)(n, 'snapshot')}**, ${(0,markdown/* gib */.$l)(r.reclaimedGib)} GiB, about **${(0,markdown/* usd */.dR)(r.reclaimedUsd)} a month** ${r.dryRun ? 'to reclaim' : 'reclaimed'} (estimate).`;
    const archived = r.dryRun ? r.counts['would-archive'] : r.counts.archived;
    const rest = [
        ...(archived > 0 ? [`${r.dryRun ? 'would archive' : 'archived'} ${(0,markdown/* int */.Wh)(archived)}`] : []),
        `kept ${(0,markdown/* int */.Wh)(r.counts.kept)}`,
        `skipped ${(0,markdown/* int */.Wh)(r.counts.skipped)}`
    ];
    if (r.counts.failed > 0)
        rest.push(`**failed ${(0,markdown/* int */.Wh)(r.counts.failed)}**`);
    return `${main} Of the managed snapshots: ${rest.join(', ')}.`;
}
/** What the run was limited to: all sources of every kind pruned, or the named ones. */
function scopeText(r) {
    const p = r.policy;
    const db = r.dbSources;
    if (db === undefined)
        return p.volumes === null ? 'all volumes' : `volumes ${p.volumes.map(markdown.md).join(', ')}`;
    if (p.volumes === null && db.dbInstances === null && db.dbClusters === null)
        return 'all volumes, DB instances and DB clusters';
    const parts = [];
    if (p.volumes !== null && p.volumes.length > 0)
        parts.push(`volumes ${p.volumes.map(markdown.md).join(', ')}`);
    if (db.dbInstances !== null && db.dbInstances.length > 0)
        parts.push(`DB instances ${db.dbInstances.map(markdown.md).join(', ')}`);
    if (db.dbClusters !== null && db.dbClusters.length > 0)
        parts.push(`DB clusters ${db.dbClusters.map(markdown.md).join(', ')}`);
    return parts.join('; ');
}
/** The source of a decision as the tables show it: the volume id, or "DB instance name" / "DB cluster name". */
function sourceText(d) {
    if (d.kind === undefined)
        return d.volumeId ?? '-';
    return `${sourceNoun(d.kind)} ${d.volumeId ?? '-'}`;
}
/** The policy in one line, as the inputs gave it. */
function policyLine(r) {
    const p = r.policy;
    const scope = scopeText(r);
    const adopted = Object.keys(p.pruneTags).length > 0
        ? `; also snapshots tagged ${Object.entries(p.pruneTags)
            .map(([k, v]) => (0,markdown.md)(`${k}=${v}`))
            .join(' and ')}`
        : '';
    const copies = p.copies !== undefined && r.decisions.some((d) => d.copyOf !== undefined)
        ? `; copies: retention ${(0,plural/* plural */.L)(p.copies.retentionDays, 'day')}, ${keepCounts(p.copies)}`
        : '';
    return `Policy: retention ${(0,plural/* plural */.L)(p.retentionDays, 'day')}, ${keepCounts(p)}${copies}; ${scope}${adopted}; ${(0,plural/* plural */.L)(r.regions.length, 'region')}.`;
}
/** The keep counts of a policy as the inputs name them: keep-last always, the calendar ones when set. */
function keepCounts(c) {
    const keeps = [`keep-last ${c.keepLast}`];
    if (c.keepDaily > 0)
        keeps.push(`keep-daily ${c.keepDaily}`);
    if (c.keepWeekly > 0)
        keeps.push(`keep-weekly ${c.keepWeekly}`);
    if (c.keepMonthly > 0)
        keeps.push(`keep-monthly ${c.keepMonthly}`);
    return keeps.join(', ');
}
/** Count, size and cost per rule, largest count first. */
function byRule(decisions) {
    const map = new Map();
    for (const d of decisions) {
        const t = map.get(d.rule) ?? { rule: d.rule, count: 0, sizeGib: 0, costUsd: 0 };
        t.count += 1;
        t.sizeGib += d.sizeGib;
        t.costUsd += d.costUsd;
        map.set(d.rule, t);
    }
    return [...map.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}
function ruleTable(decisions) {
    const rows = byRule(decisions).map((t) => [(0,markdown.md)(t.rule), (0,markdown/* int */.Wh)(t.count), (0,markdown/* gib */.$l)(t.sizeGib), (0,markdown/* usd */.dR)(t.costUsd)]);
    return (0,markdown/* table */.tp)(['rule', 'snapshots', 'GiB', 'est. $/month'], rows);
}
function decisionTable(decisions, limit, multiAccount) {
    const header = [
        'snapshot',
        decisions.some((d) => d.kind !== undefined) ? 'source' : 'volume',
        'region',
        ...(multiAccount ? ['account'] : []),
        'age (days)',
        'GiB',
        'rule',
        'reason'
    ];
    const align = header.map((h) => (h === 'GiB' || h === 'age (days)' ? 'r' : 'l'));
    const rows = decisions
        .slice(0, limit)
        .map((d) => [
        (0,markdown.md)(d.snapshotId),
        (0,markdown.md)(sourceText(d)),
        (0,markdown.md)(d.region),
        ...(multiAccount ? [(0,markdown.md)(d.accountId)] : []),
        (0,markdown/* int */.Wh)(d.ageDays),
        (0,markdown/* gib */.$l)(d.sizeGib),
        (0,markdown.md)(d.rule),
        (0,markdown.md)(d.reason)
    ]);
    const more = decisions.length > limit ? `\n\n${(0,markdown/* int */.Wh)(decisions.length - limit)} more are in the CSV.` : '';
    return (0,markdown/* table */.tp)(header, rows, align) + more;
}
function section(title, intro, decisions, limit, multi, withRules = true) {
    if (decisions.length === 0)
        return '';
    const rules = withRules ? `${ruleTable(decisions)}\n\n` : '';
    return `### ${title} (${(0,markdown/* int */.Wh)(decisions.length)})\n\n${intro}${rules}${decisionTable(decisions, limit, multi)}`;
}
function of(r, ...outcomes) {
    return r.decisions.filter((d) => outcomes.includes(d.outcome));
}
/** Deleted (or would-be-deleted), kept, skipped and failed decisions, each bounded. */
function decisionSections(r) {
    const multi = r.accounts.length > 1;
    const removed = of(r, 'deleted', 'would-delete').sort((a, b) => b.sizeGib - a.sizeGib || a.snapshotId.localeCompare(b.snapshotId));
    const kept = of(r, 'kept');
    const skipped = of(r, 'skipped');
    const failed = of(r, 'failed');
    return [
        section(r.dryRun ? 'Would delete' : 'Deleted', 'Each was expired by the rule shown and held by no keep rule; largest first.\n\n', removed, SUMMARY_LIMITS.deleted, multi),
        section('Kept', 'The rule that holds each snapshot.\n\n', kept, SUMMARY_LIMITS.kept, multi),
        section('Skipped', 'Eligible by the rules, or out of scope, but left alone, and why.\n\n', skipped, SUMMARY_LIMITS.skipped, multi),
        section('Failed', 'These could not be deleted; the step fails after finishing the rest.\n\n', failed, SUMMARY_LIMITS.errors, multi, false)
    ];
}
function keyList(keys, limit) {
    const lines = keys.slice(0, limit).map((k) => `- ${(0,src_escape/* markdownCode */.D9)(k)}`);
    if (keys.length > limit)
        lines.push(`- ... and ${(0,markdown/* int */.Wh)(keys.length - limit)} more (in the result JSON)`);
    return lines.join('\n');
}
/** What happened in the metadata bucket: orphans removed, metadata missing or repaired, unreadable objects. */
function metadataSection(r, bucket) {
    const m = r.metadata;
    if (bucket === null)
        return '### Metadata\n\nNo bucket was given, so metadata was neither removed nor checked.';
    const removed = m.removed.length > 0 ? ` Removed ${(0,plural/* plural */.L)(m.removed.length, 'metadata object')} with the snapshots deleted.` : '';
    const parts = [
        `### Metadata\n\n${(0,plural/* plural */.L)(m.objects, 'metadata object')} under the prefix in ${(0,src_escape/* markdownCode */.D9)(bucket)} when the run began.${removed}`
    ];
    if (!m.checked)
        parts.push('The bucket could not be listed, so orphaned and missing metadata were not checked (see the errors).');
    const verb = r.dryRun ? 'Would remove' : 'Removed';
    if (m.orphans.length > 0)
        parts.push(`${verb} ${(0,plural/* plural */.L)(m.orphans.length, 'orphaned metadata object')} (their snapshots no longer exist):\n\n${keyList(m.orphans, SUMMARY_LIMITS.keys)}`);
    if (m.repaired.length > 0) {
        parts.push(`${r.dryRun ? 'Would write' : 'Wrote'} missing metadata for ${(0,plural/* plural */.L)(m.repaired.length, 'managed snapshot')} (repair):\n\n${keyList(m.repaired, SUMMARY_LIMITS.keys)}`);
    }
    if (m.missing.length > 0) {
        const ids = m.missing.map((x) => `${x.snapshotId} (${x.kind === undefined ? (x.volumeId ?? 'no volume') : sourceText(x)}, ${x.region})`);
        parts.push(`${(0,plural/* plural */.L)(m.missing.length, 'managed snapshot')} ${m.missing.length === 1 ? 'has' : 'have'} no metadata object:\n\n${keyList(ids, SUMMARY_LIMITS.keys)}`);
    }
    if (m.unreadable.length > 0) {
        parts.push(`${(0,plural/* plural */.L)(m.unreadable.length, 'object')} under the prefix ${m.unreadable.length === 1 ? 'is not a snapshot-hygiene document' : 'are not snapshot-hygiene documents'} of the snapshot ${m.unreadable.length === 1 ? 'its key names and was' : 'their keys name and were'} left alone:\n\n${keyList(m.unreadable, SUMMARY_LIMITS.keys)}`);
    }
    if (m.otherKeys > 0)
        parts.push(`${(0,plural/* plural */.L)(m.otherKeys, 'other key')} under the prefix ${m.otherKeys === 1 ? 'does' : 'do'} not follow the metadata layout and ${m.otherKeys === 1 ? 'was' : 'were'} left alone.`);
    return parts.join('\n\n');
}
/** One line per error. */
function errorLine(e) {
    return `${e.operation} ${e.subject} in ${e.region} (account ${e.accountId}): ${e.message}`;
}
/** The errors of the run (bounded), the regions that could not be listed, and what the run went ahead without. */
function problemSections(r) {
    const out = [];
    if (r.errors.length > 0) {
        const lines = r.errors.slice(0, SUMMARY_LIMITS.errors).map((e) => `- ${(0,markdown.md)(errorLine(e))}`);
        if (r.errors.length > SUMMARY_LIMITS.errors)
            lines.push(`- ... and ${(0,markdown/* int */.Wh)(r.errors.length - SUMMARY_LIMITS.errors)} more (in the log and the result JSON)`);
        out.push(`### Errors (${(0,markdown/* int */.Wh)(r.errors.length)})\n\n${lines.join('\n')}`);
    }
    if (r.failures.length > 0) {
        const lines = r.failures.slice(0, SUMMARY_LIMITS.errors).map((f) => `- ${(0,markdown.md)((0,accounts/* failureLine */.P)(f))}`);
        out.push(`### Not listed\n\nNothing was decided in these; their snapshots were left alone.\n\n${lines.join('\n')}`);
    }
    if (r.warnings.length > 0)
        out.push(`### Warnings\n\n${r.warnings
            .slice(0, SUMMARY_LIMITS.errors)
            .map((n) => `- ${(0,markdown.md)(n)}`)
            .join('\n')}`);
    if (r.notices.length > 0)
        out.push(`### Notices\n\n${r.notices
            .slice(0, SUMMARY_LIMITS.errors)
            .map((n) => `- ${(0,markdown.md)(n)}`)
            .join('\n')}`);
    return out;
}
function pruneParts(r, bucket, csvName) {
    return [
        pruneHeadline(r),
        (0,charts/* reclaimedChart */.Hm)(r.decisions, r.dryRun),
        policyLine(r),
        ...decisionSections(r).slice(0, 1),
        archiveSection(r),
        ...decisionSections(r).slice(1),
        metadataSection(r, bucket),
        ...problemSections(r),
        (0,sections/* priceSection */.h8)(),
        `One row per decision is in the CSV \`${(0,markdown.md)(csvName)}\`.`
    ];
}
/** The whole prune summary in markdown. */
function pruneSummary(r, opts) {
    const title = r.dryRun ? '## Snapshot prune (dry run: nothing deleted)' : '## Snapshot prune';
    return ([title, (0,summary_selection/* selectionSection */.w)(opts.selection), ...pruneParts(r, opts.bucket, opts.csvName)]
        .filter((p) => p !== '')
        .join('\n\n') + '\n');
}
/** The backup-and-prune summary: what was created, then the prune. */
function backupAndPruneSummary(backup, prune, opts) {
    const title = prune?.dryRun
        ? '## Snapshot backup and prune (dry run: nothing deleted)'
        : '## Snapshot backup and prune';
    const parts = [
        title,
        (0,sections/* backupHeadline */.l$)(backup),
        (0,summary_selection/* selectionSection */.w)(opts.selection),
        (0,instance_sets/* instanceSetsSection */.I)(backup.instanceSets),
        (0,sections/* createdSection */.w2)(backup.created),
        (0,sections/* lockSection */.pm)(backup),
        (0,copies/* copiesSection */.hL)(backup.copies),
        (0,sections/* backupFailureSection */.UC)(backup.failures)
    ];
    if (prune !== null && backup.created.length > 0)
        parts.push(`The prune holds ${backup.created.length === 1 ? 'the snapshot' : 'the snapshots'} this run created by rule \`created-this-run\`: a run never deletes what it made, whatever the retention inputs say.`);
    if (prune === null)
        parts.push('Prune did not run.');
    else
        parts.push('### Prune', ...pruneParts(prune, opts.bucket, opts.csvName));
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
;// CONCATENATED MODULE: ./src/report/prune.ts














/** The result JSON of a prune: everything but the kept decisions, which are in the CSV. */
function pruneJson(r) {
    const { decisions, ...rest } = r;
    return { ...rest, notDeleted: decisions.filter((d) => d.outcome === 'skipped' || d.outcome === 'failed') };
}
function setPruneOutputs(r, resultJson, upload) {
    core.setOutput('deleted-snapshot-ids', r.deletedIds.join(','));
    core.setOutput('deleted-count', r.deletedIds.length);
    core.setOutput('kept-count', r.counts.kept);
    core.setOutput('reclaimed-gib', (0,inventory_csv/* round */.LI)(r.reclaimedGib, 3));
    (0,shared/* setResultOutputs */.Ge)({ csvPath: r.csvPath, resultJson, upload, failedCount: r.failures.length });
}
/** The problems that fail a prune: every per-snapshot or per-object error, and unlisted regions when fail-on-region-error. */
function pruneProblems(config, r) {
    const problems = r.errors.map(errorLine);
    for (const f of r.failures) {
        if (config.failOnRegionError)
            problems.push(`Could not list ${(0,accounts/* failureLine */.P)(f)}`);
        else
            log/* warning */.$e(`Could not list ${(0,accounts/* failureLine */.P)(f)}`);
    }
    return problems;
}
function logResult(r) {
    const verb = r.dryRun ? 'Would delete' : 'Deleted';
    log/* info */.pq(`${verb} ${(0,plural/* plural */.L)(r.deletedIds.length, 'snapshot')} (${(0,inventory_csv/* round */.LI)(r.reclaimedGib, 3)} GiB); kept ${r.counts.kept}, skipped ${r.counts.skipped}, failed ${r.counts.failed}; CSV at ${r.csvPath}`);
    for (const key of r.metadata.orphans)
        log/* info */.pq(`${r.dryRun ? 'Would remove' : 'Removed'} orphaned metadata ${key}`);
    for (const key of r.metadata.removed)
        log/* info */.pq(`Removed metadata ${key} with its snapshot`);
    for (const key of r.metadata.repaired)
        log/* info */.pq(`${r.dryRun ? 'Would write' : 'Wrote'} missing metadata ${key}`);
    for (const m of r.metadata.missing) {
        const source = m.kind === undefined ? (m.volumeId ?? 'no volume') : `${sourceNoun(m.kind)} ${m.volumeId ?? ''}`;
        log/* warning */.$e(`Managed snapshot ${m.snapshotId} (${source}, ${m.region}, account ${m.accountId}) has no metadata object`);
    }
    for (const n of r.notices)
        log/* info */.pq(n);
    for (const w of r.warnings)
        log/* warning */.$e(w);
    for (const d of r.decisions)
        if (d.outcome === 'archived' || d.outcome === 'would-archive')
            log/* info */.pq(`${d.outcome === 'archived' ? 'Archived' : 'Would archive'} ${d.snapshotId} (${d.volumeId ?? 'no volume'}, ${d.region}, account ${d.accountId}): ${d.reason}`);
    for (const d of r.decisions)
        if (d.outcome === 'skipped' && (d.rule === 'in-use' || d.rule === 'aws-backup' || d.rule === 'not-deletable-state'))
            log/* notice */.lm(`Skipped ${d.snapshotId}: ${d.reason}`);
}
function pruneDeps() {
    return {
        log: (line) => {
            log/* info */.pq(line);
        }
    };
}
/** Runs the prune and reports it; fails the step at the end when anything could not be done. */
async function pruneStep(config, targets, clock) {
    const selected = (0,selection/* selectionOutcome */.D)(config);
    const result = await runPrune(config, targets, clock, pruneDeps());
    logResult(result);
    const csvName = external_node_path_.basename(result.csvPath);
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: result.csvPath,
        result: pruneJson(result),
        files: [result.csvPath],
        summary: pruneSummary(result, { bucket: config.bucket, csvName, selection: config.selection }),
        fullReportHint: `The full plan is in ${csvName}.`
    });
    setPruneOutputs(result, resultJson, upload);
    (0,shared/* failWith */.ff)([...selected, ...pruneProblems(config, result)], 'problem while pruning', 'problems while pruning', upload);
}
/** Sources (volumes, DB instances, DB clusters) whose backup failed: their snapshots are held (not deleted) in this run. */
function heldVolumes(backup, targets) {
    const hold = new Map();
    for (const f of backup.failures) {
        // The snapshot exists and completed; only its lock is missing, so its source's older snapshots are not held.
        if (f.lockFailed === true)
            continue;
        const accounts = f.accountId === '' ? targets.map((t) => t.accountId) : [f.accountId];
        const name = f.kind === undefined ? f.volumeId : `${sourceNoun(f.kind)} ${f.volumeId}`;
        for (const a of accounts)
            hold.set((0,kinds_kind/* sourceKey */.Zt)(f.kind ?? 'ebs', a, f.region, f.volumeId), `the backup of ${name} failed in this run`);
    }
    return hold;
}
/** Backs up, then prunes with the new snapshots in view, repairing missing metadata of the backed-up volumes. */
async function backupAndPruneStep(config, targets, clock, workflow = (0,shared/* workflowContext */.Rz)(github/* context */._)) {
    const selected = (0,selection/* selectionOutcome */.D)(config);
    const backup = await (0,modes_backup/* runBackup */.Q3)(config, targets, clock, { workflow });
    (0,shared/* logCreated */.XI)(backup, config.bucket);
    // The sets' volumes join the prune's scope: an instance is pruned as the volumes it was backed up as.
    const setVolumes = (backup.instanceSets ?? []).flatMap((s) => s.snapshots.map((x) => ({ region: s.region, volumeId: x.volumeId })));
    const prune = await runPrune({ ...config, volumes: [...config.volumes, ...setVolumes] }, targets, clock, pruneDeps(), {
        hold: heldVolumes(backup, targets),
        repair: backup.volumes,
        repairDb: backup.databases ?? [],
        createdIds: new Set([
            ...backup.created.map((c) => c.snapshotId),
            ...(backup.copies ?? []).flatMap((c) => (c.snapshotId === null ? [] : [c.snapshotId]))
        ])
    });
    logResult(prune);
    const csvName = external_node_path_.basename(prune.csvPath);
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: prune.csvPath,
        result: { mode: 'backup-and-prune', backup, prune: pruneJson(prune) },
        files: [prune.csvPath],
        summary: backupAndPruneSummary(backup, prune, { bucket: config.bucket, csvName, selection: config.selection }),
        fullReportHint: `The full plan is in ${csvName}.`
    });
    (0,shared/* setBackupOutputs */.Tz)(backup);
    setPruneOutputs(prune, resultJson, upload);
    (0,shared/* failWith */.ff)([
        ...selected,
        ...backup.failures.map((f) => f.message),
        ...(backup.copyFailures ?? []),
        ...pruneProblems(config, prune)
    ], 'problem in backup and prune', 'problems in backup and prune', upload);
}


/***/ }),

/***/ 88995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ reclaimedChart),
/* harmony export */   KC: () => (/* binding */ costByAccountChart),
/* harmony export */   Uv: () => (/* binding */ withCharts),
/* harmony export */   W7: () => (/* binding */ ageHistogram),
/* harmony export */   nb: () => (/* binding */ trendCharts),
/* harmony export */   ui: () => (/* binding */ costByServiceChart)
/* harmony export */ });
/* unused harmony exports MAX_BARS, MAX_POINTS, MAX_LABELLED_POINTS, groupTail, xyChart, totalsChart */
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22988);
/**
 * Mermaid charts (xychart-beta, which GitHub renders) for the summaries. Every chart stays small whatever it is given:
 * at most a dozen bars (the rest grouped as "other") or a year of weekly points; labels from outside are escaped with
 * {@link mermaidLabel}; a chart with nothing to draw is '' rather than an invalid block.
 */


/** The most bars a chart shows; past it the smallest are one bar, "other". */
const MAX_BARS = 12;
/** The most points a trend line shows (a year of weekly runs). */
const MAX_POINTS = 52;
/** Up to this many points each get their date on the x-axis; past it the axis numbers the runs. */
const MAX_LABELLED_POINTS = 8;
/**
 * A label a chart can show: escaped, never empty (Mermaid refuses an empty label), and short. A run of `%` is cut to
 * one, since Mermaid reads `%%{...}%%` as a directive wherever it stands, even inside quotes.
 */
function label(text, max = 40) {
    const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    const quoted = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidLabel */ ._b)(short).replace(/%{2,}/g, '%');
    return quoted === '""' ? '"(none)"' : quoted;
}
/** A number as Mermaid reads it: finite, at most two decimals, never in exponent form. */
function value(n) {
    if (!Number.isFinite(n))
        return '0';
    const fixed = (Math.round(n * 100) / 100).toFixed(2);
    return fixed.replace(/\.?0+$/, '') || '0';
}
/** The largest entries, and the rest summed into one "other" entry when there are more than `max`. */
function groupTail(entries, max = MAX_BARS) {
    const sorted = [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (sorted.length <= max)
        return sorted.map(([k, v]) => [k, v]);
    const head = sorted.slice(0, max - 1).map(([k, v]) => [k, v]);
    const rest = sorted.slice(max - 1).reduce((n, [, v]) => n + v, 0);
    return [...head, [`other (${sorted.length - max + 1})`, rest]];
}
/**
 * The front matter every chart starts with: a small plot (Mermaid's default is 700 by 500 pixels; a horizontal chart
 * grows with its bars, so that each label has a line) in a colour that reads on light and dark pages alike.
 */
function chartConfig(height) {
    return [
        '---',
        'config:',
        '  xyChart:',
        '    width: 640',
        `    height: ${height}`,
        '  themeVariables:',
        '    xyChart:',
        "      plotColorPalette: '#2f81f7'",
        '---'
    ];
}
/**
 * A fenced xychart-beta block; '' when there is nothing on the x-axis. The x-axis is either labels (one per value)
 * or a numbered axis of `count` points under a title, for series too long to label each point legibly. Horizontal
 * charts put the labels one under the other, so that long ones (account ids, regions) do not overlap.
 */
function xyChart(o) {
    const axis = o.labels;
    const points = 'count' in axis ? axis.count : axis.length;
    if (points === 0)
        return '';
    const top = Math.max(0, ...o.series.flatMap((s) => s.values.filter(Number.isFinite)));
    // A range of 0 to 0 draws nothing useful; give the axis room above the largest value.
    const max = top > 0 ? top * 1.1 : 1;
    const xAxis = 'count' in axis
        ? `${label(axis.title, 80)} 1 --> ${Math.max(2, axis.count)}`
        : `[${axis.map((l) => label(l)).join(', ')}]`;
    return [
        '```mermaid',
        ...chartConfig(o.horizontal === true ? Math.max(160, 60 + 22 * points) : 240),
        o.horizontal === true ? 'xychart-beta horizontal' : 'xychart-beta',
        `  title ${label(o.title, 80)}`,
        `  x-axis ${xAxis}`,
        `  y-axis ${label(o.yAxis)} 0 --> ${value(max)}`,
        ...o.series.map((s) => `  ${s.kind} [${s.values.map(value).join(', ')}]`),
        '```'
    ].join('\n');
}
/** Bars of one figure of a totals map, the long tail grouped; '' when every value is zero or the map is empty. */
function totalsChart(title, map, figure, yAxis, max = MAX_BARS) {
    const entries = Object.entries(map).map(([k, t]) => [k, t[figure]]);
    if (entries.every(([, v]) => v <= 0))
        return '';
    const bars = groupTail(entries, max);
    return xyChart({
        title,
        labels: bars.map(([k]) => k),
        yAxis,
        series: [{ kind: 'bar', values: bars.map(([, v]) => v) }],
        horizontal: true
    });
}
/** Estimated $/month per service, largest first. */
function costByServiceChart(a) {
    return totalsChart('Estimated cost by service ($/month)', a.byService, 'costUsd', '$/month');
}
/** Estimated $/month per account, the largest accounts and the rest as "other". */
function costByAccountChart(a) {
    return totalsChart('Estimated cost by account ($/month)', a.byAccount, 'costUsd', '$/month');
}
/** How many snapshots fall in each age range, youngest first; '' when there are none. */
function ageHistogram(a) {
    if (a.total.count === 0)
        return '';
    const labels = _aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .AGE_RANGES */ .J$.map((r) => r.label);
    return xyChart({
        title: 'Snapshots by age',
        labels,
        yAxis: 'snapshots',
        series: [{ kind: 'bar', values: labels.map((l) => a.byAge[l]?.count ?? 0) }]
    });
}
/** The x-axis labels of a history: the date, with the time (to the minute, or the second) where runs share one. */
function pointLabels(points) {
    const unique = (labels) => new Set(labels).size === labels.length;
    const days = points.map((p) => p.at.slice(0, 10));
    if (unique(days))
        return days;
    const minutes = points.map((p) => `${p.at.slice(0, 10)} ${p.at.slice(11, 16)}`);
    return unique(minutes) ? minutes : points.map((p) => `${p.at.slice(0, 10)} ${p.at.slice(11, 19)}`);
}
/** Two line charts over the runs of a history, estimated cost and snapshot count; '' with fewer than two runs. */
function trendCharts(history) {
    const points = history.slice(-MAX_POINTS);
    if (points.length < 2)
        return '';
    const first = points[0]?.at.slice(0, 10) ?? '';
    const last = points[points.length - 1]?.at.slice(0, 10) ?? '';
    const labels = points.length <= MAX_LABELLED_POINTS
        ? pointLabels(points)
        : { title: `the last ${points.length} runs, ${first} to ${last}`, count: points.length };
    const cost = xyChart({
        title: 'Estimated cost over time ($/month)',
        labels,
        yAxis: '$/month',
        series: [{ kind: 'line', values: points.map((p) => p.costUsd) }]
    });
    const count = xyChart({
        title: 'Snapshots over time',
        labels,
        yAxis: 'snapshots',
        series: [{ kind: 'line', values: points.map((p) => p.count) }]
    });
    return `${cost}\n\n${count}`;
}
/**
 * Puts each chart right after the section whose heading it names (the section's first line); a chart whose section
 * is not there goes after the last section, so that a renamed heading moves a chart rather than loses it.
 */
function withCharts(sections, charts) {
    const out = [];
    const placed = new Set();
    for (const s of sections) {
        out.push(s);
        const heading = s.split('\n', 1)[0] ?? '';
        const chart = charts[heading];
        if (chart !== undefined && chart !== '') {
            out.push(chart);
            placed.add(heading);
        }
    }
    for (const [heading, chart] of Object.entries(charts))
        if (!placed.has(heading) && chart !== '')
            out.push(chart);
    return out;
}
/** The GiB deleted (or, under dry-run, to be deleted) per region, the largest regions first; '' when nothing is. */
function reclaimedChart(decisions, dryRun) {
    const byRegion = new Map();
    for (const d of decisions)
        if (d.outcome === 'deleted' || d.outcome === 'would-delete')
            byRegion.set(d.region, (byRegion.get(d.region) ?? 0) + d.sizeGib);
    if ([...byRegion.values()].every((v) => v <= 0))
        return '';
    const bars = groupTail([...byRegion.entries()]);
    return xyChart({
        title: dryRun ? 'Storage to reclaim by region (GiB)' : 'Storage reclaimed by region (GiB)',
        labels: bars.map(([k]) => k),
        yAxis: 'GiB',
        series: [{ kind: 'bar', values: bars.map(([, v]) => v) }],
        horizontal: true
    });
}


/***/ })

};
