import { describe, expect, it } from 'vitest'
import type { Snapshot } from '@aws-sdk/client-ec2'
import { earlyArchiveDeleteWarning, planArchive } from '../../src/archive-plan.js'
import { guardArchivedDeletes, markArchive } from '../../src/prune-archive.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { planRetention, type RetentionPolicy } from '../../src/retention.js'
import type { PruneDecision } from '../../src/modes/prune.js'
import { getConfig, InputError } from '../../src/inputs.js'
import { runnerInputs } from '../helpers/action-defaults.js'

const ACCOUNT = '111122223333'
const NOW = new Date('2026-06-01T00:00:00Z')
const DAY = 86_400_000
const GIB = 1024 ** 3

/** A managed EBS snapshot as DescribeSnapshots returns it, read by the real lister. */
function record(id: string, daysOld: number, extra: Partial<Snapshot> = {}) {
  return ebsRecord(
    {
      SnapshotId: id,
      VolumeId: 'vol-1',
      State: 'completed',
      StartTime: new Date(NOW.getTime() - daysOld * DAY),
      VolumeSize: 100,
      OwnerId: ACCOUNT,
      StorageTier: 'standard',
      Tags: [{ Key: 'snapshot-hygiene:managed', Value: 'true' }],
      ...extra
    },
    ACCOUNT,
    'us-east-1'
  )
}

function policy(over: Partial<RetentionPolicy> = {}): RetentionPolicy {
  return { retentionDays: 400, keepLast: 1, keepDaily: 0, keepWeekly: 0, keepMonthly: 0, pruneTags: {}, ...over }
}

function verdicts(records: ReturnType<typeof record>[], p = policy(), archiveAfterDays = 30) {
  const plan = planRetention(records, p, NOW)
  const out = planArchive(plan.decisions, { archiveAfterDays, retentionDays: p.retentionDays }, NOW)
  return Object.fromEntries([...out].map(([id, v]) => [id, v.archive]))
}

describe('the archive planner', () => {
  it('without full sizes (the volume-size bound at both ends) archives every old enough snapshot but the newest', () => {
    const records = [record('s-new', 1), record('s-40', 40), record('s-100', 100), record('s-10', 10)]
    // s-10 is younger than archive-after-days; s-new holds keep-last.
    expect(verdicts(records)).toEqual({ 's-40': true, 's-100': true })
  })

  it('with full sizes archives only the snapshot whose blocks cannot all be shared (the low end of its unique blocks)', () => {
    const full = (gib: number): Partial<Snapshot> => ({ FullSnapshotSizeInBytes: gib * GIB })
    const records = [record('s-new', 1, full(50)), record('s-60', 60, full(80)), record('s-90', 90, full(40))]
    // The lineage's low bound is its largest full size (80, s-60's): without s-60 it drops to 50, so s-60 has at
    // least 30 GiB of its own (30 * 0.05 = 1.5 > 80 * 0.0125 = 1.0 a month); s-90 may share all its blocks.
    expect(verdicts(records)).toEqual({ 's-60': true, 's-90': false })
    const plan = planRetention(records, policy(), NOW)
    const v = planArchive(plan.decisions, { archiveAfterDays: 30, retentionDays: 400 }, NOW).get('s-90')
    expect(v?.reason).toBe(
      'not archived, it would not pay: $5.09 archived (40 GiB full size at $0.0125/GB-month, 90-day minimum) vs $0.00 in standard at the low end (0 GiB of unique blocks, full-size bound) over the 310 days retention keeps it'
    )
  })

  it('needs retention to keep the snapshot at least 90 more days; keep-rule holds past retention do not count', () => {
    const records = [record('s-new', 1), record('s-309', 309), record('s-311', 311), record('s-500', 500)]
    const p = policy({ keepMonthly: 24 })
    // s-309 has 91 days left, s-311 has 89; s-500 is past retention, held only by keep-monthly.
    expect(verdicts(records, p)).toEqual({ 's-309': true })
  })

  it('leaves out archived, restored and pending snapshots, and those the run created', () => {
    const records = [
      record('s-new', 1),
      record('s-arch', 50, { StorageTier: 'archive' }),
      record('s-rest', 50, { RestoreExpiryTime: new Date(NOW.getTime() + DAY) }),
      record('s-pend', 50, { State: 'pending' }),
      record('s-ok', 50)
    ]
    expect(verdicts(records)).toEqual({ 's-ok': true })
  })

  it('takes a snapshot exactly archive-after-days old, and one retention keeps exactly 90 more days', () => {
    const records = [record('s-new', 1), record('s-30', 30), record('s-310', 310), record('s-29', 29.9)]
    // s-310 has 400 - 310 = 90 days left: the archive minimum, so archiving it costs nothing extra.
    expect(verdicts(records)).toEqual({ 's-30': true, 's-310': true })
  })

  it('prices unique blocks in the lineage that stays in standard: deleted and archived snapshots do not share them', () => {
    const full = (gib: number): Partial<Snapshot> => ({ FullSnapshotSizeInBytes: gib * GIB })
    const records = [
      record('s-new', 1, full(50)),
      record('s-60', 60, full(80)),
      // Past retention (deleted by this plan) and already archived: neither holds blocks in standard.
      record('s-old', 500, full(200)),
      record('s-arch', 70, { ...full(200), StorageTier: 'archive' }),
      // Another volume's snapshots are another lineage.
      record('s-other-new', 1, { ...full(300), VolumeId: 'vol-2' }),
      record('s-other', 90, { ...full(300), VolumeId: 'vol-2' })
    ]
    expect(verdicts(records)).toEqual({ 's-60': true, 's-other': false })
  })

  it('archive-after-days 0 takes snapshots of any age; 1 waits a day', () => {
    const records = [record('s-new', 0), record('s-half', 0.5)]
    expect(verdicts(records, policy(), 0)).toEqual({ 's-half': true })
    expect(verdicts(records, policy(), 1)).toEqual({})
  })
})

describe('the guards on deleting archived snapshots', () => {
  function decisions(records: ReturnType<typeof record>[], p: RetentionPolicy) {
    const plan = planRetention(records, p, NOW)
    const out: PruneDecision[] = plan.decisions.map((d) => ({
      accountId: ACCOUNT,
      region: 'us-east-1',
      snapshotId: d.snapshot.snapshotId,
      volumeId: 'vol-1',
      createdAt: d.snapshot.createdAt.toISOString(),
      ageDays: 0,
      sizeGib: 100,
      costUsd: 0,
      managed: true,
      outcome: d.action === 'delete' ? 'would-delete' : 'kept',
      rule: d.rule,
      reason: d.reason
    }))
    return { plan, out }
  }

  it('never deletes a snapshot restored from the archive, and warns before deleting one within its 90-day minimum', () => {
    const restoreUntil = new Date(NOW.getTime() + 2 * DAY)
    const records = [
      record('s-new', 1),
      record('s-rest', 40, { StorageTier: 'standard', RestoreExpiryTime: restoreUntil }),
      record('s-arch', 40, { StorageTier: 'archive' }),
      record('s-old', 120, { StorageTier: 'archive' })
    ]
    const { plan, out } = decisions(records, policy({ retentionDays: 30 }))
    const warnings: string[] = []
    guardArchivedDeletes(plan.decisions, out, NOW, false, warnings)
    expect(out.map((d) => [d.snapshotId, d.outcome, d.rule])).toEqual([
      ['s-new', 'kept', 'keep-last'],
      ['s-arch', 'would-delete', 'retention'],
      ['s-rest', 'skipped', 'restored'],
      ['s-old', 'would-delete', 'retention']
    ])
    expect(out[2]?.reason).toBe(
      'expired: 40 days old, retention 30 days; not deleted: restored from the archive tier until 2026-06-03T00:00:00.000Z (RestoreExpiryTime); decided again once the restore ends'
    )
    expect(warnings).toEqual([
      'Deleting archived snapshot s-arch (us-east-1, account 111122223333) within its 90-day archive minimum: it is 40 days old, so AWS still bills at least the 50 days left, about $2.05'
    ])
    expect(earlyArchiveDeleteWarning(records[3] ?? record('x', 0), NOW, false)).toBeNull()
  })

  it('marks the archived decisions with both costs, and notes on the others why they stay in standard', () => {
    const full = (gib: number): Partial<Snapshot> => ({ FullSnapshotSizeInBytes: gib * GIB })
    const records = [record('s-new', 1, full(50)), record('s-60', 60, full(80)), record('s-90', 90, full(40))]
    const { plan, out } = decisions(records, policy())
    const marked = markArchive(plan.decisions, out, { archiveAfterDays: 30, retentionDays: 400 }, NOW)
    expect(marked.map((d) => d.snapshotId)).toEqual(['s-60'])
    expect(out.map((d) => [d.snapshotId, d.outcome, d.rule])).toEqual([
      ['s-new', 'kept', 'keep-last'],
      ['s-60', 'would-archive', 'archive-tier'],
      ['s-90', 'kept', 'retention']
    ])
    const months = 340 / (365.25 / 12)
    expect(out[1]?.archive?.remainingDays).toBe(340)
    expect(out[1]?.archive?.archiveUsd).toBeCloseTo(80 * 0.0125 * months, 10)
    expect(out[1]?.archive?.standardUsd).toBeCloseTo(30 * 0.05 * months, 10)
    expect(out[2]?.reason).toMatch(/^90 days old, within 400-day retention; not archived, it would not pay: /)
  })
})

describe('archive-after-days', () => {
  const source = (inputs: Record<string, string>) =>
    runnerInputs(inputs, { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', AWS_REGION: 'us-east-1' })

  it("is off by default and with 'off' or empty; a whole number of days in prune and backup-and-prune", () => {
    expect(getConfig(source({ mode: 'prune' })).archiveAfterDays).toBeNull()
    expect(getConfig(source({ mode: 'prune', 'archive-after-days': '' })).archiveAfterDays).toBeNull()
    expect(getConfig(source({ mode: 'prune', 'archive-after-days': '30' })).archiveAfterDays).toBe(30)
    expect(
      getConfig(
        source({ mode: 'backup-and-prune', volume: 'vol-12345678', bucket: 'my-backups', 'archive-after-days': '0' })
      ).archiveAfterDays
    ).toBe(0)
  })

  it('refuses anything else, and any other mode, in one line naming the input', () => {
    const failure = (inputs: Record<string, string>): string => {
      try {
        getConfig(source(inputs))
      } catch (err) {
        expect(err).toBeInstanceOf(InputError)
        return (err as Error).message
      }
      throw new Error('expected an InputError')
    }
    expect(failure({ mode: 'prune', 'archive-after-days': '-1' })).toBe(
      "Input 'archive-after-days' must be 'off' or a whole number of days from 0 to 36500; got '-1'"
    )
    expect(failure({ mode: 'inventory', 'archive-after-days': '30' })).toBe(
      "Input 'archive-after-days' applies to prune, backup-and-prune and check only, not inventory"
    )
  })
})
