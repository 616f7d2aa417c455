import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DAY_MS, planRetention, TAG_SNAPSHOT_SET, type RetentionPolicy } from '../../src/retention.js'
import { createSnapshotsInput, planInstanceSet } from '../../src/instance-set.js'
import { tagMap } from '../../src/tags.js'
import { TAG_MANAGED, type SnapshotRecord } from '../../src/types.js'

const NOW = new Date('2026-01-04T12:00:00Z')
const INSTANCE = {
  instanceId: 'i-0123456789abcdef0',
  region: 'eu-west-1',
  name: null,
  state: 'running',
  rootDeviceName: '/dev/xvda',
  volumes: [
    { device: '/dev/xvda', volumeId: 'vol-root' },
    { device: '/dev/sdf', volumeId: 'vol-data1' },
    { device: '/dev/sdg', volumeId: 'vol-data2' }
  ],
  tags: {}
}

/** The tags CreateSnapshots puts on every snapshot of the set (the real producer's request). */
function setTags(at: Date): Record<string, string> {
  const plan = planInstanceSet(INSTANCE, new Map(), { excludeBootVolume: false, excludeVolumeTags: [] }, at)
  return tagMap(createSnapshotsInput(plan, { [TAG_MANAGED]: 'true' }, 'nightly').TagSpecifications?.[0]?.Tags)
}

function snap(id: string, volume: string, daysOld: number, tags: Record<string, string>): SnapshotRecord {
  return {
    accountId: '111111111111',
    region: 'eu-west-1',
    service: 'ebs',
    snapshotId: id,
    arn: null,
    snapshotType: 'manual',
    sourceId: volume,
    state: 'completed',
    createdAt: new Date(NOW.getTime() - daysOld * DAY_MS),
    sizeGib: 8,
    encrypted: true,
    kmsKeyId: null,
    storageTier: 'standard',
    tags
  }
}

function policy(over: Partial<RetentionPolicy> = {}): RetentionPolicy {
  return { retentionDays: 7, keepLast: 1, keepDaily: 0, keepWeekly: 0, keepMonthly: 0, pruneTags: {}, ...over }
}

describe('snapshot sets in the retention planner', () => {
  it('keeps a whole set when a keep rule holds one member, and deletes a set no rule holds', () => {
    const old = setTags(new Date(NOW.getTime() - 30 * DAY_MS))
    const older = setTags(new Date(NOW.getTime() - 40 * DAY_MS))
    // vol-data1 has a newer snapshot of its own, so keep-last holds that one; the set's other members are held
    // by keep-last in their own lineages, and the set keeps vol-data1's member with them.
    const snapshots = [
      snap('snap-root-30', 'vol-root', 30, old),
      snap('snap-data1-30', 'vol-data1', 30, old),
      snap('snap-data2-30', 'vol-data2', 30, old),
      snap('snap-data1-2', 'vol-data1', 2, { [TAG_MANAGED]: 'true' }),
      snap('snap-root-40', 'vol-root', 40, older),
      snap('snap-data1-40', 'vol-data1', 40, older),
      snap('snap-data2-40', 'vol-data2', 40, older)
    ]
    const plan = planRetention(snapshots, policy(), NOW)
    const by = Object.fromEntries(plan.decisions.map((d) => [d.snapshot.snapshotId, [d.action, d.rule, d.reason]]))
    expect(by['snap-data1-30']).toEqual([
      'keep',
      'snapshot-set',
      `held with its snapshot set ${old[TAG_SNAPSHOT_SET] ?? ''}: snap-data2-30 of the set is kept (keep-last)`
    ])
    expect(by['snap-root-30']?.slice(0, 2)).toEqual(['keep', 'keep-last'])
    expect(plan.toDelete.map((s) => s.snapshotId).sort()).toEqual(['snap-data1-40', 'snap-data2-40', 'snap-root-40'])
  })

  it('does not tie snapshots of the same set value in another account or region together', () => {
    const tags = setTags(new Date(NOW.getTime() - 30 * DAY_MS))
    const kept = snap('snap-a', 'vol-root', 30, tags)
    const other = { ...snap('snap-b', 'vol-data1', 30, tags), region: 'us-east-1' }
    const newer = snap('snap-c', 'vol-data1', 1, { [TAG_MANAGED]: 'true' })
    const plan = planRetention([kept, other, { ...newer, region: 'us-east-1' }], policy(), NOW)
    expect(plan.toDelete.map((s) => s.snapshotId)).toEqual(['snap-b'])
  })

  it('a skipped member (out of scope) holds nothing', () => {
    const tags = setTags(new Date(NOW.getTime() - 30 * DAY_MS))
    const plan = planRetention(
      [
        snap('snap-a', 'vol-root', 30, tags),
        snap('snap-b', 'vol-data1', 30, tags),
        snap('snap-c', 'vol-data1', 1, { [TAG_MANAGED]: 'true' })
      ],
      policy({ volumes: ['vol-data1'] }),
      NOW
    )
    expect(plan.toDelete.map((s) => s.snapshotId)).toEqual(['snap-b'])
  })

  it('property: a set is never half-deleted, and sets only ever add keeps', () => {
    const arb = fc.record({
      sets: fc.array(
        fc.record({
          days: fc.integer({ min: 0, max: 90 }),
          members: fc.subarray(['vol-a', 'vol-b', 'vol-c'], { minLength: 1 })
        }),
        { maxLength: 8 }
      ),
      singles: fc.array(
        fc.record({ days: fc.integer({ min: 0, max: 90 }), volume: fc.constantFrom('vol-a', 'vol-b', 'vol-c') }),
        {
          maxLength: 8
        }
      ),
      policy: fc.record({
        retentionDays: fc.integer({ min: 0, max: 60 }),
        keepLast: fc.integer({ min: 0, max: 3 }),
        keepDaily: fc.integer({ min: 0, max: 10 }),
        keepWeekly: fc.integer({ min: 0, max: 6 }),
        keepMonthly: fc.integer({ min: 0, max: 3 }),
        pruneTags: fc.constant({})
      })
    })
    fc.assert(
      fc.property(arb, ({ sets, singles, policy: p }) => {
        const snapshots: SnapshotRecord[] = []
        sets.forEach((s, i) => {
          const tags = { [TAG_MANAGED]: 'true', [TAG_SNAPSHOT_SET]: `i-0abc-${i}` }
          for (const v of s.members) snapshots.push(snap(`snap-s${i}-${v}`, v, s.days + i / 1000, tags))
        })
        singles.forEach((s, i) =>
          snapshots.push(snap(`snap-x${i}`, s.volume, s.days + i / 997, { [TAG_MANAGED]: 'true' }))
        )
        const plan = planRetention(snapshots, p, NOW)
        const deleted = new Set(plan.toDelete.map((s) => s.snapshotId))
        for (const [i, s] of sets.entries()) {
          const ids = s.members.map((v) => `snap-s${i}-${v}`)
          const gone = ids.filter((id) => deleted.has(id)).length
          expect(gone === 0 || gone === ids.length).toBe(true)
        }
        const untied = planRetention(
          snapshots.map((s) => ({ ...s, tags: { [TAG_MANAGED]: 'true' } })),
          p,
          NOW
        )
        const untiedDeleted = new Set(untied.toDelete.map((s) => s.snapshotId))
        for (const id of deleted) expect(untiedDeleted.has(id)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })
})
