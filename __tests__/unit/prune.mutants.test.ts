import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { DeleteSnapshotCommand } from '@aws-sdk/client-ec2'
import { DeleteObjectCommand } from '@aws-sdk/client-s3'
import {
  DELETE_BURST,
  PLAN_LOG_MAX,
  deleteConcurrency,
  deletePacer,
  deletePacing,
  pruneRegions,
  runPrune,
  volumeKey,
  type PruneConfig
} from '../../src/modes/prune.js'
import { unknownVolume } from '../../src/metadata.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeAws, countingPacers } from '../helpers/fake-aws.js'
import { awsError, ebsSnapshot, mockTarget, settle, type MockTarget } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const OTHER = '444455556666'
const NOW = Date.UTC(2026, 2, 15, 12, 0, 0)
const DAY = 86_400_000
const PREFIX = 'snapshot-metadata/'
const VOL_A = 'vol-0aaaaaaaaaaaaaaaa'
const VOL_B = 'vol-0bbbbbbbbbbbbbbbb'
const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const REGIONS = [EAST, WEST]

const daysAgo = (n: number): Date => new Date(NOW - n * DAY)

function config(over: Partial<PruneConfig> = {}): PruneConfig {
  return {
    regions: REGIONS,
    awsRegion: EAST,
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
    csvPath: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prune-mutants-')), 'prune.csv'),
    maxParallelAccounts: 4,
    ...over
  }
}

let m: MockTarget
let aws: FakeAws
let clock: FakeClock

beforeEach(() => {
  m = mockTarget(ACCOUNT, REGIONS)
  aws = new FakeAws(m, REGIONS, PREFIX)
  clock = new FakeClock(NOW)
})

/** Snapshots 30 and 1 days old of a volume in a region: the older expires under retention 7 and keep-last 1. */
function lineage(region: string, volumeId: string, tag: string): { expired: string; newest: string } {
  return {
    expired: aws.add(region, ebsSnapshot(`snap-0${tag}30`, volumeId, daysAgo(30))),
    newest: aws.add(region, ebsSnapshot(`snap-0${tag}01`, volumeId, daysAgo(1)))
  }
}

describe('delete pacing from the environment', () => {
  it('trims the overrides, treats blank as unset, and floors the burst to a whole token of at least one', () => {
    expect(deletePacing({ SNAPSHOT_HYGIENE_DELETE_BURST: ' 40 ', SNAPSHOT_HYGIENE_DELETE_RATE: '\t2.5\n' })).toEqual({
      burst: 40,
      refillPerSecond: 2.5
    })
    expect(deletePacing({ SNAPSHOT_HYGIENE_DELETE_BURST: '   ', SNAPSHOT_HYGIENE_DELETE_RATE: '' })).toEqual({
      burst: DELETE_BURST,
      refillPerSecond: 5
    })
    expect(deletePacing({ SNAPSHOT_HYGIENE_DELETE_BURST: '7.9' }).burst).toBe(7)
    expect(deletePacing({ SNAPSHOT_HYGIENE_DELETE_BURST: '0.5' }).burst).toBe(1)
  })

  it('refuses zero, negative and infinite overrides, quoting at most 40 characters of the value', () => {
    for (const bad of ['0', '-3', 'Infinity', '-Infinity', 'NaN', '1e400'])
      expect(() => deletePacing({ SNAPSHOT_HYGIENE_DELETE_BURST: bad }), bad).toThrow(
        `Environment variable SNAPSHOT_HYGIENE_DELETE_BURST must be a positive number; got '${bad}'`
      )
    expect(() => deletePacing({ SNAPSHOT_HYGIENE_DELETE_RATE: ` ${'9'.repeat(39)}x${'9'.repeat(20)} ` })).toThrow(
      `Environment variable SNAPSHOT_HYGIENE_DELETE_RATE must be a positive number; got '${'9'.repeat(39)}x'`
    )
  })

  it('keeps 16 to 256 deletes of a region in flight, enough for a whole burst', () => {
    expect(deleteConcurrency({ burst: 1, refillPerSecond: 5 })).toBe(16)
    expect(deleteConcurrency({ burst: 16, refillPerSecond: 5 })).toBe(16)
    expect(deleteConcurrency({ burst: 17, refillPerSecond: 5 })).toBe(17)
    expect(deleteConcurrency({ burst: 100.2, refillPerSecond: 5 })).toBe(101)
    expect(deleteConcurrency({ burst: 256, refillPerSecond: 5 })).toBe(256)
    expect(deleteConcurrency({ burst: 1000, refillPerSecond: 5 })).toBe(256)
  })

  it('keeps two tokens in hand, but always leaves one to spend when the burst is 1, 2 or 3', () => {
    const available = (burst: number): number => deletePacer({ burst, refillPerSecond: 5 }, clock).available()
    expect(available(1)).toBe(1)
    expect(available(2)).toBe(1)
    expect(available(3)).toBe(1)
    expect(available(4)).toBe(2)
    expect(available(100)).toBe(98)
  })
})

describe('deletes in flight', () => {
  it('runs at most deleteConcurrency deletes of a region at once when more are planned', async () => {
    for (let i = 0; i < 20; i++) aws.add(EAST, ebsSnapshot(`snap-0${100 + i}`, VOL_A, daysAgo(30 + i)), false)
    aws.add(EAST, ebsSnapshot('snap-0new', VOL_A, daysAgo(0)), false)
    let inFlight = 0
    let maxInFlight = 0
    m.ec2[EAST]?.on(DeleteSnapshotCommand).callsFake(async () => {
      maxInFlight = Math.max(maxInFlight, ++inFlight)
      await clock.sleep(10)
      inFlight--
      return {}
    })
    const result = await settle(
      clock,
      runPrune(config({ bucket: null }), [m.target], clock, {
        pacer: countingPacers().pacer,
        env: { SNAPSHOT_HYGIENE_DELETE_BURST: '1' }
      })
    )
    expect(result.deletedIds).toHaveLength(20)
    expect(result.pacing).toEqual({ burst: 1, refillPerSecond: 5 })
    expect(maxInFlight).toBe(16)
  })

  it('empties the pacer when a failed delete was retried by the SDK, and not when it was tried once', async () => {
    const a = lineage(EAST, VOL_A, 'a')
    const b = lineage(WEST, VOL_B, 'b')
    aws.deleteErrors.set(a.expired, [
      Object.assign(new Error('We encountered an internal error.'), {
        name: 'InternalError',
        $metadata: { attempts: 3 }
      })
    ])
    aws.deleteErrors.set(b.expired, [
      Object.assign(new Error('We encountered an internal error.'), {
        name: 'InternalError',
        $metadata: { attempts: 1 }
      })
    ])
    const p = countingPacers()
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: p.pacer }))
    expect(result.counts.failed).toBe(2)
    expect(p.penalties).toEqual({ [`${ACCOUNT}/${EAST}`]: 1 })
    expect(p.takes).toEqual({ [`${ACCOUNT}/${EAST}`]: 1, [`${ACCOUNT}/${WEST}`]: 1 })
  })

  it('gives up after 8 throttled attempts and reports the delete as failed', async () => {
    const a = lineage(EAST, VOL_A, 'a')
    aws.deleteErrors.set(
      a.expired,
      Array.from({ length: 8 }, () => awsError('RequestLimitExceeded', 'Request limit exceeded.'))
    )
    const p = countingPacers()
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: p.pacer, random: () => 0 }))
    expect(aws.calls(`DeleteSnapshot ${EAST} ${a.expired}`)).toHaveLength(8)
    expect(p.takes[`${ACCOUNT}/${EAST}`]).toBe(8)
    const message = `ThrottleRetryError: DeleteSnapshot ${a.expired} in ${EAST}: still throttled after 8 attempts: RequestLimitExceeded: Request limit exceeded.`
    expect(result.errors).toEqual([
      { accountId: ACCOUNT, region: EAST, subject: a.expired, operation: 'DeleteSnapshot', message }
    ])
    expect(result.decisions.find((d) => d.snapshotId === a.expired)?.reason).toBe(
      `expired: 30 days old, retention 7 days; delete failed: ${message}`
    )
  })
})

describe('reasons of skipped and failed deletes', () => {
  it('names AWS Backup with its message, and a failed delete with its error, in the reason and the CSV', async () => {
    const a = lineage(EAST, VOL_A, 'a')
    const b = lineage(EAST, VOL_B, 'b')
    aws.deleteErrors.set(a.expired, [
      awsError('InvalidParameterValue', 'This snapshot is managed by the AWS Backup service.')
    ])
    aws.deleteErrors.set(b.expired, [awsError('IncorrectState', 'snapshot is busy')])
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    const row = (id: string): unknown =>
      result.decisions.filter((d) => d.snapshotId === id).map((d) => [d.outcome, d.rule, d.reason])[0]
    expect(row(a.expired)).toEqual([
      'skipped',
      'aws-backup',
      'expired: 30 days old, retention 7 days; not deleted: managed by AWS Backup (InvalidParameterValue: This snapshot is managed by the AWS Backup service.)'
    ])
    expect(row(b.expired)).toEqual([
      'failed',
      'retention',
      'expired: 30 days old, retention 7 days; delete failed: IncorrectState: snapshot is busy'
    ])
    expect(result.counts).toEqual({
      deleted: 0,
      'would-delete': 0,
      archived: 0,
      'would-archive': 0,
      kept: 2,
      skipped: 1,
      failed: 1
    })
    expect(result.deletedIds).toEqual([])
    expect(result.reclaimedGib).toBe(0)
    expect(result.reclaimedUsd).toBe(0)
    const csv = fs.readFileSync(result.csvPath, 'utf8')
    expect(csv).toContain(
      `${ACCOUNT},${EAST},${b.expired},${VOL_B},2026-02-13T12:00:00.000Z,30,8,failed,retention,"expired: 30 days old, retention 7 days; delete failed: IncorrectState: snapshot is busy"\n`
    )
    expect([...aws.objects.keys()].sort()).toEqual(
      [aws.key(VOL_A, a.expired), aws.key(VOL_A, a.newest), aws.key(VOL_B, b.expired), aws.key(VOL_B, b.newest)].sort()
    )
  })
})

describe('holds by volume', () => {
  it('holds only the volume named, in its account and region: the same volume id elsewhere and other volumes go', async () => {
    const heldHere = lineage(EAST, VOL_A, 'a')
    const otherVolume = lineage(EAST, VOL_B, 'b')
    const sameIdElsewhere = lineage(WEST, VOL_A, 'c')
    const copy = aws.add(EAST, ebsSnapshot('snap-0f30', 'vol-ffffffff', daysAgo(30)), false)
    aws.add(EAST, ebsSnapshot('snap-0f01', 'vol-ffffffff', daysAgo(1)), false)
    const hold = new Map([
      [volumeKey(ACCOUNT, EAST, VOL_A), 'its backup failed'],
      [volumeKey(OTHER, EAST, VOL_B), 'another account'],
      [volumeKey(ACCOUNT, EAST, 'vol-ffffffff'), 'a copy has no volume']
    ])
    const result = await settle(
      clock,
      runPrune(config({ keepLast: 0 }), [m.target], clock, { pacer: countingPacers().pacer }, { hold })
    )
    expect(volumeKey(ACCOUNT, EAST, VOL_A)).toBe(`${ACCOUNT}/${EAST}/${VOL_A}`)
    expect(result.deletedIds.sort()).toEqual([copy, otherVolume.expired, sameIdElsewhere.expired].sort())
    expect(result.decisions.find((d) => d.snapshotId === heldHere.expired)).toMatchObject({
      outcome: 'skipped',
      rule: 'backup-failed',
      reason: 'expired: 30 days old, retention 7 days; not deleted because its backup failed'
    })
    expect(aws.ids(EAST)).toContain(heldHere.expired)
  })
})

describe('regions', () => {
  it('also prunes the region of a named volume that the regions input leaves out', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    const west = lineage(WEST, VOL_B, 'b')
    const result = await settle(
      clock,
      runPrune(
        config({
          regions: [EAST],
          volumes: [
            { region: WEST, volumeId: VOL_B },
            { region: EAST, volumeId: VOL_A },
            { region: WEST, volumeId: VOL_B }
          ]
        }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer }
      )
    )
    expect(result.regions).toEqual([WEST, EAST])
    expect(result.deletedIds.sort()).toEqual([east.expired, west.expired].sort())
    expect(result.policy.volumes).toEqual([VOL_A, VOL_B])
    expect(aws.calls('ListObjectsV2')).toEqual([`ListObjectsV2 ${PREFIX}${VOL_A}/`, `ListObjectsV2 ${PREFIX}${VOL_B}/`])
  })

  it('lists the regions of an account when the input says all, and reports an account whose regions cannot be listed', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    aws.regionList(EAST, [WEST, EAST, WEST])
    const other = mockTarget(OTHER, REGIONS)
    const otherAws = new FakeAws(other, REGIONS, PREFIX)
    otherAws.regionList(EAST, awsError('UnauthorizedOperation', 'not allowed'))
    const result = await settle(
      clock,
      runPrune(config({ regions: 'all' }), [other.target, m.target], clock, { pacer: countingPacers().pacer })
    )
    expect(result.regions).toEqual([WEST, EAST])
    expect(result.deletedIds).toEqual([east.expired])
    expect(result.failures).toEqual([
      {
        accountId: OTHER,
        region: EAST,
        service: 'regions',
        message:
          "Could not list the account's regions (ec2:DescribeRegions): UnauthorizedOperation: not allowed. Grant ec2:DescribeRegions or set the regions input"
      }
    ])
    expect(otherAws.log.filter((l) => !l.startsWith('ListObjectsV2'))).toEqual([])
  })

  it('reports an account whose role could not be assumed, touches nothing in it, and prunes the others', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    const other = mockTarget(OTHER, REGIONS)
    const otherAws = new FakeAws(other, REGIONS, PREFIX)
    otherAws.add(EAST, ebsSnapshot('snap-0x30', VOL_B, daysAgo(30)))
    const failed = { ...other.target, failure: 'AccessDenied: not authorized to perform sts:AssumeRole' }
    const result = await settle(
      clock,
      runPrune(config({ awsRegion: WEST }), [m.target, failed], clock, { pacer: countingPacers().pacer })
    )
    expect(result.accounts).toEqual([ACCOUNT, OTHER])
    expect(result.failures).toEqual([
      {
        accountId: OTHER,
        region: WEST,
        service: 'account',
        message: 'AccessDenied: not authorized to perform sts:AssumeRole'
      }
    ])
    expect(otherAws.log).toEqual([])
    expect(result.deletedIds).toEqual([east.expired])
    expect(result.decisions.every((d) => d.accountId === ACCOUNT)).toBe(true)
    expect(result.regions).toEqual([WEST, EAST])
  })
})

describe('without a bucket, or when it cannot be listed', () => {
  it('makes no S3 call without a bucket, deletes the snapshots, and says metadata was not checked', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    aws.add(EAST, ebsSnapshot('snap-0b01', VOL_B, daysAgo(1)), false)
    const result = await settle(
      clock,
      runPrune(config({ bucket: null }), [m.target], clock, { pacer: countingPacers().pacer })
    )
    expect(result.deletedIds).toEqual([east.expired])
    expect(m.s3.calls()).toHaveLength(0)
    expect(result.errors).toEqual([])
    expect(result.metadata).toEqual({
      checked: false,
      objects: 0,
      otherKeys: 0,
      orphans: [],
      unreadable: [],
      missing: [],
      repaired: [],
      removed: []
    })
  })

  it('when the bucket cannot be listed: deletes the canonical key of each managed snapshot it deletes, checks nothing else', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    const adopted = aws.add(EAST, ebsSnapshot('snap-0c30', VOL_B, daysAgo(30), { tags: { legacy: 'yes' } }))
    aws.add(EAST, ebsSnapshot('snap-0c01', VOL_B, daysAgo(1), { tags: { legacy: 'yes' } }), false)
    const copy = aws.add(EAST, ebsSnapshot('snap-0f30', 'vol-ffffffff', daysAgo(30)), false)
    aws.add(EAST, ebsSnapshot('snap-0f01', 'vol-ffffffff', daysAgo(1)), false)
    aws.objects.set(aws.key(VOL_B, 'snap-0dead'), aws.doc('snap-0dead', VOL_B, EAST))
    aws.listObjectsError = awsError('AccessDenied', 'no list')
    const result = await settle(
      clock,
      runPrune(config({ keepLast: 0, pruneTags: { legacy: 'yes' } }), [m.target], clock, {
        pacer: countingPacers().pacer
      })
    )
    expect(result.deletedIds.sort()).toEqual([adopted, east.expired, copy].sort())
    expect(aws.calls('GetObject')).toEqual([`GetObject ${aws.key(VOL_A, east.expired)}`])
    expect(aws.calls('DeleteObject')).toEqual([`DeleteObject ${aws.key(VOL_A, east.expired)}`])
    expect(result.metadata.checked).toBe(false)
    expect(result.metadata.missing).toEqual([])
    expect(result.metadata.orphans).toEqual([])
    expect(aws.objects.has(aws.key(VOL_B, 'snap-0dead'))).toBe(true)
    expect(aws.objects.has(aws.key(VOL_B, adopted))).toBe(true)
    expect(result.errors).toEqual([
      {
        accountId: ACCOUNT,
        region: EAST,
        subject: `s3://meta/${PREFIX}`,
        operation: 'ListObjectsV2',
        message: `Could not list s3://meta/${PREFIX}: AccessDenied: no list`
      }
    ])
  })

  it('says metadata was checked when every account listed its bucket, and not when one could not', async () => {
    lineage(EAST, VOL_A, 'a')
    const ok = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(ok.metadata.checked).toBe(true)
    expect(ok.metadata.objects).toBe(2)
    const other = mockTarget(OTHER, REGIONS)
    const otherAws = new FakeAws(other, REGIONS, PREFIX)
    otherAws.listObjectsError = awsError('AccessDenied', 'no list')
    const mixed = await settle(
      clock,
      runPrune(config(), [m.target, other.target], clock, { pacer: countingPacers().pacer })
    )
    expect(mixed.metadata.checked).toBe(false)
    expect(mixed.metadata.objects).toBe(1)
  })
})

describe('metadata of deleted snapshots', () => {
  it('deletes exactly the listed keys of each deleted snapshot, in its bucket, and counts what it listed', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    const west = lineage(WEST, VOL_B, 'b')
    aws.objects.set(`${PREFIX}readme.txt`, 'notes')
    aws.objects.set(`${PREFIX}${VOL_A}/draft.json`, '{}')
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(aws.calls('DeleteObject').sort()).toEqual(
      [`DeleteObject ${aws.key(VOL_A, east.expired)}`, `DeleteObject ${aws.key(VOL_B, west.expired)}`].sort()
    )
    const deletes = m.s3.commandCalls(DeleteObjectCommand).map((c) => c.args[0].input)
    expect(deletes.every((i) => i.Bucket === 'meta')).toBe(true)
    expect(result.metadata).toMatchObject({ checked: true, objects: 4, otherKeys: 2, orphans: [], unreadable: [] })
    expect([...aws.objects.keys()].sort()).toEqual(
      [
        `${PREFIX}readme.txt`,
        `${PREFIX}${VOL_A}/draft.json`,
        aws.key(VOL_A, east.newest),
        aws.key(VOL_B, west.newest)
      ].sort()
    )
  })

  it("leaves another account's document, or one naming another volume, at a deleted snapshot's key", async () => {
    const east = lineage(EAST, VOL_A, 'a')
    const west = lineage(WEST, VOL_B, 'b')
    aws.objects.set(aws.key(VOL_A, east.expired), aws.doc(east.expired, VOL_A, EAST, OTHER))
    aws.objects.set(aws.key(VOL_B, west.expired), aws.doc(west.expired, VOL_A, WEST))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.deletedIds.sort()).toEqual([east.expired, west.expired].sort())
    expect(aws.calls('DeleteObject')).toEqual([])
    expect(result.metadata.unreadable).toEqual([aws.key(VOL_A, east.expired), aws.key(VOL_B, west.expired)].sort())
  })

  it('records a read or delete error of a metadata object and carries on', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    const west = lineage(WEST, VOL_B, 'b')
    aws.getErrors.set(aws.key(VOL_A, east.expired), awsError('AccessDenied', 'no read'))
    aws.deleteObjectErrors.set(aws.key(VOL_B, west.expired), awsError('AccessDenied', 'no delete'))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.deletedIds.sort()).toEqual([east.expired, west.expired].sort())
    expect(result.errors).toEqual([
      {
        accountId: ACCOUNT,
        region: WEST,
        subject: aws.key(VOL_B, west.expired),
        operation: 'DeleteObject',
        message: `Could not delete s3://meta/${aws.key(VOL_B, west.expired)}: AccessDenied: no delete`
      },
      {
        accountId: ACCOUNT,
        region: EAST,
        subject: aws.key(VOL_A, east.expired),
        operation: 'GetObject',
        message: `Could not read s3://meta/${aws.key(VOL_A, east.expired)}: AccessDenied: no read`
      }
    ])
    expect(result.metadata.unreadable).toEqual([])
  })
})

describe('orphaned metadata', () => {
  it('asks EC2 about at most 200 snapshot ids at a time', async () => {
    const ids = Array.from({ length: 201 }, (_, i) => `snap-0${(0x1000 + i).toString(16)}`)
    for (const id of ids) aws.objects.set(aws.key(VOL_A, id), aws.doc(id, VOL_A, EAST))
    const result = await settle(
      clock,
      runPrune(config({ regions: [EAST] }), [m.target], clock, { pacer: countingPacers().pacer })
    )
    expect(aws.lookups[EAST]?.map((l) => l.length)).toEqual([200, 1])
    expect(aws.lookups[EAST]?.flat().sort()).toEqual([...ids].sort())
    expect(result.metadata.orphans).toHaveLength(201)
    expect(aws.objects.size).toBe(0)
  })

  it('keeps a candidate whose document names a region that cannot be asked, and removes the others', async () => {
    aws.objects.set(aws.key(VOL_A, 'snap-0e1'), aws.doc('snap-0e1', VOL_A, EAST))
    aws.objects.set(aws.key(VOL_B, 'snap-0e2'), aws.doc('snap-0e2', VOL_B, WEST))
    aws.lookupErrors.set(WEST, awsError('UnauthorizedOperation', 'not allowed'))
    const result = await settle(
      clock,
      runPrune(config({ regions: [EAST] }), [m.target], clock, { pacer: countingPacers().pacer })
    )
    expect(result.metadata.orphans).toEqual([aws.key(VOL_A, 'snap-0e1')])
    expect(aws.objects.has(aws.key(VOL_B, 'snap-0e2'))).toBe(true)
    expect(aws.lookups[EAST]).toEqual([['snap-0e1', 'snap-0e2']])
    expect(aws.lookups[WEST]).toEqual([['snap-0e2']])
    expect(result.errors).toEqual([
      {
        accountId: ACCOUNT,
        region: WEST,
        subject: WEST,
        operation: 'DescribeSnapshots',
        message: 'Could not check metadata for orphans: UnauthorizedOperation: not allowed'
      }
    ])
  })

  it('asks no region it could not list, and removes an orphan once the listed regions and its own deny the snapshot', async () => {
    aws.objects.set(aws.key(VOL_A, 'snap-0e1'), aws.doc('snap-0e1', VOL_A, EAST))
    aws.listErrors.set(WEST, awsError('UnauthorizedOperation', 'not allowed'))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(aws.lookups[EAST]).toEqual([['snap-0e1']])
    expect(aws.lookups[WEST]).toEqual([])
    expect(result.metadata.orphans).toEqual([aws.key(VOL_A, 'snap-0e1')])
  })

  it('records an orphan it could not remove as an error, not as removed', async () => {
    aws.objects.set(aws.key(VOL_A, 'snap-0e1'), aws.doc('snap-0e1', VOL_A, EAST))
    aws.objects.set(aws.key(VOL_A, 'snap-0e2'), aws.doc('snap-0e2', VOL_A, WEST))
    aws.deleteObjectErrors.set(aws.key(VOL_A, 'snap-0e2'), awsError('AccessDenied', 'no delete'))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.metadata.orphans).toEqual([aws.key(VOL_A, 'snap-0e1')])
    expect(result.errors).toEqual([
      {
        accountId: ACCOUNT,
        region: WEST,
        subject: aws.key(VOL_A, 'snap-0e2'),
        operation: 'DeleteObject',
        message: `Could not delete s3://meta/${aws.key(VOL_A, 'snap-0e2')}: AccessDenied: no delete`
      }
    ])
  })

  it('leaves a document of another account alone without reporting it, and reports one naming another snapshot', async () => {
    aws.objects.set(aws.key(VOL_A, 'snap-0e1'), aws.doc('snap-0e1', VOL_A, EAST, OTHER))
    aws.objects.set(aws.key(VOL_A, 'snap-0e2'), aws.doc('snap-0e3', VOL_A, EAST))
    aws.objects.set(aws.key(VOL_A, 'snap-0e4'), aws.doc('snap-0e4', VOL_B, EAST))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.metadata.orphans).toEqual([])
    expect(result.metadata.unreadable).toEqual([aws.key(VOL_A, 'snap-0e2'), aws.key(VOL_A, 'snap-0e4')])
    expect(aws.lookups[EAST]).toEqual([])
    expect(aws.calls('DeleteObject')).toEqual([])
  })
})

describe('missing metadata', () => {
  it('never reports a deleted or to-be-deleted snapshot, a pending one, or an unmanaged adopted one as missing', async () => {
    for (const dryRun of [false, true]) {
      const run = mockTarget(ACCOUNT, REGIONS)
      const fake = new FakeAws(run, REGIONS, PREFIX)
      fake.add(EAST, ebsSnapshot('snap-0a30', VOL_A, daysAgo(30)), false)
      fake.add(EAST, ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)), false)
      fake.add(EAST, ebsSnapshot('snap-0a00', VOL_A, daysAgo(0), { state: 'pending' }), false)
      fake.add(EAST, ebsSnapshot('snap-0c01', VOL_B, daysAgo(1), { tags: { legacy: 'yes' } }), false)
      const result = await settle(
        clock,
        runPrune(config({ dryRun, pruneTags: { legacy: 'yes' } }), [run.target], clock, {
          pacer: countingPacers().pacer
        })
      )
      expect(result.deletedIds, String(dryRun)).toEqual(['snap-0a30'])
      expect(result.metadata.missing, String(dryRun)).toEqual([
        { accountId: ACCOUNT, region: EAST, snapshotId: 'snap-0a01', volumeId: VOL_A }
      ])
    }
  })

  it('reports missing metadata for a volume filter without writing any, in plain prune', async () => {
    aws.add(EAST, ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)), false)
    aws.add(WEST, ebsSnapshot('snap-0b01', VOL_B, daysAgo(1)), false)
    const result = await settle(
      clock,
      runPrune(
        config({
          volumes: [
            { region: EAST, volumeId: VOL_A },
            { region: WEST, volumeId: VOL_B }
          ]
        }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer }
      )
    )
    expect(aws.calls('PutObject')).toEqual([])
    expect(result.metadata.repaired).toEqual([])
    expect(result.metadata.missing).toEqual([
      { accountId: ACCOUNT, region: WEST, snapshotId: 'snap-0b01', volumeId: VOL_B },
      { accountId: ACCOUNT, region: EAST, snapshotId: 'snap-0a01', volumeId: VOL_A }
    ])
  })

  it('repairs only volumes of this account backed up in this run, and reports the rest and a failed write', async () => {
    aws.add(EAST, ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)), false)
    aws.add(EAST, ebsSnapshot('snap-0b01', VOL_B, daysAgo(1)), false)
    aws.add(WEST, ebsSnapshot('snap-0c01', VOL_A, daysAgo(1)), false)
    aws.add(EAST, ebsSnapshot('snap-0f01', 'vol-ffffffff', daysAgo(1)), false)
    aws.putErrors.set(aws.key(VOL_B, 'snap-0b01'), awsError('AccessDenied', 'no write'))
    const volume = (accountId: string, volumeId: string, region: string) => ({
      accountId,
      volumeId,
      region,
      volumeType: 'gp3',
      sizeGib: 8,
      availabilityZone: `${region}a`,
      attachments: [{ instanceId: 'i-0123', device: '/dev/xvdf', state: 'attached' }],
      name: `name of ${volumeId}`,
      encrypted: false,
      kmsKeyId: null,
      tags: {}
    })
    const result = await settle(
      clock,
      runPrune(
        config({
          volumes: [
            { region: EAST, volumeId: VOL_A },
            { region: EAST, volumeId: VOL_B },
            { region: WEST, volumeId: VOL_A }
          ]
        }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer },
        { repair: [volume(ACCOUNT, VOL_A, EAST), volume(OTHER, VOL_B, EAST)] }
      )
    )
    expect(result.metadata.repaired).toEqual([aws.key(VOL_A, 'snap-0a01'), aws.key(VOL_A, 'snap-0c01')])
    expect(result.metadata.missing).toEqual([
      { accountId: ACCOUNT, region: EAST, snapshotId: 'snap-0b01', volumeId: VOL_B }
    ])
    expect(result.errors).toEqual([
      {
        accountId: ACCOUNT,
        region: EAST,
        subject: aws.key(VOL_B, 'snap-0b01'),
        operation: 'PutObject',
        message: `Could not write s3://meta/${aws.key(VOL_B, 'snap-0b01')}: AccessDenied: no write`
      }
    ])
    const east = JSON.parse(aws.objects.get(aws.key(VOL_A, 'snap-0a01')) ?? '{}') as {
      written_by: string
      written_at: string
      snapshot: { id: string; region: string; account_id: string }
      volume: { name: string | null; availability_zone: string | null; attached_instance_id: string | null }
    }
    expect(east.written_by).toBe('repair')
    expect(east.written_at).toBe(new Date(NOW).toISOString())
    expect(east.snapshot).toMatchObject({ id: 'snap-0a01', region: EAST, account_id: ACCOUNT })
    expect(east.volume).toMatchObject({
      name: `name of ${VOL_A}`,
      availability_zone: 'us-east-1a',
      attached_instance_id: 'i-0123'
    })
    const west = JSON.parse(aws.objects.get(aws.key(VOL_A, 'snap-0c01')) ?? '{}') as typeof east
    expect(west.snapshot.region).toBe(WEST)
    expect(west.volume).toMatchObject({ name: null, availability_zone: null, attached_instance_id: null })
  })
})

describe('the plan log', () => {
  it('logs each planned deletion with its volume, region, account and reason, before any delete', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    const copy = aws.add(WEST, ebsSnapshot('snap-0f30', 'vol-ffffffff', daysAgo(30)), false)
    aws.add(WEST, ebsSnapshot('snap-0f01', 'vol-ffffffff', daysAgo(1)), false)
    const lines: string[] = []
    const deps = {
      pacer: countingPacers().pacer,
      log: (line: string) => lines.push(`${line} [${aws.calls('DeleteSnapshot').length} deleted]`)
    }
    await settle(clock, runPrune(config({ keepLast: 0 }), [m.target], clock, deps))
    expect(lines).toEqual([
      `Deleting ${copy} (no volume, ${WEST}, account ${ACCOUNT}): expired: 30 days old, retention 7 days [0 deleted]`,
      `Deleting ${east.expired} (${VOL_A}, ${EAST}, account ${ACCOUNT}): expired: 30 days old, retention 7 days [0 deleted]`
    ])
  })

  it(`logs at most ${PLAN_LOG_MAX} deletions per account, then how many more`, async () => {
    const count = PLAN_LOG_MAX + 2
    for (let i = 0; i < count; i++)
      aws.add(EAST, ebsSnapshot(`snap-0${10000 + i}`, VOL_A, daysAgo(30 + i / 100)), false)
    aws.add(EAST, ebsSnapshot('snap-0new', VOL_A, daysAgo(0)), false)
    const lines: string[] = []
    const result = await settle(
      clock,
      runPrune(config({ dryRun: true, bucket: null }), [m.target], clock, { log: (l) => lines.push(l) })
    )
    expect(result.counts['would-delete']).toBe(count)
    expect(lines).toHaveLength(PLAN_LOG_MAX + 1)
    expect(lines[0]).toMatch(
      new RegExp(`^Would delete snap-0\\d+ \\(${VOL_A}, ${EAST}, account ${ACCOUNT}\\): expired: `)
    )
    expect(lines[PLAN_LOG_MAX]).toBe(`Would delete 2 more snapshots in account ${ACCOUNT}; the CSV lists every one`)
    expect(result.rowCount).toBe(count + 1)
    const csv = fs.readFileSync(result.csvPath, 'utf8').trim().split('\n')
    expect(csv).toHaveLength(count + 2)
    expect(new Set(csv.slice(1).map((l) => l.split(',')[2])).size).toBe(count + 1)
  })

  it('logs exactly PLAN_LOG_MAX lines, and no "more" line, when that many are planned', async () => {
    for (let i = 0; i < PLAN_LOG_MAX; i++)
      aws.add(EAST, ebsSnapshot(`snap-0${10000 + i}`, VOL_A, daysAgo(30 + i / 100)), false)
    aws.add(EAST, ebsSnapshot('snap-0new', VOL_A, daysAgo(0)), false)
    const lines: string[] = []
    await settle(
      clock,
      runPrune(config({ dryRun: true, bucket: null }), [m.target], clock, { log: (l) => lines.push(l) })
    )
    expect(lines).toHaveLength(PLAN_LOG_MAX)
    expect(lines.some((l) => l.includes('more snapshots'))).toBe(false)
  })
})

describe('the result', () => {
  it('carries the run, the policy and the pacing', async () => {
    const expired = aws.add(EAST, ebsSnapshot('snap-0a200', VOL_A, daysAgo(200)))
    aws.add(EAST, ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)))
    const result = await settle(
      clock,
      runPrune(
        config({
          dryRun: true,
          keepDaily: 2,
          keepWeekly: 3,
          keepMonthly: 4,
          pruneTags: { legacy: 'yes' },
          volumes: [{ region: EAST, volumeId: VOL_A }]
        }),
        [m.target],
        clock,
        { pacer: countingPacers().pacer, env: { SNAPSHOT_HYGIENE_DELETE_RATE: '3' } }
      )
    )
    expect(result.mode).toBe('prune')
    expect(result.dryRun).toBe(true)
    expect(result.generatedAt).toBe('2026-03-15T12:00:00.000Z')
    expect(result.accounts).toEqual([ACCOUNT])
    expect(result.policy).toEqual({
      retentionDays: 7,
      keepLast: 1,
      keepDaily: 2,
      keepWeekly: 3,
      keepMonthly: 4,
      pruneTags: { legacy: 'yes' },
      volumes: [VOL_A]
    })
    expect(result.pacing).toEqual({ burst: 100, refillPerSecond: 3 })
    expect(result.deletedIds).toEqual([expired])
    expect(result.counts).toEqual({
      deleted: 0,
      'would-delete': 1,
      archived: 0,
      'would-archive': 0,
      kept: 1,
      skipped: 0,
      failed: 0
    })
    expect(result.reclaimedGib).toBe(8)
    expect(result.reclaimedUsd).toBeCloseTo(0.4, 10)
    expect(result.rowCount).toBe(2)
    expect(result.csvPath).toMatch(/prune\.csv$/)
  })

  it('sorts errors, failures, unreadable keys and missing metadata, whatever order they came in', async () => {
    const failed = { ...mockTarget(OTHER, REGIONS).target, failure: 'AccessDenied: no role' }
    const failedDelete = aws.add(EAST, ebsSnapshot('snap-0a30', VOL_A, daysAgo(30)))
    aws.add(EAST, ebsSnapshot('snap-0a09', VOL_A, daysAgo(1)), false)
    aws.add(EAST, ebsSnapshot('snap-0a05', VOL_A, daysAgo(2)), false)
    aws.deleteErrors.set(failedDelete, [awsError('IncorrectState', 'busy')])
    const foreign = aws.add(EAST, ebsSnapshot('snap-0b30', VOL_B, daysAgo(30)))
    aws.objects.set(aws.key(VOL_B, foreign), aws.doc(foreign, VOL_B, EAST, OTHER))
    aws.add(EAST, ebsSnapshot('snap-0b01', VOL_B, daysAgo(1)))
    aws.objects.set(aws.key(VOL_A, 'snap-0ee'), 'not json')
    aws.objects.set(aws.key(VOL_B, 'snap-0dead'), aws.doc('snap-0dead', VOL_B, WEST))
    aws.deleteObjectErrors.set(aws.key(VOL_B, 'snap-0dead'), awsError('AccessDenied', 'no delete'))
    aws.listErrors.set(WEST, awsError('UnauthorizedOperation', 'no'))
    const result = await settle(clock, runPrune(config(), [failed, m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.deletedIds).toEqual([foreign])
    expect(result.errors.map((e) => `${e.region} ${e.operation} ${e.subject}`)).toEqual([
      `${WEST} DeleteObject ${aws.key(VOL_B, 'snap-0dead')}`,
      `${EAST} DeleteSnapshot snap-0a30`
    ])
    expect(result.failures.map((f) => `${f.accountId} ${f.region} ${f.service}`)).toEqual([
      `${ACCOUNT} ${WEST} ebs`,
      `${OTHER} ${EAST} account`
    ])
    expect(result.metadata.unreadable).toEqual([aws.key(VOL_A, 'snap-0ee'), aws.key(VOL_B, foreign)])
    expect(result.metadata.missing.map((x) => x.snapshotId)).toEqual(['snap-0a05', 'snap-0a09'])
  })

  it('sorts orphans and repaired keys, whatever order the reads and writes finished in', async () => {
    aws.objects.set(aws.key(VOL_A, 'snap-0e1'), aws.doc('snap-0e1', VOL_A, EAST))
    aws.objects.set(aws.key(VOL_A, 'snap-0e2'), aws.doc('snap-0e2', VOL_A, EAST))
    aws.getDelays.set(aws.key(VOL_A, 'snap-0e1'), 5)
    aws.add(EAST, ebsSnapshot('snap-0a09', VOL_A, daysAgo(1)), false)
    aws.add(EAST, ebsSnapshot('snap-0a05', VOL_A, daysAgo(2)), false)
    const volume = { ...unknownVolume(VOL_A, EAST), accountId: ACCOUNT }
    for (const dryRun of [true, false]) {
      const result = await settle(
        clock,
        runPrune(
          config({ dryRun, volumes: [{ region: EAST, volumeId: VOL_A }] }),
          [m.target],
          clock,
          { pacer: countingPacers().pacer },
          { repair: [volume] }
        )
      )
      expect(result.metadata.orphans, String(dryRun)).toEqual([aws.key(VOL_A, 'snap-0e1'), aws.key(VOL_A, 'snap-0e2')])
      expect(result.metadata.repaired, String(dryRun)).toEqual([
        aws.key(VOL_A, 'snap-0a05'),
        aws.key(VOL_A, 'snap-0a09')
      ])
    }
  })
})

describe('edges of the executor', () => {
  it('works in the regions input and the regions of the named volumes, sorted, each once', async () => {
    const target = mockTarget(ACCOUNT, REGIONS).target
    expect(
      await pruneRegions(
        {
          regions: ['us-west-2', EAST],
          awsRegion: EAST,
          volumes: [
            { region: WEST, volumeId: VOL_A },
            { region: EAST, volumeId: VOL_B },
            { region: 'ap-south-1', volumeId: VOL_B }
          ]
        },
        target
      )
    ).toEqual(['ap-south-1', WEST, EAST, 'us-west-2'])
  })

  it('keeps a snapshot whose creation time cannot be read, and writes an empty created_at', async () => {
    aws.add(EAST, { ...ebsSnapshot('snap-0bad', VOL_A, daysAgo(30)), StartTime: new Date(Number.NaN) }, false)
    const result = await settle(
      clock,
      runPrune(config({ keepLast: 0, retentionDays: 0 }), [m.target], clock, { pacer: countingPacers().pacer })
    )
    expect(result.decisions.map((d) => [d.snapshotId, d.outcome, d.rule, d.createdAt])).toEqual([
      ['snap-0bad', 'kept', 'invalid-created-at', '']
    ])
    const csv = fs.readFileSync(result.csvPath, 'utf8').trim().split('\n')
    expect(csv[1]?.split(',').slice(0, 5)).toEqual([ACCOUNT, EAST, 'snap-0bad', VOL_A, ''])
  })

  it('writes an empty volume_id for a copy in the CSV', async () => {
    aws.add(EAST, ebsSnapshot('snap-0f01', 'vol-ffffffff', daysAgo(1)), false)
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    const csv = fs.readFileSync(result.csvPath, 'utf8').trim().split('\n')
    expect(csv[1]?.split(',').slice(0, 5)).toEqual([ACCOUNT, EAST, 'snap-0f01', '', '2026-03-14T12:00:00.000Z'])
    expect(result.decisions[0]?.volumeId).toBeNull()
  })

  it('asks for a pacer and a delete client only in regions with something to delete', async () => {
    lineage(EAST, VOL_A, 'a')
    aws.add(WEST, ebsSnapshot('snap-0b01', VOL_B, daysAgo(1)))
    const asked: string[] = []
    const p = countingPacers()
    const result = await settle(
      clock,
      runPrune(config(), [m.target], clock, {
        pacer: (accountId, region) => {
          asked.push(`${accountId}/${region}`)
          return p.pacer(accountId, region)
        }
      })
    )
    expect(result.deletedIds).toEqual(['snap-0a30'])
    expect(asked).toEqual([`${ACCOUNT}/${EAST}`])
  })

  it('records an account whose regions could not be listed with no decision at all', async () => {
    aws.regionList(EAST, awsError('UnauthorizedOperation', 'not allowed'))
    const result = await settle(
      clock,
      runPrune(config({ regions: 'all' }), [m.target], clock, { pacer: countingPacers().pacer })
    )
    expect(result.decisions).toEqual([])
    expect(result.counts).toEqual({
      deleted: 0,
      'would-delete': 0,
      archived: 0,
      'would-archive': 0,
      kept: 0,
      skipped: 0,
      failed: 0
    })
    expect(result.rowCount).toBe(0)
    expect(result.regions).toEqual([])
    expect(result.failures.map((f) => f.service)).toEqual(['regions'])
  })

  it("lists every account's regions in the result, sorted, each once", async () => {
    const other = mockTarget(OTHER, REGIONS)
    new FakeAws(other, REGIONS, PREFIX).regionList(EAST, [WEST])
    aws.regionList(EAST, [EAST])
    const result = await settle(
      clock,
      runPrune(config({ regions: 'all' }), [m.target, other.target], clock, { pacer: countingPacers().pacer })
    )
    expect(result.regions).toEqual([WEST, EAST])
  })

  it('sorts failures by account and region', async () => {
    const failedTarget = (accountId: string) => ({ ...mockTarget(accountId, REGIONS).target, failure: 'no role' })
    const result = await settle(
      clock,
      runPrune(
        config(),
        [failedTarget('333333333333'), failedTarget('111111111111'), failedTarget('222222222222')],
        clock,
        { pacer: countingPacers().pacer }
      )
    )
    expect(result.failures.map((f) => f.accountId)).toEqual(['111111111111', '222222222222', '333333333333'])
  })
})

describe('metadata read and proven at a deleted snapshot', () => {
  it('removes the listed metadata of an adopted snapshot and of a copy, like that of a managed one', async () => {
    const adopted = aws.add(EAST, ebsSnapshot('snap-0c30', VOL_B, daysAgo(30), { tags: { legacy: 'yes' } }))
    aws.add(EAST, ebsSnapshot('snap-0c01', VOL_B, daysAgo(1), { tags: { legacy: 'yes' } }), false)
    const copy = aws.add(EAST, ebsSnapshot('snap-0f30', 'vol-ffffffff', daysAgo(30)))
    const result = await settle(
      clock,
      runPrune(config({ keepLast: 0, pruneTags: { legacy: 'yes' } }), [m.target], clock, {
        pacer: countingPacers().pacer
      })
    )
    expect(result.deletedIds.sort()).toEqual([adopted, copy])
    expect(aws.calls('DeleteObject').sort()).toEqual([
      `DeleteObject ${aws.key(VOL_B, adopted)}`,
      `DeleteObject ${aws.key('vol-ffffffff', copy)}`
    ])
    expect(result.metadata.unreadable).toEqual([])
  })

  it("reads every listed key of a deleted snapshot, and leaves one in another volume's folder that claims that volume", async () => {
    const east = lineage(EAST, VOL_A, 'a')
    const stray = aws.key(VOL_B, east.expired)
    aws.objects.set(stray, aws.doc(east.expired, VOL_B, EAST))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.deletedIds).toEqual([east.expired])
    expect(aws.calls('GetObject').sort()).toEqual([`GetObject ${aws.key(VOL_A, east.expired)}`, `GetObject ${stray}`])
    expect(aws.calls('DeleteObject')).toEqual([`DeleteObject ${aws.key(VOL_A, east.expired)}`])
    expect(result.metadata.unreadable).toEqual([stray])
    expect(aws.objects.has(stray)).toBe(true)
  })

  it('reads nothing for a deleted snapshot without metadata', async () => {
    aws.add(EAST, ebsSnapshot('snap-0a30', VOL_A, daysAgo(30)), false)
    aws.add(EAST, ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.deletedIds).toEqual(['snap-0a30'])
    expect(aws.calls('GetObject')).toEqual([])
  })

  it('counts metadata removed by another run between listing and reading as done, not unreadable', async () => {
    const east = lineage(EAST, VOL_A, 'a')
    aws.getErrors.set(aws.key(VOL_A, east.expired), awsError('NoSuchKey', 'The specified key does not exist.'))
    aws.objects.set(aws.key(VOL_B, 'snap-0dead'), aws.doc('snap-0dead', VOL_B, EAST))
    aws.getErrors.set(aws.key(VOL_B, 'snap-0dead'), awsError('NoSuchKey', 'The specified key does not exist.'))
    aws.objects.set(aws.key(VOL_B, 'snap-0d0d'), aws.doc('snap-0d0d', VOL_B, EAST))
    aws.getErrors.set(aws.key(VOL_B, 'snap-0d0d'), awsError('AccessDenied', 'no read'))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(result.deletedIds).toEqual([east.expired])
    expect(result.metadata.unreadable).toEqual([])
    expect(result.metadata.orphans).toEqual([])
    expect(aws.calls('DeleteObject')).toEqual([])
    expect(result.errors.map((e) => `${e.operation} ${e.subject}`)).toEqual([
      `GetObject ${aws.key(VOL_B, 'snap-0d0d')}`
    ])
  })

  it('asks EC2 once for exactly 200 orphan candidates', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `snap-0${(0x1000 + i).toString(16)}`)
    for (const id of ids) aws.objects.set(aws.key(VOL_A, id), aws.doc(id, VOL_A, EAST))
    await settle(clock, runPrune(config({ regions: [EAST] }), [m.target], clock, { pacer: countingPacers().pacer }))
    expect(aws.lookups[EAST]?.map((l) => l.length)).toEqual([200])
  })
})
