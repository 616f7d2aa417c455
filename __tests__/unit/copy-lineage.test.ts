import { describe, expect, it } from 'vitest'
import { CopySnapshotCommand, type Tag } from '@aws-sdk/client-ec2'
import { CopyDBSnapshotCommand } from '@aws-sdk/client-rds'
import { CopyGates, copySnapshot, type CopySource } from '../../src/copies.js'
import { isCopy, lineageKey, lineageSourceId, TAG_COPY_OF, TAG_SOURCE_ID } from '../../src/copy-policy.js'
import { orphanFinding } from '../../src/findings.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { dbSnapshotRecord } from '../../src/listers/rds.js'
import { COPY_VOLUME_ID, TAG_MANAGED } from '../../src/types.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { mockTarget } from '../helpers/mock-target.js'

// What the planner sees of a copy, built from what the copy code sends: the tags of the CopySnapshot /
// CopyDBSnapshot request become the copy's tags as the destination region's listing returns them.

const ACCOUNT = '111122223333'
const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const TAGS = { [TAG_MANAGED]: 'true', 'snapshot-hygiene:expires-at': '2026-01-08T00:00:00Z' }
const plan = (clock: FakeClock) => ({ regions: [WEST], kmsKeys: {}, wait: false, deadline: clock.now().getTime() })

function source(over: Partial<CopySource> = {}): CopySource {
  return {
    kind: 'ebs',
    accountId: ACCOUNT,
    region: EAST,
    snapshotId: 'snap-0123456789abcdef0',
    arn: null,
    sourceId: 'vol-0aaaaaaaaaaaaaaaa',
    encrypted: false,
    description: 'snapshot-hygiene copy',
    ...over
  }
}

/** The tags an EBS copy is created with (TagSpecifications of the CopySnapshot call the copy code makes). */
async function ebsCopyTags(src: CopySource): Promise<Tag[]> {
  const clock = new FakeClock()
  const m = mockTarget(ACCOUNT, [EAST, WEST])
  m.ec2[WEST]?.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-0c0c0c0c0c0c0c0c0' })
  await copySnapshot(m.target.clients, src, plan(clock), TAGS, new CopyGates(clock), clock)
  const input = m.ec2[WEST]?.commandCalls(CopySnapshotCommand)[0]?.args[0].input
  return input?.TagSpecifications?.[0]?.Tags ?? []
}

describe('copy lineages, from the tags the copy is made with to the planner', () => {
  it('an EBS copy (VolumeId vol-ffffffff) follows the volume its tags name, apart from the copy region’s own snapshots', async () => {
    const tags = await ebsCopyTags(source())
    const copy = ebsRecord(
      { SnapshotId: 'snap-0c0c0c0c0c0c0c0c0', VolumeId: COPY_VOLUME_ID, State: 'completed', Tags: tags },
      ACCOUNT,
      WEST
    )
    expect(copy.sourceId).toBeNull()
    expect(isCopy(copy)).toBe(true)
    expect(lineageSourceId(copy)).toBe('vol-0aaaaaaaaaaaaaaaa')
    expect(lineageKey(copy)).toBe(JSON.stringify([ACCOUNT, WEST, 'ebs', 'copy', EAST, 'vol-0aaaaaaaaaaaaaaaa']))
    const original = ebsRecord(
      {
        SnapshotId: 'snap-0d0d0d0d0d0d0d0d0',
        VolumeId: 'vol-0aaaaaaaaaaaaaaaa',
        State: 'completed',
        Tags: tags.filter((t) => t.Key === TAG_MANAGED)
      },
      ACCOUNT,
      EAST
    )
    expect(isCopy(original)).toBe(false)
    expect(lineageKey(original)).toBe(JSON.stringify([ACCOUNT, EAST, 'ebs', 'vol-0aaaaaaaaaaaaaaaa']))
  })

  it('copies from two source regions of volumes with one id form two lineages', async () => {
    const fromEast = await ebsCopyTags(source())
    const fromWest2 = await ebsCopyTags(source({ region: 'us-west-2' }))
    const key = (tags: Tag[]): string | null =>
      lineageKey(ebsRecord({ SnapshotId: 'snap-1', VolumeId: COPY_VOLUME_ID, Tags: tags }, ACCOUNT, WEST))
    expect(key(fromEast)).not.toBe(key(fromWest2))
  })

  it('an RDS copy keeps its DB identifier but not the lineage of the copy region’s DB of the same name', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    m.rds[WEST]?.on(CopyDBSnapshotCommand).resolves({
      DBSnapshot: { DBSnapshotIdentifier: 'orders-1', Status: 'creating' }
    })
    await copySnapshot(
      m.target.clients,
      source({ kind: 'db-instance', snapshotId: 'orders-1', sourceId: 'orders' }),
      plan(clock),
      TAGS,
      new CopyGates(clock),
      clock
    )
    const sent = m.rds[WEST]?.commandCalls(CopyDBSnapshotCommand)[0]?.args[0].input.Tags ?? []
    const copy = dbSnapshotRecord(
      { DBSnapshotIdentifier: 'orders-1', DBInstanceIdentifier: 'orders', Status: 'available', TagList: sent },
      ACCOUNT,
      WEST
    )
    const local = dbSnapshotRecord(
      {
        DBSnapshotIdentifier: 'orders-west-1',
        DBInstanceIdentifier: 'orders',
        Status: 'available',
        TagList: [{ Key: TAG_MANAGED, Value: 'true' }]
      },
      ACCOUNT,
      WEST
    )
    expect(isCopy(copy)).toBe(true)
    expect(lineageKey(copy)).toBe(JSON.stringify([ACCOUNT, WEST, 'rds', 'copy', EAST, 'orders']))
    // The copy region has no DB "orders": the copy is not an orphan there, a snapshot of a DB that was is.
    expect(orphanFinding(copy, { sources: new Set() })).toBeNull()
    expect(orphanFinding(local, { sources: new Set() })?.rule).toBe('orphaned-snapshot')
    expect(lineageKey(local)).toBe(JSON.stringify([ACCOUNT, WEST, 'rds', 'orders']))
  })

  it('a snapshot is a copy only when it is managed and names what it copies', () => {
    const rec = (tags: Record<string, string>) =>
      ebsRecord(
        {
          SnapshotId: 'snap-1',
          VolumeId: COPY_VOLUME_ID,
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
        },
        ACCOUNT,
        WEST
      )
    const named = { [TAG_COPY_OF]: 'snap-0123456789abcdef0', [TAG_SOURCE_ID]: 'vol-0aaaaaaaaaaaaaaaa' }
    expect(isCopy(rec({ ...named, [TAG_MANAGED]: 'true' }))).toBe(true)
    // Someone else's snapshot carrying the tag is not ours to retain as a copy.
    expect(isCopy(rec(named))).toBe(false)
    expect(isCopy(rec({ ...named, [TAG_MANAGED]: 'false' }))).toBe(false)
    expect(isCopy(rec({ ...named, [TAG_MANAGED]: 'true', [TAG_COPY_OF]: '' }))).toBe(false)
    // A copy whose source tag was removed has no lineage: the planner cannot tell which volume it protects.
    const orphan = rec({ [TAG_MANAGED]: 'true', [TAG_COPY_OF]: 'snap-0123456789abcdef0' })
    expect(lineageSourceId(orphan)).toBeNull()
    expect(lineageKey(orphan)).toBeNull()
    expect(lineageSourceId(rec({ [TAG_MANAGED]: 'true', [TAG_COPY_OF]: 'snap-0', [TAG_SOURCE_ID]: '' }))).toBeNull()
    // An uncopied snapshot with the copy marker volume id has no source either.
    expect(lineageKey(rec({ [TAG_MANAGED]: 'true' }))).toBeNull()
  })
})
