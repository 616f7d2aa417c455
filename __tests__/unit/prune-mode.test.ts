import { beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { DeleteSnapshotCommand, DescribeSnapshotsCommand, type Filter, type Snapshot } from '@aws-sdk/client-ec2'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type GetObjectCommandOutput
} from '@aws-sdk/client-s3'
import { classifyDeleteError, deletePacing, runPrune, volumeKey, type PruneConfig } from '../../src/modes/prune.js'
import { metadataDocument, snapshotFacts, unknownVolume, type WorkflowContext } from '../../src/metadata.js'
import type { Pacer } from '../../src/pacer.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { awsError, ebsSnapshot, mockTarget, settle, type MockTarget } from '../helpers/mock-target.js'
import { DAY_MS } from '../../src/clock.js'

const ACCOUNT = '111122223333'
const NOW = Date.UTC(2026, 2, 15, 12, 0, 0)
const PREFIX = 'snapshot-metadata/'
const VOL_A = 'vol-0aaaaaaaaaaaaaaaa'
const VOL_B = 'vol-0bbbbbbbbbbbbbbbb'
const REGIONS = ['us-east-1', 'eu-west-1']

const NO_WORKFLOW: WorkflowContext = { repository: '', workflow: '', runId: '', runUrl: '', sha: '', actor: '' }

const daysAgo = (n: number): Date => new Date(NOW - n * DAY_MS)
const key = (volumeId: string, snapshotId: string): string => `${PREFIX}${volumeId}/${snapshotId}.json`
/** The metadata document backup writes for a snapshot (the real producer's output). */
const doc = (snapshotId: string, volumeId: string, region: string, accountId = ACCOUNT): string =>
  JSON.stringify(
    metadataDocument(
      snapshotFacts(ebsSnapshot(snapshotId, volumeId, new Date(NOW), { owner: accountId }), accountId, region),
      unknownVolume(volumeId, region),
      NO_WORKFLOW,
      'backup',
      new Date(NOW)
    )
  )

function config(over: Partial<PruneConfig> = {}): PruneConfig {
  return {
    regions: REGIONS,
    awsRegion: 'us-east-1',
    volumes: [],
    bucket: 'meta',
    metadataPrefix: PREFIX,
    retentionDays: 7,
    keepLast: 1,
    keepDaily: 0,
    keepWeekly: 0,
    keepMonthly: 0,
    dryRun: false,
    pruneTags: {},
    csvPath: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prune-unit-')), 'prune.csv'),
    maxParallelAccounts: 4,
    ...over
  }
}

function matches(s: Snapshot, filters: readonly Filter[]): boolean {
  const tags = Object.fromEntries((s.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
  return filters.every((f) => {
    const values = f.Values ?? []
    if (f.Name?.startsWith('tag:')) return values.includes(tags[f.Name.slice(4)] ?? '\u0000')
    if (f.Name === 'volume-id') return values.includes(s.VolumeId ?? '')
    if (f.Name === 'snapshot-id') return values.includes(s.SnapshotId ?? '')
    throw new Error(`filter ${f.Name ?? ''} not faked`)
  })
}

/** A small EBS and S3 behind the mocks: what exists, what was called in which order, and injectable errors. */
class FakeAws {
  readonly snapshots: Record<string, Map<string, Snapshot>> = Object.fromEntries(REGIONS.map((r) => [r, new Map()]))
  readonly objects = new Map<string, string>()
  readonly log: string[] = []
  readonly deleteErrors = new Map<string, Error[]>()
  readonly listErrors = new Map<string, Error>()
  /** Answer listings without applying the filters, as a misbehaving API might. */
  ignoreFilters = false

  constructor(readonly m: MockTarget) {
    for (const region of REGIONS) {
      const ec2 = m.ec2[region]
      ec2
        ?.on(DescribeSnapshotsCommand)
        .callsFake((input: { Filters?: Filter[]; OwnerIds?: string[]; MaxResults?: number }) => {
          const filters = input.Filters ?? []
          this.log.push(`DescribeSnapshots ${region} ${filters.map((f) => f.Name).join('+')}`)
          const failure = this.listErrors.get(region)
          if (failure && !filters.some((f) => f.Name === 'snapshot-id')) throw failure
          if (input.OwnerIds?.[0] !== 'self' || input.MaxResults !== 1000)
            throw new Error('DescribeSnapshots without OwnerIds self and MaxResults 1000')
          const all = [...(this.snapshots[region]?.values() ?? [])]
          return { Snapshots: this.ignoreFilters ? all : all.filter((s) => matches(s, filters)) }
        })
      ec2?.on(DeleteSnapshotCommand).callsFake((input: { SnapshotId: string }) => {
        this.log.push(`DeleteSnapshot ${input.SnapshotId}`)
        const queued = this.deleteErrors.get(input.SnapshotId)
        const err = queued?.shift()
        if (err) throw err
        if (!this.snapshots[region]?.delete(input.SnapshotId)) throw awsError('InvalidSnapshot.NotFound', '')
        return {}
      })
    }
    m.s3.on(ListObjectsV2Command).callsFake((input: { Prefix?: string }) => ({
      Contents: [...this.objects.keys()]
        .filter((k) => k.startsWith(input.Prefix ?? ''))
        .sort()
        .map((Key) => ({ Key }))
    }))
    m.s3.on(GetObjectCommand).callsFake((input: { Key: string }) => {
      this.log.push(`GetObject ${input.Key}`)
      const text = this.objects.get(input.Key)
      if (text === undefined) throw awsError('NoSuchKey')
      return {
        Body: { transformToString: () => Promise.resolve(text) } as unknown as NonNullable<
          GetObjectCommandOutput['Body']
        >
      }
    })
    m.s3.on(DeleteObjectCommand).callsFake((input: { Key: string }) => {
      this.log.push(`DeleteObject ${input.Key}`)
      this.objects.delete(input.Key)
      return {}
    })
    m.s3.on(PutObjectCommand).callsFake((input: { Key: string; Body: string }) => {
      this.log.push(`PutObject ${input.Key}`)
      this.objects.set(input.Key, input.Body)
      return {}
    })
  }

  add(region: string, s: Snapshot, withMetadata = true): string {
    this.snapshots[region]?.set(s.SnapshotId ?? '', { ...s, OwnerId: this.m.target.accountId })
    if (withMetadata)
      this.objects.set(
        key(s.VolumeId ?? '', s.SnapshotId ?? ''),
        doc(s.SnapshotId ?? '', s.VolumeId ?? '', region, this.m.target.accountId)
      )
    return s.SnapshotId ?? ''
  }

  ids(region: string): string[] {
    return [...(this.snapshots[region]?.keys() ?? [])].sort()
  }

  calls(prefix: string): string[] {
    return this.log.filter((l) => l.startsWith(prefix))
  }
}

/** A pacer that never waits, counting tokens per region. */
function countingPacers(): {
  pacer: (accountId: string, region: string) => Pacer
  takes: Record<string, number>
  penalties: Record<string, number>
} {
  const takes: Record<string, number> = {}
  const penalties: Record<string, number> = {}
  return {
    takes,
    penalties,
    pacer: (accountId, region) => ({
      take: () => {
        takes[`${accountId}/${region}`] = (takes[`${accountId}/${region}`] ?? 0) + 1
        return Promise.resolve()
      },
      penalize: () => {
        penalties[`${accountId}/${region}`] = (penalties[`${accountId}/${region}`] ?? 0) + 1
      }
    })
  }
}

let m: MockTarget
let aws: FakeAws
let clock: FakeClock

beforeEach(() => {
  m = mockTarget(ACCOUNT, REGIONS)
  aws = new FakeAws(m)
  clock = new FakeClock(NOW)
})

/** Volume A in us-east-1: snapshots 20, 10 and 1 day old; the two older are expired under retention 7 and keep-last 1. */
function seedVolumeA(): { old: string; older: string; newest: string } {
  return {
    older: aws.add('us-east-1', ebsSnapshot('snap-0a20', VOL_A, daysAgo(20))),
    old: aws.add('us-east-1', ebsSnapshot('snap-0a10', VOL_A, daysAgo(10))),
    newest: aws.add('us-east-1', ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)))
  }
}

describe('runPrune', () => {
  it('deletes what the planner expires, each snapshot before its metadata, and keeps the rest', async () => {
    const a = seedVolumeA()
    const p = countingPacers()
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: p.pacer }))
    expect(result.deletedIds).toEqual([a.old, a.older])
    expect(result.counts).toEqual({
      deleted: 2,
      'would-delete': 0,
      archived: 0,
      'would-archive': 0,
      kept: 1,
      skipped: 0,
      failed: 0
    })
    expect(aws.ids('us-east-1')).toEqual([a.newest])
    expect([...aws.objects.keys()]).toEqual([key(VOL_A, a.newest)])
    for (const id of [a.old, a.older]) {
      expect(aws.log.indexOf(`DeleteSnapshot ${id}`)).toBeLessThan(aws.log.indexOf(`DeleteObject ${key(VOL_A, id)}`))
    }
    expect(result.decisions.map((d) => [d.snapshotId, d.outcome, d.rule, d.reason])).toEqual([
      [a.newest, 'kept', 'keep-last', 'held by keep-last 1 of 1'],
      [a.old, 'deleted', 'retention', 'expired: 10 days old, retention 7 days'],
      [a.older, 'deleted', 'retention', 'expired: 20 days old, retention 7 days']
    ])
    expect(result.reclaimedGib).toBe(16)
    expect(result.reclaimedUsd).toBeCloseTo(0.8, 10)
    expect(result.errors).toEqual([])
    expect(p.takes).toEqual({ [`${ACCOUNT}/us-east-1`]: 2 })
    const csv = fs.readFileSync(result.csvPath, 'utf8').trim().split('\n')
    expect(csv[0]).toBe('account_id,region,snapshot_id,volume_id,created_at,age_days,size_gib,decision,rule,reason')
    expect(csv[1]).toBe(
      `${ACCOUNT},us-east-1,${a.newest},${VOL_A},2026-03-14T12:00:00.000Z,1,8,kept,keep-last,held by keep-last 1 of 1`
    )
    expect(csv).toHaveLength(4)
  })

  it('lists with the managed tag filter, OwnerIds self and 1,000 a page, in every region', async () => {
    seedVolumeA()
    await settle(
      clock,
      runPrune(config({ pruneTags: { 'legacy-backup': 'yes' } }), [m.target], clock, { pacer: countingPacers().pacer })
    )
    expect(aws.calls('DescribeSnapshots').sort()).toEqual([
      'DescribeSnapshots eu-west-1 tag:legacy-backup',
      'DescribeSnapshots eu-west-1 tag:snapshot-hygiene:managed',
      'DescribeSnapshots us-east-1 tag:legacy-backup',
      'DescribeSnapshots us-east-1 tag:snapshot-hygiene:managed'
    ])
  })

  it('never deletes a snapshot it does not own, even when a listing returns one', async () => {
    aws.ignoreFilters = true
    aws.add('us-east-1', ebsSnapshot('snap-0f99', VOL_A, daysAgo(400), { tags: { team: 'web' } }), false)
    aws.add(
      'us-east-1',
      ebsSnapshot('snap-0f98', VOL_A, daysAgo(300), { tags: { 'snapshot-hygiene:managed': 'false' } }),
      false
    )
    aws.add('us-east-1', ebsSnapshot('snap-0f97', VOL_A, daysAgo(200), { tags: { 'legacy-backup': 'no' } }), false)
    const result = await settle(
      clock,
      runPrune(config({ keepLast: 0, retentionDays: 0, pruneTags: { 'legacy-backup': 'yes' } }), [m.target], clock, {
        pacer: countingPacers().pacer
      })
    )
    expect(aws.calls('DeleteSnapshot')).toEqual([])
    expect(result.deletedIds).toEqual([])
    expect(result.decisions.map((d) => [d.snapshotId, d.outcome, d.rule])).toEqual([
      ['snap-0f97', 'skipped', 'not-managed'],
      ['snap-0f98', 'skipped', 'not-managed'],
      ['snap-0f99', 'skipped', 'not-managed']
    ])
  })

  it('adopts snapshots matching prune-tags and never deletes a pending one', async () => {
    aws.add('us-east-1', ebsSnapshot('snap-0e01', VOL_B, daysAgo(30), { tags: { 'legacy-backup': 'yes' } }), false)
    aws.add('us-east-1', ebsSnapshot('snap-0e02', VOL_B, daysAgo(20), { tags: { 'legacy-backup': 'yes' } }), false)
    aws.add('us-east-1', ebsSnapshot('snap-0e03', VOL_B, daysAgo(90), { state: 'pending' }), false)
    const result = await settle(
      clock,
      runPrune(config({ keepLast: 1, pruneTags: { 'legacy-backup': 'yes' } }), [m.target], clock, {
        pacer: countingPacers().pacer
      })
    )
    expect(result.deletedIds).toEqual(['snap-0e01'])
    expect(result.decisions.find((d) => d.snapshotId === 'snap-0e03')).toMatchObject({
      outcome: 'kept',
      rule: 'pending'
    })
  })

  it('skips a snapshot in use by an AMI and reports it, without an error', async () => {
    const a = seedVolumeA()
    aws.deleteErrors.set(a.older, [
      awsError('InvalidSnapshot.InUse', `The snapshot ${a.older} is currently in use by ami-0123`)
    ])
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.errors).toEqual([])
    expect(result.deletedIds).toEqual([a.old])
    expect(result.decisions.find((d) => d.snapshotId === a.older)).toMatchObject({
      outcome: 'skipped',
      rule: 'in-use',
      reason: `expired: 20 days old, retention 7 days; not deleted: InvalidSnapshot.InUse: The snapshot ${a.older} is currently in use by ami-0123`
    })
    expect(aws.objects.has(key(VOL_A, a.older))).toBe(true)
    expect(aws.calls(`DeleteObject ${key(VOL_A, a.older)}`)).toEqual([])
  })

  it('skips a snapshot AWS Backup manages', async () => {
    const a = seedVolumeA()
    aws.deleteErrors.set(a.old, [
      awsError(
        'InvalidParameterValue',
        'This snapshot is managed by the AWS Backup service and cannot be deleted via EC2 APIs.'
      )
    ])
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.errors).toEqual([])
    expect(result.decisions.find((d) => d.snapshotId === a.old)).toMatchObject({
      outcome: 'skipped',
      rule: 'aws-backup'
    })
    expect(result.counts.skipped).toBe(1)
  })

  it('treats InvalidSnapshot.NotFound as already deleted and still removes the metadata', async () => {
    const a = seedVolumeA()
    // Listed, then gone before the delete (another run, or an SDK retry after a lost response).
    aws.deleteErrors.set(a.old, [awsError('InvalidSnapshot.NotFound', '')])
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.errors).toEqual([])
    expect(result.deletedIds).toEqual([a.old, a.older])
    expect(result.decisions.find((d) => d.snapshotId === a.old)?.reason).toBe(
      'expired: 10 days old, retention 7 days (already deleted)'
    )
    expect(aws.objects.has(key(VOL_A, a.old))).toBe(false)
  })

  it('collects other errors, finishes the rest, and reports every one', async () => {
    const a = seedVolumeA()
    aws.add('eu-west-1', ebsSnapshot('snap-0d30', VOL_B, daysAgo(30)))
    aws.add('eu-west-1', ebsSnapshot('snap-0d01', VOL_B, daysAgo(1)))
    aws.deleteErrors.set(a.old, [
      awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.')
    ])
    aws.deleteErrors.set('snap-0d30', [awsError('IncorrectState', 'snapshot is busy')])
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.deletedIds).toEqual([a.older])
    expect(result.counts.failed).toBe(2)
    expect(result.errors).toEqual([
      {
        accountId: ACCOUNT,
        region: 'eu-west-1',
        subject: 'snap-0d30',
        operation: 'DeleteSnapshot',
        message: 'IncorrectState: snapshot is busy'
      },
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        subject: a.old,
        operation: 'DeleteSnapshot',
        message: 'UnauthorizedOperation: You are not authorized to perform this operation.'
      }
    ])
    expect(aws.objects.has(key(VOL_A, a.old))).toBe(true)
    expect(aws.objects.has(key(VOL_B, 'snap-0d30'))).toBe(true)
  })

  it('retries RequestLimitExceeded through the pacer', async () => {
    const a = seedVolumeA()
    aws.deleteErrors.set(a.old, [
      awsError('RequestLimitExceeded', 'Request limit exceeded.'),
      awsError('RequestLimitExceeded', 'Request limit exceeded.')
    ])
    const p = countingPacers()
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: p.pacer, random: () => 0.5 }))
    expect(result.errors).toEqual([])
    expect(result.deletedIds).toEqual([a.old, a.older])
    expect(aws.calls(`DeleteSnapshot ${a.old}`)).toHaveLength(3)
    expect(p.takes[`${ACCOUNT}/us-east-1`]).toBe(4)
    expect(p.penalties[`${ACCOUNT}/us-east-1`]).toBe(2)
    expect(clock.sleeps).toEqual([500, 1_000])
  })

  it('empties the pacer when the SDK had to retry a call itself', async () => {
    const a = seedVolumeA()
    const p = countingPacers()
    m.ec2['us-east-1']?.on(DeleteSnapshotCommand).resolves({ $metadata: { attempts: 2 } })
    const result = await settle(clock, runPrune(config({ bucket: null }), [m.target], clock, { pacer: p.pacer }))
    expect(result.deletedIds).toEqual([a.old, a.older])
    expect(p.penalties[`${ACCOUNT}/us-east-1`]).toBe(2)
  })

  it('paces each region with its own bucket: the burst at once, then 5 a second, with deletes in flight together', async () => {
    for (let i = 0; i < 130; i++)
      aws.add('us-east-1', ebsSnapshot(`snap-0${String(i).padStart(4, '0')}`, VOL_A, daysAgo(30 + i)), false)
    aws.add('us-east-1', ebsSnapshot('snap-1new', VOL_A, daysAgo(0)), false)
    for (let i = 0; i < 3; i++) aws.add('eu-west-1', ebsSnapshot(`snap-0e${i}`, VOL_B, daysAgo(30 + i)), false)
    aws.add('eu-west-1', ebsSnapshot('snap-1neweu', VOL_B, daysAgo(0)), false)
    const times: Record<string, number[]> = { 'us-east-1': [], 'eu-west-1': [] }
    let inFlight = 0
    let maxInFlight = 0
    for (const region of REGIONS) {
      m.ec2[region]?.on(DeleteSnapshotCommand).callsFake(async () => {
        times[region]?.push(clock.elapsedSince(NOW))
        maxInFlight = Math.max(maxInFlight, ++inFlight)
        await clock.sleep(50)
        inFlight--
        return {}
      })
    }
    const result = await settle(clock, runPrune(config({ bucket: null }), [m.target], clock, { env: {} }))
    expect(result.deletedIds).toHaveLength(133)
    const east = times['us-east-1'] ?? []
    // Two tokens stay in hand as a cushion against jitter (PACER_CUSHION_TOKENS).
    expect(east.slice(0, 98)).toEqual(new Array(98).fill(0))
    expect(east.slice(98)).toEqual(Array.from({ length: 32 }, (_, k) => (k + 1) * 200))
    expect(times['eu-west-1']).toEqual([0, 0, 0])
    expect(maxInFlight).toBe(101)
    expect(result.pacing).toEqual({ burst: 100, refillPerSecond: 5 })
  })

  it('under dry-run plans the same deletions and makes no delete or write call at all', async () => {
    const a = seedVolumeA()
    aws.add('us-east-1', ebsSnapshot('snap-0b01', VOL_B, daysAgo(1)), false)
    aws.objects.set(key(VOL_A, 'snap-0dead'), doc('snap-0dead', VOL_A, 'us-east-1'))
    const options = {
      repair: [
        {
          accountId: ACCOUNT,
          volumeId: VOL_B,
          region: 'us-east-1',
          volumeType: null,
          sizeGib: null,
          availabilityZone: null,
          attachments: [],
          name: null,
          encrypted: null,
          kmsKeyId: null,
          tags: {}
        }
      ]
    }
    const dry = await settle(
      clock,
      runPrune(
        config({
          dryRun: true,
          volumes: [
            { region: 'us-east-1', volumeId: VOL_A },
            { region: 'us-east-1', volumeId: VOL_B }
          ]
        }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer },
        options
      )
    )
    expect(aws.calls('DeleteSnapshot')).toEqual([])
    expect(aws.calls('DeleteObject')).toEqual([])
    expect(aws.calls('PutObject')).toEqual([])
    expect(aws.calls('GetObject')).toEqual([`GetObject ${key(VOL_A, 'snap-0dead')}`])
    expect(dry.deletedIds).toEqual([a.old, a.older])
    expect(dry.counts['would-delete']).toBe(2)
    expect(dry.metadata.orphans).toEqual([key(VOL_A, 'snap-0dead')])
    expect(dry.metadata.repaired).toEqual([key(VOL_B, 'snap-0b01')])
    const real = await settle(
      clock,
      runPrune(
        config({
          volumes: [
            { region: 'us-east-1', volumeId: VOL_A },
            { region: 'us-east-1', volumeId: VOL_B }
          ]
        }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer },
        options
      )
    )
    expect(real.deletedIds).toEqual(dry.deletedIds)
    expect(real.metadata.orphans).toEqual(dry.metadata.orphans)
    expect(real.metadata.repaired).toEqual(dry.metadata.repaired)
  })

  it('removes metadata whose snapshot is gone, after asking EC2 in every listed region and the one the document names', async () => {
    seedVolumeA()
    aws.add('eu-west-1', ebsSnapshot('snap-0c0ffee', VOL_B, daysAgo(3), { tags: {} }), false)
    aws.objects.set(key(VOL_B, 'snap-0a0e'), doc('snap-0a0e', VOL_B, 'eu-west-1'))
    aws.objects.set(key(VOL_B, 'snap-0c0ffee'), doc('snap-0c0ffee', VOL_B, 'eu-west-1'))
    aws.objects.set(key(VOL_B, 'snap-0b0b'), doc('snap-0b0b', VOL_B, 'eu-west-1', '999999999999'))
    aws.objects.set(key(VOL_B, 'snap-0bad'), 'not json')
    aws.objects.set(key(VOL_B, 'snap-0f00d'), doc('snap-0f00d', VOL_B, 'eu-west-1'))
    aws.objects.set(`${PREFIX}notes.txt`, 'hello')
    const result = await settle(
      clock,
      runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }, { createdIds: new Set(['snap-0f00d']) })
    )
    expect(result.metadata.orphans).toEqual([key(VOL_B, 'snap-0a0e')])
    expect(result.metadata.unreadable).toEqual([key(VOL_B, 'snap-0bad')])
    expect(result.metadata.otherKeys).toBe(1)
    expect(aws.objects.has(key(VOL_B, 'snap-0a0e'))).toBe(false)
    for (const k of [
      key(VOL_B, 'snap-0c0ffee'),
      key(VOL_B, 'snap-0b0b'),
      key(VOL_B, 'snap-0bad'),
      key(VOL_B, 'snap-0f00d'),
      `${PREFIX}notes.txt`
    ])
      expect(aws.objects.has(k), k).toBe(true)
    expect(aws.calls('GetObject').sort()).toEqual(
      [
        key(VOL_A, 'snap-0a10'),
        key(VOL_A, 'snap-0a20'),
        key(VOL_B, 'snap-0a0e'),
        key(VOL_B, 'snap-0b0b'),
        key(VOL_B, 'snap-0bad'),
        key(VOL_B, 'snap-0c0ffee')
      ].map((k) => `GetObject ${k}`)
    )
    expect(aws.calls('DescribeSnapshots eu-west-1 snapshot-id')).toHaveLength(1)
    expect(aws.calls('DescribeSnapshots us-east-1 snapshot-id')).toHaveLength(1)
  })

  it('reports a kept managed snapshot without metadata, and repairs it for a volume backup-and-prune backs up', async () => {
    aws.add('us-east-1', ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)), false)
    aws.add(
      'us-east-1',
      ebsSnapshot('snap-0b01', VOL_B, daysAgo(1), {
        tags: { 'snapshot-hygiene:managed': 'true', 'snapshot-hygiene:run-id': '5' }
      }),
      false
    )
    aws.add('us-east-1', ebsSnapshot('snap-0c01', VOL_B, daysAgo(1), { tags: { 'legacy-backup': 'yes' } }), false)
    const prune = await settle(
      clock,
      runPrune(config({ pruneTags: { 'legacy-backup': 'yes' } }), [m.target], clock, { pacer: countingPacers().pacer })
    )
    expect(prune.metadata.missing.map((x) => x.snapshotId)).toEqual(['snap-0a01', 'snap-0b01'])
    expect(aws.calls('PutObject')).toEqual([])

    const volumeB = {
      accountId: ACCOUNT,
      volumeId: VOL_B,
      region: 'us-east-1',
      volumeType: 'gp3',
      sizeGib: 8,
      availabilityZone: 'us-east-1a',
      attachments: [],
      name: 'b',
      encrypted: false,
      kmsKeyId: null,
      tags: {}
    }
    const repaired = await settle(
      clock,
      runPrune(
        config({ volumes: [{ region: 'us-east-1', volumeId: VOL_B }] }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer },
        { repair: [volumeB] }
      )
    )
    expect(repaired.metadata.repaired).toEqual([key(VOL_B, 'snap-0b01')])
    expect(repaired.metadata.missing).toEqual([])
    const written = JSON.parse(aws.objects.get(key(VOL_B, 'snap-0b01')) ?? '{}') as {
      written_by: string
      volume: { name: string }
      workflow: { run_id: string }
    }
    expect(written.written_by).toBe('repair')
    expect(written.volume.name).toBe('b')
    expect(written.workflow.run_id).toBe('5')
  })

  it('decides nothing in a region it could not list, and prunes the others', async () => {
    const a = seedVolumeA()
    aws.add('eu-west-1', ebsSnapshot('snap-0d30', VOL_B, daysAgo(30)))
    aws.add('eu-west-1', ebsSnapshot('snap-0d01', VOL_B, daysAgo(1)))
    aws.listErrors.set('eu-west-1', awsError('UnauthorizedOperation', 'not allowed'))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.failures).toEqual([
      {
        accountId: ACCOUNT,
        region: 'eu-west-1',
        service: 'ebs',
        message: 'managed EBS snapshots: UnauthorizedOperation: not allowed'
      }
    ])
    expect(result.deletedIds).toEqual([a.old, a.older])
    expect(aws.ids('eu-west-1')).toEqual(['snap-0d01', 'snap-0d30'])
  })

  it('holds the snapshots of a volume whose backup failed in this run', async () => {
    const a = seedVolumeA()
    const hold = new Map([[volumeKey(ACCOUNT, 'us-east-1', VOL_A), `the backup of ${VOL_A} failed in this run`]])
    const result = await settle(
      clock,
      runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }, { hold })
    )
    expect(aws.calls('DeleteSnapshot')).toEqual([])
    expect(result.decisions.find((d) => d.snapshotId === a.older)).toMatchObject({
      outcome: 'skipped',
      rule: 'backup-failed',
      reason: `expired: 20 days old, retention 7 days; not deleted because the backup of ${VOL_A} failed in this run`
    })
  })

  it('handles every target account, each decision carrying its account', async () => {
    const other = mockTarget('444455556666', REGIONS)
    const otherAws = new FakeAws(other)
    seedVolumeA()
    otherAws.add('us-east-1', ebsSnapshot('snap-0x30', VOL_B, daysAgo(30)), false)
    otherAws.add('us-east-1', ebsSnapshot('snap-0x01', VOL_B, daysAgo(1)), false)
    const p = countingPacers()
    const result = await settle(
      clock,
      runPrune(config({ bucket: null }), [m.target, other.target], clock, { pacer: p.pacer })
    )
    expect(result.accounts).toEqual([ACCOUNT, '444455556666'])
    expect(
      result.decisions.filter((d) => d.outcome === 'deleted').map((d) => `${d.accountId}/${d.snapshotId}`)
    ).toEqual([`${ACCOUNT}/snap-0a10`, `${ACCOUNT}/snap-0a20`, '444455556666/snap-0x30'])
    expect(p.takes).toEqual({ [`${ACCOUNT}/us-east-1`]: 2, '444455556666/us-east-1': 1 })
  })
})

describe('delete pacing and error sorting', () => {
  it("uses EC2's DeleteSnapshot bucket unless the environment overrides it", () => {
    expect(deletePacing({})).toEqual({ burst: 100, refillPerSecond: 5 })
    expect(deletePacing({ SNAPSHOT_HYGIENE_DELETE_BURST: '400', SNAPSHOT_HYGIENE_DELETE_RATE: '20.5' })).toEqual({
      burst: 400,
      refillPerSecond: 20.5
    })
    expect(() => deletePacing({ SNAPSHOT_HYGIENE_DELETE_RATE: '0' })).toThrow(
      "Environment variable SNAPSHOT_HYGIENE_DELETE_RATE must be a positive number; got '0'"
    )
    expect(() => deletePacing({ SNAPSHOT_HYGIENE_DELETE_BURST: 'lots' })).toThrow(
      "Environment variable SNAPSHOT_HYGIENE_DELETE_BURST must be a positive number; got 'lots'"
    )
  })

  it('sorts DeleteSnapshot errors', () => {
    expect(classifyDeleteError(awsError('InvalidSnapshot.NotFound', ''))).toEqual({ kind: 'gone' })
    expect(classifyDeleteError(awsError('InvalidSnapshot.InUse', 'in use by ami-1')).kind).toBe('in-use')
    expect(
      classifyDeleteError(
        awsError(
          'InvalidParameterValue',
          'This snapshot is managed by the AWS Backup service and cannot be deleted via EC2 APIs.'
        )
      ).kind
    ).toBe('aws-backup')
    expect(classifyDeleteError(awsError('InvalidParameterValue', 'bad id'))).toEqual({
      kind: 'error',
      message: 'InvalidParameterValue: bad id'
    })
  })
})

/** A latch: a promise and the function that resolves it. */
function latch(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {}
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

describe('planner to executor: the real plan carried out', () => {
  it('deletes exactly what the planner marks delete, never a snapshot it skips (ignore tag, AWS Backup, out of scope)', async () => {
    // The listing returns every snapshot of the region, as a misbehaving API might: the plan alone must protect them.
    aws.ignoreFilters = true
    aws.add('us-east-1', ebsSnapshot('snap-0a30', VOL_A, daysAgo(30)))
    aws.add('us-east-1', ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)))
    aws.add(
      'us-east-1',
      ebsSnapshot('snap-0a20', VOL_A, daysAgo(20), {
        tags: { 'snapshot-hygiene:managed': 'true', 'snapshot-hygiene:ignore': 'legal-hold' }
      })
    )
    aws.add(
      'us-east-1',
      ebsSnapshot('snap-0a10', VOL_A, daysAgo(10), {
        tags: {
          'snapshot-hygiene:managed': 'true',
          'aws:backup:source-resource': `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/${VOL_A}`
        }
      })
    )
    aws.add('us-east-1', ebsSnapshot('snap-0b30', VOL_B, daysAgo(30)))
    const result = await settle(
      clock,
      runPrune(
        config({ retentionDays: 0, keepLast: 0, volumes: [{ region: 'us-east-1', volumeId: VOL_A }] }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer }
      )
    )
    expect(aws.calls('DeleteSnapshot').sort()).toEqual(['DeleteSnapshot snap-0a01', 'DeleteSnapshot snap-0a30'])
    expect(result.decisions.map((d) => [d.snapshotId, d.outcome, d.rule])).toEqual([
      ['snap-0a01', 'deleted', 'retention'],
      ['snap-0a10', 'skipped', 'aws-backup'],
      ['snap-0a20', 'skipped', 'ignore-tag'],
      ['snap-0a30', 'deleted', 'retention'],
      ['snap-0b30', 'skipped', 'out-of-scope']
    ])
    expect(aws.ids('us-east-1')).toEqual(['snap-0a10', 'snap-0a20', 'snap-0b30'])
  })

  it('deletes exactly the expected snapshots of a daily lineage under keep-last, keep-daily, keep-weekly and keep-monthly', async () => {
    // Daily backups at 06:00 UTC from 2025-12-01 to 2026-03-15; the prune runs on Sunday 2026-03-15 at 12:00 UTC.
    const now = Date.UTC(2026, 2, 15, 12)
    const lineageClock = new FakeClock(now)
    const days: string[] = []
    for (let t = Date.UTC(2025, 11, 1, 6); t <= Date.UTC(2026, 2, 15, 6); t += DAY_MS) {
      const id = `snap-${(0x1000 + days.length).toString(16)}`
      days.push(new Date(t).toISOString().slice(0, 10))
      aws.add('us-east-1', ebsSnapshot(id, VOL_A, new Date(t)))
    }
    const idOf = (day: string): string => `snap-${(0x1000 + days.indexOf(day)).toString(16)}`
    // Kept, worked out by hand: the last 15 days (keep-last 2, keep-daily 3, within 15-day retention, keep-weekly
    // 2026-W10 and W09), February's newest (keep-monthly), the newest of 2026-W08 (keep-weekly), January's newest.
    const kept = [
      ...Array.from({ length: 15 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`),
      '2026-02-28',
      '2026-02-22',
      '2026-01-31'
    ]
    const expected = days.filter((d) => !kept.includes(d)).map(idOf)
    expect(days).toHaveLength(105)
    expect(expected).toHaveLength(87)
    const result = await settle(
      lineageClock,
      runPrune(
        config({ retentionDays: 15, keepLast: 2, keepDaily: 3, keepWeekly: 4, keepMonthly: 3 }),
        [m.target],
        lineageClock,
        { pacer: countingPacers().pacer }
      )
    )
    expect(aws.calls('DeleteSnapshot').sort()).toEqual(expected.map((id) => `DeleteSnapshot ${id}`).sort())
    expect([...result.deletedIds].sort()).toEqual([...expected].sort())
    expect(aws.ids('us-east-1')).toEqual(kept.map(idOf).sort())
    expect([...aws.objects.keys()].sort()).toEqual(kept.map((d) => key(VOL_A, idOf(d))).sort())
    expect(result.decisions.find((d) => d.snapshotId === idOf('2026-02-28'))).toMatchObject({
      outcome: 'kept',
      rule: 'keep-monthly',
      reason: 'held by keep-monthly 2026-02'
    })
  })

  it('never deletes a snapshot this run created, whatever the policy, and says so (created-this-run)', async () => {
    const a = seedVolumeA()
    const result = await settle(
      clock,
      runPrune(
        config({ retentionDays: 0, keepLast: 0 }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer },
        { createdIds: new Set([a.newest]) }
      )
    )
    expect(aws.calls('DeleteSnapshot').sort()).toEqual([`DeleteSnapshot ${a.old}`, `DeleteSnapshot ${a.older}`])
    expect(result.decisions.find((d) => d.snapshotId === a.newest)).toMatchObject({
      outcome: 'kept',
      rule: 'created-this-run',
      reason: 'held by created-this-run (this run made it)'
    })
    expect(aws.objects.has(key(VOL_A, a.newest))).toBe(true)
  })
})

describe('metadata is removed only when read and proven', () => {
  it('leaves a foreign, unparseable or mismatched object at the key of a snapshot it deletes, and reports it', async () => {
    const a = seedVolumeA()
    aws.objects.set(key(VOL_A, a.older), 'not json')
    aws.objects.set(key(VOL_A, a.old), doc(a.newest, VOL_A, 'us-east-1'))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.deletedIds).toEqual([a.old, a.older])
    expect(result.errors).toEqual([])
    expect(aws.calls('DeleteObject')).toEqual([])
    expect(result.metadata.unreadable).toEqual([key(VOL_A, a.old), key(VOL_A, a.older)].sort())
    expect(aws.objects.get(key(VOL_A, a.older))).toBe('not json')
  })

  it('keeps the metadata of a live snapshot that was not listed, even when its document names the wrong region', async () => {
    aws.add('us-east-1', ebsSnapshot('snap-0c0ffee', VOL_B, daysAgo(3), { tags: {} }), false)
    aws.objects.set(key(VOL_B, 'snap-0c0ffee'), doc('snap-0c0ffee', VOL_B, 'eu-west-1'))
    aws.objects.set(key(VOL_B, 'snap-0dead'), doc('snap-0dead', VOL_B, 'eu-west-1'))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.errors).toEqual([])
    expect(result.metadata.orphans).toEqual([key(VOL_B, 'snap-0dead')])
    expect([...aws.objects.keys()]).toEqual([key(VOL_B, 'snap-0c0ffee')])
  })

  it('keeps every candidate when a listed region cannot be asked whether its snapshot exists', async () => {
    aws.objects.set(key(VOL_B, 'snap-0dead'), doc('snap-0dead', VOL_B, 'eu-west-1'))
    m.ec2['us-east-1']
      ?.on(DescribeSnapshotsCommand, { Filters: [{ Name: 'snapshot-id', Values: ['snap-0dead'] }] })
      .rejects(awsError('UnauthorizedOperation', 'not allowed'))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.metadata.orphans).toEqual([])
    expect(aws.objects.has(key(VOL_B, 'snap-0dead'))).toBe(true)
    expect(result.errors.map((e) => [e.region, e.operation])).toEqual([['us-east-1', 'DescribeSnapshots']])
  })
})

describe('two overlapping runs', () => {
  /** The seed both runs see: expired snapshots with metadata in two regions, and orphaned metadata. */
  function seed(fake: FakeAws): void {
    fake.add('us-east-1', ebsSnapshot('snap-0a20', VOL_A, daysAgo(20)))
    fake.add('us-east-1', ebsSnapshot('snap-0a10', VOL_A, daysAgo(10)))
    fake.add('us-east-1', ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)))
    fake.add('eu-west-1', ebsSnapshot('snap-0b30', VOL_B, daysAgo(30)))
    fake.add('eu-west-1', ebsSnapshot('snap-0b01', VOL_B, daysAgo(1)))
    fake.objects.set(key(VOL_A, 'snap-0dead'), doc('snap-0dead', VOL_A, 'us-east-1'))
    fake.objects.set(key(VOL_B, 'snap-0d0d'), doc('snap-0d0d', VOL_B, 'eu-west-1'))
  }

  it('both finish without an error, and leave exactly what one run leaves, when one run does everything first', async () => {
    seed(aws)
    // Run A deletes only once run B has listed and planned; B carries out its plan only once A has finished.
    const bPlanned = latch()
    const aFinished = latch()
    const pacerA: Pacer = { take: () => bPlanned.promise, penalize: () => undefined }
    const pacerB: Pacer = {
      take: () => {
        bPlanned.open()
        return aFinished.promise
      },
      penalize: () => undefined
    }
    const runA = runPrune(config(), [m.target], clock, { pacer: () => pacerA }).finally(() => {
      aFinished.open()
    })
    const runB = runPrune(config(), [m.target], clock, { pacer: () => pacerB })
    const [a, b] = await settle(clock, Promise.all([runA, runB]))

    const single = mockTarget(ACCOUNT, REGIONS)
    const once = new FakeAws(single)
    seed(once)
    const one = await settle(clock, runPrune(config(), [single.target], clock, { pacer: countingPacers().pacer }))

    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
    expect(a.deletedIds).toEqual(one.deletedIds)
    expect(b.deletedIds).toEqual(one.deletedIds)
    expect(b.decisions.filter((d) => d.outcome === 'deleted').map((d) => d.reason)).toEqual(
      one.deletedIds.map((): unknown => expect.stringMatching(/\(already deleted\)$/))
    )
    expect(a.metadata.orphans).toEqual(one.metadata.orphans)
    for (const region of REGIONS) expect(aws.ids(region)).toEqual(once.ids(region))
    expect([...aws.objects.keys()].sort()).toEqual([...once.objects.keys()].sort())
    expect(aws.ids('us-east-1')).toEqual(['snap-0a01'])
    expect(aws.ids('eu-west-1')).toEqual(['snap-0b01'])
  })
})
