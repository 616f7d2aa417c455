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
import { DAY_MS } from './clock.js'
import { isLockActive } from './lock-state.js'
import { isCopy, lineageKey, lineageSourceId, type RetentionCounts } from './copy-policy.js'
import { TAG_IGNORE, TAG_MANAGED } from './types.js'
import type { SnapshotRecord } from './types.js'

/** Milliseconds in one (UTC, leap-second-free) day (clock.ts's). */
export { DAY_MS }

/** The prune policy; all counts are integers >= 0 and every calendar period is UTC. */
export interface RetentionPolicy {
  /** Delete unheld candidates strictly older than this many days (age > retentionDays * 86400000 ms). */
  retentionDays: number
  /** Always keep the newest N completed candidates of each volume. */
  keepLast: number
  /** Keep the newest candidate of each of the last N UTC calendar days (today included); 0 = off. */
  keepDaily: number
  /** Keep the newest candidate of each of the last N ISO weeks (Monday-based, UTC, this week included); 0 = off. */
  keepWeekly: number
  /** Keep the newest candidate of each of the last N UTC calendar months (this month included); 0 = off. */
  keepMonthly: number
  /** Adopt snapshots carrying ALL these tags as owned; empty = only snapshots tagged managed=true. */
  pruneTags: Readonly<Record<string, string>>
  /** Limit pruning to these source volume ids; omitted = all volumes; an empty list puts every snapshot out of scope. */
  volumes?: readonly string[] | undefined
  /**
   * Limit pruning of RDS DB instance (`rds`) and Aurora cluster (`rds-cluster`) snapshots to these sources. When
   * `volumes` or any of these is given, the run is limited: a service without a list is out of scope entirely.
   */
  sources?:
    { readonly rds?: readonly string[] | undefined; readonly 'rds-cluster'?: readonly string[] | undefined } | undefined
  /**
   * The counts that apply to disaster recovery copies (snapshots tagged `snapshot-hygiene:copy-of`), whose lineage
   * is their source resource in the copy region; omitted = the same counts as the originals.
   */
  copies?: RetentionCounts | undefined
}

/** What the run adds to the policy: the snapshots it created itself, which it must not delete. */
export interface PlanContext {
  /** Ids of snapshots this run created (or copied); each is held by {@link RULE.createdThisRun}. */
  createdIds?: ReadonlySet<string> | undefined
}

/** What the planner decided for one snapshot. */
export type RetentionAction = 'delete' | 'keep' | 'skip' | 'ignore'

/** One snapshot's decision, with the rule that made it and why. */
export interface Decision {
  snapshot: SnapshotRecord
  action: RetentionAction
  rule: string
  reason: string
}

/** The full plan: one decision per input snapshot in a deterministic order, plus conveniences. */
export interface RetentionPlan {
  decisions: Decision[]
  toDelete: SnapshotRecord[]
  counts: Record<RetentionAction, number>
}

/** The rule names a decision can carry (keep rules are joined with ", " when several hold a snapshot). */
export const RULE = {
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
} as const

/**
 * Snapshots made together (an instance's volumes in one CreateSnapshots call) share this tag's value: a group that
 * the planner keeps or deletes as one.
 */
export const TAG_SNAPSHOT_SET = 'snapshot-hygiene:snapshot-set'

const AWS_BACKUP_TAG_PREFIX = 'aws:backup:'

/**
 * True when the snapshot belongs to the action: an EBS snapshot, or a manual RDS or Aurora snapshot whose ARN (when
 * known) is the record's account, tagged managed=true or matching the non-empty pruneTags.
 */
export function isOwned(record: SnapshotRecord, pruneTags: Readonly<Record<string, string>>): boolean {
  if (record.service === 'rds' || record.service === 'rds-cluster') {
    if (record.snapshotType !== 'manual') return false
    if (record.arn !== null && record.arn.split(':')[4] !== record.accountId) return false
  } else if (record.service !== 'ebs') return false
  if (record.tags[TAG_MANAGED] === 'true') return true
  const filter = Object.entries(pruneTags)
  return filter.length > 0 && filter.every(([key, value]) => record.tags[key] === value)
}

/** True when AWS Backup made or manages the snapshot (its type, or any `aws:backup:` tag). */
export function isAwsBackup(record: SnapshotRecord): boolean {
  return (
    record.snapshotType === 'aws-backup' || Object.keys(record.tags).some((k) => k.startsWith(AWS_BACKUP_TAG_PREFIX))
  )
}

/** Plan which snapshots to delete under the policy at time `now`; pure, and the same for dry runs and real runs. */
export function planRetention(
  snapshots: readonly SnapshotRecord[],
  policy: RetentionPolicy,
  now: Date,
  context: PlanContext = {}
): RetentionPlan {
  validatePolicy(policy, now)
  const created = context.createdIds ?? new Set<string>()
  const decided: Decision[] = []
  const candidates: SnapshotRecord[] = []
  for (const snapshot of snapshots) {
    const early = screen(snapshot, policy, now)
    if (early) decided.push(early)
    else candidates.push(snapshot)
  }
  for (const group of groupByLineage(candidates)) {
    const counts = group[0] !== undefined && isCopy(group[0]) ? (policy.copies ?? policy) : policy
    decided.push(...decideGroup(group, counts, now, created))
  }
  return summarize(keepSetsWhole(decided).sort((a, b) => compareSnapshots(a.snapshot, b.snapshot)))
}

/**
 * Keeps groups whole: when any snapshot of a group (same account, region and {@link TAG_SNAPSHOT_SET} value) is kept,
 * a member that the lineage rules would delete is kept too, so that a set is never left half-deleted. Skipped and
 * ignored members (out of scope, locked, not managed) hold nothing: they were never going to be deleted anyway.
 */
function keepSetsWhole(decided: Decision[]): Decision[] {
  const setKey = (d: Decision): string | null => {
    const value = d.snapshot.tags[TAG_SNAPSHOT_SET]
    return value === undefined || value === '' ? null : JSON.stringify([d.snapshot.accountId, d.snapshot.region, value])
  }
  const keepers = new Map<string, Decision>()
  for (const d of decided) {
    const key = setKey(d)
    if (key === null || d.action !== 'keep') continue
    const seen = keepers.get(key)
    if (seen === undefined || compareSnapshots(d.snapshot, seen.snapshot) < 0) keepers.set(key, d)
  }
  if (keepers.size === 0) return decided
  return decided.map((d) => {
    const key = setKey(d)
    const keeper = key === null ? undefined : keepers.get(key)
    if (d.action !== 'delete' || keeper === undefined) return d
    const set = d.snapshot.tags[TAG_SNAPSHOT_SET] ?? ''
    return decision(
      d.snapshot,
      'keep',
      RULE.snapshotSet,
      `held with its snapshot set ${set}: ${keeper.snapshot.snapshotId} of the set is kept (${keeper.rule})`
    )
  })
}

function validatePolicy(policy: RetentionPolicy, now: Date): void {
  const counts = ['retentionDays', 'keepLast', 'keepDaily', 'keepWeekly', 'keepMonthly'] as const
  for (const [prefix, set] of [['', policy] as const, ['copies.', policy.copies] as const]) {
    if (set === undefined) continue
    for (const key of counts) {
      const value = set[key]
      if (!Number.isSafeInteger(value) || value < 0)
        throw new RangeError(`${prefix}${key} must be an integer >= 0, got ${String(value)}`)
    }
  }
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date')
}

/** Decisions that do not depend on the other snapshots; undefined means "candidate for the keep rules". */
function screen(s: SnapshotRecord, policy: RetentionPolicy, now: Date): Decision | undefined {
  if (!isOwned(s, policy.pruneTags)) return decision(s, 'ignore', RULE.notManaged, 'not managed by snapshot-hygiene')
  if (isAwsBackup(s)) return decision(s, 'skip', RULE.awsBackup, 'managed by AWS Backup')
  const ignoreTag = s.tags[TAG_IGNORE]
  if (ignoreTag !== undefined && ignoreTag !== 'false') {
    return decision(s, 'skip', RULE.ignoreTag, `tagged ${TAG_IGNORE}=${ignoreTag}`)
  }
  const outOfScope = scopeProblem(s, policy)
  if (outOfScope !== null) return decision(s, 'skip', RULE.outOfScope, outOfScope)
  return lockedDecision(s, now) ?? screenState(s, now)
}

/** A snapshot whose EBS snapshot lock still holds at now cannot be deleted: skip it until the lock ends. */
function lockedDecision(s: SnapshotRecord, now: Date): Decision | undefined {
  if (s.lockState === undefined) return undefined
  const lock = { lockState: s.lockState, lockExpiresAt: s.lockExpiresAt ?? null }
  if (!isLockActive(lock, now)) return undefined
  const until = lock.lockExpiresAt === null ? 'an end AWS did not give' : lock.lockExpiresAt.toISOString()
  return decision(s, 'skip', RULE.locked, `locked (${s.lockState}) until ${until}; deletable once the lock expires`)
}

/** Why a snapshot is outside the sources the policy limits pruning to, or null when it is inside. */
function scopeProblem(s: SnapshotRecord, policy: RetentionPolicy): string | null {
  const sources = policy.sources ?? {}
  const limited = policy.volumes !== undefined || Object.values(sources).some((l) => l !== undefined)
  if (!limited) return null
  // A copy is in scope through the source its tags name (its own VolumeId is vol-ffffffff).
  const sourceId = isCopy(s) ? lineageSourceId(s) : s.sourceId
  if (s.service === 'ebs') {
    if (policy.volumes !== undefined && sourceId !== null && policy.volumes.includes(sourceId)) return null
    return `volume ${sourceId ?? '(none)'} is not in the volumes filter`
  }
  const list = s.service === 'rds' || s.service === 'rds-cluster' ? sources[s.service] : undefined
  if (list !== undefined && sourceId !== null && list.includes(sourceId)) return null
  const noun = s.service === 'rds-cluster' ? 'DB cluster' : 'DB instance'
  const input = s.service === 'rds-cluster' ? 'db-cluster' : 'db-instance'
  return `${noun} ${sourceId ?? '(none)'} is not in the ${input} filter`
}

function screenState(s: SnapshotRecord, now: Date): Decision | undefined {
  const done = s.service === 'ebs' ? 'completed' : 'available'
  if (s.state === 'pending' || (s.service !== 'ebs' && s.state === 'creating'))
    return decision(s, 'keep', RULE.pending, `state ${s.state}: not ${done} yet`)
  if (s.state !== done) return decision(s, 'keep', RULE.notCompleted, `state ${s.state}: not ${done}`)
  const created = s.createdAt.getTime()
  if (Number.isNaN(created)) return decision(s, 'keep', RULE.invalidCreatedAt, 'creation time is not a valid date')
  if (created > now.getTime()) {
    return decision(
      s,
      'keep',
      RULE.futureCreatedAt,
      `created ${s.createdAt.toISOString()}, after now ${now.toISOString()} (clock skew)`
    )
  }
  return undefined
}

/**
 * Groups candidates per lineage: account, region, service and source (so that a DB named like a volume id never
 * shares a lineage with the volume); a managed copy's lineage is the source its tags name, apart from the
 * originals ({@link lineageKey}). A snapshot without a real source (null, or the copy marker vol-ffffffff on a
 * copy the action did not make) is its own lineage, because unrelated copies share that marker and pooling them
 * would let one volume's copies use up another's keep-last slots.
 */
function groupByLineage(candidates: readonly SnapshotRecord[]): SnapshotRecord[][] {
  const groups = new Map<string, SnapshotRecord[]>()
  const loners: SnapshotRecord[][] = []
  for (const s of candidates) {
    const key = lineageKey(s)
    if (key === null) {
      loners.push([s])
      continue
    }
    const group = groups.get(key)
    if (group) group.push(s)
    else groups.set(key, [s])
  }
  return [...groups.values(), ...loners]
}

function decideGroup(
  group: readonly SnapshotRecord[],
  policy: RetentionCounts,
  now: Date,
  created: ReadonlySet<string>
): Decision[] {
  const newestFirst = [...group].sort((a, b) => compareNewestFirst(a, b, created))
  const holds = keepHolds(newestFirst, policy, now, created)
  return newestFirst.map((s) => {
    const held = holds.get(s)
    if (held)
      return decision(s, 'keep', held.map((h) => h.rule).join(', '), `held by ${held.map((h) => h.detail).join(', ')}`)
    return retentionDecision(s, policy.retentionDays, now)
  })
}

interface Hold {
  rule: string
  detail: string
}

/** Which keep rules hold which snapshot of one lineage (given newest first). */
function keepHolds(
  newestFirst: readonly SnapshotRecord[],
  policy: RetentionCounts,
  now: Date,
  created: ReadonlySet<string>
): Map<SnapshotRecord, Hold[]> {
  const holds = new Map<SnapshotRecord, Hold[]>()
  const add = (s: SnapshotRecord, rule: string, detail: string): void => {
    holds.set(s, [...(holds.get(s) ?? []), { rule, detail }])
  }
  for (const s of newestFirst)
    if (created.has(s.snapshotId)) add(s, RULE.createdThisRun, `${RULE.createdThisRun} (this run made it)`)
  newestFirst.slice(0, policy.keepLast).forEach((s, i) => {
    add(s, RULE.keepLast, `${RULE.keepLast} ${i + 1} of ${policy.keepLast}`)
  })
  for (const period of PERIODS) {
    const count = policy[period.policyKey]
    if (count === 0) continue
    const current = period.index(now)
    const seen = new Set<number>()
    for (const s of newestFirst) {
      const index = period.index(s.createdAt)
      if (current - index >= count || seen.has(index)) continue
      seen.add(index)
      add(s, period.rule, `${period.rule} ${period.label(s.createdAt)}`)
    }
  }
  return holds
}

function retentionDecision(s: SnapshotRecord, retentionDays: number, now: Date): Decision {
  const ageMs = now.getTime() - s.createdAt.getTime()
  const days = Math.floor(ageMs / DAY_MS)
  if (ageMs > retentionDays * DAY_MS) {
    const age = days > retentionDays ? plural(days, 'day') : `more than ${plural(retentionDays, 'day')}`
    return decision(s, 'delete', RULE.retention, `expired: ${age} old, retention ${plural(retentionDays, 'day')}`)
  }
  return decision(s, 'keep', RULE.retention, `${plural(days, 'day')} old, within ${retentionDays}-day retention`)
}

interface Period {
  rule: string
  policyKey: 'keepDaily' | 'keepWeekly' | 'keepMonthly'
  /** A consecutive integer per period, so that "the last N periods" is `current - index < N`. */
  index: (d: Date) => number
  label: (d: Date) => string
}

/** Days since the epoch, UTC. */
export function utcDayIndex(d: Date): number {
  return Math.floor(d.getTime() / DAY_MS)
}

/** ISO weeks (Monday-based, UTC) since the week of the epoch; 1970-01-01 was a Thursday. */
export function isoWeekIndex(d: Date): number {
  return Math.floor((utcDayIndex(d) + 3) / 7)
}

/** The ISO week label of a date, UTC, e.g. 2026-W01 for Sunday 2026-01-04 and 2025-W01 for 2024-12-30. */
export function isoWeekLabel(d: Date): string {
  const thursday = new Date(isoWeekIndex(d) * 7 * DAY_MS)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((utcDayIndex(thursday) - utcDayIndex(new Date(Date.UTC(year, 0, 1)))) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

const PERIODS: readonly Period[] = [
  { rule: RULE.keepDaily, policyKey: 'keepDaily', index: utcDayIndex, label: (d) => d.toISOString().slice(0, 10) },
  { rule: RULE.keepWeekly, policyKey: 'keepWeekly', index: isoWeekIndex, label: isoWeekLabel },
  {
    rule: RULE.keepMonthly,
    policyKey: 'keepMonthly',
    index: (d) => d.getUTCFullYear() * 12 + d.getUTCMonth(),
    label: (d) => d.toISOString().slice(0, 7)
  }
]

function decision(snapshot: SnapshotRecord, action: RetentionAction, rule: string, reason: string): Decision {
  return { snapshot, action, rule, reason }
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

function summarize(decisions: Decision[]): RetentionPlan {
  const counts: Record<RetentionAction, number> = { delete: 0, keep: 0, skip: 0, ignore: 0 }
  for (const d of decisions) counts[d.action] += 1
  const toDelete = decisions.filter((d) => d.action === 'delete').map((d) => d.snapshot)
  return { decisions, toDelete, counts }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Newest first; at the same creation time (EC2 reports whole seconds) a snapshot this run created comes first,
 * since nothing listed before it can be newer; then by id, for a deterministic keep-rule order.
 */
function compareNewestFirst(a: SnapshotRecord, b: SnapshotRecord, created: ReadonlySet<string>): number {
  return (
    b.createdAt.getTime() - a.createdAt.getTime() ||
    Number(created.has(b.snapshotId)) - Number(created.has(a.snapshotId)) ||
    compareText(a.snapshotId, b.snapshotId)
  )
}

/** Plan order: region, volume (snapshots without a source last), newest first, id, then account and service. */
function compareSnapshots(a: SnapshotRecord, b: SnapshotRecord): number {
  return (
    compareText(a.region, b.region) ||
    compareVolume(a.sourceId, b.sourceId) ||
    compareCreatedDesc(a.createdAt, b.createdAt) ||
    compareText(a.snapshotId, b.snapshotId) ||
    compareText(a.accountId, b.accountId) ||
    compareText(a.service, b.service)
  )
}

function compareVolume(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return compareText(a, b)
}

/** Newest first; invalid dates last. */
function compareCreatedDesc(a: Date, b: Date): number {
  const ta = a.getTime()
  const tb = b.getTime()
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number(Number.isNaN(ta)) - Number(Number.isNaN(tb))
  return tb - ta
}
