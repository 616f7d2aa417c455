import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AttachVolumeCommand,
  CreateVolumeCommand,
  DescribeSnapshotsCommand,
  RunInstancesCommand,
  type Snapshot
} from '@aws-sdk/client-ec2'
import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3'
import { tagMap } from '../../src/tags.js'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'tagged-backups'
const REGIONS = 'us-east-1,eu-west-1'
const MANAGED = 'snapshot-hygiene:managed'

let moto: Moto
let east: string
let west: string
let untagged: string
let otherTeam: string

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' })

async function volume(region: string, tags: Record<string, string>): Promise<string> {
  const v = await awsClients(moto.url, region).ec2.send(
    new CreateVolumeCommand({
      AvailabilityZone: `${region}a`,
      Size: 8,
      VolumeType: 'gp3',
      ...(Object.keys(tags).length > 0
        ? {
            TagSpecifications: [
              { ResourceType: 'volume', Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }
            ]
          }
        : {})
    })
  )
  return v.VolumeId ?? ''
}

async function snapshots(region: string): Promise<Snapshot[]> {
  const out = await awsClients(moto.url, region).ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
  return out.Snapshots ?? []
}

async function managedBy(region: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const s of await snapshots(region))
    if ((s.Tags ?? []).some((t) => t.Key === MANAGED)) {
      const v = s.VolumeId ?? ''
      out[v] = [...(out[v] ?? []), s.SnapshotId ?? ''].sort()
    }
  return out
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  moto = await startMoto()
  await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
  east = await volume('us-east-1', { backup: 'daily', Name: 'web-data' })
  west = await volume('eu-west-1', { backup: 'daily' })
  untagged = await volume('us-east-1', {})
  otherTeam = await volume('eu-west-1', { backup: 'weekly' })
})
afterAll(() => stopStarted(moto))

describe('tag selectors through the bundle', () => {
  it('backs up exactly the volumes tagged backup=daily in both regions, once each, and lists the matches', async () => {
    const run = await runAction({
      inputs: {
        mode: 'backup',
        volume: `tag:backup=daily\n${east}`,
        regions: REGIONS,
        bucket: BUCKET
      },
      env: env()
    })
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
    expect(run.code).toBe(0)
    const eastSnaps = await managedBy('us-east-1')
    const westSnaps = await managedBy('eu-west-1')
    expect(Object.keys(eastSnaps)).toEqual([east])
    expect(Object.keys(westSnaps)).toEqual([west])
    expect(eastSnaps[east]).toHaveLength(1)
    expect(westSnaps[west]).toHaveLength(1)
    expect((run.outputs['snapshot-ids'] ?? '').split(',').sort()).toEqual(
      [...(eastSnaps[east] ?? []), ...(westSnaps[west] ?? [])].sort()
    )
    expect(run.summary).toContain(
      [
        '### Tag selectors',
        '',
        '| input  | selector           | region    | matched |',
        '| :----- | :----------------- | :-------- | ------: |',
        '| volume | `tag:backup=daily` | eu-west-1 |       1 |',
        '| volume | `tag:backup=daily` | us-east-1 |       1 |'
      ].join('\n')
    )
    expect(run.stdout).toContain(
      `Selector tag:backup=daily (volume) matched 1 in us-east-1, account 123456789012: ${east}`
    )
    expect(untagged).not.toBe(otherTeam)
  })

  it('a selector that matches nothing warns, backs up the ids given, and fails under fail-on-region-error', async () => {
    const before = await managedBy('us-east-1')
    const run = await runAction({
      inputs: { mode: 'backup', volume: `tag:backup=never\n${untagged}`, regions: REGIONS, bucket: BUCKET },
      env: env()
    })
    expect(run.code).toBe(0)
    expect(run.warnings).toEqual([
      "Input 'volume': the selector tag:backup=never matched nothing in any region searched; check the tag, or the regions input"
    ])
    expect((await managedBy('us-east-1'))[untagged]).toHaveLength(1)
    expect(before[untagged]).toBeUndefined()
    expect(run.summary).toContain(
      ':warning: volume selector `tag:backup=never` matched nothing in any region searched.'
    )

    const strict = await runAction({
      inputs: {
        mode: 'backup',
        volume: 'tag:backup=never',
        regions: REGIONS,
        bucket: BUCKET,
        'fail-on-region-error': 'true'
      },
      env: env()
    })
    expect(strict.code).toBe(1)
    expect(strict.errors).toEqual([
      "Input 'volume': the selector tag:backup=never matched nothing in any region searched; check the tag, or the regions input",
      "1 volume backup failed: Input 'volume': the selector tag:backup=never matched nothing in any region searched; check the tag, or the regions input"
    ])
  })

  it('a bad selector fails before any AWS call, naming the input', async () => {
    const run = await runAction({
      inputs: { mode: 'backup', volume: 'tag:=daily', regions: REGIONS, bucket: BUCKET },
      env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:1', AWS_REGION: 'us-east-1' }
    })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([
      "Input 'volume' has the selector 'tag:=daily', whose tag key is empty (write tag:KEY=VALUE, or tag:KEY for any value)"
    ])
  })

  it('prune with a selector touches only the selected volumes; with a selector that matches nothing it deletes nothing', async () => {
    // Two snapshots of every volume, a second apart, so that keep-last 1 has one of each to remove.
    const all = `${east}\n${untagged}\neu-west-1/${west}\neu-west-1/${otherTeam}`
    for (let i = 0; i < 2; i++) {
      const made = await runAction({ inputs: { mode: 'backup', volume: all, bucket: BUCKET }, env: env() })
      expect(made.code).toBe(0)
      await sleep(1100)
    }
    const eastBefore = await managedBy('us-east-1')
    const westBefore = await managedBy('eu-west-1')
    expect(eastBefore[east]?.length).toBeGreaterThanOrEqual(2)
    expect(westBefore[west]?.length).toBeGreaterThanOrEqual(2)

    const none = await runAction({
      inputs: {
        mode: 'prune',
        volume: 'tag:backup=never',
        regions: REGIONS,
        bucket: BUCKET,
        'keep-last': '1',
        'retention-days': '0'
      },
      env: env()
    })
    expect(none.code).toBe(1)
    expect(none.outputs['deleted-count']).toBe('0')
    expect(await managedBy('us-east-1')).toEqual(eastBefore)
    expect(await managedBy('eu-west-1')).toEqual(westBefore)

    const run = await runAction({
      inputs: {
        mode: 'prune',
        volume: 'tag:backup=daily',
        regions: REGIONS,
        bucket: BUCKET,
        'keep-last': '1',
        'retention-days': '0'
      },
      env: env()
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const eastAfter = await managedBy('us-east-1')
    const westAfter = await managedBy('eu-west-1')
    expect(eastAfter[east]).toHaveLength(1)
    expect(westAfter[west]).toHaveLength(1)
    expect(eastAfter[untagged]).toEqual(eastBefore[untagged])
    expect(westAfter[otherTeam]).toEqual(westBefore[otherTeam])
    expect(run.outputs['deleted-count']).toBe(
      String((eastBefore[east]?.length ?? 0) + (westBefore[west]?.length ?? 0) - 2)
    )
    expect((run.outputs['deleted-snapshot-ids'] ?? '').split(',').sort()).toEqual(
      [
        ...(eastBefore[east] ?? []).filter((x) => !(eastAfter[east] ?? []).includes(x)),
        ...(westBefore[west] ?? []).filter((x) => !(westAfter[west] ?? []).includes(x))
      ].sort()
    )
  })

  it('check reports stale-backup for every volume a selector matches that has no recent snapshot', async () => {
    const backed = await runAction({
      inputs: { mode: 'backup', volume: 'tag:backup=daily', regions: REGIONS, bucket: BUCKET },
      env: env()
    })
    expect(backed.code).toBe(0)
    const hourly = await volume('eu-west-1', { backup: 'hourly' })
    const run = await runAction({
      inputs: { mode: 'check', volume: 'tag:backup=hourly\ntag:backup=daily', regions: REGIONS, 'fail-on': 'never' },
      env: env()
    })
    expect(run.code).toBe(0)
    expect(run.errors).toEqual([
      `[123456789012 eu-west-1] Volume ${hourly} in eu-west-1 has no completed snapshot; back it up (mode backup) on a schedule more often than every 26 hours.`
    ])
    const listed = [`eu-west-1/${hourly}`, `eu-west-1/${west}`].sort()
    expect(run.summary).toContain(
      `stale-backup after 26 hours (volumes ${[...listed, `us-east-1/${east}`].join(', ')})`
    )
  })

  it('an instance selected by tag is backed up as one set of its data volumes (exclude-boot-volume)', async () => {
    const { ec2 } = awsClients(moto.url, 'eu-west-1')
    const run = await ec2.send(
      new RunInstancesCommand({
        ImageId: 'ami-12c6146b',
        MinCount: 1,
        MaxCount: 1,
        Placement: { AvailabilityZone: 'eu-west-1a' },
        TagSpecifications: [
          {
            ResourceType: 'instance',
            Tags: [
              { Key: 'backup', Value: 'set' },
              { Key: 'Name', Value: 'db-host' }
            ]
          }
        ]
      })
    )
    const instanceId = run.Instances?.[0]?.InstanceId ?? ''
    const data1 = await volume('eu-west-1', {})
    const data2 = await volume('eu-west-1', {})
    await ec2.send(new AttachVolumeCommand({ InstanceId: instanceId, VolumeId: data1, Device: '/dev/sdf' }))
    await ec2.send(new AttachVolumeCommand({ InstanceId: instanceId, VolumeId: data2, Device: '/dev/sdg' }))
    const backed = await runAction({
      inputs: {
        mode: 'backup',
        instance: 'tag:backup=set',
        regions: REGIONS,
        bucket: BUCKET,
        'exclude-boot-volume': 'true'
      },
      env: env()
    })
    expect(backed.errors).toEqual([])
    expect(backed.code).toBe(0)
    const made = (await snapshots('eu-west-1')).filter(
      (s) => tagMap(s.Tags)['snapshot-hygiene:instance-id'] === instanceId
    )
    expect(made.map((s) => s.VolumeId).sort()).toEqual([data1, data2].sort())
    const setIds = new Set(made.map((s) => tagMap(s.Tags)['snapshot-hygiene:snapshot-set']))
    expect(setIds.size).toBe(1)
    const setId = [...setIds][0] ?? ''
    expect(setId).toMatch(new RegExp(`^${instanceId}-\\d{8}T\\d{6}Z$`))
    expect(made.every((s) => tagMap(s.Tags)[MANAGED] === 'true' && tagMap(s.Tags).Name === 'db-host')).toBe(true)
    expect((backed.outputs['snapshot-ids'] ?? '').split(',').sort()).toEqual(made.map((s) => s.SnapshotId ?? '').sort())
    const one = made.find((s) => s.VolumeId === data1)
    const obj = await awsClients(moto.url, 'us-east-1').s3.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: `snapshot-metadata/${data1}/${one?.SnapshotId ?? ''}.json` })
    )
    const doc = JSON.parse((await obj.Body?.transformToString()) ?? '{}') as {
      snapshot: { tags: Record<string, string> }
    }
    expect(doc.snapshot.tags['snapshot-hygiene:snapshot-set']).toBe(setId)
    expect(doc.snapshot.tags['snapshot-hygiene:instance-id']).toBe(instanceId)
    expect(backed.summary).toContain(`**${instanceId}** (db-host) in eu-west-1, set \`${setId}\``)
    expect(backed.summary).toContain('| /dev/sda1 |')
    expect(backed.summary).toContain('left out: boot volume (exclude-boot-volume)')
  })
})
