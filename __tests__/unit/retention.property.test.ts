import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY_MS, planRetention } from '../../src/retention.js'
import type { RetentionPlan, RetentionPolicy } from '../../src/retention.js'
import { COPY_VOLUME_ID, TAG_IGNORE, TAG_MANAGED } from '../../src/types.js'
import type { SnapshotRecord } from '../../src/types.js'

const NUM_RUNS = 400
const LEGACY = { 'created-by': 'old-tool', team: 'storage' }
const VOLUMES = ['vol-a', 'vol-b', 'vol-c', null, COPY_VOLUME_ID] as const
/** Every kind's sources share names on purpose: a DB named like a volume must not share its lineage. */
const DBS = ['vol-a', 'db-a', 'db-b'] as const
const KIND_SERVICES = ['ebs', 'rds', 'rds-cluster'] as const

const nowArb = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) })

/** Age offsets: anywhere in ~3 years (some in the future), plus exact day multiples +-1 ms to hit the boundaries. */
const offsetArb = fc.oneof(
  fc.integer({ min: -2 * DAY_MS, max: 3 * 365 * DAY_MS }),
  fc.tuple(fc.integer({ min: 0, max: 70 }), fc.constantFrom(-1, 0, 1)).map(([d, ms]) => d * DAY_MS + ms)
)

const tagsArb = fc
  .record({
    managed: fc.constantFrom<string | undefined>('true', 'true', 'true', 'false', 'True', undefined),
    legacy: fc.constantFrom<Record<string, string>>(
      {},
      LEGACY,
      { 'created-by': 'old-tool' },
      { ...LEGACY, team: 'other' }
    ),
    backup: fc.boolean().map((b) => (b ? { 'aws:backup:source-resource': 'arn:aws:ec2:x' } : {})),
    ignore: fc.constantFrom<Record<string, string>>({}, {}, {}, { [TAG_IGNORE]: 'true' }, { [TAG_IGNORE]: 'false' }),
    other: fc.dictionary(fc.constantFrom('Name', 'env', 'owner'), fc.constantFrom('x', 'prod', 'true'), { maxKeys: 2 })
  })
  .map(({ managed, legacy, backup, ignore, other }) => ({
    ...other,
    ...legacy,
    ...backup,
    ...ignore,
    ...(managed === undefined ? {} : { [TAG_MANAGED]: managed })
  }))

const snapshotSpecArb = fc.record({
  accountId: fc.constantFrom('111111111111', '222222222222'),
  region: fc.constantFrom('eu-west-1', 'us-east-1'),
  service: fc.constantFrom<SnapshotRecord['service']>(
    'ebs',
    'ebs',
    'ebs',
    'rds',
    'rds',
    'rds-cluster',
    'rds-cluster',
    'efs'
  ),
  snapshotType: fc.constantFrom<SnapshotRecord['snapshotType']>('manual', 'manual', 'automated', 'aws-backup'),
  sourceId: fc.constantFrom(...VOLUMES, ...DBS),
  state: fc.constantFrom('completed', 'completed', 'available', 'available', 'pending', 'creating', 'error', 'failed'),
  /** RDS snapshots carry an ARN; a shared one names another account. */
  arnAccount: fc.constantFrom<'own' | 'other' | 'none'>('own', 'own', 'own', 'other', 'none'),
  offset: offsetArb,
  tags: tagsArb
})

const policyArb: fc.Arbitrary<RetentionPolicy> = fc.record({
  retentionDays: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 1200 })),
  keepLast: fc.integer({ min: 0, max: 4 }),
  keepDaily: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 14 })),
  keepWeekly: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 })),
  keepMonthly: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 24 })),
  pruneTags: fc.constantFrom<Record<string, string>>({}, {}, LEGACY, { 'created-by': 'old-tool' }),
  volumes: fc.option(fc.subarray(['vol-a', 'vol-b', 'vol-c', COPY_VOLUME_ID]), { nil: undefined }),
  sources: fc.option(
    fc.record({
      rds: fc.option(fc.subarray([...DBS]), { nil: undefined }),
      'rds-cluster': fc.option(fc.subarray([...DBS]), { nil: undefined })
    }),
    { nil: undefined }
  )
})

interface Scenario {
  now: Date
  snapshots: SnapshotRecord[]
  policy: RetentionPolicy
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({ now: nowArb, specs: fc.array(snapshotSpecArb, { maxLength: 40 }), policy: policyArb })
  .map(({ now, specs, policy }) => ({
    now: new Date(now),
    policy,
    snapshots: specs.map((s, i) => ({
      accountId: s.accountId,
      region: s.region,
      service: s.service,
      snapshotId: `snap-${String(i).padStart(3, '0')}`,
      arn:
        s.service === 'ebs' || s.arnAccount === 'none'
          ? null
          : `arn:aws:rds:${s.region}:${s.arnAccount === 'own' ? s.accountId : '999999999999'}:snapshot:snap-${i}`,
      snapshotType: s.snapshotType,
      sourceId: s.sourceId,
      state: s.state,
      createdAt: new Date(now - s.offset),
      sizeGib: 8,
      encrypted: true,
      kmsKeyId: null,
      storageTier: 'standard',
      tags: s.tags
    }))
  }))

/** Independent oracle for ownership (deliberately not the module's isOwned). */
function ownedByOracle(s: SnapshotRecord, pruneTags: Record<string, string>): boolean {
  if (!(KIND_SERVICES as readonly string[]).includes(s.service)) return false
  if (s.service !== 'ebs' && (s.snapshotType !== 'manual' || (s.arn !== null && !s.arn.includes(`:${s.accountId}:`))))
    return false
  if (s.tags[TAG_MANAGED] === 'true') return true
  const keys = Object.keys(pruneTags)
  return keys.length > 0 && keys.every((k) => s.tags[k] === pruneTags[k])
}

function fromAwsBackup(s: SnapshotRecord): boolean {
  return s.snapshotType === 'aws-backup' || Object.keys(s.tags).some((k) => k.startsWith('aws:backup:'))
}

/** The state in which a snapshot of the service is done: EBS completed, RDS and Aurora available. */
function doneState(s: SnapshotRecord): string {
  return s.service === 'ebs' ? 'completed' : 'available'
}

/** Whether the policy's source filters leave the snapshot in scope. */
function inScope(s: SnapshotRecord, policy: RetentionPolicy): boolean {
  const sources = policy.sources ?? {}
  const limited = policy.volumes !== undefined || sources.rds !== undefined || sources['rds-cluster'] !== undefined
  if (!limited) return true
  const list = s.service === 'ebs' ? policy.volumes : s.service === 'efs' ? undefined : sources[s.service]
  return list !== undefined && s.sourceId !== null && list.includes(s.sourceId)
}

function lineage(s: SnapshotRecord): string {
  return s.sourceId === null || (s.service === 'ebs' && s.sourceId === COPY_VOLUME_ID)
    ? `alone:${s.snapshotId}`
    : `${s.accountId}/${s.region}/${s.service}/${s.sourceId}`
}

function deletedIds(plan: RetentionPlan): Set<string> {
  return new Set(plan.toDelete.map((s) => s.snapshotId))
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let x = seed || 1
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648
    const j = x % (i + 1)
    const a = out[i] as T
    out[i] = out[j] as T
    out[j] = a
  }
  return out
}

describe('planRetention properties', () => {
  it('(1) deletes only owned, done, non-AWS-Backup, in-scope snapshots strictly older than retention', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, snapshots, policy }) => {
        for (const s of planRetention(snapshots, policy, now).toDelete) {
          expect(ownedByOracle(s, policy.pruneTags)).toBe(true)
          expect(s.state).toBe(doneState(s))
          expect(fromAwsBackup(s)).toBe(false)
          expect(s.tags[TAG_IGNORE] === undefined || s.tags[TAG_IGNORE] === 'false').toBe(true)
          expect(inScope(s, policy)).toBe(true)
          expect(now.getTime() - s.createdAt.getTime()).toBeGreaterThan(policy.retentionDays * DAY_MS)
        }
      }),
      { numRuns: NUM_RUNS }
    )
  })

  it('(2) keeps at least min(keepLast, count) completed owned snapshots of each volume, and the newest ones', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, snapshots, policy }) => {
        const deleted = deletedIds(planRetention(snapshots, policy, now))
        const groups = new Map<string, SnapshotRecord[]>()
        for (const s of snapshots) {
          if (!ownedByOracle(s, policy.pruneTags) || s.state !== doneState(s)) continue
          groups.set(lineage(s), [...(groups.get(lineage(s)) ?? []), s])
        }
        for (const group of groups.values()) {
          const survivors = group.filter((s) => !deleted.has(s.snapshotId))
          expect(survivors.length).toBeGreaterThanOrEqual(Math.min(policy.keepLast, group.length))
          const newest = [...group]
            .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
            .slice(0, policy.keepLast)
          for (const s of newest) expect(deleted.has(s.snapshotId)).toBe(false)
        }
      }),
      { numRuns: NUM_RUNS }
    )
  })

  it('(3) is deterministic: the dry-run plan equals the real plan, whatever the input order', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 2 ** 30 }), ({ now, snapshots, policy }, seed) => {
        const dryRun = planRetention(snapshots, policy, now)
        const real = planRetention(snapshots, policy, now)
        expect(real).toEqual(dryRun)
        expect(planRetention(shuffle(snapshots, seed), policy, now)).toEqual(dryRun)
        expect(planRetention([...snapshots].reverse(), policy, now)).toEqual(dryRun)
      }),
      { numRuns: NUM_RUNS }
    )
  })

  it('(4) gives every snapshot exactly one decision, with consistent counts and toDelete', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, snapshots, policy }) => {
        const plan = planRetention(snapshots, policy, now)
        expect(plan.decisions).toHaveLength(snapshots.length)
        for (const s of snapshots) expect(plan.decisions.filter((d) => d.snapshot === s)).toHaveLength(1)
        const { delete: del, keep, skip, ignore } = plan.counts
        expect(del + keep + skip + ignore).toBe(snapshots.length)
        expect(plan.toDelete).toEqual(plan.decisions.filter((d) => d.action === 'delete').map((d) => d.snapshot))
        for (const d of plan.decisions) {
          expect(d.rule).not.toBe('')
          expect(d.reason).not.toBe('')
          if (!ownedByOracle(d.snapshot, policy.pruneTags)) expect(d.action).toBe('ignore')
        }
      }),
      { numRuns: NUM_RUNS }
    )
  })

  it('never deletes a snapshot of createdIds, and otherwise deletes exactly what it would without them', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 2 ** 30 }), ({ now, snapshots, policy }, seed) => {
        const created = new Set(
          shuffle(snapshots, seed)
            .slice(0, Math.ceil(snapshots.length / 3))
            .map((s) => s.snapshotId)
        )
        const withCreated = deletedIds(planRetention(snapshots, policy, now, { createdIds: created }))
        const without = deletedIds(planRetention(snapshots, policy, now))
        for (const id of created) expect(withCreated.has(id)).toBe(false)
        expect([...withCreated].sort()).toEqual([...without].filter((id) => !created.has(id)).sort())
      }),
      { numRuns: NUM_RUNS }
    )
  })

  it('never deletes more when retention grows or keep rules are added', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.record({
          retentionDays: fc.integer({ min: 0, max: 30 }),
          keepLast: fc.integer({ min: 0, max: 3 }),
          keepDaily: fc.integer({ min: 0, max: 7 }),
          keepWeekly: fc.integer({ min: 0, max: 5 }),
          keepMonthly: fc.integer({ min: 0, max: 12 })
        }),
        ({ now, snapshots, policy }, more) => {
          const looser: RetentionPolicy = {
            ...policy,
            retentionDays: policy.retentionDays + more.retentionDays,
            keepLast: policy.keepLast + more.keepLast,
            keepDaily: policy.keepDaily + more.keepDaily,
            keepWeekly: policy.keepWeekly + more.keepWeekly,
            keepMonthly: policy.keepMonthly + more.keepMonthly
          }
          const strict = deletedIds(planRetention(snapshots, policy, now))
          for (const id of deletedIds(planRetention(snapshots, looser, now))) expect(strict.has(id)).toBe(true)
        }
      ),
      { numRuns: NUM_RUNS }
    )
  })

  it('keeps the newest candidate of every UTC day inside the keep-daily window', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, snapshots, policy }) => {
        const plan = planRetention(snapshots, policy, now)
        const deleted = deletedIds(plan)
        const today = Math.floor(now.getTime() / DAY_MS)
        const newestPerDay = new Map<string, SnapshotRecord>()
        for (const d of plan.decisions) {
          if (d.action !== 'keep' && d.action !== 'delete') continue
          if (!['keep-last', 'keep-daily', 'keep-weekly', 'keep-monthly', 'retention'].some((r) => d.rule.includes(r)))
            continue
          const s = d.snapshot
          const day = Math.floor(s.createdAt.getTime() / DAY_MS)
          if (today - day >= policy.keepDaily) continue
          const key = `${lineage(s)}|${day}`
          const best = newestPerDay.get(key)
          if (!best || s.createdAt.getTime() > best.createdAt.getTime()) newestPerDay.set(key, s)
        }
        for (const s of newestPerDay.values()) expect(deleted.has(s.snapshotId)).toBe(false)
      }),
      { numRuns: NUM_RUNS }
    )
  })
})
