import type { Snapshot } from '@aws-sdk/client-ec2'
import { describe, expect, it } from 'vitest'
import { Aggregator } from '../../src/aggregate.js'
import { CostRangeTracker, lineageCost, summarizeLineages } from '../../src/cost-range.js'
import { inventoryRow, INVENTORY_COLUMNS } from '../../src/inventory-csv.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { costSection } from '../../src/summary/cost.js'
import { headline } from '../../src/summary/sections.js'
import type { SnapshotRecord } from '../../src/types.js'

const GIB = 1024 ** 3
const ACCOUNT = '111122223333'
const NOW = new Date('2026-11-20T00:00:00Z')

/**
 * A lineage as EC2 returns it: each snapshot's full size is the blocks written on the volume when it was taken.
 * `changed[i]` GiB were rewritten or added since the previous snapshot; `grown[i]` of them were new (the full size grows).
 */
function lineage(
  volumeId: string,
  first: number,
  steps: readonly { grown: number }[],
  opts: { volumeSize?: number; region?: string; withFullSize?: (i: number) => boolean; archived?: number[] } = {}
): SnapshotRecord[] {
  const sizes = steps.reduce((acc, s) => [...acc, (acc.at(-1) ?? first) + s.grown], [first])
  return sizes.map((full, i) => {
    const s: Snapshot = {
      SnapshotId: `snap-${volumeId.slice(4)}${i}`,
      VolumeId: volumeId,
      State: 'completed',
      StartTime: new Date(Date.UTC(2026, 9, 1 + i)),
      VolumeSize: opts.volumeSize ?? 100,
      OwnerId: ACCOUNT,
      StorageTier: opts.archived?.includes(i) ? 'archive' : 'standard',
      ...((opts.withFullSize ?? (() => true))(i) ? { FullSnapshotSizeInBytes: full * GIB } : {})
    }
    return ebsRecord(s, ACCOUNT, opts.region ?? 'eu-west-1')
  })
}

describe('ebsRecord: FullSnapshotSizeInBytes', () => {
  it('is read as fullSizeGib, and left out when EC2 does not return it', () => {
    const [withSize] = lineage('vol-a', 12.5, [])
    const [without] = lineage('vol-a', 12.5, [], { withFullSize: () => false })
    expect(withSize?.fullSizeGib).toBe(12.5)
    expect(withSize?.sizeGib).toBe(100)
    expect(without && 'fullSizeGib' in without).toBe(false)
  })

  it('appears in the inventory CSV as full_size_gib, empty when unknown', () => {
    const [withSize] = lineage('vol-a', 12.5, [])
    const [without] = lineage('vol-a', 12.5, [], { withFullSize: () => false })
    const column = INVENTORY_COLUMNS.indexOf('full_size_gib')
    expect(INVENTORY_COLUMNS.slice(column)).toEqual(['full_size_gib', 'copy_of', 'source_region'])
    expect(withSize && inventoryRow(withSize, NOW)[column]).toBe(12.5)
    expect(without && inventoryRow(without, NOW)[column]).toBe('')
    // Priced alone on its full size (an upper bound), not on the 100 GiB volume.
    expect(withSize && inventoryRow(withSize, NOW)[INVENTORY_COLUMNS.indexOf('estimated_monthly_cost_usd')]).toBe(0.625)
  })
})

describe('lineageCost', () => {
  it('lies between the largest full size and the sum of the full sizes', () => {
    // 30 daily snapshots of a 100 GiB volume holding 40 GiB that grows by 1 GiB a day: full sizes 40, 41, ... 69.
    const records = lineage(
      'vol-0a',
      40,
      Array.from({ length: 29 }, () => ({ grown: 1 }))
    )
    const l = lineageCost(records)
    const sum = Array.from({ length: 30 }, (_, i) => 40 + i).reduce((a, b) => a + b, 0)
    expect(l).toMatchObject({ snapshots: 30, lowGib: 69, highGib: sum, archiveGib: 0, method: 'full-size' })
    expect(l.lowUsd).toBeCloseTo(69 * 0.05, 10)
    expect(l.highUsd).toBeCloseTo(sum * 0.05, 10)
    // Today's volume-size bound was 3,000 GiB; the full-size bound is 1,635 GiB.
    expect(sum).toBe(1635)
  })

  it('holds the billed size of a lineage of known changes', () => {
    // Billed: first full copy 50 GiB, then 2 GiB rewritten and 3 GiB added, then 4 GiB rewritten: 50 + 5 + 4 = 59 GiB.
    const records = lineage('vol-0b', 50, [{ grown: 3 }, { grown: 0 }])
    const billed = 50 + (2 + 3) + 4
    const l = lineageCost(records)
    expect(l.lowGib).toBe(53)
    expect(l.highGib).toBe(50 + 53 + 53)
    expect(l.lowGib <= billed && billed <= l.highGib).toBe(true)
  })

  it('falls back to the volume size at both ends when no snapshot has a full size', () => {
    const l = lineageCost(lineage('vol-0c', 10, [{ grown: 1 }, { grown: 1 }], { withFullSize: () => false }))
    expect(l).toMatchObject({ method: 'volume-size', lowGib: 300, highGib: 300 })
  })

  it('mixes: the largest known full size low, the volume size for the others high', () => {
    const l = lineageCost(lineage('vol-0d', 10, [{ grown: 5 }, { grown: 5 }], { withFullSize: (i) => i !== 2 }))
    expect(l).toMatchObject({ method: 'mixed', lowGib: 15, highGib: 10 + 15 + 100 })
  })

  it('prices archived snapshots on their full size at the archive price, at both ends', () => {
    const l = lineageCost(lineage('vol-0e', 20, [{ grown: 10 }, { grown: 10 }], { archived: [0] }))
    expect(l).toMatchObject({ snapshots: 3, archived: 1, archiveGib: 20, lowGib: 40, highGib: 70 })
    expect(l.lowUsd).toBeCloseTo(40 * 0.05 + 20 * 0.0125, 10)
    expect(l.highUsd).toBeCloseTo(70 * 0.05 + 20 * 0.0125, 10)
  })
})

describe('CostRangeTracker keys', () => {
  it('keeps snapshots with no known source (EBS copies) each a lineage of its own, and sources with slashes whole', () => {
    const tracker = new CostRangeTracker()
    const copies = ['snap-c1', 'snap-c2'].map((id) =>
      ebsRecord(
        { SnapshotId: id, VolumeId: 'vol-ffffffff', VolumeSize: 10, OwnerId: ACCOUNT, StorageTier: 'standard' },
        ACCOUNT,
        'eu-west-1'
      )
    )
    for (const r of copies) tracker.add(r)
    const [efs] = lineage('vol-0z', 1, [])
    if (efs) tracker.add({ ...efs, service: 'efs', storageTier: 'warm', sourceId: 'arn:aws:elasticfilesystem:x/fs-1' })
    const costs = tracker.lineageCosts()
    expect(costs.map((l) => [l.service, l.sourceId, l.snapshots, l.method])).toEqual([
      ['ebs', null, 1, 'volume-size'],
      ['ebs', null, 1, 'volume-size'],
      ['efs', 'arn:aws:elasticfilesystem:x/fs-1', 1, 'listed-size']
    ])
  })
})

describe('CostRangeTracker and the cost section', () => {
  const a = lineage('vol-0a', 40, [{ grown: 10 }, { grown: 10 }])
  const b = lineage('vol-0b', 5, [{ grown: 0 }], { region: 'us-east-1', withFullSize: () => false, volumeSize: 8 })
  const records = [...a, ...b]

  it('sums lineages per service and region, and its high end is the aggregate total', () => {
    const tracker = new CostRangeTracker()
    const aggregator = new Aggregator(NOW)
    for (const r of [...records].reverse()) {
      tracker.add(r)
      aggregator.add(r)
    }
    const ranges = tracker.result()
    expect(ranges.total).toMatchObject({ lineages: 2, snapshots: 5, methods: { 'full-size': 1, 'volume-size': 1 } })
    expect(ranges.total.lowUsd).toBeCloseTo(60 * 0.05 + 16 * 0.05, 10)
    expect(ranges.total.highUsd).toBeCloseTo(aggregator.result().total.costUsd, 10)
    expect(ranges.topSources.map((l) => l.sourceId)).toEqual(['vol-0a', 'vol-0b'])
    expect(summarizeLineages(tracker.lineageCosts())).toEqual(ranges)
  })

  it('renders the range per service, region and source with the method', () => {
    const tracker = new CostRangeTracker()
    for (const r of records) tracker.add(r)
    const section = costSection({ ranges: tracker.result(), measurement: null })
    expect(section).toBe(
      [
        '### Estimated cost',
        '',
        'About **$3.80–$8.30 a month** (estimate) for 5 snapshots in 2 lineages. The `estimated-monthly-cost-usd` output and the other tables show the high end.',
        '',
        '| service | region    | lineages | snapshots | low $/month | high $/month | method (lineages) |',
        '| :------ | :-------- | -------: | --------: | ----------: | -----------: | :---------------- |',
        '| ebs     | eu-west-1 |        1 |         3 |       $3.00 |        $7.50 | full size 1       |',
        '| ebs     | us-east-1 |        1 |         2 |       $0.80 |        $0.80 | volume size 1     |',
        '',
        '#### Largest sources by upper bound',
        '',
        '| source | service | region    | account      | snapshots | low $/month | high $/month | method      |',
        '| :----- | :------ | :-------- | :----------- | --------: | ----------: | -----------: | :---------- |',
        '| vol-0a | ebs     | eu-west-1 | 111122223333 |         3 |       $3.00 |        $7.50 | full size   |',
        '| vol-0b | ebs     | us-east-1 | 111122223333 |         2 |       $0.80 |        $0.80 | volume size |',
        '',
        'How each range is found:',
        '',
        '- **full size**: EBS lineages (the snapshots of one volume in one account and region) whose snapshots all carry a full size (FullSnapshotSizeInBytes): AWS bills the first full copy and then the blocks each snapshot changed, so the standard storage lies between the largest full size (everything shared) and the sum of the full sizes (nothing shared).',
        '- **volume size**: EBS lineages where AWS returned no full size: every snapshot counts at its source volume size, an upper bound used at both ends.',
        '- Archived EBS snapshots are full copies: their full size (or volume size) at the archive price, at both ends.'
      ].join('\n')
    )
  })

  it('puts the range in the headline', () => {
    const tracker = new CostRangeTracker()
    const aggregator = new Aggregator(NOW)
    for (const r of records) {
      tracker.add(r)
      aggregator.add(r)
    }
    expect(headline(aggregator.result(), 1, 2, tracker.result().total)).toBe(
      '**5 snapshots**, 316 GiB, about **$3.80–$8.30 a month** (estimate) across 2 regions.'
    )
  })
})
