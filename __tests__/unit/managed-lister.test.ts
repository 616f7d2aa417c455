import { describe, expect, it } from 'vitest'
import { DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import { listOwnedSnapshots, ownedFilterSets } from '../../src/listers/managed.js'
import { ebsSnapshot, mockTarget } from '../helpers/mock-target.js'

const START = new Date('2026-01-01T00:00:00Z')

describe('ownedFilterSets', () => {
  it('lists managed snapshots, plus a separate listing for the prune-tags filter', () => {
    expect(ownedFilterSets({}, undefined)).toEqual([[{ Name: 'tag:snapshot-hygiene:managed', Values: ['true'] }]])
    expect(ownedFilterSets({ 'legacy-backup': 'yes', team: 'ops' }, undefined)).toEqual([
      [{ Name: 'tag:snapshot-hygiene:managed', Values: ['true'] }],
      [
        { Name: 'tag:legacy-backup', Values: ['yes'] },
        { Name: 'tag:team', Values: ['ops'] }
      ]
    ])
  })

  it('narrows to the named volumes, 200 ids a filter', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `vol-${String(i).padStart(8, '0')}`)
    const sets = ownedFilterSets({}, ids)
    expect(sets).toHaveLength(2)
    expect(sets[0]?.[1]).toEqual({ Name: 'volume-id', Values: ids.slice(0, 200) })
    expect(sets[1]?.[1]).toEqual({ Name: 'volume-id', Values: ids.slice(200) })
  })
})

describe('listOwnedSnapshots', () => {
  it('pages through each listing with OwnerIds self and MaxResults 1000, without duplicates', async () => {
    const m = mockTarget('111122223333', ['us-east-1'])
    const ec2 = m.ec2['us-east-1']
    const a = ebsSnapshot('snap-0a', 'vol-01', START)
    const b = ebsSnapshot('snap-0b', 'vol-01', START, { tags: { 'snapshot-hygiene:managed': 'true', legacy: 'yes' } })
    const c = ebsSnapshot('snap-0c', 'vol-02', START, { tags: { legacy: 'yes' } })
    ec2
      ?.on(DescribeSnapshotsCommand, { Filters: [{ Name: 'tag:snapshot-hygiene:managed', Values: ['true'] }] })
      .resolvesOnce({ Snapshots: [a], NextToken: 't1' })
      .resolves({ Snapshots: [b] })
    ec2
      ?.on(DescribeSnapshotsCommand, { Filters: [{ Name: 'tag:legacy', Values: ['yes'] }] })
      .resolves({ Snapshots: [b, c] })
    const owned = await listOwnedSnapshots(
      m.target.clients.ec2('us-east-1'),
      '111122223333',
      'us-east-1',
      { legacy: 'yes' },
      undefined
    )
    expect(owned.map((o) => o.record.snapshotId)).toEqual(['snap-0a', 'snap-0b', 'snap-0c'])
    expect(owned[0]).toMatchObject({ description: 'backup of vol-01', progress: '100%' })
    const calls = ec2?.commandCalls(DescribeSnapshotsCommand).map((c) => c.args[0].input) ?? []
    expect(calls).toHaveLength(3)
    expect(calls.every((i) => i.OwnerIds?.[0] === 'self' && i.MaxResults === 1000)).toBe(true)
    expect(calls[1]?.NextToken).toBe('t1')
  })

  it('makes no call for an empty volume list', async () => {
    const m = mockTarget('111122223333', ['us-east-1'])
    expect(await listOwnedSnapshots(m.target.clients.ec2('us-east-1'), '1', 'us-east-1', {}, [])).toEqual([])
    expect(m.ec2['us-east-1']?.commandCalls(DescribeSnapshotsCommand)).toHaveLength(0)
  })
})
