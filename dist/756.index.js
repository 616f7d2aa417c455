export const id = 756;
export const ids = [756];
export const modules = {

/***/ 90487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ FindingTally),
/* harmony export */   f: () => (/* binding */ findingsBySeverity)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38422);

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
            .sort((a, b) => a.accountId.localeCompare(b.accountId) || _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(a.rule) - _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.indexOf(b.rule));
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

/***/ 79382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hx: () => (/* binding */ RULE_SEVERITY),
  Eg: () => (/* binding */ compareFindings),
  ug: () => (/* binding */ failsStep),
  l3: () => (/* binding */ grantFindings),
  e2: () => (/* binding */ isSilenced),
  Mp: () => (/* binding */ orphanFinding),
  S9: () => (/* binding */ recordFindings),
  $N: () => (/* binding */ staleBackupFinding)
});

// UNUSED EXPORTS: duration, expiredFinding, expiresAt, malformedTagFinding, oldFinding, readExpiresAt, unencryptedFinding

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
;// CONCATENATED MODULE: ./src/timestamp.ts
/**
 * The one date format the action reads from tags and documents: ISO 8601 in UTC, as it writes it
 * (`2026-03-16T06:00:00Z`, or with milliseconds `2026-03-16T06:00:00.000Z`). Anything else is not a date.
 */
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$/;
/** Parses YYYY-MM-DDTHH:MM:SS(.sss)Z with a real calendar date and time of day; null for anything else. */
function parseUtcTimestamp(raw) {
    const m = TIMESTAMP_RE.exec(raw);
    if (m === null)
        return null;
    const [year, month, day, hour, minute, second, ms] = m.slice(1).map((part) => Number(part ?? '0'));
    if (hour > 23 || minute > 59 || second > 59)
        return null;
    const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
    // Date.UTC rolls over (February 30 becomes March 2) and maps years 0-99 to 1900-1999: both are refused.
    if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day)
        return null;
    return at;
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
;// CONCATENATED MODULE: ./src/findings.ts
/**
 * The check rules: pure functions from snapshot records (and what was looked up about them) to findings.
 * Nothing here calls AWS; the check mode gathers the facts and these functions judge them.
 */



/** The severity of each rule. */
const RULE_SEVERITY = {
    'public-snapshot': 'error',
    'shared-snapshot': 'warning',
    'unencrypted-snapshot': 'warning',
    'orphaned-snapshot': 'notice',
    'expired-snapshot': 'warning',
    'malformed-tag': 'notice',
    'old-snapshot': 'notice',
    'stale-backup': 'error'
};
const RANK = { error: 3, warning: 2, notice: 1 };
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Whether a finding of this severity fails the step under fail-on (never: nothing does). */
function failsStep(severity, failOn) {
    return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}
/** Orders findings: most severe first, then by rule, account, region and resource. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        inputs/* RULE_IDS */.Iu.indexOf(a.rule) - inputs/* RULE_IDS */.Iu.indexOf(b.rule) ||
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
    if (ms < 2 * DAY_MS) {
        const hours = Math.floor(ms / HOUR_MS);
        return hours === 1 ? '1 hour' : `${hours} hours`;
    }
    return `${Math.floor(ms / DAY_MS)} days`;
}
function finding(rule, r, message) {
    return {
        rule,
        severity: RULE_SEVERITY[rule],
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
    if (!(age > maxAgeDays * DAY_MS))
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
    const at = parseUtcTimestamp(raw.trim());
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
/** orphaned-snapshot: the source is gone and (EBS) no AMI uses the snapshot; copies with no known source are not orphans. */
function orphanFinding(r, index) {
    if (r.sourceId === null || index.sources.has(r.sourceId))
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
    if (age !== null && !(age > maxHours * HOUR_MS))
        return null;
    const last = age === null || v.newest === null
        ? 'has no completed snapshot'
        : `was last backed up ${duration(age)} ago (${v.newest.toISOString()})`;
    const where = `Volume ${v.volumeId} in ${v.region}`;
    let message;
    if (v.exists === false) {
        message = `${where} no longer exists and ${last}; remove it from the volume input.`;
    }
    else if (age === null) {
        message = `${where} ${last}; back it up (mode backup) on a schedule more often than every ${maxHours} hours.`;
    }
    else {
        message = `${where} ${last}, longer than max-backup-age-hours (${maxHours}); check that its scheduled backup runs.`;
    }
    if (v.exists === null)
        message = message.replace(/\.$/, ' (whether the volume still exists could not be read).');
    return finding('stale-backup', { accountId: v.accountId, region: v.region, service: 'ebs', snapshotId: v.volumeId }, message);
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


/***/ }),

/***/ 1756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeStep: () => (/* binding */ mergeStep)
});

// UNUSED EXPORTS: incompleteMessage

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/accounts.ts
var accounts = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/inventory-csv.ts
var inventory_csv = __webpack_require__(76722);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(96789);
// EXTERNAL MODULE: ./src/aggregate.ts
var aggregate = __webpack_require__(920);
// EXTERNAL MODULE: ./src/finding-counts.ts
var finding_counts = __webpack_require__(90487);
// EXTERNAL MODULE: ./src/findings.ts + 1 modules
var findings = __webpack_require__(79382);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(70665);
;// CONCATENATED MODULE: ./src/result-file.ts
/**
 * The result JSON files merge reads. They come from workflow artifacts, so they are untrusted: every field merge
 * uses is checked here against the shape the inventory and check modes write, and copied into fresh objects.
 */




/** A result file that is not what the action writes; it names the file and the field. */
class ResultFileError extends Error {
    file;
    field;
    problem;
    kind;
    constructor(file, field, problem, 
    /** The kind of result the file said it was, when it said so. */
    kind = null) {
        super(`${file}: field '${field}' ${problem}`);
        this.file = file;
        this.field = field;
        this.problem = problem;
        this.kind = kind;
        this.name = 'ResultFileError';
    }
}
/** A field that does not hold what it should; the reader adds the file. */
class Invalid extends Error {
    field;
    problem;
    constructor(field, problem) {
        super(`${field} ${problem}`);
        this.field = field;
        this.problem = problem;
    }
}
const ACCOUNT_RE = /^\d{12}$/;
const REGION_RE = /^[a-z0-9-]{1,64}$/;
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const SERVICES = ['ebs', 'rds', 'rds-cluster', 'efs'];
const FAILURE_SERVICES = [...SERVICES, 'regions', 'account'];
const SNAPSHOT_TYPES = ['manual', 'automated', 'aws-backup'];
/** Bounds that no result of this version comes near; a file past them is not one. */
const MAX_ITEMS = 1_000_000;
const MAX_COUNT = 1e12;
const MAX_AMOUNT = 1e15;
function shown(value) {
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > 60 ? `${text.slice(0, 60)}...` : text;
}
function key(at, k) {
    return /^[A-Za-z_][\w]*$/.test(k) ? `${at}.${k}` : `${at}[${shown(k)}]`;
}
function object(v, at) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Invalid(at, 'must be an object');
    return v;
}
function result_file_text(v, at, max) {
    if (typeof v !== 'string')
        throw new Invalid(at, `must be a string; got ${shown(v)}`);
    if (v.length > max)
        throw new Invalid(at, `is longer than ${max} characters`);
    if (CONTROL_RE.test(v))
        throw new Invalid(at, 'holds control characters');
    return v;
}
function matching(v, at, re, what) {
    const s = result_file_text(v, at, 256);
    if (!re.test(s))
        throw new Invalid(at, `must be ${what}; got ${shown(s)}`);
    return s;
}
const accountId = (v, at) => matching(v, at, ACCOUNT_RE, 'a 12-digit account id');
const regionName = (v, at) => matching(v, at, REGION_RE, 'a region name (lower-case letters, digits, hyphens)');
function oneOf(v, at, allowed) {
    if (typeof v !== 'string' || !allowed.includes(v))
        throw new Invalid(at, `must be one of ${allowed.join(', ')}; got ${shown(v)}`);
    return v;
}
function count(v, at) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_COUNT)
        throw new Invalid(at, `must be a whole number of at least 0; got ${shown(v)}`);
    return v;
}
function amount(v, at) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_AMOUNT)
        throw new Invalid(at, `must be a number of at least 0; got ${shown(v)}`);
    return v;
}
function list(v, at, item, max = MAX_ITEMS) {
    if (!Array.isArray(v))
        throw new Invalid(at, 'must be an array');
    if (v.length > max)
        throw new Invalid(at, `has more than ${max} entries`);
    return v.map((x, i) => item(x, `${at}[${i}]`));
}
/** A map from names to values, as a fresh object; names that objects inherit (like __proto__) are refused. */
function record(v, at, name, value) {
    const o = object(v, at);
    const out = {};
    const keys = Object.keys(o);
    if (keys.length > MAX_ITEMS)
        throw new Invalid(at, `has more than ${MAX_ITEMS} entries`);
    for (const k of keys) {
        if (k in Object.prototype)
            throw new Invalid(key(at, k), 'is not a name this field can hold');
        name(k, key(at, k));
        out[k] = value(o[k], key(at, k));
    }
    return out;
}
function totals(v, at) {
    const o = object(v, at);
    return {
        count: count(o.count, `${at}.count`),
        sizeGib: amount(o.sizeGib, `${at}.sizeGib`),
        costUsd: amount(o.costUsd, `${at}.costUsd`)
    };
}
function member(accounts, id, at) {
    if (!accounts.has(id))
        throw new Invalid(at, `names account ${id}, which is not in the file's accounts`);
    return id;
}
function result_file_aggregate(v, at, accounts) {
    const o = object(v, at);
    const anyName = (k, where) => void result_file_text(k, where, 128);
    const ages = aggregate/* AGE_RANGES */.J$.map((r) => r.label);
    const byAge = record(o.byAge, `${at}.byAge`, (k, where) => void oneOf(k, where, ages), totals);
    for (const label of ages)
        byAge[label] ??= { count: 0, sizeGib: 0, costUsd: 0 };
    const agg = {
        total: totals(o.total, `${at}.total`),
        byService: record(o.byService, `${at}.byService`, (k, where) => void oneOf(k, where, SERVICES), totals),
        byRegion: record(o.byRegion, `${at}.byRegion`, (k, where) => void regionName(k, where), totals),
        byAccount: record(o.byAccount, `${at}.byAccount`, (k, where) => void member(accounts, accountId(k, where), where), totals),
        byAge,
        byEncryption: record(o.byEncryption, `${at}.byEncryption`, (k, where) => void oneOf(k, where, ['encrypted', 'unencrypted']), totals),
        byTier: record(o.byTier, `${at}.byTier`, anyName, totals),
        byType: record(o.byType, `${at}.byType`, (k, where) => void oneOf(k, where, SNAPSHOT_TYPES), totals),
        managed: totals(o.managed, `${at}.managed`),
        noSource: totals(o.noSource, `${at}.noSource`),
        topSources: list(o.topSources, `${at}.topSources`, (s, where) => source(s, where, accounts), 10_000),
        sourcesApproximate: flag(o.sourcesApproximate, `${at}.sourcesApproximate`)
    };
    const perAccount = Object.values(agg.byAccount).reduce((n, t) => n + t.count, 0);
    if (perAccount !== agg.total.count)
        throw new Invalid(`${at}.byAccount`, `counts ${perAccount} snapshots in all, but ${at}.total.count says ${agg.total.count}`);
    return agg;
}
function flag(v, at) {
    if (typeof v !== 'boolean')
        throw new Invalid(at, `must be true or false; got ${shown(v)}`);
    return v;
}
function source(v, at, accounts) {
    const o = object(v, at);
    return {
        accountId: member(accounts, accountId(o.accountId, `${at}.accountId`), `${at}.accountId`),
        region: regionName(o.region, `${at}.region`),
        service: oneOf(o.service, `${at}.service`, SERVICES),
        sourceId: result_file_text(o.sourceId, `${at}.sourceId`, 512),
        ...totals(o, at)
    };
}
function failure(v, at, accounts) {
    const o = object(v, at);
    const id = result_file_text(o.accountId, `${at}.accountId`, 12);
    return {
        accountId: id === '' ? id : member(accounts, accountId(id, `${at}.accountId`), `${at}.accountId`),
        region: o.region === '' ? '' : regionName(o.region, `${at}.region`),
        service: oneOf(o.service, `${at}.service`, FAILURE_SERVICES),
        message: result_file_text(o.message, `${at}.message`, 4096)
    };
}
function severityOf(rule, v, at) {
    const severity = oneOf(v, at, inputs/* SEVERITIES */.oC);
    if (severity !== findings/* RULE_SEVERITY */.hx[rule])
        throw new Invalid(at, `is ${severity}, but rule ${rule} is ${findings/* RULE_SEVERITY */.hx[rule]} in this version`);
    return severity;
}
function ruleCounts(v, at) {
    const rules = list(v, at, (r, where) => {
        const o = object(r, where);
        const rule = oneOf(o.rule, `${where}.rule`, inputs/* RULE_IDS */.Iu);
        return {
            rule,
            severity: severityOf(rule, o.severity, `${where}.severity`),
            findings: count(o.findings, `${where}.findings`),
            silenced: count(o.silenced, `${where}.silenced`)
        };
    }, inputs/* RULE_IDS */.Iu.length);
    const seen = new Set();
    rules.forEach((r, i) => {
        if (seen.has(r.rule))
            throw new Invalid(`${at}[${i}].rule`, `names ${r.rule} a second time`);
        seen.add(r.rule);
    });
    return rules;
}
function accountRuleCounts(v, at, accounts, rules) {
    const counts = list(v, at, (c, where) => {
        const o = object(c, where);
        const rule = oneOf(o.rule, `${where}.rule`, inputs/* RULE_IDS */.Iu);
        return {
            accountId: member(accounts, accountId(o.accountId, `${where}.accountId`), `${where}.accountId`),
            rule,
            severity: severityOf(rule, o.severity, `${where}.severity`),
            findings: count(o.findings, `${where}.findings`),
            silenced: count(o.silenced, `${where}.silenced`)
        };
    });
    const seen = new Set();
    counts.forEach((c, i) => {
        const k = `${c.accountId}/${c.rule}`;
        if (seen.has(k))
            throw new Invalid(`${at}[${i}]`, `counts account ${c.accountId} and rule ${c.rule} a second time`);
        seen.add(k);
    });
    for (const rule of inputs/* RULE_IDS */.Iu) {
        const total = rules.find((r) => r.rule === rule) ?? { findings: 0, silenced: 0 };
        const mine = counts.filter((c) => c.rule === rule);
        const findings = mine.reduce((n, c) => n + c.findings, 0);
        const silenced = mine.reduce((n, c) => n + c.silenced, 0);
        if (findings !== total.findings || silenced !== total.silenced)
            throw new Invalid(at, `counts ${findings} finding(s) and ${silenced} silenced for ${rule}, but rules says ${total.findings} and ${total.silenced}`);
    }
    return counts;
}
function accountsOf(v, at) {
    const ids = list(v, at, accountId, 100_000);
    if (ids.length === 0)
        throw new Invalid(at, 'must name at least one account');
    const seen = new Set();
    ids.forEach((id, i) => {
        if (seen.has(id))
            throw new Invalid(`${at}[${i}]`, `names account ${id} a second time`);
        seen.add(id);
    });
    return ids;
}
function csvName(v, at) {
    const raw = result_file_text(v, at, 4096);
    const base = raw.split(/[\\/]/).pop() ?? '';
    if (!/^[^\\/]+\.csv$/i.test(base) || base.startsWith('.'))
        throw new Invalid(at, `must end in the name of a .csv file; got ${shown(raw)}`);
    return base;
}
function isMajorVersion(v) {
    return typeof v === 'number' && Number.isFinite(v) && Math.floor(v) === report/* RESULT_SCHEMA_VERSION */.tS;
}
function slice(file, o, kind) {
    const accounts = accountsOf(o.accounts, 'accounts');
    const set = new Set(accounts);
    const base = {
        file,
        accounts,
        regions: list(o.regions, 'regions', regionName, 10_000),
        failures: list(o.failures, 'failures', (f, at) => failure(f, at, set))
    };
    if (kind === 'inventory') {
        const agg = result_file_aggregate(o.aggregate, 'aggregate', set);
        const rowCount = count(o.rowCount, 'rowCount');
        if (rowCount !== agg.total.count)
            throw new Invalid('rowCount', `is ${rowCount}, but aggregate.total.count is ${agg.total.count}`);
        return { kind, ...base, aggregate: agg, csvName: csvName(o.csvPath, 'csvPath'), rowCount };
    }
    const rules = ruleCounts(o.rules, 'rules');
    if (o.findingCounts === undefined)
        throw new Invalid('findingCounts', 'is missing: the check that wrote it predates per-account counts; run every job with the same version of the action');
    return { kind, ...base, rules, findingCounts: accountRuleCounts(o.findingCounts, 'findingCounts', set, rules) };
}
/** Checks one result file's text (its path below merge-path is `file`); throws a ResultFileError naming the field. */
function parseResultFile(file, content) {
    let json;
    try {
        json = JSON.parse(content);
    }
    catch (err) {
        throw new ResultFileError(file, '(the whole file)', `is not valid JSON (${err.message})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw new ResultFileError(file, '(the whole file)', 'must be a JSON object');
    const o = json;
    if (o.tool !== 'snapshot-hygiene')
        throw new ResultFileError(file, 'tool', `must be "snapshot-hygiene"; got ${shown(o.tool)}: it is not a result of this action`);
    if (!isMajorVersion(o.schema_version))
        throw new ResultFileError(file, 'schema_version', `says it was written by an incompatible version of snapshot-hygiene (schema_version ${shown(o.schema_version)}; this version reads ${report/* RESULT_SCHEMA_VERSION */.tS}): run every job with the same version of the action`);
    if (o.mode !== 'inventory' && o.mode !== 'check') {
        if (typeof o.mode === 'string' && o.mode.length <= 40)
            return { status: 'other-mode', file, mode: o.mode };
        throw new ResultFileError(file, 'mode', `must be a mode name; got ${shown(o.mode)}`);
    }
    const kind = o.mode;
    try {
        return { status: 'slice', slice: slice(file, o, kind) };
    }
    catch (err) {
        if (err instanceof Invalid)
            throw new ResultFileError(file, err.field, err.problem, kind);
        throw err;
    }
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
;// CONCATENATED MODULE: ./src/modes/merge.ts












/** The largest result file merge reads; results of this version stay far below it. */
const MAX_RESULT_BYTES = 64 * 1024 * 1024;
/**
 * Finds every result JSON below a folder, as paths below it, in a stable order. Folder links are not followed; a
 * result file that is a link is listed, so that reading it is refused and reported rather than silently skipped.
 */
function findResultFiles(root) {
    if (!external_node_fs_.existsSync(root) || !external_node_fs_.statSync(root).isDirectory()) {
        throw new Error(`merge-path ${root} is not a folder: download the earlier runs' artifacts there (actions/download-artifact with a path)`);
    }
    const out = [];
    const walk = (rel) => {
        const entries = external_node_fs_.readdirSync(external_node_path_.join(root, rel), { withFileTypes: true });
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const p = rel === '' ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory())
                walk(p);
            else if ((e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.summary.json'))
                out.push(p);
        }
    };
    walk('');
    return out;
}
/** The path of a file below merge-path; every file merge reads is resolved here. */
function resolveMergeFile(root, relative) {
    const resolved = external_node_path_.resolve(root, relative);
    if (!resolved.startsWith(external_node_path_.resolve(root) + external_node_path_.sep))
        throw new Error(`${relative} is not below merge-path ${root}`);
    return (0,paths/* readableFile */.rC)(resolved);
}
/** Opens a file below merge-path for reading (the one place merge opens such a file). */
function openMergeFile(root, relative) {
    return external_node_fs_.openSync(resolveMergeFile(root, relative), external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
}
function readResultText(root, file) {
    const fd = openMergeFile(root, file);
    try {
        const size = external_node_fs_.fstatSync(fd).size;
        if (size > MAX_RESULT_BYTES)
            throw new ResultFileError(file, '(the whole file)', `is ${size} bytes, more than a result holds (${MAX_RESULT_BYTES})`);
        return external_node_fs_.readFileSync(fd, 'utf8');
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/**
 * Reads the CSV's records (a quoted field may span lines; a record ends where the quotes balance), checking its
 * header; hands each to `row` when given and returns how many there were.
 */
async function csvRecords(root, file, row) {
    const stream = external_node_fs_.createReadStream('', { fd: openMergeFile(root, file), encoding: 'utf8' });
    const lines = external_node_readline_.createInterface({ input: stream, crlfDelay: Infinity });
    const header = inventory_csv/* INVENTORY_COLUMNS */.LY.join(',');
    let first = true;
    let records = 0;
    let pending = '';
    try {
        for await (const line of lines) {
            if (first) {
                first = false;
                if (line.replace(/^\uFEFF/, '') !== header)
                    throw new ResultFileError(file, '(header)', "differs from this version's inventory CSV columns");
                continue;
            }
            pending += `${line}\n`;
            if ((pending.match(/"/g)?.length ?? 0) % 2 === 0) {
                records++;
                if (row)
                    await row(pending);
                pending = '';
            }
        }
    }
    finally {
        stream.destroy();
    }
    if (first)
        throw new ResultFileError(file, '(header)', 'is missing: the file is empty');
    if (pending !== '')
        throw new ResultFileError(file, '(last record)', 'ends inside a quoted field');
    return records;
}
/** The CSV of an inventory result, below merge-path. */
function csvOf(slice) {
    const dir = external_node_path_.posix.dirname(slice.file);
    return dir === '.' ? slice.csvName : `${dir}/${slice.csvName}`;
}
/** Checks that an inventory result's CSV is beside it and holds as many rows as the result counts. */
async function checkCsv(root, slice) {
    let rows;
    try {
        rows = await csvRecords(root, csvOf(slice));
    }
    catch (err) {
        if (err?.code !== 'ENOENT')
            throw err;
        throw new ResultFileError(slice.file, 'csvPath', `names ${slice.csvName}, which is not beside it; upload both files in the artifact`, 'inventory');
    }
    if (rows !== slice.rowCount)
        throw new ResultFileError(slice.file, 'rowCount', `is ${slice.rowCount}, but ${slice.csvName} holds ${rows} rows: the artifact is incomplete`, 'inventory');
}
function rejection(err, file) {
    if (err instanceof ResultFileError)
        return { file, reason: err.message, kind: err.kind };
    return { file, reason: `${file}: ${err?.message ?? String(err)}`, kind: null };
}
/** Refuses a second result of the same kind for an account: joining both would count it twice. */
function withoutOverlap(slices) {
    const owner = new Map();
    const kept = [];
    const rejected = [];
    for (const s of slices) {
        const twice = s.accounts.find((a) => owner.has(`${s.kind}/${a}`));
        if (twice !== undefined) {
            rejected.push({
                file: s.file,
                reason: `${s.file}: field 'accounts' names account ${twice}, which ${owner.get(`${s.kind}/${twice}`)} already holds a ${s.kind} result of; joining both would count it twice`
            });
            continue;
        }
        for (const a of s.accounts)
            owner.set(`${s.kind}/${a}`, s.file);
        kept.push(s);
    }
    return { kept, rejected };
}
function sumRules(slices) {
    const out = inputs/* RULE_IDS */.Iu.map((rule) => ({ rule, severity: findings/* RULE_SEVERITY */.hx[rule], findings: 0, silenced: 0 }));
    for (const s of slices) {
        for (const r of s.rules) {
            const into = out.find((o) => o.rule === r.rule);
            if (into) {
                into.findings += r.findings;
                into.silenced += r.silenced;
            }
        }
    }
    return out;
}
function missingAccounts(expected, coverage, kinds) {
    const out = [];
    for (const accountId of expected) {
        const lacking = kinds.length === 0 ? [] : kinds.filter((k) => !coverage[k].has(accountId));
        if (kinds.length === 0 || lacking.length > 0)
            out.push({ accountId, kinds: lacking });
    }
    return out;
}
/** The failures without repeats (an account that failed both its inventory and its check is named once). */
function distinct(failures) {
    const seen = new Map();
    for (const f of failures)
        seen.set(JSON.stringify([f.accountId, f.region, f.service, f.message]), f);
    return [...seen.values()];
}
const byFailure = (a, b) => `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`);
/**
 * Joins earlier runs' results: one CSV of every inventory row, one aggregate and one count of findings for the
 * whole organisation. Files that are not what the action writes are rejected and left out; with `accounts`, the
 * expected accounts without a result are named.
 */
async function runMerge(config, clock) {
    const root = config.mergePath ?? '';
    const expected = Array.isArray(config.accounts) ? [...config.accounts].sort() : null;
    const files = findResultFiles(root);
    if (files.length === 0 && expected === null)
        throw new Error(`merge-path ${root} holds no *.summary.json results: download the earlier runs' artifacts there`);
    const read = [];
    const rejected = [];
    const skipped = [];
    for (const file of files) {
        try {
            const outcome = parseResultFile(file, readResultText(root, file));
            if (outcome.status === 'other-mode') {
                skipped.push({ file, mode: outcome.mode });
                continue;
            }
            if (outcome.slice.kind === 'inventory')
                await checkCsv(root, outcome.slice);
            read.push(outcome.slice);
        }
        catch (err) {
            rejected.push(rejection(err, file));
        }
    }
    const { kept, rejected: overlapping } = withoutOverlap(read);
    const inventories = kept.filter((s) => s.kind === 'inventory');
    const checks = kept.filter((s) => s.kind === 'check');
    external_node_fs_.mkdirSync(external_node_path_.dirname(config.csvPath), { recursive: true });
    const out = (0,paths/* writeStream */.G6)(config.csvPath);
    out.write((0,sync/* stringify */.A)([[...inventory_csv/* INVENTORY_COLUMNS */.LY]]));
    let rowCount = 0;
    for (const s of inventories) {
        rowCount += await csvRecords(root, csvOf(s), async (rec) => {
            if (!out.write(rec))
                await (0,external_node_events_.once)(out, 'drain');
        });
    }
    await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
    const tally = new finding_counts/* FindingTally */.W();
    for (const s of checks)
        for (const c of s.findingCounts)
            tally.addCount(c);
    const findingCounts = tally.list();
    const coverage = {
        inventory: [...new Set(inventories.flatMap((s) => s.accounts))].sort(),
        check: [...new Set(checks.flatMap((s) => s.accounts))].sort()
    };
    const kinds = ['inventory', 'check'].filter((k) => coverage[k].length > 0 || rejected.some((r) => r.kind === k));
    const accounts = [...new Set(kept.flatMap((s) => s.accounts))].sort();
    const missing = expected === null
        ? []
        : missingAccounts(expected, { inventory: new Set(coverage.inventory), check: new Set(coverage.check) }, kinds);
    return {
        mode: 'merge',
        generatedAt: clock.now().toISOString(),
        inputs: kept.map((s) => ({ file: s.file, kind: s.kind })),
        accounts,
        regions: [...new Set(kept.flatMap((s) => s.regions))].sort(),
        aggregate: (0,aggregate/* mergeAggregates */.dV)(inventories.map((s) => s.aggregate)),
        failures: distinct(kept.flatMap((s) => s.failures)).sort(byFailure),
        coverage,
        rules: sumRules(checks),
        findingCounts,
        findingsByAccount: (0,finding_counts/* findingsBySeverity */.f)(findingCounts),
        expectedAccounts: expected,
        missing,
        missingAccounts: missing.map((m) => m.accountId),
        unexpectedAccounts: expected === null ? [] : accounts.filter((a) => !expected.includes(a)),
        rejected: [...rejected.map(({ file, reason }) => ({ file, reason })), ...overlapping],
        skipped,
        csvPath: config.csvPath,
        rowCount
    };
}

// EXTERNAL MODULE: ./src/markdown.ts
var markdown = __webpack_require__(83758);
// EXTERNAL MODULE: ./src/plural.ts
var plural = __webpack_require__(89133);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(22988);
// EXTERNAL MODULE: ./src/summary/inventory.ts
var inventory = __webpack_require__(78836);
;// CONCATENATED MODULE: ./src/summary/merge.ts




/** How many missing accounts, and rejected or skipped files, the summary names; the result JSON holds all. */
const MAX_LISTED = 200;
/** "1 of the 3 expected accounts lacks results". */
function missingPhrase(r) {
    const n = r.missing.length;
    return `${(0,markdown/* int */.Wh)(n)} of the ${(0,markdown/* int */.Wh)(r.expectedAccounts?.length ?? 0)} expected accounts ${n === 1 ? 'lacks' : 'lack'} results`;
}
function more(list, what) {
    return list.length > MAX_LISTED ? `\n\n${(0,markdown/* int */.Wh)(list.length - MAX_LISTED)} more ${what} are in the result JSON.` : '';
}
function kindsText(kinds) {
    return kinds.length === 0 ? 'no result' : `no ${kinds.join(' and no ')} result`;
}
function completenessSection(r) {
    if (r.expectedAccounts === null) {
        return ('### Completeness\n\nNot checked: `accounts` was not given, so the accounts that have no result cannot be named. ' +
            "Pass the accounts the matrix covered (list-accounts' `accounts-json`) to check them.");
    }
    const unexpected = r.unexpectedAccounts.length > 0
        ? `\n\n${(0,markdown/* int */.Wh)(r.unexpectedAccounts.length)} accounts not in \`accounts\` were joined too: ${listIds(r.unexpectedAccounts)}.`
        : '';
    if (r.missing.length === 0)
        return `### Completeness\n\nEvery one of the ${(0,markdown/* int */.Wh)(r.expectedAccounts.length)} expected accounts has a result.${unexpected}`;
    const rows = r.missing.slice(0, MAX_LISTED).map((m) => [(0,markdown.md)(m.accountId), (0,markdown.md)(kindsText(m.kinds))]);
    return (`### Completeness\n\n**${missingPhrase(r)}**; ` +
        `the report below is without them:\n\n${(0,markdown/* table */.tp)(['account', 'missing'], rows, ['l', 'l'])}${more(r.missing, 'accounts')}${unexpected}`);
}
function listIds(ids) {
    const shown = ids.slice(0, MAX_LISTED).map((id) => (0,markdown.md)(id));
    return shown.join(', ') + (ids.length > MAX_LISTED ? ` and ${(0,markdown/* int */.Wh)(ids.length - MAX_LISTED)} more` : '');
}
function filesSection(rejected, skipped) {
    const parts = [];
    if (rejected.length > 0) {
        const lines = rejected.slice(0, MAX_LISTED).map((f) => `- ${(0,markdown.md)(f.reason)}`);
        parts.push(`### Result files rejected\n\nThese files are not what snapshot-hygiene writes; they were left out, and the accounts they held count as missing.\n\n${lines.join('\n')}${more(rejected, 'files')}`);
    }
    if (skipped.length > 0) {
        const lines = skipped.slice(0, MAX_LISTED).map((f) => `- ${(0,src_escape/* markdownCode */.D9)(f.file)}: a ${(0,markdown.md)(f.mode)} result`);
        parts.push(`### Result files not joined\n\nMerge joins inventory and check results; these are of other modes.\n\n${lines.join('\n')}${more(skipped, 'files')}`);
    }
    return parts.join('\n\n');
}
function ruleSection(r) {
    if (r.coverage.check.length === 0)
        return '';
    const rows = r.rules.map((x) => [(0,markdown.md)(x.rule), (0,markdown.md)(x.severity), (0,markdown/* int */.Wh)(x.findings), (0,markdown/* int */.Wh)(x.silenced)]);
    return `### Findings by rule\n\nFrom the check results of ${(0,plural/* plural */.L)(r.coverage.check.length, 'account')}.\n\n${(0,markdown/* table */.tp)(['rule', 'severity', 'findings', 'silenced'], rows, ['l', 'l', 'r', 'r'])}`;
}
function findingsSection(r) {
    if (r.coverage.check.length === 0)
        return '';
    const list = r.findingsByAccount;
    if (list.length === 0)
        return '### Findings by account\n\nNo account has a finding that is not silenced.';
    const rows = list
        .slice(0, inventory/* MAX_ACCOUNT_ROWS */.T_)
        .map((f) => [(0,markdown.md)(f.accountId), (0,markdown/* int */.Wh)(f.error), (0,markdown/* int */.Wh)(f.warning), (0,markdown/* int */.Wh)(f.notice)]);
    const rest = list.length > inventory/* MAX_ACCOUNT_ROWS */.T_
        ? `\n\n${(0,markdown/* int */.Wh)(list.length - inventory/* MAX_ACCOUNT_ROWS */.T_)} more accounts have findings; see the result JSON.`
        : '';
    return `### Findings by account\n\n${(0,markdown/* table */.tp)(['account', 'errors', 'warnings', 'notices'], rows)}${rest}`;
}
function sourcesSection(sources, approximate) {
    if (sources.length === 0)
        return '';
    const rows = sources.map((s) => [
        (0,markdown.md)(s.sourceId),
        (0,markdown.md)(s.service),
        (0,markdown.md)(s.region),
        (0,markdown.md)(s.accountId),
        (0,markdown/* int */.Wh)(s.count),
        (0,markdown/* gib */.$l)(s.sizeGib),
        (0,markdown/* usd */.dR)(s.costUsd)
    ]);
    const approx = approximate
        ? '\n\nMore sources were seen than are tracked exactly; the smallest were dropped while counting.'
        : '';
    return `### Largest sources\n\n${(0,markdown/* table */.tp)(['source', 'service', 'region', 'account', 'snapshots', 'GiB', 'est. $/month'], rows, ['l', 'l', 'l', 'l', 'r', 'r', 'r'])}${approx}`;
}
function filesLine(r) {
    const inventory = r.inputs.filter((i) => i.kind === 'inventory').length;
    const check = r.inputs.length - inventory;
    return `Joined from ${(0,plural/* plural */.L)(r.inputs.length, 'result file')} (${(0,markdown/* int */.Wh)(inventory)} inventory, ${(0,markdown/* int */.Wh)(check)} check).`;
}
/** The organisation-wide summary of merged runs; every string that came from a result file is escaped. */
function mergeSummary(r, csvName) {
    const failedAccounts = new Set(r.failures.filter((f) => f.service === 'account' || f.service === 'regions').map((f) => f.accountId));
    const incomplete = r.missing.length > 0 || r.rejected.length > 0;
    const { topSources, ...rest } = r.aggregate;
    const parts = [
        '## Snapshot inventory: organisation',
        incomplete
            ? `> **Incomplete.** ${r.missing.length > 0 ? `${missingPhrase(r)}. ` : ''}` +
                `${r.rejected.length > 0 ? `${r.rejected.length === 1 ? '1 result file was' : `${(0,markdown/* int */.Wh)(r.rejected.length)} result files were`} rejected. ` : ''}The report below is without them; the step fails.`
            : '',
        `${(0,inventory/* headline */.Pl)(r.aggregate, r.accounts.length, r.regions.length)} ${filesLine(r)}` +
            (failedAccounts.size > 0 ? ` **${(0,plural/* plural */.L)(failedAccounts.size, 'account')} could not be read** (below).` : ''),
        completenessSection(r),
        filesSection(r.rejected, r.skipped),
        r.coverage.inventory.length > 0 ? (0,inventory/* accountSection */.pJ)(r.aggregate) : '',
        ruleSection(r),
        findingsSection(r),
        ...(0,inventory/* breakdownSections */.a)({ ...rest, topSources: [] }),
        sourcesSection(topSources, r.aggregate.sourcesApproximate),
        (0,inventory/* failureSection */.mo)(r.failures),
        (0,inventory/* priceSection */.h8)(),
        `One row per snapshot of every account is in the CSV ${(0,src_escape/* markdownCode */.D9)(csvName)}.`
    ];
    return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
;// CONCATENATED MODULE: ./src/steps/merge.ts









/** The reason an incomplete merge fails the step, or null when nothing is missing. */
function incompleteMessage(r) {
    const parts = [];
    if (r.missing.length > 0) {
        const named = r.missing
            .slice(0, 10)
            .map((m) => `${m.accountId} (${m.kinds.length === 0 ? 'no result' : `no ${m.kinds.join(' and no ')} result`})`)
            .join(', ');
        const more = r.missing.length > 10 ? ` and ${r.missing.length - 10} more` : '';
        parts.push(`${(0,plural/* plural */.L)(r.missing.length, 'expected account')} ${r.missing.length === 1 ? 'has' : 'have'} no result: ${named}${more}`);
    }
    if (r.rejected.length > 0) {
        const more = r.rejected.length > 1 ? `; and ${r.rejected.length - 1} more` : '';
        parts.push(`${(0,plural/* plural */.L)(r.rejected.length, 'result file')} ${r.rejected.length === 1 ? 'was' : 'were'} rejected: ${r.rejected[0].reason}${more}`);
    }
    if (parts.length === 0)
        return null;
    return `The merge is incomplete: ${parts.join('; ')}. The summary and the CSV hold the rest (output missing-accounts)`;
}
/** Joins earlier runs' results and reports them as one organisation; fails when a result is missing or rejected. */
async function mergeStep(config, clock) {
    const result = await runMerge(config, clock);
    for (const f of result.failures)
        log/* warning */.$e(`Not read: ${(0,accounts/* failureLine */.P)(f)}`);
    for (const f of result.rejected)
        log/* warning */.$e(`Rejected ${f.reason}`);
    const resultJson = (0,report/* writeResultJson */.L2)(result.csvPath, result);
    const upload = await (0,report/* uploadArtifact */.mz)(config.artifactName, [result.csvPath, resultJson]);
    await (0,report/* writeSummary */.Sy)(mergeSummary(result, external_node_path_.basename(result.csvPath)), `The full data is in ${external_node_path_.basename(result.csvPath)}.`, upload);
    core.setOutput('snapshot-count', result.rowCount);
    core.setOutput('total-size-gib', (0,inventory_csv/* round */.LI)(result.aggregate.total.sizeGib, 3));
    core.setOutput('estimated-monthly-cost-usd', (0,inventory_csv/* round */.LI)(result.aggregate.total.costUsd, 2));
    core.setOutput('csv-path', result.csvPath);
    core.setOutput('summary-json-path', resultJson);
    core.setOutput('artifact-id', (0,report/* artifactId */.OB)(upload));
    core.setOutput('failed-count', result.failures.length);
    core.setOutput('accounts-json', JSON.stringify(result.accounts));
    if (result.expectedAccounts !== null)
        core.setOutput('missing-accounts', JSON.stringify(result.missingAccounts));
    (0,report/* endStep */.Cs)(upload, [
        incompleteMessage(result),
        config.failOnRegionError && result.failures.length > 0
            ? `${(0,plural/* plural */.L)(result.failures.length, 'account, region or service', 'accounts, regions or services')} ${result.failures.length === 1 ? 'was' : 'were'} not read (fail-on-region-error is true): ${(0,accounts/* failureLine */.P)(result.failures[0])}`
            : null
    ]);
}


/***/ })

};
