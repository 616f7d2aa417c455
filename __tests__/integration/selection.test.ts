import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AttachVolumeCommand,
  CreateSnapshotsCommand,
  DescribeSnapshotsCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  RunInstancesCommand,
  TerminateInstancesCommand
} from '@aws-sdk/client-ec2'
import { CreateDBClusterCommand, CreateDBInstanceCommand } from '@aws-sdk/client-rds'
import { startMoto, type Moto } from '../helpers/moto.js'
import { awsClients } from '../helpers/aws.js'
import { stopStarted } from '../helpers/teardown.js'
import {
  selectDbClusters,
  selectDbInstances,
  selectInstances,
  selectorCounts,
  selectVolumes,
  type Selected
} from '../../src/selection.js'
import { parseTagSelector } from '../../src/tag-selector.js'
import { createSnapshotsInput, planInstanceSet, TAG_INSTANCE_ID, TAG_SNAPSHOT_SET } from '../../src/instance-set.js'
import { tagMap } from '../../src/tags.js'

let moto: Moto
const ids: Record<string, string> = {}

async function volume(region: string, tags: Record<string, string>): Promise<string> {
  const { ec2 } = awsClients(moto.url, region)
  const v = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 8, VolumeType: 'gp3' }))
  const id = v.VolumeId ?? ''
  if (Object.keys(tags).length > 0)
    await ec2.send(
      new CreateTagsCommand({ Resources: [id], Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) })
    )
  return id
}

beforeAll(async () => {
  moto = await startMoto()
  ids.east = await volume('us-east-1', { backup: 'daily', Name: 'db-data' })
  ids.eastWeekly = await volume('us-east-1', { backup: 'weekly' })
  ids.eastBoth = await volume('us-east-1', { backup: 'daily', tier: 'gold' })
  ids.untagged = await volume('us-east-1', {})
  ids.west = await volume('eu-west-1', { backup: 'daily' })
  const { ec2, rds } = awsClients(moto.url, 'us-east-1')
  const run = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      MinCount: 1,
      MaxCount: 1,
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'backup', Value: 'daily' }] }]
    })
  )
  ids.instance = run.Instances?.[0]?.InstanceId ?? ''
  const gone = await ec2.send(
    new RunInstancesCommand({
      ImageId: 'ami-12c6146b',
      MinCount: 1,
      MaxCount: 1,
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'backup', Value: 'daily' }] }]
    })
  )
  await ec2.send(new TerminateInstancesCommand({ InstanceIds: [gone.Instances?.[0]?.InstanceId ?? ''] }))
  for (const [name, tags] of [
    ['orders', [{ Key: 'backup', Value: 'daily' }]],
    ['scratch', []]
  ] as const)
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: name,
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        AllocatedStorage: 20,
        MasterUsername: 'admin',
        MasterUserPassword: 'password123',
        Tags: [...tags]
      })
    )
  await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: 'ledger',
      Engine: 'aurora-postgresql',
      MasterUsername: 'admin',
      MasterUserPassword: 'password123',
      Tags: [{ Key: 'backup', Value: 'weekly' }]
    })
  )
}, 60_000)

afterAll(async () => {
  await stopStarted(moto)
})

const ids_ = (selected: Selected<{ volumeId: string }>[]): string[] => selected.map((s) => s.resource.volumeId)

describe('selectVolumes against moto', () => {
  it('finds exactly the volumes carrying the tag, in the region asked', async () => {
    const { ec2 } = awsClients(moto.url, 'us-east-1')
    const east = await selectVolumes(ec2, 'us-east-1', [parseTagSelector('tag:backup=daily')])
    expect(ids_(east)).toEqual([ids.east, ids.eastBoth].sort())
    expect(east.every((s) => s.resource.region === 'us-east-1')).toBe(true)
    expect(east.find((s) => s.resource.volumeId === ids.east)?.resource.name).toBe('db-data')
    const west = await selectVolumes(awsClients(moto.url, 'eu-west-1').ec2, 'eu-west-1', [
      parseTagSelector('tag:backup=daily')
    ])
    expect(ids_(west)).toEqual([ids.west])
  })

  it('takes tag:KEY as any value, and unites several selectors naming each volume once', async () => {
    const { ec2 } = awsClients(moto.url, 'us-east-1')
    const any = await selectVolumes(ec2, 'us-east-1', [parseTagSelector('tag:backup')])
    expect(ids_(any)).toEqual([ids.east, ids.eastWeekly, ids.eastBoth].sort())
    const union = await selectVolumes(ec2, 'us-east-1', [
      parseTagSelector('tag:backup=daily'),
      parseTagSelector('tag:tier=gold')
    ])
    expect(ids_(union)).toEqual([ids.east, ids.eastBoth].sort())
    expect(union.find((s) => s.resource.volumeId === ids.eastBoth)?.selectors).toEqual([
      'tag:backup=daily',
      'tag:tier=gold'
    ])
  })

  it('matches nothing for a value no volume carries, and counts per selector and region', async () => {
    const { ec2 } = awsClients(moto.url, 'us-east-1')
    const none = await selectVolumes(ec2, 'us-east-1', [parseTagSelector('tag:backup=hourly')])
    expect(none).toEqual([])
    const selectors = [parseTagSelector('tag:backup=daily'), parseTagSelector('tag:backup=hourly')]
    const byRegion = new Map([
      ['us-east-1', await selectVolumes(ec2, 'us-east-1', selectors)],
      ['eu-west-1', await selectVolumes(awsClients(moto.url, 'eu-west-1').ec2, 'eu-west-1', selectors)]
    ])
    expect(selectorCounts(selectors, byRegion)).toEqual([
      { selector: 'tag:backup=daily', region: 'eu-west-1', count: 1 },
      { selector: 'tag:backup=daily', region: 'us-east-1', count: 2 },
      { selector: 'tag:backup=hourly', region: 'eu-west-1', count: 0 },
      { selector: 'tag:backup=hourly', region: 'us-east-1', count: 0 }
    ])
  })
})

describe('selectInstances against moto', () => {
  it('finds the tagged running instance with its root volume, not the terminated one', async () => {
    const { ec2 } = awsClients(moto.url, 'us-east-1')
    const found = await selectInstances(ec2, 'us-east-1', [parseTagSelector('tag:backup=daily')])
    expect(found.map((s) => s.resource.instanceId)).toEqual([ids.instance])
    const instance = found[0]?.resource
    expect(instance?.volumes.length).toBe(1)
    expect(instance?.volumes[0]?.device).toBe(instance?.rootDeviceName)
    expect(instance?.volumes[0]?.volumeId).toMatch(/^vol-/)
  })
})

describe('RDS selection against moto', () => {
  it('filters DB instances and clusters by their TagList', async () => {
    const { rds } = awsClients(moto.url, 'us-east-1')
    const daily = await selectDbInstances(rds, 'us-east-1', [parseTagSelector('tag:backup=daily')])
    expect(daily.map((s) => s.resource.identifier)).toEqual(['orders'])
    expect(daily[0]?.selectors).toEqual(['tag:backup=daily'])
    expect(await selectDbClusters(rds, 'us-east-1', [parseTagSelector('tag:backup=daily')])).toEqual([])
    const weekly = await selectDbClusters(rds, 'us-east-1', [parseTagSelector('tag:backup')])
    expect(weekly.map((s) => s.resource.identifier)).toEqual(['ledger'])
    expect(await selectDbInstances(rds, 'us-east-1', [])).toEqual([])
  })
})

describe('an instance set against moto', () => {
  it('snapshots the data volumes of a tagged instance in one CreateSnapshots call, tagged with instance and set', async () => {
    const { ec2 } = awsClients(moto.url, 'us-east-1')
    const [selected] = await selectInstances(ec2, 'us-east-1', [parseTagSelector('tag:backup=daily')])
    const found = selected?.resource
    if (found === undefined) throw new Error('the tagged instance was not selected')
    const data = await volume('us-east-1', { role: 'data' })
    await ec2.send(new AttachVolumeCommand({ InstanceId: found.instanceId, VolumeId: data, Device: '/dev/sdf' }))
    const [again] = await selectInstances(ec2, 'us-east-1', [parseTagSelector('tag:backup=daily')])
    const instance = again?.resource
    if (instance === undefined) throw new Error('the tagged instance was not selected again')
    expect(instance.volumes.map((v) => v.volumeId)).toContain(data)
    const plan = planInstanceSet(
      instance,
      new Map(),
      { excludeBootVolume: true, excludeVolumeTags: [] },
      new Date('2026-11-27T00:00:00Z')
    )
    expect(plan.included.map((v) => v.volumeId)).toEqual([data])
    const out = await ec2.send(new CreateSnapshotsCommand(createSnapshotsInput(plan, { team: 'storage' }, 'set')))
    expect(out.Snapshots?.map((s) => s.VolumeId)).toEqual([data])
    const listed = await ec2.send(
      new DescribeSnapshotsCommand({
        OwnerIds: ['self'],
        Filters: [{ Name: `tag:${TAG_SNAPSHOT_SET}`, Values: [plan.setId] }]
      })
    )
    expect(listed.Snapshots?.map((s) => [s.VolumeId, tagMap(s.Tags)[TAG_INSTANCE_ID], tagMap(s.Tags).team])).toEqual([
      [data, instance.instanceId, 'storage']
    ])
  })
})
