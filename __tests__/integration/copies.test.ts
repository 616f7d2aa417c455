import * as fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AttachVolumeCommand,
  CreateVolumeCommand,
  DescribeSnapshotsCommand,
  RunInstancesCommand
} from '@aws-sdk/client-ec2'
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'copy-metadata'
let moto: Moto

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' })

interface Snap {
  id: string
  volume: string
  state: string
  tags: Record<string, string>
  startTime: number
}

async function snapshots(region: string): Promise<Snap[]> {
  const out = await awsClients(moto.url, region).ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
  return (out.Snapshots ?? [])
    .map((s) => ({
      id: s.SnapshotId ?? '',
      volume: s.VolumeId ?? '',
      state: s.State ?? '',
      tags: Object.fromEntries((s.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
      startTime: s.StartTime?.getTime() ?? 0
    }))
    .sort((a, b) => a.startTime - b.startTime || a.id.localeCompare(b.id))
}

async function newVolume(): Promise<string> {
  const v = await awsClients(moto.url, 'us-east-1').ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8 })
  )
  return v.VolumeId ?? ''
}

beforeAll(async () => {
  moto = await startMoto()
})
afterAll(() => stopStarted(moto))

describe('disaster recovery copies of EBS snapshots, through the bundle against moto', () => {
  it('three backups give three sources and three copies tagged with their source; prune keeps the newest of each', async () => {
    await moto.reset()
    await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    const volumeId = await newVolume()
    const backup = { mode: 'backup', volume: volumeId, bucket: BUCKET, 'copy-to-regions': 'eu-west-1' }
    const runs = []
    for (let i = 0; i < 3; i++) {
      const run = await runAction({ inputs: backup, env: env() })
      expect(run.code, run.stdout + run.stderr).toBe(0)
      runs.push(run)
    }
    const sources = await snapshots('us-east-1')
    const copies = await snapshots('eu-west-1')
    expect(sources).toHaveLength(3)
    expect(copies).toHaveLength(3)
    // AWS gives a copy the VolumeId vol-ffffffff; moto keeps the source's: the copies name their source in tags.
    expect(copies.map((c) => c.tags['snapshot-hygiene:copy-of']).sort()).toEqual(sources.map((s) => s.id).sort())
    for (const c of copies) {
      expect(c.tags['snapshot-hygiene:managed']).toBe('true')
      expect(c.tags['snapshot-hygiene:source-region']).toBe('us-east-1')
      expect(c.tags['snapshot-hygiene:source-id']).toBe(volumeId)
      expect(c.tags['snapshot-hygiene:expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    }
    // The source's metadata document records its copy. The last run's snapshot is found by its id: EC2 start times
    // are whole seconds, so two runs of one second cannot be told apart by time.
    const lastId = runs[2]?.outputs['snapshot-ids'] ?? ''
    expect(sources.map((s) => s.id)).toContain(lastId)
    const last = sources.find((s) => s.id === lastId) as Snap
    const body = await (
      await awsClients(moto.url, 'us-east-1').s3.send(
        new GetObjectCommand({ Bucket: BUCKET, Key: `snapshot-metadata/${volumeId}/${last.id}.json` })
      )
    ).Body?.transformToString()
    const doc = JSON.parse(body ?? '{}') as { copies?: { region: string; snapshot_id: string; state: string }[] }
    const copyOfLast = copies.find((c) => c.tags['snapshot-hygiene:copy-of'] === last.id)
    expect(doc.copies).toEqual([{ region: 'eu-west-1', snapshot_id: copyOfLast?.id, state: 'completed' }])
    expect(runs[2]?.summary).toContain('### Copies')
    expect(runs[2]?.summary.replace(/ +/g, ' ')).toContain(
      `| ${volumeId} | us-east-1 | ${last.id} | eu-west-1 | ${copyOfLast?.id ?? ''} | completed | |`
    )

    const inventory = await runAction({ inputs: { mode: 'inventory', regions: 'us-east-1,eu-west-1' }, env: env() })
    expect(inventory.code, inventory.stdout).toBe(0)
    const lines = fs
      .readFileSync(inventory.outputs['csv-path'] ?? '', 'utf8')
      .trim()
      .split('\n')
    expect(lines[0]).toMatch(/,full_size_gib,copy_of,source_region$/)
    expect(
      lines
        .filter((l) => l.endsWith(',us-east-1'))
        .map((l) => l.split(',').at(-2))
        .sort()
    ).toEqual(sources.map((s) => s.id).sort())
    expect(inventory.summary.replace(/ +/g, ' ')).toContain('| eu-west-1 | us-east-1 | 3 | 24 |')

    const prune = await runAction({
      inputs: {
        mode: 'prune',
        volume: volumeId,
        bucket: BUCKET,
        'retention-days': '0',
        'keep-last': '1',
        'copy-to-regions': 'eu-west-1'
      },
      env: env()
    })
    expect(prune.code, prune.stdout + prune.stderr).toBe(0)
    expect(prune.summary).toContain(
      `Policy: retention 0 days, keep-last 1; copies: retention 0 days, keep-last 1; volumes ${volumeId}; `
    )
    // The two older sources' documents go with them; copies have none of their own.
    expect(prune.summary).toContain(
      'under the prefix in `copy-metadata` when the run began. Removed 2 metadata objects with the snapshots deleted.'
    )
    const leftSources = await snapshots('us-east-1')
    const leftCopies = await snapshots('eu-west-1')
    // The newest as the planner orders them: latest start time, then the smaller id (EC2 times are whole seconds).
    const newest = (list: Snap[]): string =>
      [...list].sort((a, b) => b.startTime - a.startTime || a.id.localeCompare(b.id))[0]?.id ?? ''
    expect(leftSources.map((s) => s.id)).toEqual([newest(sources)])
    expect(leftCopies.map((c) => c.id)).toEqual([newest(copies)])
  })

  it('copies the snapshots of an instance set with their set tags, and a tagged volume in the copy region only elsewhere', async () => {
    await moto.reset()
    const east = awsClients(moto.url, 'us-east-1')
    const west = awsClients(moto.url, 'eu-west-1')
    await east.s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    const tagged = [{ ResourceType: 'volume' as const, Tags: [{ Key: 'backup', Value: 'daily' }] }]
    const inEast =
      (
        await east.ec2.send(
          new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8, TagSpecifications: tagged })
        )
      ).VolumeId ?? ''
    const inWest =
      (
        await west.ec2.send(
          new CreateVolumeCommand({ AvailabilityZone: 'eu-west-1a', Size: 8, TagSpecifications: tagged })
        )
      ).VolumeId ?? ''
    const instance =
      (
        await east.ec2.send(
          new RunInstancesCommand({
            ImageId: 'ami-12c6146b',
            MinCount: 1,
            MaxCount: 1,
            Placement: { AvailabilityZone: 'us-east-1a' }
          })
        )
      ).Instances?.[0]?.InstanceId ?? ''
    const data = await newVolume()
    await east.ec2.send(new AttachVolumeCommand({ InstanceId: instance, VolumeId: data, Device: '/dev/sdf' }))
    const run = await runAction({
      inputs: {
        mode: 'backup',
        volume: 'tag:backup=daily',
        instance,
        'exclude-boot-volume': 'true',
        regions: 'us-east-1,eu-west-1',
        bucket: BUCKET,
        'copy-to-regions': 'eu-west-1'
      },
      env: env()
    })
    expect(run.errors).toEqual([])
    expect(run.code, run.stdout + run.stderr).toBe(0)
    const sources = await snapshots('us-east-1')
    const ofSet = sources.find((x) => x.tags['snapshot-hygiene:instance-id'] === instance) as Snap
    const ofTagged = sources.find((x) => x.tags['snapshot-hygiene:instance-id'] === undefined) as Snap
    const copies = (await snapshots('eu-west-1')).filter((x) => x.tags['snapshot-hygiene:copy-of'] !== undefined)
    expect(
      copies.map((c) => [c.tags['snapshot-hygiene:copy-of'], c.tags['snapshot-hygiene:source-id']]).sort()
    ).toEqual(
      [
        [ofSet.id, data],
        [ofTagged.id, inEast]
      ].sort()
    )
    const setCopy = copies.find((c) => c.tags['snapshot-hygiene:copy-of'] === ofSet.id) as Snap
    expect(setCopy.tags['snapshot-hygiene:instance-id']).toBe(instance)
    expect(setCopy.tags['snapshot-hygiene:snapshot-set']).toBe(ofSet.tags['snapshot-hygiene:snapshot-set'])
    // The tagged volume in eu-west-1 is backed up there, and not copied into its own region.
    expect((await snapshots('eu-west-1')).filter((x) => x.tags['snapshot-hygiene:copy-of'] === undefined)).toHaveLength(
      1
    )
    expect(run.summary).toContain(
      `Volume ${inWest} is in eu-west-1, one of copy-to-regions: its snapshot is not copied into its own region, where a copy would not survive the region's outage; it has no other copy region, so its snapshot is not copied.`
    )
  })

  it('a copy region equal to the source region is refused before any AWS call', async () => {
    const run = await runAction({
      inputs: { mode: 'backup', volume: 'vol-0123456789abcdef0', bucket: BUCKET, 'copy-to-regions': 'us-east-1' },
      env: env()
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      "Input 'copy-to-regions' names us-east-1, where a named source already is (vol-0123456789abcdef0 in 'volume'): a copy in the source's own region does not survive that region's outage; name other regions"
    )
  })

  it('check reports missing-dr-copy for a volume whose copy region has no recent copy, and none for one that has', async () => {
    await moto.reset()
    await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    const copied = await newVolume()
    const bare = await newVolume()
    const b = await runAction({
      inputs: { mode: 'backup', volume: copied, bucket: BUCKET, 'copy-to-regions': 'eu-west-1' },
      env: env()
    })
    expect(b.code, b.stdout).toBe(0)
    const plain = await runAction({ inputs: { mode: 'backup', volume: bare, bucket: BUCKET }, env: env() })
    expect(plain.code, plain.stdout).toBe(0)
    const check = await runAction({
      inputs: {
        mode: 'check',
        regions: 'us-east-1,eu-west-1',
        volume: `${copied}\n${bare}`,
        'copy-to-regions': 'eu-west-1',
        'fail-on': 'never'
      },
      env: env()
    })
    expect(check.code, check.stdout + check.stderr).toBe(0)
    const all = (
      JSON.parse(fs.readFileSync(check.outputs['findings-json'] ?? '', 'utf8')) as {
        findings: { rule: string; region: string; resource_id?: string; message: string }[]
      }
    ).findings
    // A copy's source lives in its source region: the copy region not having the volume does not orphan the copy.
    expect(all.filter((f) => f.rule === 'orphaned-snapshot')).toEqual([])
    const findings = all.filter((f) => f.rule === 'missing-dr-copy')
    expect(findings.map((f) => [f.region, f.message])).toEqual([
      [
        'eu-west-1',
        `Volume ${bare} in us-east-1 has no completed copy in eu-west-1; run backup with copy-to-regions, and check that its copies complete.`
      ]
    ])
  })

  it('converges after a run stopped between the snapshot, its copy and the metadata write', async () => {
    await moto.reset()
    const { s3 } = awsClients(moto.url, 'us-east-1')
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    const volumeId = await newVolume()
    const keys = async (): Promise<string[]> =>
      ((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key ?? '').sort()
    // Stopped between CreateSnapshot and CopySnapshot: a managed snapshot, no copy, no metadata.
    const first = await runAction({ inputs: { mode: 'backup', volume: volumeId, bucket: BUCKET }, env: env() })
    expect(first.code, first.stdout).toBe(0)
    const s1 = (await snapshots('us-east-1'))[0] as Snap
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `snapshot-metadata/${volumeId}/${s1.id}.json` }))
    // Stopped between CopySnapshot and the metadata write: a snapshot and its copy, no metadata.
    const second = await runAction({
      inputs: { mode: 'backup', volume: volumeId, bucket: BUCKET, 'copy-to-regions': 'eu-west-1' },
      env: env()
    })
    expect(second.code, second.stdout).toBe(0)
    const s2 = (await snapshots('us-east-1')).find((s) => s.id !== s1.id) as Snap
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `snapshot-metadata/${volumeId}/${s2.id}.json` }))
    expect(await keys()).toEqual([])
    const copiesBefore = await snapshots('eu-west-1')
    // The second run already caught up with the first snapshot: both have their copy.
    expect(copiesBefore.map((c) => c.tags['snapshot-hygiene:copy-of']).sort()).toEqual([s1.id, s2.id].sort())

    const next = await runAction({
      inputs: {
        mode: 'backup-and-prune',
        volume: volumeId,
        bucket: BUCKET,
        'copy-to-regions': 'eu-west-1',
        'retention-days': '15',
        'keep-last': '5'
      },
      env: env()
    })
    expect(next.code, next.stdout + next.stderr).toBe(0)
    const sources = await snapshots('us-east-1')
    const copies = await snapshots('eu-west-1')
    expect(sources).toHaveLength(3)
    // One copy per source, none made twice.
    expect(copies.map((c) => c.tags['snapshot-hygiene:copy-of']).sort()).toEqual(sources.map((s) => s.id).sort())
    // Every source has its metadata again (repair), and no copy has a document of its own.
    expect(await keys()).toEqual(sources.map((s) => `snapshot-metadata/${volumeId}/${s.id}.json`).sort())
  })
})
