import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from '@aws-sdk/client-ec2'
import { DAY_MS, planRetention, type RetentionPolicy } from '../../src/retention.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { TAG_COPY_OF, TAG_SOURCE_ID, TAG_SOURCE_REGION, isCopy, lineageKey } from '../../src/copy-policy.js'
import { TAG_MANAGED, type SnapshotRecord } from '../../src/types.js'

const NOW = new Date('2026-01-04T12:00:00Z')
const ACCOUNT = '111111111111'

/** An EBS snapshot as DescribeSnapshots returns it, mapped by the lister (a copy carries vol-ffffffff, as on AWS). */
function ebs(
  id: string,
  ageDays: number,
  region: string,
  opts: { copyOf?: string; volume?: string; state?: string; sourceRegion?: string } = {}
): SnapshotRecord {
  const tags = [{ Key: TAG_MANAGED, Value: 'true' }]
  if (opts.copyOf !== undefined)
    tags.push(
      { Key: TAG_COPY_OF, Value: opts.copyOf },
      { Key: TAG_SOURCE_REGION, Value: opts.sourceRegion ?? 'us-east-1' },
      { Key: TAG_SOURCE_ID, Value: opts.volume ?? 'vol-a' }
    )
  const raw: Snapshot = {
    SnapshotId: id,
    OwnerId: ACCOUNT,
    VolumeId: opts.copyOf === undefined ? (opts.volume ?? 'vol-a') : 'vol-ffffffff',
    State: (opts.state ?? 'completed') as Snapshot['State'],
    StartTime: new Date(NOW.getTime() - ageDays * DAY_MS),
    VolumeSize: 8,
    Encrypted: false,
    Tags: tags
  }
  return ebsRecord(raw, ACCOUNT, region)
}

const SOURCE_POLICY: RetentionPolicy = {
  retentionDays: 0,
  keepLast: 1,
  keepDaily: 0,
  keepWeekly: 0,
  keepMonthly: 0,
  pruneTags: {}
}

function decisions(records: SnapshotRecord[], policy: RetentionPolicy): Record<string, string> {
  return Object.fromEntries(
    planRetention(records, policy, NOW).decisions.map((d) => [d.snapshot.snapshotId, `${d.action} ${d.rule}`])
  )
}

describe('copies in the retention planner', () => {
  it('groups the copies of one volume by the source their tags name, and keeps only the newest with keep-last 1', () => {
    const copies = [
      ebs('snap-c1', 3, 'eu-west-1', { copyOf: 'snap-s1' }),
      ebs('snap-c2', 2, 'eu-west-1', { copyOf: 'snap-s2' }),
      ebs('snap-c3', 1, 'eu-west-1', { copyOf: 'snap-s3' })
    ]
    expect(decisions(copies, SOURCE_POLICY)).toEqual({
      'snap-c1': 'delete retention',
      'snap-c2': 'delete retention',
      'snap-c3': 'keep keep-last'
    })
  })

  it('applies the copy policy to copies and the source policy to originals, each in its own lineage', () => {
    const records = [
      ebs('snap-s1', 3, 'us-east-1'),
      ebs('snap-s2', 2, 'us-east-1'),
      ebs('snap-s3', 1, 'us-east-1'),
      ebs('snap-c1', 3, 'eu-west-1', { copyOf: 'snap-s1' }),
      ebs('snap-c2', 2, 'eu-west-1', { copyOf: 'snap-s2' }),
      ebs('snap-c3', 1, 'eu-west-1', { copyOf: 'snap-s3' }),
      // A volume of the copy region with the same id would never share the copies' lineage.
      ebs('snap-local', 5, 'eu-west-1')
    ]
    const policy = {
      ...SOURCE_POLICY,
      copies: { retentionDays: 0, keepLast: 2, keepDaily: 0, keepWeekly: 0, keepMonthly: 0 }
    }
    expect(decisions(records, policy)).toEqual({
      'snap-s1': 'delete retention',
      'snap-s2': 'delete retention',
      'snap-s3': 'keep keep-last',
      'snap-c1': 'delete retention',
      'snap-c2': 'keep keep-last',
      'snap-c3': 'keep keep-last',
      'snap-local': 'keep keep-last'
    })
  })

  it('never deletes a copy that is still pending, and keeps copies of different volumes apart', () => {
    const records = [
      ebs('snap-c1', 3, 'eu-west-1', { copyOf: 'snap-s1', volume: 'vol-a' }),
      ebs('snap-c2', 0.5, 'eu-west-1', { copyOf: 'snap-s2', volume: 'vol-a', state: 'pending' }),
      ebs('snap-b1', 2, 'eu-west-1', { copyOf: 'snap-t1', volume: 'vol-b' })
    ]
    expect(decisions(records, SOURCE_POLICY)).toEqual({
      'snap-c1': 'keep keep-last',
      'snap-c2': 'keep pending',
      'snap-b1': 'keep keep-last'
    })
  })

  it('puts a copy in scope through its source when prune is limited to volumes', () => {
    const records = [
      ebs('snap-c1', 3, 'eu-west-1', { copyOf: 'snap-s1' }),
      ebs('snap-c2', 2, 'eu-west-1', { copyOf: 'snap-s2' }),
      ebs('snap-x', 2, 'eu-west-1', { copyOf: 'snap-t1', volume: 'vol-other' })
    ]
    expect(decisions(records, { ...SOURCE_POLICY, volumes: ['vol-a'] })).toEqual({
      'snap-c1': 'delete retention',
      'snap-c2': 'keep keep-last',
      'snap-x': 'skip out-of-scope'
    })
  })

  it('rejects a copy policy with a negative count', () => {
    expect(() => planRetention([], { ...SOURCE_POLICY, copies: { ...SOURCE_POLICY, keepLast: -1 } }, NOW)).toThrow(
      'copies.keepLast must be an integer >= 0, got -1'
    )
  })
})

describe('copies and originals never decide for each other (property)', () => {
  const specArb = fc.record({
    copy: fc.boolean(),
    ageDays: fc.integer({ min: 0, max: 60 }),
    volume: fc.constantFrom('vol-a', 'vol-b'),
    state: fc.constantFrom('completed', 'completed', 'completed', 'pending'),
    sourceRegion: fc.constantFrom('us-east-1', 'us-west-2')
  })
  const countsArb = fc.record({
    retentionDays: fc.integer({ min: 0, max: 30 }),
    keepLast: fc.integer({ min: 0, max: 4 }),
    keepDaily: fc.integer({ min: 0, max: 5 }),
    keepWeekly: fc.integer({ min: 0, max: 3 }),
    keepMonthly: fc.integer({ min: 0, max: 2 })
  })

  it('plans originals as if there were no copies, and copies only under the copy policy', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 30 }), countsArb, countsArb, (specs, source, copy) => {
        const records = specs.map((s, i) =>
          s.copy
            ? ebs(`snap-c${i}`, s.ageDays, 'eu-west-1', {
                copyOf: `snap-s${i}`,
                volume: s.volume,
                state: s.state,
                sourceRegion: s.sourceRegion
              })
            : ebs(`snap-s${i}`, s.ageDays, 'eu-west-1', { volume: s.volume, state: s.state })
        )
        const policy: RetentionPolicy = { ...source, pruneTags: {}, copies: copy }
        const all = decisions(records, policy)
        const originals = records.filter((r) => !isCopy(r))
        const copies = records.filter(isCopy)
        expect(decisions(originals, policy)).toEqual(
          Object.fromEntries(originals.map((r) => [r.snapshotId, all[r.snapshotId]]))
        )
        // The copies alone under the copy policy as the only policy decide the same.
        expect(decisions(copies, { ...copy, pruneTags: {} })).toEqual(
          Object.fromEntries(copies.map((r) => [r.snapshotId, all[r.snapshotId]]))
        )
        for (const r of copies) {
          if (r.state === 'pending') expect(all[r.snapshotId]).toBe('keep pending')
          expect(lineageKey(r)).toContain('"copy"')
        }
      }),
      { numRuns: 300 }
    )
  })
})
