import { describe, expect, it } from 'vitest'
import { CreateSnapshotsCommand, DescribeInstancesCommand, DescribeVolumesCommand } from '@aws-sdk/client-ec2'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { backupInstances, createPacers, createSetPatiently } from '../../src/instance-backup.js'
import { PER_VOLUME_RATE_WAIT_MS } from '../../src/kinds/ebs.js'
import { TAG_INSTANCE_ID, TAG_SNAPSHOT_SET } from '../../src/instance-set.js'
import { tagMap } from '../../src/tags.js'
import { FakeClock, flushMicrotasks } from '../helpers/fake-clock.js'
import { mockTarget } from '../helpers/mock-target.js'

const WORKFLOW = { repository: 'acme/app', workflow: 'nightly', runId: '7', runUrl: '', sha: '', actor: '' }
const CONFIG = {
  instances: [{ region: 'eu-west-1', instanceId: 'i-0123456789abcdef0' }],
  excludeBootVolume: false,
  excludeVolumeTags: [{ key: 'backup', value: 'skip' }],
  bucket: 'meta-bucket',
  metadataPrefix: 'snapshot-metadata/',
  retentionDays: 7,
  tags: {},
  description: '',
  wait: false,
  waitTimeoutMinutes: 10,
  awsRegion: 'us-east-1',
  maxParallelAccounts: 4
}

function rateError(): Error {
  return Object.assign(new Error('Too soon'), { name: 'SnapshotCreationPerVolumeRateExceeded' })
}

function setup() {
  const m = mockTarget('111111111111', ['eu-west-1'])
  const ec2 = m.ec2['eu-west-1']
  if (ec2 === undefined) throw new Error('no EC2 stub')
  ec2.on(DescribeInstancesCommand).resolves({
    Reservations: [
      {
        Instances: [
          {
            InstanceId: 'i-0123456789abcdef0',
            State: { Name: 'running' },
            RootDeviceName: '/dev/xvda',
            Tags: [{ Key: 'Name', Value: 'db-host' }],
            BlockDeviceMappings: [
              { DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-0000000000000000a' } },
              { DeviceName: '/dev/sdf', Ebs: { VolumeId: 'vol-0000000000000000b' } },
              { DeviceName: '/dev/sdg', Ebs: { VolumeId: 'vol-0000000000000000c' } }
            ]
          }
        ]
      }
    ]
  })
  ec2.on(DescribeVolumesCommand).resolves({
    Volumes: [
      { VolumeId: 'vol-0000000000000000a', Size: 8 },
      { VolumeId: 'vol-0000000000000000b', Size: 20 },
      { VolumeId: 'vol-0000000000000000c', Size: 50, Tags: [{ Key: 'backup', Value: 'skip' }] }
    ]
  })
  m.s3.on(PutObjectCommand).resolves({})
  return { m, ec2 }
}

describe('backupInstances (client mock)', () => {
  it('leaves a tagged data volume out through ExcludeDataVolumeIds, waits out the per-volume rate, tags every snapshot', async () => {
    const { m, ec2 } = setup()
    const start = new Date('2026-11-27T10:00:00Z')
    ec2
      .on(CreateSnapshotsCommand)
      .rejectsOnce(rateError())
      .resolves({
        Snapshots: ['a', 'b'].map((x) => ({
          SnapshotId: `snap-000000000000000${x}0`,
          VolumeId: `vol-000000000000000${x === 'a' ? '0a' : '0b'}`,
          State: 'pending',
          StartTime: start,
          VolumeSize: 8
        }))
      })
    const clock = new FakeClock(start)
    const pending = backupInstances(CONFIG, [m.target], clock, { workflow: WORKFLOW, pacer: createPacers(clock, {}) })
    for (let i = 0; i < 10 && clock.pendingTimers === 0; i++) await flushMicrotasks()
    expect(clock.sleeps).toEqual([PER_VOLUME_RATE_WAIT_MS])
    await clock.advance(PER_VOLUME_RATE_WAIT_MS)
    const out = await pending
    const calls = ec2.commandCalls(CreateSnapshotsCommand)
    expect(calls).toHaveLength(2)
    const input = calls[0]?.args[0].input
    expect(input?.InstanceSpecification).toEqual({
      InstanceId: 'i-0123456789abcdef0',
      ExcludeBootVolume: false,
      ExcludeDataVolumeIds: ['vol-0000000000000000c']
    })
    const tags = tagMap(input?.TagSpecifications?.[0]?.Tags)
    expect(tags[TAG_INSTANCE_ID]).toBe('i-0123456789abcdef0')
    expect(tags[TAG_SNAPSHOT_SET]).toBe('i-0123456789abcdef0-20261127T100000Z')
    expect(tags['snapshot-hygiene:managed']).toBe('true')
    expect(tags.Name).toBe('db-host')
    expect(out.failures).toEqual([])
    expect(out.sets).toHaveLength(1)
    expect(out.sets[0]?.snapshots.map((s) => [s.device, s.volumeId, s.snapshotId, s.metadataKey])).toEqual([
      [
        '/dev/sdf',
        'vol-0000000000000000b',
        'snap-000000000000000b0',
        'snapshot-metadata/vol-0000000000000000b/snap-000000000000000b0.json'
      ],
      [
        '/dev/xvda',
        'vol-0000000000000000a',
        'snap-000000000000000a0',
        'snapshot-metadata/vol-0000000000000000a/snap-000000000000000a0.json'
      ]
    ])
    expect(out.sets[0]?.excluded).toEqual([
      { volumeId: 'vol-0000000000000000c', device: '/dev/sdg', reason: 'tagged backup=skip (exclude-volume-tags)' }
    ])
    expect(m.s3.commandCalls(PutObjectCommand)).toHaveLength(2)
  })

  it('reports an instance that cannot be snapshotted, and one that does not exist, without stopping the others', async () => {
    const { m, ec2 } = setup()
    ec2.on(CreateSnapshotsCommand).rejects(Object.assign(new Error('not allowed'), { name: 'UnauthorizedOperation' }))
    const clock = new FakeClock()
    const out = await backupInstances(
      { ...CONFIG, instances: [...CONFIG.instances, { region: 'eu-west-1', instanceId: 'i-0fffffffffffffff0' }] },
      [m.target],
      clock,
      { workflow: WORKFLOW, pacer: createPacers(clock, {}) }
    )
    expect(out.sets).toEqual([])
    expect(out.failures.map((f) => f.message)).toEqual([
      'Could not snapshot instance i-0123456789abcdef0: UnauthorizedOperation: not allowed',
      'Instance i-0fffffffffffffff0 was not found in eu-west-1 (account 111111111111)'
    ])
  })

  it('takes a new token for the retry of a throttled set (RequestLimitExceeded) after emptying the pacer', async () => {
    const { m, ec2 } = setup()
    const events: string[] = []
    ec2
      .on(CreateSnapshotsCommand)
      .callsFakeOnce(() => {
        events.push('CreateSnapshots')
        throw Object.assign(new Error('Request limit exceeded.'), { name: 'RequestLimitExceeded' })
      })
      .callsFake(() => {
        events.push('CreateSnapshots')
        return { Snapshots: [{ SnapshotId: 'snap-00000000000000001', VolumeId: 'vol-0000000000000000a' }] }
      })
    const pacer = {
      take: (): Promise<void> => {
        events.push('take')
        return Promise.resolve()
      },
      penalize: (): void => {
        events.push('penalize')
      }
    }
    const clock = new FakeClock(new Date('2026-11-27T10:00:00Z'))
    const made = createSetPatiently(
      m.target.clients.ec2Paced('eu-west-1'),
      { InstanceSpecification: { InstanceId: 'i-0123456789abcdef0' } },
      pacer,
      clock,
      clock.now().getTime() + 60_000
    )
    for (let i = 0; i < 10 && clock.pendingTimers === 0; i++) await flushMicrotasks()
    expect(clock.sleeps).toEqual([1_000])
    await clock.advance(1_000)
    expect((await made).map((s) => s.SnapshotId)).toEqual(['snap-00000000000000001'])
    expect(events).toEqual(['take', 'CreateSnapshots', 'penalize', 'take', 'CreateSnapshots'])
  })
})
