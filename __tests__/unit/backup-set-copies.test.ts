import { describe, expect, it } from 'vitest'
import {
  CopySnapshotCommand,
  CreateSnapshotsCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand
} from '@aws-sdk/client-ec2'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { runBackup, type BackupConfig } from '../../src/modes/backup.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { mockTarget, settle, describedIds } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const START = Date.UTC(2026, 2, 1, 6, 0, 0)
const INSTANCE = 'i-0123456789abcdef0'
const SET = `${INSTANCE}-20260301T060000Z`
const WORKFLOW = { repository: 'acme/app', workflow: 'nightly', runId: '7', runUrl: '', sha: '', actor: '' }

const config: BackupConfig = {
  volumes: [],
  instances: [{ region: EAST, instanceId: INSTANCE }],
  excludeBootVolume: false,
  excludeVolumeTags: [],
  bucket: 'meta-bucket',
  metadataPrefix: 'snapshot-metadata/',
  retentionDays: 7,
  tags: {},
  description: '',
  wait: true,
  waitTimeoutMinutes: 10,
  awsRegion: EAST,
  maxParallelAccounts: 4,
  copyToRegions: [WEST],
  copyKmsKey: {},
  copyRetention: { retentionDays: 30, keepLast: 0, keepDaily: 0, keepWeekly: 0, keepMonthly: 0 }
}

describe('copies of instance sets', () => {
  it('copies each snapshot of a set into the copy region with its instance and set tags, and its metadata records the copy', async () => {
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    const clock = new FakeClock(START)
    const east = m.ec2[EAST]
    const west = m.ec2[WEST]
    if (east === undefined || west === undefined) throw new Error('no EC2 stubs')
    east.on(DescribeInstancesCommand).resolves({
      Reservations: [
        {
          Instances: [
            {
              InstanceId: INSTANCE,
              State: { Name: 'running' },
              RootDeviceName: '/dev/xvda',
              Tags: [{ Key: 'Name', Value: 'db-host' }],
              BlockDeviceMappings: [
                { DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-0000000000000000a' } },
                { DeviceName: '/dev/sdf', Ebs: { VolumeId: 'vol-0000000000000000b' } }
              ]
            }
          ]
        }
      ]
    })
    east.on(DescribeVolumesCommand).resolves({
      Volumes: [
        { VolumeId: 'vol-0000000000000000a', Size: 8 },
        { VolumeId: 'vol-0000000000000000b', Size: 20 }
      ]
    })
    // CreateSnapshots answers with the tags it was given, as EC2 does.
    east.on(CreateSnapshotsCommand).callsFake((input: { TagSpecifications?: { Tags?: unknown[] }[] }) => ({
      Snapshots: ['a', 'b'].map((x) => ({
        SnapshotId: `snap-000000000000000${x}0`,
        VolumeId: `vol-000000000000000${x === 'a' ? '0a' : '0b'}`,
        State: 'completed',
        StartTime: new Date(START),
        VolumeSize: 8,
        Encrypted: false,
        Tags: input.TagSpecifications?.[0]?.Tags
      }))
    }))
    // No earlier snapshots of the volumes, and no copies yet.
    east.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] })
    west.on(CopySnapshotCommand).callsFake((input: { SourceSnapshotId: string }) => ({
      SnapshotId: input.SourceSnapshotId.replace('snap-0', 'snap-c')
    }))
    west.on(DescribeSnapshotsCommand).callsFake((input: Parameters<typeof describedIds>[0]) => ({
      Snapshots: describedIds(input).map((id) => ({ SnapshotId: id, State: 'completed' }))
    }))
    m.s3.on(PutObjectCommand).resolves({})

    const result = await settle(clock, runBackup(config, [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([])
    expect(result.copyFailures).toEqual([])
    const tags = (snapshot: string, volume: string) => [
      { Key: 'Name', Value: 'db-host' },
      { Key: 'snapshot-hygiene:managed', Value: 'true' },
      { Key: 'snapshot-hygiene:expires-at', Value: '2026-03-31T06:00:00Z' },
      { Key: 'snapshot-hygiene:repository', Value: 'acme/app' },
      { Key: 'snapshot-hygiene:workflow', Value: 'nightly' },
      { Key: 'snapshot-hygiene:run-id', Value: '7' },
      { Key: 'snapshot-hygiene:instance-id', Value: INSTANCE },
      { Key: 'snapshot-hygiene:snapshot-set', Value: SET },
      { Key: 'snapshot-hygiene:copy-of', Value: snapshot },
      { Key: 'snapshot-hygiene:source-region', Value: EAST },
      { Key: 'snapshot-hygiene:source-id', Value: volume }
    ]
    const calls = west.commandCalls(CopySnapshotCommand).map((c) => c.args[0].input)
    expect(calls.sort((a, b) => (a.SourceSnapshotId ?? '').localeCompare(b.SourceSnapshotId ?? ''))).toEqual([
      {
        SourceRegion: EAST,
        SourceSnapshotId: 'snap-000000000000000a0',
        Description: `snapshot-hygiene copy of snap-000000000000000a0 (vol-0000000000000000a) from ${EAST}`,
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags('snap-000000000000000a0', 'vol-0000000000000000a') }]
      },
      {
        SourceRegion: EAST,
        SourceSnapshotId: 'snap-000000000000000b0',
        Description: `snapshot-hygiene copy of snap-000000000000000b0 (vol-0000000000000000b) from ${EAST}`,
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags('snap-000000000000000b0', 'vol-0000000000000000b') }]
      }
    ])
    expect(result.copies?.map((c) => [c.volumeId, c.sourceSnapshotId, c.region, c.snapshotId, c.state])).toEqual([
      // In the order of the set's snapshots (by device).
      ['vol-0000000000000000b', 'snap-000000000000000b0', WEST, 'snap-c00000000000000b0', 'completed'],
      ['vol-0000000000000000a', 'snap-000000000000000a0', WEST, 'snap-c00000000000000a0', 'completed']
    ])
    const docs: Record<string, unknown> = {}
    for (const c of m.s3.commandCalls(PutObjectCommand))
      docs[c.args[0].input.Key ?? ''] = (JSON.parse(c.args[0].input.Body as string) as { copies?: unknown }).copies
    expect(docs).toEqual({
      'snapshot-metadata/vol-0000000000000000a/snap-000000000000000a0.json': [
        { region: WEST, snapshot_id: 'snap-c00000000000000a0', state: 'completed' }
      ],
      'snapshot-metadata/vol-0000000000000000b/snap-000000000000000b0.json': [
        { region: WEST, snapshot_id: 'snap-c00000000000000b0', state: 'completed' }
      ]
    })
  })
})
