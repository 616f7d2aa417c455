import { describe, expect, it } from 'vitest'
import type { Snapshot } from '@aws-sdk/client-ec2'
import { archiveCandidateFinding, archiveCandidates, type CandidateContext } from '../../src/archive-candidate.js'
import { archiveCosts, costsOver, uniqueLowGib } from '../../src/archive-plan.js'
import { lineageCost } from '../../src/cost-range.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { annotationOf } from '../../src/report/annotations.js'
import { findingsSection } from '../../src/summary/check.js'

const ACCOUNT = '111122223333'
const NOW = new Date('2026-06-01T00:00:00Z')
const DAY = 86_400_000
const GIB = 1024 ** 3

/** An EBS snapshot as DescribeSnapshots returns it, read by the real lister; unmanaged unless tagged. */
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
      ...extra
    },
    ACCOUNT,
    'us-east-1'
  )
}

const full = (gib: number): Partial<Snapshot> => ({ FullSnapshotSizeInBytes: gib * GIB })
const managed = (expiresAt: string): Partial<Snapshot> => ({
  Tags: [
    { Key: 'snapshot-hygiene:managed', Value: 'true' },
    { Key: 'snapshot-hygiene:expires-at', Value: expiresAt }
  ]
})

function ctx(over: Partial<CandidateContext> = {}): CandidateContext {
  return { now: NOW, minAgeDays: 90, excluded: () => false, ...over }
}

function ids(records: ReturnType<typeof record>[], c = ctx()): string[] {
  return archiveCandidates(records, c).map((x) => x.snapshot.snapshotId)
}

describe('archive-candidate, the decision', () => {
  it('without full sizes an unmanaged snapshot pays: $1.25 a month archived against $5.00 in standard', () => {
    const [c, ...rest] = archiveCandidates([record('s-new', 1), record('s-old', 120)], ctx())
    expect(rest).toEqual([])
    expect(c?.snapshot.snapshotId).toBe('s-old')
    expect(c?.costs).toEqual({
      archiveGib: 100,
      standardGib: 100,
      method: 'volume-size',
      archiveUsdMonth: 1.25,
      standardUsdMonth: 5
    })
    expect(c?.savingUsdMonth).toBe(3.75)
    expect(c?.life).toEqual({ kind: 'kept', days: 90 })
    expect(c === undefined ? null : archiveCandidateFinding(c)).toEqual({
      rule: 'archive-candidate',
      severity: 'notice',
      accountId: ACCOUNT,
      region: 'us-east-1',
      service: 'ebs',
      resourceId: 's-old',
      message:
        'EBS snapshot s-old (volume vol-1, us-east-1, 100 GiB volume size, AWS returned no full size) would cost less ' +
        'in the archive tier: $1.25 a month archived against at least $5.00 a month in standard (100 GiB of unique ' +
        'blocks at the low end, volume-size bound: without full sizes its volume size counts as its own), saving at ' +
        'least $3.75 a month (estimate); assumed: it is not managed by this action, so nothing deletes it and it is ' +
        'assumed to stay past the 90-day archive minimum. To act, archive it (aws ec2 modify-snapshot-tier ' +
        '--snapshot-id s-old --storage-tier archive); restoring costs $0.03/GB and takes up to 72 hours. Or tag it ' +
        'snapshot-hygiene:ignore=archive-candidate to keep it in standard.'
    })
  })

  it('with full sizes only the snapshot that alone holds the largest full size pays; one whose blocks may all be shared does not', () => {
    const records = [record('s-new', 1, full(50)), record('s-100', 100, full(80)), record('s-200', 200, full(40))]
    // Low bound 80 GiB (s-100's); without s-100 it is 50, so s-100 holds at least 30 GiB of its own:
    // 30 * 0.05 = $1.50 a month in standard against 80 * 0.0125 = $1.00 archived. s-200 may share all its blocks.
    const got = archiveCandidates(records, ctx())
    expect(got.map((c) => [c.snapshot.snapshotId, c.costs.standardGib, c.costs.archiveGib])).toEqual([
      ['s-100', 30, 80]
    ])
    expect(got[0]?.costs.standardUsdMonth).toBeCloseTo(1.5, 12)
    expect(got[0]?.costs.archiveUsdMonth).toBe(1)
    expect(got[0]?.savingUsdMonth).toBeCloseTo(0.5, 12)
    expect(archiveCosts(records[2] ?? record('x', 0), records).standardGib).toBe(0)
  })

  it('at the boundary (unique blocks a quarter of the full size) archiving does not pay; a GiB more and it does', () => {
    // 40 GiB full, the next largest 30: 10 GiB of its own, $0.50 a month either way.
    const even = [record('s-new', 1, full(30)), record('s-old', 120, full(40))]
    const costs = archiveCosts(even[1] ?? record('x', 0), even)
    expect([costs.archiveUsdMonth, costs.standardUsdMonth]).toEqual([0.5, 0.5])
    expect(ids(even)).toEqual([])
    const over = [record('s-new', 1, full(29)), record('s-old', 120, full(40))]
    expect(ids(over)).toEqual(['s-old'])
  })

  it('a managed snapshot needs its expires-at to keep it the 90-day minimum; without a date it is assumed to stay 90 days', () => {
    const records = [
      record('s-new', 1),
      record('s-long', 100, managed('2026-09-09T00:00:00Z')),
      record('s-short', 100, managed('2026-08-29T00:00:00Z')),
      record('s-bad', 100, managed('next year'))
    ]
    const got = archiveCandidates(records, ctx())
    expect(got.map((c) => [c.snapshot.snapshotId, c.life])).toEqual([
      ['s-long', { kind: 'expires', at: new Date('2026-09-09T00:00:00Z'), days: 100 }],
      ['s-bad', { kind: 'unknown', days: 90 }]
    ])
    const [long, bad] = got.map((c) => archiveCandidateFinding(c).message)
    expect(long).toContain(
      'assumed: its expires-at (2026-09-09T00:00:00.000Z) keeps it 100 more days, past the 90-day archive minimum. ' +
        'To act, set archive-after-days on the prune of its volume so that prune archives it;'
    )
    expect(bad).toContain(
      'assumed: it is managed but its expires-at is not a date, so it is assumed to stay the 90-day archive minimum.'
    )
  })

  it('leaves out archived, restored, pending, AWS Backup, locked, AMI or shared, too young, and the newest of the volume', () => {
    const records = [
      record('s-new', 1),
      record('s-arch', 200, { StorageTier: 'archive' }),
      record('s-rest', 200, { RestoreExpiryTime: new Date(NOW.getTime() + DAY) }),
      record('s-pend', 200, { State: 'pending' }),
      record('s-backup', 200, { Tags: [{ Key: 'aws:backup:source-resource', Value: 'arn:aws:ec2:vol-1' }] }),
      { ...record('s-lock', 200), lockState: 'compliance', lockExpiresAt: new Date(NOW.getTime() + DAY) },
      { ...record('s-lock-over', 200), lockState: 'expired', lockExpiresAt: new Date(NOW.getTime() - DAY) },
      record('s-ami', 200),
      record('s-young', 89),
      record('s-90', 90)
    ]
    const excluded = (id: string): boolean => id === 's-ami'
    expect(ids(records, ctx({ excluded }))).toEqual(['s-lock-over', 's-90'])
    // archive-after-days 0: any age, but the newest of the volume still stays.
    expect(ids(records, ctx({ excluded, minAgeDays: 0 }))).toEqual(['s-lock-over', 's-young', 's-90'])
  })

  it('of two snapshots started at the same time, the one with the higher id is the newest and stays', () => {
    expect(ids([record('s-b', 100), record('s-a', 100)])).toEqual(['s-a'])
    expect(ids([record('s-a', 100), record('s-b', 100)])).toEqual(['s-a'])
  })

  it('a copy with no known volume is a lineage of its own and can be a candidate', () => {
    const copy = record('s-copy', 200, { VolumeId: 'vol-ffffffff', ...full(8) })
    const [c] = archiveCandidates([copy], ctx())
    expect(c === undefined ? '' : archiveCandidateFinding(c).message).toMatch(
      /^EBS snapshot s-copy \(no known volume \(a copy\), us-east-1, 8 GiB full size\) would cost less in the archive tier: \$0\.10 a month archived against at least \$0\.40 a month in standard \(8 GiB of unique blocks at the low end, full-size bound\)/
    )
  })

  it('the unique low end equals recomputing the lineage without the snapshot, for every snapshot of mixed lineages', () => {
    const lineages = [
      [record('a', 1, full(50)), record('b', 2), record('c', 3, full(70)), record('d', 4, full(70))],
      [record('a', 1), record('b', 2, full(120)), record('c', 3, { VolumeSize: 30 })],
      [record('a', 1, full(10)), record('b', 2, full(60)), record('c', 3, full(20))],
      [record('a', 1), record('b', 2, { VolumeSize: 7 })]
    ]
    for (const lineage of lineages) {
      const withIt = lineageCost(lineage)
      for (const s of lineage) {
        const others = lineage.filter((r) => r !== s)
        const slow = Math.max(0, withIt.lowGib - lineageCost(others).lowGib)
        expect(uniqueLowGib(s, lineage, withIt)).toBeCloseTo(slow, 12)
      }
    }
  })

  it('costs over a remaining life bill the archive at least 90 days', () => {
    const c = archiveCosts(record('s-old', 120), [record('s-new', 1), record('s-old', 120)])
    const month = 365.25 / 12
    expect(costsOver(c, 30)).toEqual({ archiveUsd: 1.25 * (90 / month), standardUsd: 5 * (30 / month) })
    expect(costsOver(c, 200)).toEqual({ archiveUsd: 1.25 * (200 / month), standardUsd: 5 * (200 / month) })
  })
})

describe('archive-candidate, each sink escapes the strings AWS gave', () => {
  const hostile = 'vol-1|<img src=x>*b*\n::error::owned'
  const [c] = archiveCandidates(
    [record('s-new', 1, { VolumeId: hostile }), record('snap-`x`|y', 120, { VolumeId: hostile })],
    ctx()
  )
  const f = c === undefined ? null : archiveCandidateFinding(c)

  it('the summary row, the annotation and the JSON keep them inert', () => {
    expect(f?.resourceId).toBe('snap-`x`|y')
    const row = findingsSection(f === null ? [] : [f], 1, 10, 'check.findings.json').split('\n')[4] ?? ''
    expect(row).not.toContain('<img')
    expect(row).not.toMatch(/[^\\]\|y/)
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8)
    const a = f === null ? { message: '', title: '' } : annotationOf(f)
    expect(a.message).not.toContain('\n')
    expect(a.message).not.toMatch(/^::|\n::/)
    expect(a.title).toBe('archive-candidate: snap-`x`|y')
    const json = JSON.stringify(f)
    expect((JSON.parse(json) as { message: string }).message).toContain(`volume ${hostile}, us-east-1`)
    expect(json).not.toContain('\n')
  })
})
