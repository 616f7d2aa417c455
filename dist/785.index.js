export const id = 785;
export const ids = [785];
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

/***/ 75344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ findCompared),
/* harmony export */   J5: () => (/* binding */ MAX_COMPARED_BYTES),
/* harmony export */   M4: () => (/* binding */ CompareError),
/* harmony export */   Mv: () => (/* binding */ readBoundedFile),
/* harmony export */   an: () => (/* binding */ besideCompared),
/* harmony export */   c5: () => (/* binding */ comparedHistory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98155);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8431);
/* harmony import */ var _result_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69797);
/**
 * The result a run compares itself with: found at a path (a result JSON, or a folder holding one, as
 * actions/download-artifact leaves it), read as hostile input with the checks merge uses, and refused when it is not
 * comparable: another schema version, another mode or another set of accounts. Nothing here knows of GitHub.
 */





/** The largest compared result read; results of this version stay far below it. */
const MAX_COMPARED_BYTES = 64 * 1024 * 1024;
/** How deep below the compare-with folder a result is looked for, and how many files are looked at. */
const MAX_DEPTH = 4;
const MAX_ENTRIES = 10_000;
/** A compared result that cannot be used; the message names the file and the fix. */
class CompareError extends Error {
}
/** The result JSON files below a folder, relative to it, in a stable order; links are not followed. */
function resultFilesBelow(root) {
    const out = [];
    let seen = 0;
    const walk = (rel, depth) => {
        const entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, rel), { withFileTypes: true });
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (++seen > MAX_ENTRIES)
                throw new CompareError(`compare-with ${root} holds more than ${MAX_ENTRIES} files`);
            const p = rel === '' ? e.name : node_path__WEBPACK_IMPORTED_MODULE_1__.join(rel, e.name);
            if (e.isDirectory() && depth < MAX_DEPTH)
                walk(p, depth + 1);
            else if ((e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.summary.json'))
                out.push(p);
        }
    };
    walk('', 0);
    return out;
}
/** Reads a file that must not be a link, bounded in size. */
function readBoundedFile(file, max) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .readableFile */ .rC)(file), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | _paths_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_FOLLOW */ .qP);
    try {
        const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).size;
        if (size > max)
            throw new CompareError(`${file} is ${size} bytes, more than a result holds (${max})`);
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(fd, 'utf8');
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
function parse(file) {
    try {
        return (0,_result_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseResultFile */ .l)(file, readBoundedFile(file, MAX_COMPARED_BYTES));
    }
    catch (err) {
        if (err instanceof _result_file_js__WEBPACK_IMPORTED_MODULE_3__/* .ResultFileError */ .e)
            throw new CompareError(`compare-with: ${err.message}; name a result this version of snapshot-hygiene wrote`);
        throw err;
    }
}
function sameAccounts(mine, theirs) {
    const a = new Set(mine);
    const b = new Set(theirs);
    const onlyMine = [...a].filter((id) => !b.has(id)).sort();
    const onlyTheirs = [...b].filter((id) => !a.has(id)).sort();
    if (onlyMine.length === 0 && onlyTheirs.length === 0)
        return null;
    const list = (ids) => ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, and ${ids.length - 5} more` : '');
    const parts = [
        onlyMine.length > 0 ? `this run has ${list(onlyMine)}, which it does not` : '',
        onlyTheirs.length > 0 ? `it has ${list(onlyTheirs)}, which this run does not` : ''
    ].filter((p) => p !== '');
    return parts.join('; ');
}
/**
 * Finds and reads the result to compare with at `target` (a result JSON or a folder holding one) for a run of
 * `mode` over `accounts`. A missing path or a folder without a result is 'none' (a first run, an expired artifact);
 * a result of another schema version, mode or account set, or a folder with several candidates, is a CompareError.
 */
function findCompared(target, mode, accounts) {
    const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(target, { throwIfNoEntry: false });
    if (st === undefined)
        return {
            status: 'none',
            notice: `No earlier result to compare with: ${target} does not exist (a first run, or an expired artifact).`
        };
    let files;
    if (st.isDirectory()) {
        files = resultFilesBelow(target).map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(target, f));
        if (files.length === 0)
            return { status: 'none', notice: `No earlier result to compare with: ${target} holds no *.summary.json file.` };
    }
    else
        files = [target];
    const parsed = files.map((file) => ({ file, outcome: parse(file) }));
    const mine = parsed.filter((p) => p.outcome.status === 'slice' && p.outcome.slice.kind === mode);
    if (mine.length === 0) {
        const modes = parsed.map((p) => (p.outcome.status === 'slice' ? p.outcome.slice.kind : p.outcome.mode));
        throw new CompareError(`compare-with ${target} holds a result of mode ${[...new Set(modes)].join(', ')}, not ${mode}: compare with an earlier ${mode} result`);
    }
    if (mine.length > 1)
        throw new CompareError(`compare-with ${target} holds ${mine.length} ${mode} results (${mine
            .slice(0, 3)
            .map((p) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(target, p.file))
            .join(', ')}): name one of them`);
    const [{ file, outcome }] = mine;
    const mismatch = sameAccounts(accounts, outcome.slice.accounts);
    if (mismatch !== null)
        throw new CompareError(`compare-with ${file} is a result for other accounts (${mismatch}): compare runs over the same accounts`);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file);
    return outcome.slice.kind === 'inventory'
        ? { status: 'found', compared: { kind: 'inventory', file, dir, slice: outcome.slice } }
        : { status: 'found', compared: { kind: 'check', file, dir, slice: outcome.slice } };
}
/** The history a compared inventory hands on: its own, or, for a result written without one, its headline alone. */
function comparedHistory(slice) {
    if (slice.history !== null)
        return slice.history;
    return slice.generatedAt === '' ? [] : [(0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .historyEntry */ .xg)(slice.generatedAt, slice.aggregate)];
}
/** The path of a file the compared result names beside it. */
function besideCompared(compared, name) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(compared.dir, name);
}


/***/ }),

/***/ 90487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ FindingTally),
/* harmony export */   f: () => (/* binding */ findingsBySeverity)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79244);

/** Counts of findings per account and rule, summed as they arrive (from one check, or from several joined). */
class FindingTally {
    counts = new Map();
    /** Adds one finding, silenced or not. */
    add(accountId, rule, severity, silenced) {
        this.addCount({ accountId, rule, severity, findings: silenced ? 0 : 1, silenced: silenced ? 1 : 0 });
    }
    /** Adds a count of findings (another check's), summing with what is there. */
    addCount(c) {
        const key = `${c.accountId}/${c.rule}`;
        const known = this.counts.get(key);
        if (known) {
            known.findings += c.findings;
            known.silenced += c.silenced;
        }
        else {
            this.counts.set(key, { ...c });
        }
    }
    /** Every account and rule with a finding, by account and then in rule order. */
    list() {
        return [...this.counts.values()]
            .filter((c) => c.findings > 0 || c.silenced > 0)
            .sort((a, b) => a.accountId.localeCompare(b.accountId) || _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(a.rule) - _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(b.rule));
    }
}
/** The findings that are not silenced, per account and severity; most errors first, then most warnings. */
function findingsBySeverity(counts) {
    const out = new Map();
    for (const c of counts) {
        if (c.findings === 0)
            continue;
        const a = out.get(c.accountId) ?? { accountId: c.accountId, error: 0, warning: 0, notice: 0 };
        a[c.severity] += c.findings;
        out.set(c.accountId, a);
    }
    return [...out.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || a.accountId.localeCompare(b.accountId));
}


/***/ }),

/***/ 75785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkStep: () => (/* binding */ checkStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./src/report/selection.ts
var selection = __webpack_require__(54012);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/accounts.ts
var accounts = __webpack_require__(8211);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/unimplemented.ts
var unimplemented = __webpack_require__(78058);
;// CONCATENATED MODULE: ./src/account-settings.ts
/**
 * The account settings that protect every EBS snapshot of a region at once: snapshot block public access and EBS
 * encryption by default. Reads them (one call each per account and region) and says which could not be read and why.
 */



/** The IAM action that reads each setting. */
const SETTING_ACTION = {
    publicSharing: 'ec2:GetSnapshotBlockPublicAccessState',
    encryptionByDefault: 'ec2:GetEbsEncryptionByDefault'
};
const DENIED = new Set([
    'UnauthorizedOperation',
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedAccess',
    'AuthFailure'
]);
/** Classifies a failed read: unimplemented, denied (with the permission to grant named) or failed. */
function unreadOf(setting, err) {
    const action = SETTING_ACTION[setting];
    if ((0,unimplemented/* isUnimplemented */.OP)(err))
        return { ok: false, kind: 'unimplemented', message: `the endpoint does not implement ${action.slice(4)}` };
    if (DENIED.has((0,errors/* errorCode */.CA)(err)))
        return { ok: false, kind: 'denied', message: `${(0,errors/* errorMessage */.gJ)(err)}; grant ${action} to the role` };
    return { ok: false, kind: 'failed', message: `${action}: ${(0,errors/* errorMessage */.gJ)(err)}` };
}
async function readPublicSharing(ec2) {
    try {
        const command = new dist_cjs/* GetSnapshotBlockPublicAccessStateCommand */.ZeZ({});
        (0,unimplemented/* failFastWhenUnimplemented */.yA)(command, 'GetSnapshotBlockPublicAccessState');
        const out = await ec2.send(command);
        return { ok: true, value: out.State ?? 'unknown' };
    }
    catch (err) {
        return unreadOf('publicSharing', err);
    }
}
async function readEncryptionByDefault(ec2) {
    try {
        const command = new dist_cjs/* GetEbsEncryptionByDefaultCommand */.Lgn({});
        (0,unimplemented/* failFastWhenUnimplemented */.yA)(command, 'GetEbsEncryptionByDefault');
        const out = await ec2.send(command);
        return { ok: true, value: out.EbsEncryptionByDefault === true };
    }
    catch (err) {
        return unreadOf('encryptionByDefault', err);
    }
}
/** Reads both settings of one account and region; never throws (a failed read is in the result). */
async function readRegionSettings(ec2, accountId, region) {
    const [publicSharing, encryptionByDefault] = await Promise.all([readPublicSharing(ec2), readEncryptionByDefault(ec2)]);
    return { accountId, region, publicSharing, encryptionByDefault };
}
/** The settings that could not be read, in the order given. */
function unreadSettings(all) {
    const out = [];
    for (const s of all) {
        for (const setting of ['publicSharing', 'encryptionByDefault']) {
            const read = s[setting];
            if (!read.ok)
                out.push({ accountId: s.accountId, region: s.region, setting, kind: read.kind, message: read.message });
        }
    }
    return out;
}
/**
 * The unread settings that are region errors (denied or failed; fail-on-region-error applies to them). An endpoint
 * that does not implement the call is not one: it is a notice, since no permission or retry would change it.
 */
function settingRegionErrors(all) {
    return unreadSettings(all).filter((u) => u.kind !== 'unimplemented');
}
/** What a setting is called in messages. */
const SETTING_LABEL = {
    publicSharing: 'EBS snapshot block public access',
    encryptionByDefault: 'EBS encryption by default'
};
/** One line for an unread setting, for logs and the step's failure. */
function unreadLine(u) {
    return `${SETTING_LABEL[u.setting]} in ${u.region} (account ${u.accountId}): ${u.message}`;
}
/** Reads the settings of every region of one account, all regions at once; none for an account that cannot be worked in. */
async function readAccountSettings(target, regions) {
    if (target.failure !== undefined)
        return [];
    return Promise.all(regions.map((r) => readRegionSettings(target.clients.ec2(r), target.accountId, r)));
}

// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(22988);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
;// CONCATENATED MODULE: ./src/report/annotations.ts



/** The text and title of one finding's annotation, each made inert for the log by {@link logLine}. */
function annotationOf(f) {
    return {
        title: (0,src_escape/* logLine */.BP)(`${f.rule}: ${f.resourceId}`),
        message: (0,src_escape/* logLine */.BP)(`[${f.accountId} ${f.region}] ${f.message}`)
    };
}
/**
 * Annotates the first `max` findings (they arrive most severe first) at their severity; when some are left out,
 * a final notice states the total and where every finding is. Returns how many findings were annotated.
 */
function annotateFindings(findings, opts, sink = core) {
    const shown = findings.slice(0, Math.min(opts.max, opts.total));
    for (const f of shown) {
        const { message, title } = annotationOf(f);
        sink[f.severity](message, { title });
    }
    if (shown.length < opts.total) {
        sink.notice((0,src_escape/* logLine */.BP)(`${(0,plural/* plural */.L)(opts.total, 'finding')} in all; ${shown.length} ${shown.length === 1 ? 'is' : 'are'} annotated (max-annotations ${opts.max}). Every finding is in ${opts.where}.`));
    }
    return shown.length;
}

// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(79244);
// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(51666);
;// CONCATENATED MODULE: ./src/finding-baseline.ts
/**
 * The findings of a compared check, as the keys that say whether a finding of this run is new: the same rule about the
 * same resource (account, region, service and id) is an existing finding. The findings file comes from an artifact and
 * is read as hostile input: bounded, and only the fields of the key are read, each checked.
 */


/** The most findings a compared findings file may hold. */
const MAX_BASELINE_FINDINGS = 2_000_000;
const SERVICES = ['ebs', 'rds', 'rds-cluster', 'efs'];
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_RE = /[\u0000-\u001f\u007f]/;
/** The key that identifies a finding across runs. */
function findingKey(f) {
    return JSON.stringify([f.rule, f.accountId, f.region, f.service, f.resourceId]);
}
/** A findings file that is not what the action writes; it names the file and the field. */
class FindingsFileError extends Error {
    constructor(file, field, problem) {
        super(`${file}: field '${field}' ${problem}`);
    }
}
/** The keys of every finding in a findings JSON's text. */
function baselineKeys(file, content) {
    let json;
    try {
        json = JSON.parse(content);
    }
    catch (err) {
        throw new FindingsFileError(file, '(the whole file)', `is not valid JSON (${err.message})`);
    }
    const bad = (field, problem) => {
        throw new FindingsFileError(file, field, problem);
    };
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return bad('(the whole file)', 'must be an object');
    const o = json;
    if (o.tool !== result/* RESULT_TOOL */.Lg)
        bad('tool', `must be "${result/* RESULT_TOOL */.Lg}"`);
    if (typeof o.schema_version !== 'number' || Math.floor(o.schema_version) !== result/* RESULT_SCHEMA_VERSION */.tS)
        bad('schema_version', `must be ${result/* RESULT_SCHEMA_VERSION */.tS}: the findings were written by an incompatible version`);
    if (!Array.isArray(o.findings))
        return bad('findings', 'must be an array');
    if (o.findings.length > MAX_BASELINE_FINDINGS)
        bad('findings', `has more than ${MAX_BASELINE_FINDINGS} entries`);
    const keys = new Set();
    o.findings.forEach((v, i) => {
        const at = `findings[${i}]`;
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            return bad(at, 'must be an object');
        const f = v;
        const text = (name, max) => {
            const s = f[name];
            if (typeof s !== 'string' || s.length > max || CONTROL_RE.test(s))
                return bad(`${at}.${name}`, `must be a string of at most ${max} characters without control characters`);
            return s;
        };
        const rule = text('rule', 64);
        if (!rules/* RULE_IDS */.Iu.includes(rule))
            bad(`${at}.rule`, `must be one of ${rules/* RULE_IDS */.Iu.join(', ')}`);
        const service = text('service', 32);
        if (!SERVICES.includes(service))
            bad(`${at}.service`, `must be one of ${SERVICES.join(', ')}`);
        keys.add(JSON.stringify([rule, text('accountId', 12), text('region', 64), service, text('resourceId', 1024)]));
    });
    return keys;
}

// EXTERNAL MODULE: ./src/compare.ts
var compare = __webpack_require__(75344);
// EXTERNAL MODULE: ./src/report/compare.ts + 1 modules
var report_compare = __webpack_require__(40221);
;// CONCATENATED MODULE: ./src/report/check-baseline.ts
/** The compared check a check step marks its findings against: the keys of the findings in its findings file. */



/**
 * The keys of the compared check's findings; an empty set when compare-with found no earlier result (every finding
 * is then new), null without compare-with.
 */
async function checkBaseline(config, accounts, env = process.env) {
    const outcome = await (0,report_compare/* loadCompared */.e)(config, 'check', accounts, env);
    if (outcome === null)
        return null;
    if (outcome.status === 'none')
        return new Set();
    const { compared } = outcome;
    if (compared.kind !== 'check')
        throw new compare/* CompareError */.M4(`compare-with ${compared.file} is not a check result`);
    const name = compared.slice.findingsName;
    if (name === null)
        throw new compare/* CompareError */.M4(`compare-with ${compared.file} does not name its findings file (findingsJsonPath): compare with a result of this version`);
    const file = (0,compare/* besideCompared */.an)(compared, name);
    let text;
    try {
        text = (0,compare/* readBoundedFile */.Mv)(file, compare/* MAX_COMPARED_BYTES */.J5);
    }
    catch (err) {
        if (err?.code !== 'ENOENT')
            throw err;
        throw new compare/* CompareError */.M4(`compare-with ${compared.file} names ${name}, which is not beside it; upload both files in the artifact`);
    }
    try {
        return baselineKeys(file, text);
    }
    catch (err) {
        if (err instanceof FindingsFileError)
            throw new compare/* CompareError */.M4(`compare-with: ${err.message}`);
        throw err;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/report/comment.ts

/** The hidden marker that identifies the check's comment on a pull request. */
const COMMENT_MARKER = '<!-- snapshot-hygiene:check -->';
/** GitHub's limit on a comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** The comment body: the marker, then the report, cut to GitHub's limit. */
function commentBody(markdown, footer = '') {
    const head = `${COMMENT_MARKER}\n`;
    const tail = footer === '' ? '' : `\n${footer}\n`;
    const room = COMMENT_LIMIT - head.length - tail.length;
    if (markdown.length <= room)
        return head + markdown + tail;
    const note = '\n\n> The report was cut to fit a comment; the job summary and the findings file have all of it.\n';
    let cut = markdown.slice(0, room - note.length);
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    return head + cut + note + tail;
}
/** The GraphQL query that names the account a token acts as, for user and installation tokens alike. */
const VIEWER_QUERY = 'query { viewer { login } }';
/**
 * The login the token acts as: GraphQL's `viewer` (it answers for user tokens and for installation tokens such as
 * GITHUB_TOKEN, whose comments are by `github-actions[bot]`), else REST `GET /user` (user tokens only; installation
 * tokens get 403 there). Null when neither answers: the caller must then not update any comment.
 */
async function tokenLogin(octokit) {
    try {
        const res = await octokit.graphql(VIEWER_QUERY);
        if (typeof res.viewer?.login === 'string' && res.viewer.login !== '')
            return res.viewer.login;
    }
    catch {
        // fall back to REST below
    }
    try {
        const res = await octokit.rest.users.getAuthenticated();
        if (typeof res.data.login === 'string' && res.data.login !== '')
            return res.data.login;
    }
    catch {
        // neither answered
    }
    return null;
}
/**
 * Creates the check's comment on the pull request, or updates the earlier one: the first comment that carries the
 * marker and was written by the account the token acts as. A marker in anyone else's comment is left alone, and when
 * the token's account cannot be learnt a new comment is created rather than one of unknown authorship updated.
 */
async function upsertComment(opts) {
    const baseUrl = opts.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com');
    const octokit = (0,github/* getOctokit */.Q)(opts.token, { baseUrl });
    const { owner, repo, number } = opts.pr;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100
    });
    let login;
    let others = 0;
    for await (const page of pages) {
        for (const c of page.data) {
            if (!(c.body ?? '').includes(COMMENT_MARKER))
                continue;
            login ??= await tokenLogin(octokit);
            if (login === null)
                break;
            if ((c.user?.login ?? '').toLowerCase() !== login.toLowerCase()) {
                others++;
                continue;
            }
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: c.id, body: opts.body });
            return { action: 'updated', id: c.id };
        }
        if (login === null)
            break;
    }
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: opts.body });
    const note = login === null
        ? 'the account github-token acts as could not be learnt, so no earlier comment was updated'
        : others > 0
            ? `${others} comment(s) by others carry the marker and were left alone`
            : undefined;
    return { action: 'created', id: created.data.id, ...(note === undefined ? {} : { note }) };
}

// EXTERNAL MODULE: ./src/copy-policy.ts
var copy_policy = __webpack_require__(74297);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/timestamp.ts
var timestamp = __webpack_require__(23699);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
;// CONCATENATED MODULE: ./src/findings.ts
/**
 * The check rules: pure functions from snapshot records (and what was looked up about them) to findings.
 * Nothing here calls AWS; the check mode gathers the facts and these functions judge them.
 */





const RANK = { error: 3, warning: 2, notice: 1 };
/** Whether a finding of this severity fails the step under fail-on (never: nothing does). */
function failsStep(severity, failOn) {
    return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}
/** Orders findings: most severe first, then by rule, account, region and resource. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        rules/* RULE_IDS */.Iu.indexOf(a.rule) - rules/* RULE_IDS */.Iu.indexOf(b.rule) ||
        a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region) ||
        a.resourceId.localeCompare(b.resourceId));
}
/** Whether a finding is silenced: by the ignore-rules input, or by the snapshot's ignore tag (rule ids, or all). */
function isSilenced(rule, tags, ignoreRules) {
    if (ignoreRules.includes(rule))
        return true;
    const tag = tags?.[types/* TAG_IGNORE */.gk];
    if (tag === undefined)
        return false;
    const listed = tag.split(',').map((s) => s.trim().toLowerCase());
    return listed.includes('all') || listed.includes(rule);
}
const NOUN = {
    ebs: 'EBS snapshot',
    rds: 'DB snapshot',
    'rds-cluster': 'DB cluster snapshot',
    efs: 'EFS recovery point'
};
const SOURCE_NOUN = {
    ebs: 'volume',
    rds: 'DB instance',
    'rds-cluster': 'DB cluster',
    efs: 'file system'
};
/** A duration in words: hours under two days, whole days beyond. */
function duration(ms) {
    if (ms < 2 * clock/* DAY_MS */.sO) {
        const hours = Math.floor(ms / clock/* HOUR_MS */.iQ);
        return hours === 1 ? '1 hour' : `${hours} hours`;
    }
    return `${Math.floor(ms / clock/* DAY_MS */.sO)} days`;
}
function finding(rule, r, message) {
    return {
        rule,
        severity: rules/* RULE_SEVERITY */.hx[rule],
        accountId: r.accountId,
        region: r.region,
        service: r.service,
        resourceId: r.snapshotId,
        message
    };
}
function keepHint(rule) {
    return `or tag it ${types/* TAG_IGNORE */.gk}=${rule} to keep it`;
}
const ENCRYPT_FIX = {
    ebs: 'copy it with encryption (aws ec2 copy-snapshot --encrypted --kms-key-id KEY), delete the original and turn on EBS encryption by default',
    rds: 'copy it with a KMS key (aws rds copy-db-snapshot --kms-key-id KEY) and delete the original',
    'rds-cluster': 'copy it with a KMS key (aws rds copy-db-cluster-snapshot --kms-key-id KEY) and delete the original',
    efs: 'back the file system up to a vault with a KMS key and delete this recovery point'
};
/** unencrypted-snapshot: the snapshot is not encrypted. */
function unencryptedFinding(r) {
    if (r.encrypted)
        return null;
    return finding('unencrypted-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} is not encrypted; ${ENCRYPT_FIX[r.service]}.`);
}
/** old-snapshot: created more than maxAgeDays * 24 hours before now. */
function oldFinding(r, now, maxAgeDays) {
    const age = now.getTime() - r.createdAt.getTime();
    if (!(age > maxAgeDays * clock/* DAY_MS */.sO))
        return null;
    return finding('old-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} is ${duration(age)} old, older than max-age-days (${maxAgeDays}); delete it if nothing needs it, ${keepHint('old-snapshot')}.`);
}
/** Reads a managed snapshot's expires-at tag with the strict parser: only an ISO 8601 UTC timestamp is a date. */
function readExpiresAt(r) {
    if (r.tags[types/* TAG_MANAGED */.Jo] !== 'true')
        return { kind: 'none' };
    const raw = r.tags[types/* TAG_EXPIRES_AT */.kz];
    if (raw === undefined || raw.trim() === '')
        return { kind: 'none' };
    const at = (0,timestamp/* parseUtcTimestamp */.k)(raw.trim());
    return at === null ? { kind: 'malformed', raw } : { kind: 'date', at };
}
/** The instant a managed snapshot's expires-at tag names, or null when it has none or it is not a timestamp. */
function expiresAt(r) {
    const tag = readExpiresAt(r);
    return tag.kind === 'date' ? tag.at : null;
}
/** expired-snapshot: a managed snapshot whose expires-at lies in the past, so prune is not running for it. */
function expiredFinding(r, now) {
    const at = expiresAt(r);
    if (at === null || at.getTime() >= now.getTime())
        return null;
    return finding('expired-snapshot', r, `Managed ${NOUN[r.service]} ${r.snapshotId} expired at ${at.toISOString()} (${duration(now.getTime() - at.getTime())} ago), so prune is not running for it; schedule mode prune (or backup-and-prune) for its volume.`);
}
/** How much of a malformed tag value a finding quotes. */
const QUOTED_MAX = 64;
/** malformed-tag: a managed snapshot whose expires-at is not an ISO 8601 UTC timestamp; never judged as a date. */
function malformedTagFinding(r) {
    const tag = readExpiresAt(r);
    if (tag.kind !== 'malformed')
        return null;
    const chars = Array.from(tag.raw);
    const quoted = JSON.stringify(chars.length > QUOTED_MAX ? `${chars.slice(0, QUOTED_MAX).join('')}...` : tag.raw);
    return finding('malformed-tag', r, `Managed ${NOUN[r.service]} ${r.snapshotId} has ${types/* TAG_EXPIRES_AT */.kz} ${quoted}, which is not an ISO 8601 UTC timestamp (like 2026-03-16T06:00:00Z), so its expiry is unknown; correct the tag or remove it.`);
}
/**
 * orphaned-snapshot: the source is gone and (EBS) no AMI uses the snapshot. Copies with no known source are not
 * orphans, nor are backup's disaster recovery copies: their source lives in the source region, and they are made to
 * outlive it (an RDS copy keeps its DB identifier, which the copy region need not have).
 */
function orphanFinding(r, index) {
    if (r.sourceId === null || (0,copy_policy/* isCopy */.sN)(r) || index.sources.has(r.sourceId))
        return null;
    if (index.amiSnapshots?.has(r.snapshotId))
        return null;
    const noAmi = r.service === 'ebs' ? ' and no AMI uses it' : '';
    return finding('orphaned-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} was taken of ${SOURCE_NOUN[r.service]} ${r.sourceId}, which no longer exists${noAmi}; delete it if nothing needs it, ${keepHint('orphaned-snapshot')}.`);
}
function makePrivate(r, remove) {
    if (r.service === 'ebs') {
        const what = remove === 'all' ? '--group-names all' : `--user-ids ${remove}`;
        return `aws ec2 modify-snapshot-attribute --snapshot-id ${r.snapshotId} --attribute createVolumePermission --operation-type remove ${what}`;
    }
    if (r.service === 'rds-cluster') {
        return `aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier ${r.snapshotId} --attribute-name restore --values-to-remove ${remove}`;
    }
    return `aws rds modify-db-snapshot-attribute --db-snapshot-identifier ${r.snapshotId} --attribute-name restore --values-to-remove ${remove}`;
}
/** public-snapshot and shared-snapshot: restorable by everyone, or by an account allowed-accounts does not list. */
function grantFindings(r, grants, allowedAccounts) {
    const out = [];
    if (grants.public) {
        out.push(finding('public-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} can be restored by any AWS account; make it private (${makePrivate(r, 'all')}).`));
    }
    const strangers = [...new Set(grants.accounts)]
        .filter((a) => a !== r.accountId && !allowedAccounts.includes(a))
        .sort();
    if (strangers.length > 0) {
        const list = strangers.join(' ');
        const who = strangers.length === 1 ? `account ${list}` : `accounts ${strangers.join(', ')}`;
        out.push(finding('shared-snapshot', r, `${NOUN[r.service]} ${r.snapshotId} is shared with ${who}, which allowed-accounts does not list; stop sharing (${makePrivate(r, list)}) or add ${strangers.length === 1 ? 'it' : 'them'} to allowed-accounts.`));
    }
    return out;
}
/** stale-backup: a volume of the volume input whose newest completed snapshot is older than maxHours, or that has none. */
function staleBackupFinding(v, now, maxHours) {
    const age = v.newest === null ? null : now.getTime() - v.newest.getTime();
    if (age !== null && !(age > maxHours * clock/* HOUR_MS */.iQ))
        return null;
    const last = age === null || v.newest === null
        ? 'has no completed snapshot'
        : `was last backed up ${duration(age)} ago (${v.newest.toISOString()})`;
    const noun = v.kind === undefined ? 'Volume' : v.kind === 'db-instance' ? 'DB instance' : 'DB cluster';
    const where = `${noun} ${v.volumeId} in ${v.region}`;
    let message;
    if (v.exists === false) {
        message = `${where} no longer exists and ${last}; remove it from the ${v.kind ?? 'volume'} input.`;
    }
    else if (age === null) {
        message = `${where} ${last}; back it up (mode backup) on a schedule more often than every ${maxHours} hours.`;
    }
    else {
        message = `${where} ${last}, longer than max-backup-age-hours (${maxHours}); check that its scheduled backup runs.`;
    }
    if (v.exists === null)
        message = message.replace(/\.$/, ` (whether the ${noun.toLowerCase()} still exists could not be read).`);
    const service = v.kind === undefined ? 'ebs' : v.kind === 'db-instance' ? 'rds' : 'rds-cluster';
    return finding('stale-backup', { accountId: v.accountId, region: v.region, service, snapshotId: v.volumeId }, message);
}
/** The rules that need nothing but the record: unencrypted-snapshot, expired-snapshot, malformed-tag, old-snapshot. */
function recordFindings(r, ctx) {
    const out = [];
    for (const f of [
        unencryptedFinding(r),
        expiredFinding(r, ctx.now),
        malformedTagFinding(r),
        oldFinding(r, ctx.now, ctx.maxAgeDays)
    ])
        if (f)
            out.push(f);
    return out;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(57202);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-efs/dist-cjs/index.js
var client_efs_dist_cjs = __webpack_require__(21663);
// EXTERNAL MODULE: ./src/aggregate.ts
var aggregate = __webpack_require__(920);
// EXTERNAL MODULE: ./src/archive-plan.ts
var archive_plan = __webpack_require__(51225);
// EXTERNAL MODULE: ./src/cost-range.ts
var cost_range = __webpack_require__(3854);
// EXTERNAL MODULE: ./src/lock-state.ts
var lock_state = __webpack_require__(45868);
;// CONCATENATED MODULE: ./src/archive-candidate.ts
/**
 * The check's archive-candidate rule: the standard-tier EBS snapshots that would cost less in the archive tier. Pure:
 * it judges records with the archive planner's cost comparison (archive-plan.ts) and calls nothing.
 *
 * A snapshot is a candidate when all of these hold:
 * - it is a completed EBS snapshot in the standard tier, not restored from the archive (RestoreExpiryTime), not
 *   locked (where its lock state is known), not made by AWS Backup (its lifecycle moves it to cold storage), not used
 *   by an AMI and not shared (AWS refuses to archive those);
 * - it is at least the minimum age old (archive-after-days when given, else {@link ARCHIVE_CANDIDATE_MIN_AGE_DAYS});
 * - it is not the newest completed snapshot of its volume (that one stays quick to restore, as prune's keep-last;
 *   of two started at the same time, the one with the higher id counts as the newer);
 * - it stays at least the 90-day archive minimum: a managed snapshot until its expires-at tag (prune archives only
 *   what retention keeps 90 more days); a managed one without a readable expires-at is assumed to stay those 90 days;
 *   an unmanaged one is deleted by nothing here, so it is assumed to stay;
 * - archived over that remaining life (its full size at the archive price, 90-day minimum) it costs less than the low
 *   end of its unique blocks in standard. Since the life is at least 90 days, that is the same as comparing the two
 *   monthly costs, which the finding gives. Without full sizes (the volume-size bound) its unique blocks count at its
 *   volume size.
 */







/** The age from which a snapshot is a candidate when archive-after-days is not given, in days. */
const ARCHIVE_CANDIDATE_MIN_AGE_DAYS = 90;
/** The tags the rule reads; the check keeps only these of a waiting record. */
const CANDIDATE_TAGS = [types/* TAG_MANAGED */.Jo, 'snapshot-hygiene:expires-at', types/* TAG_IGNORE */.gk];
/** Whether a record belongs to an EBS lineage the rule judges: a standard-tier EBS snapshot. */
function inArchiveLineage(r) {
    return r.service === 'ebs' && r.storageTier === 'standard';
}
function remainingLife(r, now) {
    if (r.tags[types/* TAG_MANAGED */.Jo] !== 'true')
        return { kind: 'kept', days: archive_plan/* ARCHIVE_MIN_DAYS */.wt };
    const tag = readExpiresAt(r);
    if (tag.kind !== 'date')
        return { kind: 'unknown', days: archive_plan/* ARCHIVE_MIN_DAYS */.wt };
    return { kind: 'expires', at: tag.at, days: Math.floor((tag.at.getTime() - now.getTime()) / clock/* DAY_MS */.sO) };
}
function eligible(r, ctx) {
    if (!inArchiveLineage(r) || r.state !== 'completed' || (0,archive_plan/* isRestored */.Le)(r) || r.snapshotType === 'aws-backup')
        return false;
    if (r.lockState !== undefined &&
        (0,lock_state/* isLockActive */.cF)({ lockState: r.lockState, lockExpiresAt: r.lockExpiresAt ?? null }, ctx.now))
        return false;
    if (ctx.excluded(r.snapshotId))
        return false;
    return ctx.now.getTime() - r.createdAt.getTime() >= ctx.minAgeDays * clock/* DAY_MS */.sO;
}
/** The newest completed snapshot of a volume's lineage, by start time then id (null for a copy, which has no volume). */
function newestCompleted(lineage) {
    let newest = null;
    for (const r of lineage) {
        if (r.sourceId === null || r.state !== 'completed')
            continue;
        const later = newest === null ? 1 : r.createdAt.getTime() - newest.createdAt.getTime();
        if (newest === null || later > 0 || (later === 0 && r.snapshotId > newest.snapshotId))
            newest = r;
    }
    return newest;
}
/**
 * The candidates of one lineage: the standard-tier EBS snapshots of one volume in one account and region (a copy
 * with no known volume is a lineage of its own), in the lineage's order.
 */
function archiveCandidates(lineage, ctx) {
    const standard = lineage.filter(inArchiveLineage);
    if (standard.length === 0)
        return [];
    const newest = newestCompleted(standard);
    const withIt = (0,cost_range/* lineageCost */.xP)(standard);
    const out = [];
    for (const s of standard) {
        if (s === newest || !eligible(s, ctx))
            continue;
        const life = remainingLife(s, ctx.now);
        if (life.days < archive_plan/* ARCHIVE_MIN_DAYS */.wt)
            continue;
        const costs = (0,archive_plan/* archiveCosts */.lm)(s, standard, withIt);
        const over = (0,archive_plan/* costsOver */.BD)(costs, life.days);
        if (!(over.archiveUsd < over.standardUsd))
            continue;
        out.push({ snapshot: s, costs, life, savingUsdMonth: costs.standardUsdMonth - costs.archiveUsdMonth });
    }
    return out;
}
function money(usd) {
    return `$${usd.toFixed(2)}`;
}
function gib(n) {
    return `${Number(n.toFixed(3))} GiB`;
}
function assumption(life) {
    switch (life.kind) {
        case 'kept':
            return 'it is not managed by this action, so nothing deletes it and it is assumed to stay past the 90-day archive minimum';
        case 'unknown':
            return 'it is managed but its expires-at is not a date, so it is assumed to stay the 90-day archive minimum';
        case 'expires':
            return `its expires-at (${life.at.toISOString()}) keeps it ${life.days} more days, past the 90-day archive minimum`;
    }
}
/** The archive-candidate finding of one candidate: snapshot, volume, region, size, both monthly costs and the assumption. */
function archiveCandidateFinding(c) {
    const s = c.snapshot;
    const volume = s.sourceId === null ? 'no known volume (a copy)' : `volume ${s.sourceId}`;
    const size = s.fullSizeGib === undefined
        ? `${gib(c.costs.archiveGib)} volume size, AWS returned no full size`
        : `${gib(c.costs.archiveGib)} full size`;
    const bound = c.costs.method === 'volume-size'
        ? 'volume-size bound: without full sizes its volume size counts as its own'
        : `${c.costs.method} bound`;
    const fix = s.tags[types/* TAG_MANAGED */.Jo] === 'true'
        ? 'set archive-after-days on the prune of its volume so that prune archives it'
        : `archive it (aws ec2 modify-snapshot-tier --snapshot-id ${s.snapshotId} --storage-tier archive)`;
    return {
        rule: 'archive-candidate',
        severity: rules/* RULE_SEVERITY */.hx['archive-candidate'],
        accountId: s.accountId,
        region: s.region,
        service: s.service,
        resourceId: s.snapshotId,
        message: `EBS snapshot ${s.snapshotId} (${volume}, ${s.region}, ${size}) would cost less in the archive tier: ` +
            `${money(c.costs.archiveUsdMonth)} a month archived against at least ${money(c.costs.standardUsdMonth)} a month ` +
            `in standard (${gib(c.costs.standardGib)} of unique blocks at the low end, ${bound}), saving at least ` +
            `${money(c.savingUsdMonth)} a month (estimate); assumed: ${assumption(c.life)}. To act, ${fix}; restoring ` +
            `costs $0.03/GB and takes up to 72 hours. Or tag it ${types/* TAG_IGNORE */.gk}=archive-candidate to keep it in standard.`
    };
}

// EXTERNAL MODULE: ./src/bounded.ts
var bounded = __webpack_require__(16586);
// EXTERNAL MODULE: ./src/finding-counts.ts
var finding_counts = __webpack_require__(90487);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./src/csv.ts
var src_csv = __webpack_require__(30731);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/finding-sink.ts







/** The findings CSV's columns, in order. */
const FINDING_COLUMNS = [
    'rule',
    'severity',
    'account_id',
    'region',
    'service',
    'resource_id',
    'message'
];
/** The findings JSON file's path for a CSV path: next to it, ending in .findings.json. */
function findingsJsonPath(csvPath) {
    return csvPath.replace(/\.csv$/i, '') + '.findings.json';
}
/** A JSON document `{..., "findings": [ ... ]}` written one batch of findings at a time. */
class JsonFindingsWriter {
    filePath;
    stream;
    first = true;
    failure = null;
    constructor(filePath, header) {
        this.filePath = filePath;
        this.stream = (0,paths/* writeStream */.G6)(filePath);
        this.stream.on('error', (err) => (this.failure = err));
        const head = JSON.stringify(header);
        this.stream.write(`${head.slice(0, -1)},"findings":[`);
    }
    async write(findings) {
        if (this.failure)
            throw this.failure;
        if (findings.length === 0)
            return;
        const text = findings.map((f, i) => `${this.first && i === 0 ? '' : ','}\n${JSON.stringify(f)}`).join('');
        this.first = false;
        if (!this.stream.write(text))
            await (0,external_node_events_.once)(this.stream, 'drain');
    }
    async close() {
        await new Promise((resolve, reject) => this.stream.end('\n]}\n', () => {
            if (this.failure)
                reject(this.failure);
            else
                resolve();
        }));
        if (this.failure)
            throw this.failure;
    }
}
/**
 * Receives findings as the check finds them: silenced ones are only counted; the others go to the CSV and the
 * findings JSON at once, and only the most severe `topLimit` of them stay in memory, for the summary and annotations.
 */
class FindingSink {
    csv;
    json;
    ignoreRules;
    topLimit;
    baseline;
    counts = new Map();
    kept = [];
    total = 0;
    newCounts = new Map();
    keptNew = [];
    newTotal = 0;
    constructor(csv, json, ignoreRules, topLimit, 
    /** The keys of the compared check's findings; null without a compared check (findings are then not marked). */
    baseline) {
        this.csv = csv;
        this.json = json;
        this.ignoreRules = ignoreRules;
        this.topLimit = topLimit;
        this.baseline = baseline;
        for (const rule of rules/* RULE_IDS */.Iu) {
            this.counts.set(rule, { rule, severity: rules/* RULE_SEVERITY */.hx[rule], findings: 0, silenced: 0 });
            this.newCounts.set(rule, { rule, severity: rules/* RULE_SEVERITY */.hx[rule], findings: 0, silenced: 0 });
        }
    }
    /** Creates the CSV at csvPath and the findings JSON next to it. */
    static open(opts) {
        const csv = src_csv/* CsvWriter */.i.open(opts.csvPath, FINDING_COLUMNS, (f) => [
            f.rule,
            f.severity,
            f.accountId,
            f.region,
            f.service,
            f.resourceId,
            f.message
        ]);
        const json = new JsonFindingsWriter(findingsJsonPath(opts.csvPath), {
            schema_version: result/* RESULT_SCHEMA_VERSION */.tS,
            tool: result/* RESULT_TOOL */.Lg,
            generatedAt: opts.generatedAt
        });
        return new FindingSink(csv, json, opts.ignoreRules, opts.topLimit, opts.baseline ?? null);
    }
    /** Takes a batch of findings, each with the tags that may silence it. */
    async add(batch) {
        const open = [];
        for (const [f, tags] of batch) {
            const count = this.counts.get(f.rule);
            if (!count)
                continue;
            if (isSilenced(f.rule, tags, this.ignoreRules)) {
                count.silenced += 1;
                continue;
            }
            count.findings += 1;
            open.push(this.marked(f));
        }
        if (open.length === 0)
            return;
        this.total += open.length;
        this.keep(open);
        this.keepNew(open);
        await this.csv.write(open);
        await this.json.write(open);
    }
    /** The finding with `new` set when there is a compared check, counted per rule when it is new. */
    marked(f) {
        if (this.baseline === null)
            return f;
        const isNew = !this.baseline.has(findingKey(f));
        if (isNew) {
            this.newTotal += 1;
            const count = this.newCounts.get(f.rule);
            if (count)
                count.findings += 1;
        }
        return { ...f, new: isNew };
    }
    keepNew(findings) {
        if (this.baseline === null)
            return;
        this.keptNew.push(...findings.filter((f) => f.new === true));
        if (this.keptNew.length > 2 * this.topLimit)
            this.keptNew = this.keptNew.sort(compareFindings).slice(0, this.topLimit);
    }
    /** The findings the compared check did not have; null without a compared check. */
    newFindings() {
        if (this.baseline === null)
            return null;
        return {
            count: this.newTotal,
            rules: rules/* RULE_IDS */.Iu.map((rule) => ({ ...this.newCounts.get(rule) })),
            top: [...this.keptNew].sort(compareFindings).slice(0, this.topLimit)
        };
    }
    keep(findings) {
        this.kept.push(...findings);
        if (this.kept.length > 2 * this.topLimit)
            this.kept = this.kept.sort(compareFindings).slice(0, this.topLimit);
    }
    /** Findings that are not silenced, so far. */
    get findingsCount() {
        return this.total;
    }
    /** Findings and silenced findings per rule, in rule order. */
    ruleCounts() {
        return rules/* RULE_IDS */.Iu.map((rule) => ({ ...this.counts.get(rule) }));
    }
    /** The most severe findings (at most topLimit), in order. */
    top() {
        return [...this.kept].sort(compareFindings).slice(0, this.topLimit);
    }
    /** Where the findings JSON is. */
    get jsonPath() {
        return this.json.filePath;
    }
    /** Where the findings CSV is. */
    get csvPath() {
        return this.csv.filePath;
    }
    /** Flushes and closes both files. */
    async close() {
        await this.csv.close();
        await this.json.close();
    }
}

// EXTERNAL MODULE: ./src/listers/ebs.ts
var ebs = __webpack_require__(71712);
// EXTERNAL MODULE: ./src/listers/rds.ts
var listers_rds = __webpack_require__(20827);
;// CONCATENATED MODULE: ./src/settings-findings.ts

/** The resource id a finding on the public sharing setting carries. */
const PUBLIC_SHARING_RESOURCE = 'snapshot-block-public-access';
/** The resource id a finding on the encryption-by-default setting carries. */
const ENCRYPTION_RESOURCE = 'ebs-encryption-by-default';
function settings_findings_finding(rule, s, resourceId, message) {
    return {
        rule,
        severity: rules/* RULE_SEVERITY */.hx[rule],
        accountId: s.accountId,
        region: s.region,
        service: 'ebs',
        resourceId,
        message
    };
}
/**
 * public-sharing-not-blocked (anything but block-all-sharing, block-new-sharing aside), public-sharing-partly-blocked
 * (block-new-sharing), encryption-by-default-off; a setting that could not be read gives no finding (it is reported
 * as unread instead).
 */
function settingsFindings(s) {
    const out = [];
    const block = `aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region ${s.region}`;
    if (s.publicSharing.ok && s.publicSharing.value === 'block-new-sharing') {
        out.push(settings_findings_finding('public-sharing-partly-blocked', s, PUBLIC_SHARING_RESOURCE, `EBS snapshot block public access in ${s.region} is block-new-sharing: no snapshot can be made public from now on, but snapshots already public stay public; once none is public (see public-snapshot), block all sharing (${block}).`));
    }
    else if (s.publicSharing.ok && s.publicSharing.value !== 'block-all-sharing') {
        out.push(settings_findings_finding('public-sharing-not-blocked', s, PUBLIC_SHARING_RESOURCE, `EBS snapshot block public access in ${s.region} is ${JSON.stringify(s.publicSharing.value)}, so any snapshot can be made public; block public sharing (${block}).`));
    }
    if (s.encryptionByDefault.ok && !s.encryptionByDefault.value) {
        out.push(settings_findings_finding('encryption-by-default-off', s, ENCRYPTION_RESOURCE, `EBS encryption by default is off in ${s.region}, so new volumes, and the snapshots taken of them, may be unencrypted; turn it on (aws ec2 enable-ebs-encryption-by-default --region ${s.region}).`));
    }
    return out;
}

// EXTERNAL MODULE: ./src/modes/inventory.ts + 6 modules
var inventory = __webpack_require__(79213);
// EXTERNAL MODULE: ./src/kinds/index.ts + 2 modules
var kinds = __webpack_require__(76666);
// EXTERNAL MODULE: ./src/copies.ts
var src_copies = __webpack_require__(21822);
;// CONCATENATED MODULE: ./src/dr-check.ts
/**
 * The check's missing-dr-copy rule: with copy-to-regions set, each protected resource (the volume, DB instance or
 * DB cluster named) needs a completed copy in every copy region no older than max-backup-age-hours.
 */





/** The missing-dr-copy finding of one source and copy region, or null when its newest copy is recent enough. */
function missingDrCopyFinding(v, now, maxHours) {
    const age = v.newest === null ? null : now.getTime() - v.newest.getTime();
    if (age !== null && !(age > maxHours * clock/* HOUR_MS */.iQ))
        return null;
    const noun = v.kind === 'ebs' ? 'Volume' : v.kind === 'db-instance' ? 'DB instance' : 'DB cluster';
    const hours = age === null ? 0 : Math.floor(age / clock/* HOUR_MS */.iQ);
    const last = age === null || v.newest === null
        ? `has no completed copy in ${v.copyRegion}`
        : `has its newest completed copy in ${v.copyRegion} from ${v.newest.toISOString()}, ${hours} hours ago, longer than max-backup-age-hours (${maxHours})`;
    return {
        rule: 'missing-dr-copy',
        severity: rules/* RULE_SEVERITY */.hx['missing-dr-copy'],
        accountId: v.accountId,
        region: v.copyRegion,
        service: v.kind === 'ebs' ? 'ebs' : v.kind === 'db-instance' ? 'rds' : 'rds-cluster',
        resourceId: v.id,
        message: `${noun} ${v.id} in ${v.region} ${last}; run backup with copy-to-regions, and check that its copies complete.`
    };
}
/** Judges every named source in every copy region of every account; a region that cannot be listed is a failure. */
async function missingDrCopies(targets, sources, copyRegions, now, maxHours) {
    const findings = [];
    const failures = [];
    await Promise.all(targets.flatMap((target) => sources.flatMap((s) => 
    // A source in a copy region is not copied into its own region (backup-copies.ts): no copy is due there.
    (0,copy_policy/* copyRegionsOf */.um)(copyRegions, s.region).map(async (copyRegion) => {
        try {
            const copies = await (0,src_copies/* listCopies */.cJ)(target.clients, s.kind, target.accountId, copyRegion, [s.id]);
            let newest = null;
            for (const c of copies) {
                const r = c.record;
                if (r.tags[copy_policy/* TAG_SOURCE_REGION */._L] !== s.region || r.state !== s.kind.doneState)
                    continue;
                if (newest === null || r.createdAt > newest)
                    newest = r.createdAt;
            }
            const f = missingDrCopyFinding({ accountId: target.accountId, kind: s.kind.name, region: s.region, id: s.id, copyRegion, newest }, now, maxHours);
            if (f)
                findings.push(f);
        }
        catch (err) {
            failures.push({
                accountId: target.accountId,
                region: copyRegion,
                service: s.kind.service,
                message: `copies of ${s.id} for missing-dr-copy (${s.kind.listOperation}): ${(0,errors/* errorMessage */.gJ)(err)}`
            });
        }
    }))));
    findings.sort((a, b) => `${a.accountId}/${a.region}/${a.resourceId}`.localeCompare(`${b.accountId}/${b.region}/${b.resourceId}`));
    return { findings, failures };
}

;// CONCATENATED MODULE: ./src/modes/check.ts





















/** At most this many sharing checks (one attribute call each) per account, region and service, beyond the public ones. */
const SHARE_CHECK_LIMIT = 1000;
/** How many attribute calls run at once per account. */
const ATTRIBUTE_CONCURRENCY = 8;
/** How many findings the result keeps for the summary and annotations (at least max-annotations). */
const TOP_FINDINGS = 100;
/** DescribeVolumes' largest page. */
const VOLUME_PAGE_SIZE = 500;
const LOOKUP = {
    volumes: { service: 'ebs', what: 'volumes (ec2:DescribeVolumes)' },
    images: { service: 'ebs', what: 'AMIs (ec2:DescribeImages)' },
    'db-instances': { service: 'rds', what: 'DB instances (rds:DescribeDBInstances)' },
    'db-clusters': { service: 'rds-cluster', what: 'DB clusters (rds:DescribeDBClusters)' },
    'file-systems': { service: 'efs', what: 'file systems (elasticfilesystem:DescribeFileSystems)' }
};
const SOURCE_LOOKUP = {
    ebs: 'volumes',
    rds: 'db-instances',
    'rds-cluster': 'db-clusters',
    efs: 'file-systems'
};
const ATTRIBUTE_CALL = {
    ebs: 'ec2:DescribeSnapshotAttribute',
    rds: 'rds:DescribeDBSnapshotAttributes',
    'rds-cluster': 'rds:DescribeDBClusterSnapshotAttributes',
    efs: ''
};
/** Whether a snapshot can be shared at all: EBS always; RDS and Aurora only manual snapshots. */
function canBeShared(r) {
    if (r.service === 'ebs')
        return true;
    return (r.service === 'rds' || r.service === 'rds-cluster') && r.snapshotType === 'manual';
}
function restoreGrants(attributes) {
    const values = (attributes ?? []).find((a) => a.AttributeName === 'restore')?.AttributeValues ?? [];
    return { public: values.includes('all'), accounts: values.filter((v) => v !== 'all') };
}
const NOT_FOUND = new Set([
    'InvalidSnapshot.NotFound',
    'DBSnapshotNotFound',
    'DBSnapshotNotFoundFault',
    'DBClusterSnapshotNotFoundFault'
]);
/** Hands findings to the sink, counting each per account and rule as the sink will judge it (silenced or not). */
async function record(state, batch) {
    for (const [f, tags] of batch)
        state.tally.add(f.accountId, f.rule, f.severity, isSilenced(f.rule, tags, state.config.ignoreRules));
    await state.sink.add(batch);
}
/** A volume of the volume input, keyed as the input names it: the check looks for it in every account. */
const inputVolumeKey = (v) => (0,types/* volumeKey */.O$)(null, v.region, v.volumeId);
/** The checks of one account: lazily loaded lookups per region, and the attribute calls in flight. */
class AccountCheck {
    state;
    target;
    lookups = new Map();
    sharing = new Map();
    publicScans = new Set();
    pending = new Set();
    limit = (0,bounded/* limiter */.T)(ATTRIBUTE_CONCURRENCY);
    /** Regions whose EBS listing failed, so their snapshots were not all seen. */
    ebsFailed = new Set();
    /** Standard-tier EBS snapshots per lineage (account, region, volume), with only the tags archive-candidate reads. */
    lineages = new Map();
    /** Snapshots found public or shared with an account: AWS does not archive them. */
    shared = new Set();
    constructor(state, target) {
        this.state = state;
        this.target = target;
    }
    /** Records a region or service that could not be read. */
    fail(region, service, message) {
        this.state.failures.push({ accountId: this.target.accountId, region, service, message });
    }
    /** A set of ids in a region (volumes, AMI snapshots, DB instances, DB clusters, file systems), loaded once; null when unreadable. */
    lookup(region, kind) {
        const key = `${region}/${kind}`;
        let found = this.lookups.get(key);
        if (!found) {
            found = loadLookup(this.target, region, kind).catch((err) => {
                this.fail(region, LOOKUP[kind].service, `${LOOKUP[kind].what}: ${(0,errors/* errorMessage */.gJ)(err)}`);
                return null;
            });
            this.lookups.set(key, found);
        }
        return found;
    }
    async sourceIndex(region, service) {
        const sources = await this.lookup(region, SOURCE_LOOKUP[service]);
        if (sources === null)
            return null;
        if (service !== 'ebs')
            return { sources };
        const amiSnapshots = await this.lookup(region, 'images');
        return amiSnapshots === null ? null : { sources, amiSnapshots };
    }
    /** Judges one page of records as it arrives; only findings and a few counters stay. */
    async page(records) {
        const s = this.state;
        const indexes = new Map();
        for (const r of records) {
            const key = `${r.region}/${r.service}`;
            if (!indexes.has(key))
                indexes.set(key, await this.sourceIndex(r.region, r.service));
        }
        const batch = [];
        for (const r of records) {
            s.aggregator.add(r);
            s.costs.add(r);
            this.keepForArchive(r);
            s.snapshotCount += 1;
            this.noteBackup(r);
            for (const f of recordFindings(r, { now: s.now, maxAgeDays: s.config.maxAgeDays }))
                batch.push([f, r.tags]);
            const index = indexes.get(`${r.region}/${r.service}`);
            const orphan = index ? orphanFinding(r, index) : null;
            if (orphan)
                batch.push([orphan, r.tags]);
            this.scheduleSharing(r);
        }
        await record(s, batch);
    }
    keepForArchive(r) {
        if (!inArchiveLineage(r))
            return;
        const key = JSON.stringify([r.region, r.sourceId ?? r.snapshotId, r.sourceId === null]);
        const tags = {};
        for (const k of CANDIDATE_TAGS)
            if (r.tags[k] !== undefined)
                tags[k] = r.tags[k];
        const list = this.lineages.get(key) ?? [];
        list.push({ ...r, tags });
        this.lineages.set(key, list);
    }
    /**
     * Judges archive-candidate once the account is listed and its sharing read: each lineage against the AMIs of its
     * region and the snapshots found shared; then lets the lineages go.
     */
    async archiveFindings() {
        const minAgeDays = this.state.config.archiveAfterDays ?? ARCHIVE_CANDIDATE_MIN_AGE_DAYS;
        const batch = [];
        for (const lineage of this.lineages.values()) {
            const region = lineage[0]?.region;
            if (region === undefined)
                continue;
            const amis = await this.lookup(region, 'images');
            const excluded = (id) => this.shared.has(id) || (amis?.has(id) ?? false);
            for (const c of archiveCandidates(lineage, { now: this.state.now, minAgeDays, excluded }))
                batch.push([archiveCandidateFinding(c), c.snapshot.tags]);
        }
        this.lineages.clear();
        await record(this.state, batch);
    }
    noteBackup(r) {
        if (r.service !== 'ebs' || r.state !== 'completed' || r.sourceId === null)
            return;
        const key = (0,types/* volumeKey */.O$)(null, r.region, r.sourceId);
        if (!this.state.wanted.has(key))
            return;
        const known = this.state.newest.get(key);
        if (known && known.at.getTime() >= r.createdAt.getTime())
            return;
        this.state.newest.set(key, { at: r.createdAt, accountId: r.accountId });
    }
    sharingState(region, service) {
        const key = `${region}/${service}`;
        let st = this.sharing.get(key);
        if (!st) {
            st = {
                region,
                service,
                eligible: 0,
                budget: this.state.shareCheckLimit,
                checked: new Set(),
                failed: 0,
                firstError: ''
            };
            this.sharing.set(key, st);
        }
        return st;
    }
    scheduleSharing(r) {
        if (!canBeShared(r))
            return;
        const st = this.sharingState(r.region, r.service);
        st.eligible += 1;
        if (r.service === 'ebs')
            this.scanPublicEbs(r.region);
        if (st.checked.has(r.snapshotId) || st.budget <= 0)
            return;
        st.budget -= 1;
        this.checkGrants(r, st);
    }
    track(work) {
        this.pending.add(work);
        void work.finally(() => this.pending.delete(work));
    }
    checkGrants(r, st) {
        st.checked.add(r.snapshotId);
        this.track(this.limit(async () => {
            try {
                const grants = await readGrants(this.target, r);
                if (grants.public || grants.accounts.length > 0)
                    this.shared.add(r.snapshotId);
                await record(this.state, grantFindings(r, grants, this.state.config.allowedAccounts).map((f) => [f, r.tags]));
            }
            catch (err) {
                if (NOT_FOUND.has((0,errors/* errorCode */.CA)(err)))
                    return;
                st.failed += 1;
                st.firstError ||= (0,errors/* errorMessage */.gJ)(err);
            }
        }));
    }
    /**
     * Finds a region's public EBS snapshots in one paginated call, and reads each one's permissions, whatever the budget.
     * The attribute call confirms it (an endpoint that ignores RestorableByUserIds, like moto, returns every snapshot) and
     * also gives the accounts it is shared with.
     */
    scanPublicEbs(region) {
        if (this.publicScans.has(region))
            return;
        this.publicScans.add(region);
        const st = this.sharingState(region, 'ebs');
        const { accountId } = this.target;
        this.track((async () => {
            try {
                const pages = (0,dist_cjs/* paginateDescribeSnapshots */.CdA)({ client: this.target.clients.ec2(region), pageSize: ebs/* EBS_PAGE_SIZE */.hC }, { OwnerIds: ['self'], RestorableByUserIds: ['all'] });
                for await (const page of pages) {
                    for (const s of page.Snapshots ?? []) {
                        const r = (0,ebs/* ebsRecord */.k0)(s, accountId, region);
                        if (!st.checked.has(r.snapshotId))
                            this.checkGrants(r, st);
                    }
                }
            }
            catch (err) {
                this.fail(region, 'ebs', `public snapshots (ec2:DescribeSnapshots with RestorableByUserIds=all): ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        })());
    }
    /** Waits for every attribute call and public scan, then reports failed calls and unchecked snapshots. */
    async settle() {
        while (this.pending.size > 0)
            await Promise.all([...this.pending]);
        const gaps = [];
        for (const st of this.sharing.values()) {
            if (st.failed > 0) {
                this.fail(st.region, st.service, `sharing (${ATTRIBUTE_CALL[st.service]}) could not be read for ${(0,plural/* plural */.L)(st.failed, 'snapshot')}: ${st.firstError}`);
            }
            if (st.checked.size < st.eligible) {
                gaps.push({
                    accountId: this.target.accountId,
                    region: st.region,
                    service: st.service,
                    eligible: st.eligible,
                    checked: st.checked.size
                });
            }
        }
        return gaps;
    }
    /** The creation time of the volume's newest completed snapshot in this account, read directly; null when none. */
    async newestSnapshot(v) {
        try {
            let newest = null;
            const pages = (0,dist_cjs/* paginateDescribeSnapshots */.CdA)({ client: this.target.clients.ec2(v.region), pageSize: ebs/* EBS_PAGE_SIZE */.hC }, {
                OwnerIds: ['self'],
                Filters: [
                    { Name: 'volume-id', Values: [v.volumeId] },
                    { Name: 'status', Values: ['completed'] }
                ]
            });
            for await (const page of pages) {
                for (const s of page.Snapshots ?? []) {
                    if (s.State === 'completed' && s.StartTime && (newest === null || s.StartTime > newest))
                        newest = s.StartTime;
                }
            }
            return newest;
        }
        catch (err) {
            this.fail(v.region, 'ebs', `snapshots of ${v.volumeId} for stale-backup (ec2:DescribeSnapshots): ${(0,errors/* errorMessage */.gJ)(err)}`);
            return 'unknown';
        }
    }
}
/** The creation time of the newest available snapshot (manual or automated) of a DB instance or cluster, read directly. */
async function newestDbSnapshot(check, kind, ref) {
    const rds = check.target.clients.rds(ref.region);
    try {
        let newest = null;
        const consider = (status, at) => {
            if (status === 'available' && at !== undefined && (newest === null || at > newest))
                newest = at;
        };
        if (kind === 'db-instance') {
            const pages = (0,client_rds_dist_cjs/* paginateDescribeDBSnapshots */.iKM)({ client: rds, pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, { Filters: [{ Name: 'db-instance-id', Values: [ref.id] }] });
            for await (const page of pages)
                for (const s of page.DBSnapshots ?? [])
                    consider(s.Status, s.SnapshotCreateTime);
        }
        else {
            const pages = (0,client_rds_dist_cjs/* paginateDescribeDBClusterSnapshots */.G8v)({ client: rds, pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, { Filters: [{ Name: 'db-cluster-id', Values: [ref.id] }] });
            for await (const page of pages)
                for (const s of page.DBClusterSnapshots ?? [])
                    consider(s.Status, s.SnapshotCreateTime);
        }
        return newest;
    }
    catch (err) {
        const call = kind === 'db-instance' ? 'rds:DescribeDBSnapshots' : 'rds:DescribeDBClusterSnapshots';
        check.fail(ref.region, kind === 'db-instance' ? 'rds' : 'rds-cluster', `snapshots of ${ref.id} for stale-backup (${call}): ${(0,errors/* errorMessage */.gJ)(err)}`);
        return 'unknown';
    }
}
/** Judges the DB instances and clusters of the db-instance and db-cluster inputs: newest available snapshot, and whether it exists. */
async function staleDbBackups(state, all) {
    const { config, now } = state;
    const checks = all.filter((c) => c.check.target.failure === undefined);
    const refs = [
        ...(config.dbInstances ?? []).map((ref) => ({ kind: 'db-instance', ref })),
        ...(config.dbClusters ?? []).map((ref) => ({ kind: 'db-cluster', ref }))
    ];
    await Promise.all(refs.map(async ({ kind, ref }) => {
        let newest = null;
        let owner = null;
        let unknown = false;
        for (const { check } of checks) {
            const direct = await newestDbSnapshot(check, kind, ref);
            if (direct === 'unknown')
                unknown = true;
            else if (direct !== null && (newest === null || direct > newest)) {
                newest = direct;
                owner = check.target.accountId;
            }
        }
        if (newest === null && unknown)
            return;
        if (newest !== null && now.getTime() - newest.getTime() <= config.maxBackupAgeHours * clock/* HOUR_MS */.iQ)
            return;
        let exists = false;
        for (const { check } of checks) {
            const ids = await check.lookup(ref.region, kind === 'db-instance' ? 'db-instances' : 'db-clusters');
            if (ids === null)
                exists = exists || null;
            else if (ids.has(ref.id)) {
                exists = true;
                owner = check.target.accountId;
            }
        }
        const accountId = owner ?? checks[0]?.check.target.accountId ?? '';
        const f = staleBackupFinding({ accountId, region: ref.region, volumeId: ref.id, newest, exists, kind }, now, config.maxBackupAgeHours);
        if (f)
            await record(state, [[f, null]]);
    }));
}
async function collect(pages, ids) {
    const out = new Set();
    for await (const page of pages)
        for (const id of ids(page))
            if (id)
                out.add(id);
    return out;
}
function loadLookup(target, region, kind) {
    const c = target.clients;
    switch (kind) {
        case 'volumes':
            return collect((0,dist_cjs/* paginateDescribeVolumes */.cpp)({ client: c.ec2(region), pageSize: VOLUME_PAGE_SIZE }, {}), (p) => (p.Volumes ?? []).map((v) => v.VolumeId));
        case 'images':
            return collect((0,dist_cjs/* paginateDescribeImages */.XiR)({ client: c.ec2(region), pageSize: ebs/* EBS_PAGE_SIZE */.hC }, { Owners: ['self'], IncludeDeprecated: true, IncludeDisabled: true }), (p) => (p.Images ?? []).flatMap((i) => (i.BlockDeviceMappings ?? []).map((m) => m.Ebs?.SnapshotId)));
        case 'db-instances':
            return collect((0,client_rds_dist_cjs/* paginateDescribeDBInstances */.$PQ)({ client: c.rds(region), pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, {}), (p) => (p.DBInstances ?? []).map((d) => d.DBInstanceIdentifier));
        case 'db-clusters':
            return collect((0,client_rds_dist_cjs/* paginateDescribeDBClusters */.cbb)({ client: c.rds(region), pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, {}), (p) => (p.DBClusters ?? []).map((d) => d.DBClusterIdentifier));
        case 'file-systems':
            return collect((0,client_efs_dist_cjs/* paginateDescribeFileSystems */.ra5)({ client: c.efs(region), pageSize: 100 }, {}), (p) => (p.FileSystems ?? []).map((f) => f.FileSystemId));
    }
}
/** Reads who may restore a snapshot: EBS createVolumePermission, or the RDS/Aurora restore attribute. */
async function readGrants(target, r) {
    const c = target.clients;
    if (r.service === 'ebs') {
        const out = await c
            .ec2(r.region)
            .send(new dist_cjs/* DescribeSnapshotAttributeCommand */.x0J({ SnapshotId: r.snapshotId, Attribute: 'createVolumePermission' }));
        const perms = out.CreateVolumePermissions ?? [];
        return {
            public: perms.some((p) => p.Group === 'all'),
            accounts: perms.map((p) => p.UserId).filter((u) => typeof u === 'string')
        };
    }
    if (r.service === 'rds') {
        const out = await c
            .rds(r.region)
            .send(new client_rds_dist_cjs/* DescribeDBSnapshotAttributesCommand */.auA({ DBSnapshotIdentifier: r.snapshotId }));
        return restoreGrants(out.DBSnapshotAttributesResult?.DBSnapshotAttributes);
    }
    const out = await c
        .rds(r.region)
        .send(new client_rds_dist_cjs/* DescribeDBClusterSnapshotAttributesCommand */.ypC({ DBClusterSnapshotIdentifier: r.snapshotId }));
    return restoreGrants(out.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes);
}
/** Judges the volumes of the volume input once every account is listed: newest completed snapshot, and whether it exists. */
async function staleBackups(state, all) {
    const { config, now } = state;
    // An account whose role could not be assumed is already reported; asking it again would only repeat that.
    const checks = all.filter((c) => c.check.target.failure === undefined);
    const ebsListed = config.services.includes('ebs');
    await Promise.all(config.volumes.map(async (v) => {
        const seen = state.newest.get(inputVolumeKey(v));
        let newest = seen?.at ?? null;
        let owner = seen?.accountId ?? null;
        let unknown = false;
        for (const { check, regions } of checks) {
            if (ebsListed && regions.includes(v.region) && !check.ebsFailed.has(v.region))
                continue;
            const direct = await check.newestSnapshot(v);
            if (direct === 'unknown')
                unknown = true;
            else if (direct !== null && (newest === null || direct > newest)) {
                newest = direct;
                owner = check.target.accountId;
            }
        }
        if (newest === null && unknown)
            return;
        const fresh = newest !== null && now.getTime() - newest.getTime() <= config.maxBackupAgeHours * clock/* HOUR_MS */.iQ;
        if (fresh)
            return;
        let exists = false;
        for (const { check } of checks) {
            const volumes = await check.lookup(v.region, 'volumes');
            if (volumes === null)
                exists = exists || null;
            else if (volumes.has(v.volumeId)) {
                exists = true;
                owner = check.target.accountId;
            }
        }
        const accountId = owner ?? checks[0]?.check.target.accountId ?? '';
        const f = staleBackupFinding({ accountId, region: v.region, volumeId: v.volumeId, newest, exists }, now, config.maxBackupAgeHours);
        if (f)
            await record(state, [[f, null]]);
    }));
}
/** Reads an account's EBS settings in each region and judges them. */
async function checkSettings(state, target, regions) {
    const settings = await readAccountSettings(target, regions);
    state.accountSettings.push(...settings);
    await record(state, settings.flatMap(settingsFindings).map((f) => [f, null]));
}
/**
 * Checks every snapshot of every target account against the rules, as pages arrive: per-record rules at once,
 * orphans against each region's sources (loaded once), sharing with a bounded number of attribute calls, and
 * the volume input's backups at the end. Findings stream to the CSV and the findings JSON.
 */
async function runCheck(config, targets, clock, deps = {}) {
    const now = clock.now();
    const sink = FindingSink.open({
        csvPath: config.csvPath,
        generatedAt: now.toISOString(),
        ignoreRules: config.ignoreRules,
        topLimit: Math.max(TOP_FINDINGS, config.maxAnnotations),
        baseline: deps.baseline ?? null
    });
    const state = {
        config,
        now,
        sink,
        tally: new finding_counts/* FindingTally */.W(),
        aggregator: new aggregate/* Aggregator */.u(now),
        costs: new cost_range/* CostRangeTracker */.l1(),
        failures: [],
        wanted: new Set(config.volumes.map(inputVolumeKey)),
        newest: new Map(),
        snapshotCount: 0,
        shareCheckLimit: deps.shareCheckLimit ?? SHARE_CHECK_LIMIT,
        accountSettings: []
    };
    const list = deps.listAccount ?? inventory/* inventoryAccount */.SJ;
    const gaps = [];
    const checks = await (0,bounded/* forEachBounded */.a)(targets, config.maxParallelAccounts, async (target) => {
        const check = new AccountCheck(state, target);
        const onFailure = (f) => {
            if (f.service === 'ebs')
                check.ebsFailed.add(f.region);
            state.failures.push(f);
        };
        const regions = await list(config, target, (records) => check.page(records), onFailure, now);
        gaps.push(...(await check.settle()));
        await check.archiveFindings();
        if (config.services.includes('ebs'))
            await checkSettings(state, target, regions);
        return { check, regions };
    });
    await staleBackups(state, checks);
    await staleDbBackups(state, checks);
    if ((config.copyToRegions ?? []).length > 0) {
        const named = (0,kinds/* sourcesOf */.u0)({
            volumes: config.volumes,
            dbInstances: config.dbInstances ?? [],
            dbClusters: config.dbClusters ?? []
        });
        const dr = await missingDrCopies(checks.map((c) => c.check.target).filter((t) => t.failure === undefined), kinds/* KINDS */.GW.flatMap((kind) => named[kind.name].map((s) => ({ kind, region: s.region, id: s.id }))), config.copyToRegions ?? [], now, config.maxBackupAgeHours);
        state.failures.push(...dr.failures);
        await record(state, dr.findings.map((f) => [f, null]));
    }
    await sink.close();
    const rules = sink.ruleCounts();
    return {
        mode: 'check',
        generatedAt: now.toISOString(),
        accounts: targets.map((t) => t.accountId),
        regions: [...new Set(checks.flatMap((c) => c.regions))].sort(),
        snapshotCount: state.snapshotCount,
        findingsCount: sink.findingsCount,
        silencedCount: rules.reduce((n, r) => n + r.silenced, 0),
        rules,
        findingCounts: state.tally.list(),
        topFindings: sink.top(),
        newFindings: sink.newFindings(),
        sharingGaps: gaps.sort((a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)),
        aggregate: state.aggregator.result(),
        costs: { ranges: state.costs.result(), measurement: null },
        failures: state.failures.sort((a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)),
        accountSettings: state.accountSettings.sort((a, b) => `${a.accountId}/${a.region}`.localeCompare(`${b.accountId}/${b.region}`)),
        csvPath: sink.csvPath,
        findingsJsonPath: sink.jsonPath,
        settings: {
            maxAgeDays: config.maxAgeDays,
            maxBackupAgeHours: config.maxBackupAgeHours,
            allowedAccounts: config.allowedAccounts,
            ignoreRules: config.ignoreRules,
            volumes: config.volumes.map(inputVolumeKey),
            archiveMinAgeDays: config.archiveAfterDays ?? ARCHIVE_CANDIDATE_MIN_AGE_DAYS
        }
    };
}

// EXTERNAL MODULE: ./src/pull-request.ts
var pull_request = __webpack_require__(55964);
// EXTERNAL MODULE: ./src/summary/selection.ts
var summary_selection = __webpack_require__(67790);
// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
;// CONCATENATED MODULE: ./src/summary/new-findings.ts


/** The new findings, most severe first, at most max; '' without a compared check. */
function newFindingsSection(n, total, max) {
    if (n === null)
        return '';
    const existing = total - n.count;
    const lead = `**${(0,plural/* plural */.L)(n.count, 'new finding')}** since the compared check; ${(0,markdown/* int */.Wh)(existing)} existing.`;
    if (n.count === 0)
        return `### New findings\n\n${lead}`;
    const shown = n.top.slice(0, max);
    const rows = shown.map((f) => [
        f.severity,
        `\`${f.rule}\``,
        (0,markdown.md)(f.resourceId),
        (0,markdown.md)(f.region),
        (0,markdown.md)(f.accountId),
        (0,markdown.md)(f.message)
    ]);
    const rest = n.count > shown.length
        ? `\n\nThe ${(0,markdown/* int */.Wh)(shown.length)} most severe of ${(0,markdown/* int */.Wh)(n.count)} new findings; the findings file marks each \`"new": true\`.`
        : '';
    return `### New findings\n\n${lead}\n\n${(0,markdown/* table */.tp)(['severity', 'rule', 'resource', 'region', 'account', 'finding'], rows, ['l', 'l', 'l', 'l', 'l', 'l'])}${rest}`;
}

// EXTERNAL MODULE: ./src/summary/sections.ts
var sections = __webpack_require__(55958);
;// CONCATENATED MODULE: ./src/summary/account-settings.ts


/** At most this many account-and-region rows; the findings file holds every finding. */
const SETTINGS_ROWS_MAX = 200;
function ruleNote(rule, ignoreRules) {
    return ignoreRules.includes(rule) ? `\`${rule}\`, silenced` : `\`${rule}\``;
}
function unread(read) {
    return read.kind === 'unimplemented' ? `not read: ${(0,markdown.md)(read.message)}` : `**not read**: ${(0,markdown.md)(read.message)}`;
}
function sharingCell(read, ignoreRules) {
    if (!read.ok)
        return unread(read);
    if (read.value === 'block-all-sharing')
        return 'blocked (block-all-sharing)';
    if (read.value === 'block-new-sharing')
        return `new sharing blocked, public snapshots stay public (block-new-sharing): ${ruleNote('public-sharing-partly-blocked', ignoreRules)}`;
    return `**not blocked** (${(0,markdown.md)(read.value)}): ${ruleNote('public-sharing-not-blocked', ignoreRules)}`;
}
function encryptionCell(read, ignoreRules) {
    if (!read.ok)
        return unread(read);
    return read.value ? 'on' : `**off**: ${ruleNote('encryption-by-default-off', ignoreRules)}`;
}
function inPlace(s) {
    return (s.publicSharing.ok &&
        s.publicSharing.value === 'block-all-sharing' &&
        s.encryptionByDefault.ok &&
        s.encryptionByDefault.value);
}
/** The Account settings section; '' when no setting was read (EBS not checked, or no region). */
function accountSettingsSection(settings, opts) {
    if (settings.length === 0)
        return '';
    const attention = settings.filter((s) => !inPlace(s));
    const fine = settings.length - attention.length;
    const multi = new Set(settings.map((s) => s.accountId)).size > 1;
    const header = [
        ...(multi ? ['account'] : []),
        'region',
        'public sharing of EBS snapshots',
        'EBS encryption by default'
    ];
    const rows = attention
        .slice(0, SETTINGS_ROWS_MAX)
        .map((s) => [
        ...(multi ? [(0,markdown.md)(s.accountId)] : []),
        (0,markdown.md)(s.region),
        sharingCell(s.publicSharing, opts.ignoreRules),
        encryptionCell(s.encryptionByDefault, opts.ignoreRules)
    ]);
    const parts = ['### Account settings'];
    if (rows.length > 0)
        parts.push((0,markdown/* table */.tp)(header, rows, header.map(() => 'l')));
    if (attention.length > SETTINGS_ROWS_MAX)
        parts.push(`${(0,markdown/* int */.Wh)(attention.length - SETTINGS_ROWS_MAX)} more regions need attention; the findings file lists them.`);
    const where = multi ? 'account and region' : 'region';
    parts.push(fine === settings.length
        ? `Public sharing is blocked and encryption by default is on in every ${where} checked (${(0,markdown/* int */.Wh)(settings.length)}).`
        : `Public sharing blocked and encryption by default on: ${(0,markdown/* int */.Wh)(fine)} of ${(0,plural/* plural */.L)(settings.length, where, multi ? 'accounts and regions' : 'regions')}.`);
    const unreadKinds = new Set(attention.flatMap((s) => [s.publicSharing, s.encryptionByDefault]).flatMap((r) => (r.ok ? [] : [r.kind])));
    if (unreadKinds.has('unimplemented'))
        parts.push('A setting the endpoint does not implement is neither a pass nor a finding: it is reported here and in the log, and does not fail the step.');
    if (unreadKinds.has('denied') || unreadKinds.has('failed'))
        parts.push(`A setting that could not be read is a region error: it ${opts.failOnRegionError === true ? 'fails the step (fail-on-region-error is true)' : 'fails the step only when fail-on-region-error is true'}.`);
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/summary/cost.ts
var cost = __webpack_require__(36547);
;// CONCATENATED MODULE: ./src/summary/check.ts











/** Rounds a GiB figure to one decimal for a chart. */
function chartNumber(n) {
    return Math.round(n * 10) / 10;
}
/** A Mermaid bar chart (xychart-beta) of the GiB in each age range, youngest first; '' when nothing was listed. */
function ageChart(a) {
    if (a.total.count === 0)
        return '';
    const labels = aggregate/* AGE_RANGES */.J$.map((r) => r.label);
    const values = labels.map((l) => chartNumber(a.byAge[l]?.sizeGib ?? 0));
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${(0,src_escape/* mermaidLabel */._b)('Snapshot storage by age (GiB)')}`,
        `  x-axis [${labels.map(src_escape/* mermaidLabel */._b).join(', ')}]`,
        `  y-axis ${(0,src_escape/* mermaidLabel */._b)('GiB')}`,
        `  bar [${values.join(', ')}]`,
        '```'
    ].join('\n');
}
/** A Mermaid pie chart of the GiB per service, largest first; services of zero size are left out, '' when none remains. */
function serviceChart(a) {
    const slices = Object.entries(a.byService)
        .map(([service, t]) => [service, chartNumber(t.sizeGib)])
        .filter(([, gib]) => gib > 0)
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    if (slices.length === 0)
        return '';
    return [
        '```mermaid',
        'pie showData',
        '  title Snapshot storage by service (GiB)',
        ...slices.map(([s, gib]) => `  ${(0,src_escape/* mermaidLabel */._b)(s)} : ${gib}`),
        '```'
    ].join('\n');
}
/** How many findings fail the step under fail-on. */
function failingCount(rules, failOn) {
    return rules.filter((r) => failsStep(r.severity, failOn)).reduce((n, r) => n + r.findings, 0);
}
/** The headline: findings per severity, what was checked, and whether fail-on fails the step. */
function checkHeadline(r, failOn, 
/** With fail-on-new-only: the new findings per rule, which alone decide the verdict. */
newOnly = null) {
    const bySeverity = rules/* SEVERITIES */.oC.map((s) => (0,plural/* plural */.L)(r.rules.filter((x) => x.severity === s).reduce((n, x) => n + x.findings, 0), s));
    const where = r.accounts.length > 1
        ? `${(0,plural/* plural */.L)(r.accounts.length, 'account')}, ${(0,plural/* plural */.L)(r.regions.length, 'region')}`
        : (0,plural/* plural */.L)(r.regions.length, 'region');
    const silenced = r.silencedCount > 0 ? `, ${(0,markdown/* int */.Wh)(r.silencedCount)} silenced` : '';
    const failing = failingCount(newOnly ?? r.rules, failOn);
    const what = newOnly === null ? 'finding' : 'new finding';
    const verdict = failOn === 'never'
        ? 'fail-on is `never`: the check passes.'
        : failing > 0
            ? `**The check fails**: ${(0,plural/* plural */.L)(failing, what)} at or above fail-on \`${failOn}\`.`
            : `The check passes: nothing ${newOnly === null ? '' : 'new '}at or above fail-on \`${failOn}\`.`;
    return `**${(0,plural/* plural */.L)(r.findingsCount, 'finding')}** (${bySeverity.join(', ')}${silenced}) in ${(0,plural/* plural */.L)(r.snapshotCount, 'snapshot')} across ${where}. ${verdict}`;
}
/** The table of every rule with its severity, findings and silenced findings. */
function rulesSection(rules) {
    const rows = rules.map((r) => [`\`${r.rule}\``, r.severity, (0,markdown/* int */.Wh)(r.findings), (0,markdown/* int */.Wh)(r.silenced)]);
    return `### Findings by rule\n\n${(0,markdown/* table */.tp)(['rule', 'severity', 'findings', 'silenced'], rows, ['l', 'l', 'r', 'r'])}`;
}
/** The most severe findings, at most max, with a line on where the rest are. */
function findingsSection(findings, total, max, fileName) {
    if (total === 0)
        return '';
    const shown = findings.slice(0, max);
    const rows = shown.map((f) => [
        f.severity,
        `\`${f.rule}\``,
        (0,markdown.md)(f.resourceId),
        (0,markdown.md)(f.region),
        (0,markdown.md)(f.accountId),
        (0,markdown.md)(f.message)
    ]);
    const rest = total > shown.length
        ? `\n\nThe ${(0,markdown/* int */.Wh)(shown.length)} most severe of ${(0,markdown/* int */.Wh)(total)} findings; every finding is in \`${(0,markdown.md)(fileName)}\`.`
        : '';
    return `### Top findings\n\n${(0,markdown/* table */.tp)(['severity', 'rule', 'resource', 'region', 'account', 'finding'], rows, ['l', 'l', 'l', 'l', 'l', 'l'])}${rest}`;
}
/** The storage charts: GiB by age range and by service. */
function chartsSection(a) {
    const charts = [ageChart(a), serviceChart(a)].filter((c) => c !== '');
    if (charts.length === 0)
        return '';
    return `### Storage\n\n${charts.join('\n\n')}`;
}
/** Where sharing was not read for every snapshot, because of the limit on attribute calls per region. */
function sharingGapSection(gaps, limit) {
    if (gaps.length === 0)
        return '';
    const lines = gaps.map((g) => `- ${(0,markdown.md)(g.service)} in ${(0,markdown.md)(g.region)} (account ${(0,markdown.md)(g.accountId)}): ${(0,markdown/* int */.Wh)(g.checked)} of ${(0,markdown/* int */.Wh)(g.eligible)} snapshots`);
    return ('### Sharing partly checked\n\n' +
        `Reading whom a snapshot is shared with takes one call per snapshot, so the check reads at most ${(0,markdown/* int */.Wh)(limit)} per region and service ` +
        '(public EBS snapshots are always found, in one call per region). `shared-snapshot` was evaluated for:\n\n' +
        lines.join('\n'));
}
function silencedNote(rules) {
    const silenced = rules.filter((r) => r.silenced > 0).map((r) => `\`${r.rule}\` ${(0,markdown/* int */.Wh)(r.silenced)}`);
    if (silenced.length === 0)
        return '';
    return `Silenced by \`ignore-rules\` or the \`snapshot-hygiene:ignore\` tag: ${silenced.join(', ')}. Silenced findings are not annotated, do not fail the step and are not in the findings file.`;
}
/** The whole check report in markdown, for the job summary and the pull-request comment. */
function checkSummary(r, opts) {
    const newFindings = r.newFindings ?? null;
    const parts = [
        '## Snapshot hygiene check',
        checkHeadline(r, opts.failOn, opts.failOnNewOnly === true && newFindings !== null ? newFindings.rules : null),
        newFindingsSection(newFindings, r.findingsCount, opts.maxFindings),
        rulesSection(r.rules),
        (0,summary_selection/* selectionSection */.w)(opts.selection),
        silencedNote(r.rules),
        accountSettingsSection(r.accountSettings, {
            ignoreRules: r.settings.ignoreRules,
            ...(opts.failOnRegionError === undefined ? {} : { failOnRegionError: opts.failOnRegionError })
        }),
        findingsSection(r.topFindings, r.findingsCount, opts.maxFindings, opts.findingsFile),
        chartsSection(r.aggregate),
        (0,cost/* costSection */.pD)(r.costs),
        sharingGapSection(r.sharingGaps, opts.shareCheckLimit),
        (0,sections/* failureSection */.mo)(r.failures),
        `Rules: old-snapshot after ${(0,plural/* plural */.L)(r.settings.maxAgeDays, 'day')}, stale-backup after ${(0,plural/* plural */.L)(r.settings.maxBackupAgeHours, 'hour')}` +
            (r.settings.volumes.length > 0 ? ` (volumes ${r.settings.volumes.map(markdown.md).join(', ')})` : ' (no volume input)') +
            (r.settings.allowedAccounts.length > 0
                ? `; sharing allowed with ${r.settings.allowedAccounts.map(markdown.md).join(', ')}`
                : '; sharing allowed with no account') +
            `; archive-candidate from ${(0,plural/* plural */.L)(r.settings.archiveMinAgeDays, 'day')} old.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/report/shared.ts
var shared = __webpack_require__(35045);
// EXTERNAL MODULE: ./src/report/cost.ts
var report_cost = __webpack_require__(8089);
;// CONCATENATED MODULE: ./src/report/check.ts

















function runLink(env) {
    const runId = env.GITHUB_RUN_ID ?? '';
    const url = env.GITHUB_SERVER_URL ? (0,shared/* runUrl */.Vp)(env.GITHUB_SERVER_URL, env.GITHUB_REPOSITORY ?? '', runId) : '';
    if (url === '')
        return '';
    return `<sub>From snapshot-hygiene in [workflow run ${runId}](${url}); the comment is updated on every run.</sub>`;
}
async function commentOnPullRequest(config, markdown, deps) {
    if (!config.comment)
        return;
    const pr = (0,pull_request/* pullRequestOf */._n)(deps.event ?? (0,pull_request/* readEventContext */.ws)());
    if (!pr)
        return;
    const where = `pull request ${pr.owner}/${pr.repo}#${pr.number}`;
    if (config.githubToken === '') {
        log/* warning */.$e(`No comment on ${where}: github-token is empty`);
        return;
    }
    try {
        const body = commentBody(markdown, runLink(deps.env ?? process.env));
        const done = await (deps.upsert ?? upsertComment)({ token: config.githubToken, pr, body });
        const note = done.note === undefined ? '' : ` (${done.note})`;
        log/* info */.pq(`${done.action === 'created' ? 'Created' : 'Updated'} the check comment ${done.id} on ${where}${note}`);
    }
    catch (err) {
        const status = err?.status;
        const hint = status === 403 || status === 404 ? "; the job needs 'permissions: pull-requests: write'" : '';
        log/* warning */.$e(`Could not comment on ${where}: ${(0,errors/* errorMessage */.gJ)(err)}${hint}`);
    }
}
function failureMessage(result, config) {
    const newOnly = config.failOnNewOnly && result.newFindings ? result.newFindings.rules : null;
    const rules = newOnly ?? result.rules;
    const failing = failingCount(rules, config.failOn);
    if (failing > 0) {
        const list = rules
            .filter((r) => r.findings > 0 && failsStep(r.severity, config.failOn))
            .map((r) => `${r.rule} ${r.findings}`)
            .join(', ');
        const what = newOnly === null ? 'finding' : 'new finding';
        const why = newOnly === null ? '' : ' (fail-on-new-only: findings the compared check had do not fail the step)';
        return `${(0,plural/* plural */.L)(failing, what)} at or above fail-on '${config.failOn}' (${list})${why}; the job summary lists them`;
    }
    return (0,shared/* unreadProblem */.l0)(config, result.failures, 'checked') ?? unreadSettingsProblem(config, result);
}
/** The problem a check ends with when fail-on-region-error is true and an account setting could not be read. */
function unreadSettingsProblem(config, result) {
    const errors = settingRegionErrors(result.accountSettings);
    const first = errors[0];
    if (!config.failOnRegionError || first === undefined)
        return null;
    return `${(0,plural/* plural */.L)(errors.length, 'account setting')} could not be read (fail-on-region-error is true): ${unreadLine(first)}`;
}
/** Runs the check and reports it: warnings, summary, result JSON, artifact, annotations, PR comment, outputs; then applies fail-on. */
async function checkStep(config, targets, clock, deps = {}) {
    const selected = (0,selection/* selectionOutcome */.D)(config);
    const baseline = await checkBaseline(config, targets.map((t) => t.accountId), deps.env ?? process.env);
    const result = await runCheck(config, targets, clock, { ...deps.check, baseline });
    for (const f of result.failures)
        log/* warning */.$e(`Could not check ${(0,accounts/* failureLine */.P)(f)}`);
    for (const u of unreadSettings(result.accountSettings)) {
        if (u.kind === 'unimplemented')
            log/* info */.pq(`Not checked: ${unreadLine(u)}`);
        else
            log/* warning */.$e(`Could not check ${unreadLine(u)}`);
    }
    const findingsFile = external_node_path_.basename(result.findingsJsonPath);
    const markdown = checkSummary(result, {
        failOn: config.failOn,
        maxFindings: TOP_FINDINGS,
        findingsFile,
        shareCheckLimit: deps.check?.shareCheckLimit ?? SHARE_CHECK_LIMIT,
        failOnRegionError: config.failOnRegionError,
        failOnNewOnly: config.failOnNewOnly,
        selection: config.selection
    });
    const { resultJson, upload } = await (0,shared/* publish */.mk)(config, {
        csvPath: result.csvPath,
        result,
        files: [result.csvPath, result.findingsJsonPath],
        summary: markdown,
        fullReportHint: `Every finding is in ${findingsFile}.`
    });
    const where = upload.status !== 'uploaded'
        ? `${result.findingsJsonPath} (output findings-json)`
        : `${findingsFile} in artifact ${config.artifactName} (output findings-json)`;
    annotateFindings(result.topFindings, { total: result.findingsCount, max: config.maxAnnotations, where }, deps.annotations);
    await commentOnPullRequest(config, markdown, deps);
    core.setOutput('findings-count', result.findingsCount);
    core.setOutput('findings-json', result.findingsJsonPath);
    core.setOutput('new-findings-count', result.newFindings ? result.newFindings.count : '');
    (0,shared/* setResultOutputs */.Ge)({
        csvPath: result.csvPath,
        resultJson,
        upload,
        failedCount: result.failures.length + settingRegionErrors(result.accountSettings).length
    });
    (0,shared/* setTotalsOutputs */.IY)(result.snapshotCount, result.aggregate);
    (0,report_cost/* setCostRangeOutputs */.B)(result.costs);
    log/* info */.pq(`Checked ${(0,plural/* plural */.L)(result.snapshotCount, 'snapshot')} in ${(0,plural/* plural */.L)(result.regions.length, 'region')}: ${(0,plural/* plural */.L)(result.findingsCount, 'finding')}, ${result.silencedCount} silenced`);
    (0,shared/* endStep */.Cs)(upload, [failureMessage(result, config), ...selected]);
}


/***/ }),

/***/ 40221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ loadCompared)
});

// EXTERNAL MODULE: ./src/compare.ts
var compare = __webpack_require__(75344);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/report/previous-run.ts
/**
 * The previous run's result: the latest successful run of this workflow on this branch, found through the GitHub REST
 * API, and its artifact of the same name, downloaded with @actions/artifact into a fresh folder of the runner's temp.
 */






/** The most runs looked at on the way back to the latest successful one other than this run. */
const RUNS_PAGE = 10;
function repository(env) {
    const [owner = '', repo = '', ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const runId = Number(env.GITHUB_RUN_ID ?? '');
    if (owner === '' || repo === '' || rest.length > 0 || !Number.isSafeInteger(runId) || runId <= 0)
        throw new compare/* CompareError */.M4("compare-with 'previous-run' needs a workflow run (GITHUB_REPOSITORY and GITHUB_RUN_ID); outside one, name a downloaded result's path");
    return { owner, repo, runId };
}
function apiError(what, err) {
    const status = err?.status;
    const hint = status === 403 || status === 404 ? "; the job needs 'permissions: actions: read'" : '';
    return new compare/* CompareError */.M4(`compare-with 'previous-run': could not ${what}: ${(0,errors/* errorMessage */.gJ)(err)}${hint}`);
}
/**
 * Finds the latest successful run of this workflow on this run's branch (this run excluded) and downloads its
 * artifact named `artifactName` below `tempRoot`. No such run, or a run without that artifact (expired, or never
 * uploaded), is 'none' with a notice; an API that refuses is a CompareError naming the permission.
 */
async function downloadPreviousRun(o) {
    if (o.token === '')
        throw new compare/* CompareError */.M4("compare-with 'previous-run' needs github-token (with actions: read); it is empty");
    if (o.artifactName === '')
        throw new compare/* CompareError */.M4("compare-with 'previous-run' needs artifact-name: the artifact to look for in the previous run");
    const { owner, repo, runId } = repository(o.env);
    const octokit = (0,github/* getOctokit */.Q)(o.token, { baseUrl: o.env.GITHUB_API_URL || 'https://api.github.com' });
    let workflowId;
    let branch;
    try {
        const current = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
        workflowId = current.data.workflow_id;
        branch = current.data.head_branch ?? '';
    }
    catch (err) {
        throw apiError(`read this run ${runId}`, err);
    }
    let previous;
    try {
        const runs = await octokit.rest.actions.listWorkflowRuns({
            owner,
            repo,
            workflow_id: workflowId,
            status: 'success',
            per_page: RUNS_PAGE,
            ...(branch === '' ? {} : { branch })
        });
        previous = runs.data.workflow_runs.find((r) => r.id !== runId && (branch === '' || r.head_branch === branch));
    }
    catch (err) {
        throw apiError(`list the runs of workflow ${workflowId}`, err);
    }
    const where = branch === '' ? 'this workflow' : `this workflow on branch ${branch}`;
    if (previous === undefined)
        return { status: 'none', notice: `No earlier result to compare with: ${where} has no earlier successful run.` };
    let artifact;
    try {
        const list = await octokit.rest.actions.listWorkflowRunArtifacts({
            owner,
            repo,
            run_id: previous.id,
            name: o.artifactName,
            per_page: 10
        });
        artifact = list.data.artifacts.find((a) => a.name === o.artifactName);
    }
    catch (err) {
        throw apiError(`list the artifacts of run ${previous.id}`, err);
    }
    if (artifact === undefined || artifact.expired)
        return {
            status: 'none',
            notice: `No earlier result to compare with: run ${previous.id} (the latest successful run of ${where}) has ${artifact === undefined ? 'no' : 'only an expired'} artifact ${o.artifactName}.`
        };
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(o.tempRoot ?? o.env.RUNNER_TEMP ?? external_node_os_.tmpdir(), 'snapshot-hygiene-previous-'));
    try {
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 645).then(__webpack_require__.bind(__webpack_require__, 9645));
        await new DefaultArtifactClient().downloadArtifact(artifact.id, {
            path: dir,
            findBy: { token: o.token, workflowRunId: previous.id, repositoryOwner: owner, repositoryName: repo }
        });
    }
    catch (err) {
        throw apiError(`download artifact ${o.artifactName} (${artifact.id}) of run ${previous.id}`, err);
    }
    return { status: 'downloaded', dir, runId: previous.id, artifactId: artifact.id };
}

;// CONCATENATED MODULE: ./src/report/compare.ts
/** Where a step gets the result it compares itself with: the compare-with path, or the previous run's artifact. */



/**
 * The compared result for a run of `mode` over `accounts`, or null without compare-with. No earlier result is a
 * notice (logged here); a result that cannot be compared throws a CompareError.
 */
async function loadCompared(config, mode, accounts, env = process.env) {
    const c = config.compareWith;
    if (c.kind === 'none')
        return null;
    let target;
    if (c.kind === 'path')
        target = c.path;
    else {
        const previous = await downloadPreviousRun({ token: config.githubToken, artifactName: config.artifactName, env });
        if (previous.status === 'none') {
            log/* notice */.lm(previous.notice);
            return previous;
        }
        log/* info */.pq(`Comparing with artifact ${config.artifactName} of run ${previous.runId}`);
        target = previous.dir;
    }
    const outcome = (0,compare/* findCompared */.BJ)(target, mode, accounts);
    if (outcome.status === 'none')
        log/* notice */.lm(outcome.notice);
    else
        log/* info */.pq(`Comparing with ${outcome.compared.file}`);
    return outcome;
}


/***/ })

};
