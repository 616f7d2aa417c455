import { describe, expect, it } from 'vitest'
import { Aggregator, ageDays, ageRange, mergeAggregates, SOURCE_CAPACITY } from '../../src/aggregate.js'
import { inventorySummary } from '../../src/summary/inventory.js'
import type { SnapshotRecord } from '../../src/types.js'
import { DAY_MS } from '../../src/clock.js'

const NOW = new Date('2026-11-21T12:00:00Z')

function rec(over: Partial<SnapshotRecord>): SnapshotRecord {
  return {
    accountId: '123456789012',
    region: 'us-east-1',
    service: 'ebs',
    snapshotId: 'snap-1',
    arn: null,
    snapshotType: 'manual',
    sourceId: 'vol-1',
    state: 'completed',
    createdAt: new Date(NOW.getTime() - DAY_MS),
    sizeGib: 10,
    encrypted: true,
    kmsKeyId: null,
    storageTier: 'standard',
    tags: {},
    ...over
  }
}

describe('age ranges', () => {
  it('puts each boundary day in the right range', () => {
    expect([0, 7, 8, 30, 31, 90, 91, 365, 366].map(ageRange)).toEqual([
      '0-7 d',
      '0-7 d',
      '8-30 d',
      '8-30 d',
      '31-90 d',
      '31-90 d',
      '91-365 d',
      '91-365 d',
      'older'
    ])
    expect(ageDays(new Date(NOW.getTime() - 8 * DAY_MS + 1), NOW)).toBe(7)
    expect(ageDays(new Date(NOW.getTime() + DAY_MS), NOW)).toBe(0)
  })
})

describe('Aggregator', () => {
  it('totals by service, region, age, encryption, tier, type and source', () => {
    const a = new Aggregator(NOW)
    a.add(rec({ snapshotId: 's1', sizeGib: 100 }))
    a.add(
      rec({ snapshotId: 's2', sizeGib: 100, storageTier: 'archive', createdAt: new Date(NOW.getTime() - 400 * DAY_MS) })
    )
    a.add(
      rec({
        snapshotId: 's3',
        service: 'rds',
        sourceId: 'db1',
        sizeGib: 20,
        encrypted: false,
        region: 'eu-west-1',
        snapshotType: 'automated'
      })
    )
    a.add(rec({ snapshotId: 's4', sourceId: null, sizeGib: 1, tags: { 'snapshot-hygiene:managed': 'true' } }))
    const r = a.result()
    expect(r.total).toEqual({ count: 4, sizeGib: 221, costUsd: 5 + 1.25 + 1.9 + 0.05 })
    expect(r.byService.ebs?.count).toBe(3)
    expect(r.byRegion['eu-west-1']).toEqual({ count: 1, sizeGib: 20, costUsd: 1.9 })
    expect(r.byAge['older']?.count).toBe(1)
    expect(r.byAge['0-7 d']?.count).toBe(3)
    expect(r.byEncryption.unencrypted?.count).toBe(1)
    expect(r.byTier['ebs/archive']?.costUsd).toBe(1.25)
    expect(r.byType.automated?.count).toBe(1)
    expect(r.managed.count).toBe(1)
    expect(r.noSource.count).toBe(1)
    expect(r.topSources.map((s) => [s.sourceId, s.count, s.sizeGib])).toEqual([
      ['vol-1', 2, 200],
      ['db1', 1, 20]
    ])
  })

  it('keeps memory bounded past the source capacity and keeps the largest sources', () => {
    const a = new Aggregator(NOW)
    for (let i = 0; i < 3 * SOURCE_CAPACITY; i++)
      a.add(rec({ snapshotId: `s${i}`, sourceId: `vol-${i}`, sizeGib: i === 5 ? 1e6 : 1 }))
    const r = a.result(3)
    expect(r.total.count).toBe(3 * SOURCE_CAPACITY)
    expect(r.topSources[0]?.sourceId).toBe('vol-5')
    expect(r.sourcesApproximate).toBe(true)
  })

  it('merges aggregates by adding them', () => {
    const a = new Aggregator(NOW)
    a.add(rec({ sizeGib: 10 }))
    const b = new Aggregator(NOW)
    b.add(rec({ accountId: '210987654321', sizeGib: 30, sourceId: 'vol-2' }))
    const m = mergeAggregates([a.result(), b.result()])
    expect(m.total.count).toBe(2)
    expect(Object.keys(m.byAccount).sort()).toEqual(['123456789012', '210987654321'])
    expect(m.topSources.map((s) => s.sourceId)).toEqual(['vol-2', 'vol-1'])
  })
})

describe('inventory summary', () => {
  it('renders totals, breakdowns, failed regions and the price table', () => {
    const a = new Aggregator(NOW)
    a.add(rec({ sizeGib: 1500 }))
    const md = inventorySummary({
      aggregate: a.result(),
      accounts: ['123456789012'],
      regions: ['us-east-1', 'ap-east-1'],
      failures: [
        {
          accountId: '123456789012',
          region: 'ap-east-1',
          service: 'ebs',
          message: 'EBS snapshots: AuthFailure: not opted in'
        }
      ],
      csvName: 'inv.csv'
    })
    expect(md).toContain('**1 snapshot**, 1,500 GiB, about **$75.00 a month** (estimate) across 2 regions.')
    expect(md).toMatch(/\| us-east-1 \| +1 \| +1,500 \| +\$75\.00 \|/)
    expect(md).toContain('- ebs in ap-east-1 (account 123456789012): EBS snapshots: AuthFailure: not opted in')
    expect(md).toContain('| ebs         | standard |            $0.05 |')
    expect(md).toContain('`inv.csv`')
  })
})
