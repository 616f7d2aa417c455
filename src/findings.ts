/**
 * The check rules: pure functions from snapshot records (and what was looked up about them) to findings.
 * Nothing here calls AWS; the check mode gathers the facts and these functions judge them.
 */
import { isCopy } from './copy-policy.js'
import { DAY_MS, HOUR_MS } from './clock.js'
import { RULE_IDS, RULE_SEVERITY, type FailOn, type RuleId, type Severity } from './rules.js'
import { parseUtcTimestamp } from './timestamp.js'
import { TAG_EXPIRES_AT, TAG_IGNORE, TAG_MANAGED, type Service, type SnapshotRecord } from './types.js'

/** One problem the check found: a rule, how bad it is, where, and one sentence with the fix. */
export interface Finding {
  rule: RuleId
  severity: Severity
  accountId: string
  region: string
  service: Service
  /** The snapshot (or recovery point) id; the volume id for stale-backup. */
  resourceId: string
  message: string
  /** With a compared check: whether the compared check did not have this finding. */
  new?: boolean
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 }

/** Whether a finding of this severity fails the step under fail-on (never: nothing does). */
export function failsStep(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn]
}

/** Orders findings: most severe first, then by rule, account, region and resource. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
    a.accountId.localeCompare(b.accountId) ||
    a.region.localeCompare(b.region) ||
    a.resourceId.localeCompare(b.resourceId)
  )
}

/** Whether a finding is silenced: by the ignore-rules input, or by the snapshot's ignore tag (rule ids, or all). */
export function isSilenced(
  rule: RuleId,
  tags: Readonly<Record<string, string>> | null,
  ignoreRules: readonly RuleId[]
): boolean {
  if (ignoreRules.includes(rule)) return true
  const tag = tags?.[TAG_IGNORE]
  if (tag === undefined) return false
  const listed = tag.split(',').map((s) => s.trim().toLowerCase())
  return listed.includes('all') || listed.includes(rule)
}

const NOUN: Readonly<Record<Service, string>> = {
  ebs: 'EBS snapshot',
  rds: 'DB snapshot',
  'rds-cluster': 'DB cluster snapshot',
  efs: 'EFS recovery point'
}

const SOURCE_NOUN: Readonly<Record<Service, string>> = {
  ebs: 'volume',
  rds: 'DB instance',
  'rds-cluster': 'DB cluster',
  efs: 'file system'
}

/** A duration in words: hours under two days, whole days beyond. */
export function duration(ms: number): string {
  if (ms < 2 * DAY_MS) {
    const hours = Math.floor(ms / HOUR_MS)
    return hours === 1 ? '1 hour' : `${hours} hours`
  }
  return `${Math.floor(ms / DAY_MS)} days`
}

function finding(
  rule: RuleId,
  r: Pick<SnapshotRecord, 'accountId' | 'region' | 'service' | 'snapshotId'>,
  message: string
): Finding {
  return {
    rule,
    severity: RULE_SEVERITY[rule],
    accountId: r.accountId,
    region: r.region,
    service: r.service,
    resourceId: r.snapshotId,
    message
  }
}

function keepHint(rule: RuleId): string {
  return `or tag it ${TAG_IGNORE}=${rule} to keep it`
}

const ENCRYPT_FIX: Readonly<Record<Service, string>> = {
  ebs: 'copy it with encryption (aws ec2 copy-snapshot --encrypted --kms-key-id KEY), delete the original and turn on EBS encryption by default',
  rds: 'copy it with a KMS key (aws rds copy-db-snapshot --kms-key-id KEY) and delete the original',
  'rds-cluster': 'copy it with a KMS key (aws rds copy-db-cluster-snapshot --kms-key-id KEY) and delete the original',
  efs: 'back the file system up to a vault with a KMS key and delete this recovery point'
}

/** unencrypted-snapshot: the snapshot is not encrypted. */
export function unencryptedFinding(r: SnapshotRecord): Finding | null {
  if (r.encrypted) return null
  return finding(
    'unencrypted-snapshot',
    r,
    `${NOUN[r.service]} ${r.snapshotId} is not encrypted; ${ENCRYPT_FIX[r.service]}.`
  )
}

/** old-snapshot: created more than maxAgeDays * 24 hours before now. */
export function oldFinding(r: SnapshotRecord, now: Date, maxAgeDays: number): Finding | null {
  const age = now.getTime() - r.createdAt.getTime()
  if (!(age > maxAgeDays * DAY_MS)) return null
  return finding(
    'old-snapshot',
    r,
    `${NOUN[r.service]} ${r.snapshotId} is ${duration(age)} old, older than max-age-days (${maxAgeDays}); delete it if nothing needs it, ${keepHint('old-snapshot')}.`
  )
}

/** A managed snapshot's expires-at tag: absent (or not managed), a date, or a value that is not a timestamp. */
export type ExpiresAtTag = { kind: 'none' } | { kind: 'date'; at: Date } | { kind: 'malformed'; raw: string }

/** Reads a managed snapshot's expires-at tag with the strict parser: only an ISO 8601 UTC timestamp is a date. */
export function readExpiresAt(r: SnapshotRecord): ExpiresAtTag {
  if (r.tags[TAG_MANAGED] !== 'true') return { kind: 'none' }
  const raw = r.tags[TAG_EXPIRES_AT]
  if (raw === undefined || raw.trim() === '') return { kind: 'none' }
  const at = parseUtcTimestamp(raw.trim())
  return at === null ? { kind: 'malformed', raw } : { kind: 'date', at }
}

/** The instant a managed snapshot's expires-at tag names, or null when it has none or it is not a timestamp. */
export function expiresAt(r: SnapshotRecord): Date | null {
  const tag = readExpiresAt(r)
  return tag.kind === 'date' ? tag.at : null
}

/** expired-snapshot: a managed snapshot whose expires-at lies in the past, so prune is not running for it. */
export function expiredFinding(r: SnapshotRecord, now: Date): Finding | null {
  const at = expiresAt(r)
  if (at === null || at.getTime() >= now.getTime()) return null
  return finding(
    'expired-snapshot',
    r,
    `Managed ${NOUN[r.service]} ${r.snapshotId} expired at ${at.toISOString()} (${duration(now.getTime() - at.getTime())} ago), so prune is not running for it; schedule mode prune (or backup-and-prune) for its volume.`
  )
}

/** How much of a malformed tag value a finding quotes. */
const QUOTED_MAX = 64

/** malformed-tag: a managed snapshot whose expires-at is not an ISO 8601 UTC timestamp; never judged as a date. */
export function malformedTagFinding(r: SnapshotRecord): Finding | null {
  const tag = readExpiresAt(r)
  if (tag.kind !== 'malformed') return null
  const chars = Array.from(tag.raw)
  const quoted = JSON.stringify(chars.length > QUOTED_MAX ? `${chars.slice(0, QUOTED_MAX).join('')}...` : tag.raw)
  return finding(
    'malformed-tag',
    r,
    `Managed ${NOUN[r.service]} ${r.snapshotId} has ${TAG_EXPIRES_AT} ${quoted}, which is not an ISO 8601 UTC timestamp (like 2026-03-16T06:00:00Z), so its expiry is unknown; correct the tag or remove it.`
  )
}

/** What exists in a region for one service: the source ids, and for EBS the snapshots that AMIs use. */
export interface SourceIndex {
  sources: ReadonlySet<string>
  amiSnapshots?: ReadonlySet<string>
}

/**
 * orphaned-snapshot: the source is gone and (EBS) no AMI uses the snapshot. Copies with no known source are not
 * orphans, nor are backup's disaster recovery copies: their source lives in the source region, and they are made to
 * outlive it (an RDS copy keeps its DB identifier, which the copy region need not have).
 */
export function orphanFinding(r: SnapshotRecord, index: SourceIndex): Finding | null {
  if (r.sourceId === null || isCopy(r) || index.sources.has(r.sourceId)) return null
  if (index.amiSnapshots?.has(r.snapshotId)) return null
  const noAmi = r.service === 'ebs' ? ' and no AMI uses it' : ''
  return finding(
    'orphaned-snapshot',
    r,
    `${NOUN[r.service]} ${r.snapshotId} was taken of ${SOURCE_NOUN[r.service]} ${r.sourceId}, which no longer exists${noAmi}; delete it if nothing needs it, ${keepHint('orphaned-snapshot')}.`
  )
}

/** Who may restore a snapshot: everyone (public) and/or these accounts. */
export interface Grants {
  public: boolean
  accounts: string[]
}

function makePrivate(r: SnapshotRecord, remove: string): string {
  if (r.service === 'ebs') {
    const what = remove === 'all' ? '--group-names all' : `--user-ids ${remove}`
    return `aws ec2 modify-snapshot-attribute --snapshot-id ${r.snapshotId} --attribute createVolumePermission --operation-type remove ${what}`
  }
  if (r.service === 'rds-cluster') {
    return `aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier ${r.snapshotId} --attribute-name restore --values-to-remove ${remove}`
  }
  return `aws rds modify-db-snapshot-attribute --db-snapshot-identifier ${r.snapshotId} --attribute-name restore --values-to-remove ${remove}`
}

/** public-snapshot and shared-snapshot: restorable by everyone, or by an account allowed-accounts does not list. */
export function grantFindings(r: SnapshotRecord, grants: Grants, allowedAccounts: readonly string[]): Finding[] {
  const out: Finding[] = []
  if (grants.public) {
    out.push(
      finding(
        'public-snapshot',
        r,
        `${NOUN[r.service]} ${r.snapshotId} can be restored by any AWS account; make it private (${makePrivate(r, 'all')}).`
      )
    )
  }
  const strangers = [...new Set(grants.accounts)]
    .filter((a) => a !== r.accountId && !allowedAccounts.includes(a))
    .sort()
  if (strangers.length > 0) {
    const list = strangers.join(' ')
    const who = strangers.length === 1 ? `account ${list}` : `accounts ${strangers.join(', ')}`
    out.push(
      finding(
        'shared-snapshot',
        r,
        `${NOUN[r.service]} ${r.snapshotId} is shared with ${who}, which allowed-accounts does not list; stop sharing (${makePrivate(r, list)}) or add ${strangers.length === 1 ? 'it' : 'them'} to allowed-accounts.`
      )
    )
  }
  return out
}

/** What the check learnt about one volume of the volume input. */
export interface VolumeBackup {
  accountId: string
  region: string
  volumeId: string
  /** Creation time of its newest completed snapshot; null when it has none. */
  newest: Date | null
  /** Whether the volume still exists; null when that could not be read. */
  exists: boolean | null
  /** The RDS kind when the source is a DB instance or cluster (its identifier is in volumeId); absent for a volume. */
  kind?: 'db-instance' | 'db-cluster'
}

/** stale-backup: a volume of the volume input whose newest completed snapshot is older than maxHours, or that has none. */
export function staleBackupFinding(v: VolumeBackup, now: Date, maxHours: number): Finding | null {
  const age = v.newest === null ? null : now.getTime() - v.newest.getTime()
  if (age !== null && !(age > maxHours * HOUR_MS)) return null
  const last =
    age === null || v.newest === null
      ? 'has no completed snapshot'
      : `was last backed up ${duration(age)} ago (${v.newest.toISOString()})`
  const noun = v.kind === undefined ? 'Volume' : v.kind === 'db-instance' ? 'DB instance' : 'DB cluster'
  const where = `${noun} ${v.volumeId} in ${v.region}`
  let message: string
  if (v.exists === false) {
    message = `${where} no longer exists and ${last}; remove it from the ${v.kind ?? 'volume'} input.`
  } else if (age === null) {
    message = `${where} ${last}; back it up (mode backup) on a schedule more often than every ${maxHours} hours.`
  } else {
    message = `${where} ${last}, longer than max-backup-age-hours (${maxHours}); check that its scheduled backup runs.`
  }
  if (v.exists === null)
    message = message.replace(/\.$/, ` (whether the ${noun.toLowerCase()} still exists could not be read).`)
  const service = v.kind === undefined ? 'ebs' : v.kind === 'db-instance' ? 'rds' : 'rds-cluster'
  return finding('stale-backup', { accountId: v.accountId, region: v.region, service, snapshotId: v.volumeId }, message)
}

/** The rules that need nothing but the record: unencrypted-snapshot, expired-snapshot, malformed-tag, old-snapshot. */
export function recordFindings(r: SnapshotRecord, ctx: { now: Date; maxAgeDays: number }): Finding[] {
  const out: Finding[] = []
  for (const f of [
    unencryptedFinding(r),
    expiredFinding(r, ctx.now),
    malformedTagFinding(r),
    oldFinding(r, ctx.now, ctx.maxAgeDays)
  ])
    if (f) out.push(f)
  return out
}
