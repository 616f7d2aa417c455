import { describe, expect, it } from 'vitest'
import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand
} from '@aws-sdk/client-ec2'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { missingDrCopies } from '../../src/dr-check.js'
import { ebsKind } from '../../src/kinds/ebs.js'
import { runBackup, type BackupConfig } from '../../src/modes/backup.js'
import { backupSummary } from '../../src/summary/backup.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { mockTarget, settle, describedIds } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const OREGON = 'us-west-2'
const START = Date.UTC(2026, 2, 1, 6, 0, 0)
const IN_EAST = 'vol-0000000000000000e'
const IN_WEST = 'vol-0000000000000000f'
const WORKFLOW = { repository: '', workflow: '', runId: '', runUrl: '', sha: '', actor: '' }

// What the tag selectors resolved to: one volume in us-east-1 and one in eu-west-1, which is also a copy region.
const config: BackupConfig = {
  volumes: [
    { region: EAST, volumeId: IN_EAST },
    { region: WEST, volumeId: IN_WEST }
  ],
  bucket: 'meta-bucket',
  metadataPrefix: 'snapshot-metadata/',
  retentionDays: 7,
  tags: {},
  description: '',
  wait: true,
  waitTimeoutMinutes: 10,
  awsRegion: EAST,
  maxParallelAccounts: 4,
  copyToRegions: [WEST, OREGON],
  copyKmsKey: {},
  copyRetention: { retentionDays: 7, keepLast: 0, keepDaily: 0, keepWeekly: 0, keepMonthly: 0 }
}

describe('a source that lives in a copy region (matched by a tag selector)', () => {
  it('is copied into the other copy regions only, and the summary says why not into its own', async () => {
    const m = mockTarget(ACCOUNT, [EAST, WEST, OREGON])
    const clock = new FakeClock(START)
    for (const [region, volume, snap] of [
      [EAST, IN_EAST, 'snap-0000000000000000e'],
      [WEST, IN_WEST, 'snap-0000000000000000f']
    ] as const) {
      m.ec2[region]?.on(DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: volume, Size: 8 }] })
      m.ec2[region]?.on(CreateSnapshotCommand).resolves({
        SnapshotId: snap,
        VolumeId: volume,
        State: 'completed',
        StartTime: new Date(START)
      })
    }
    for (const region of [EAST, WEST, OREGON]) {
      m.ec2[region]?.on(CopySnapshotCommand).callsFake((input: { SourceSnapshotId: string }) => ({
        SnapshotId: `${input.SourceSnapshotId}-${region}`
      }))
      m.ec2[region]?.on(DescribeSnapshotsCommand).callsFake((input: Parameters<typeof describedIds>[0]) => ({
        Snapshots: describedIds(input).map((id) => ({ SnapshotId: id, State: 'completed' }))
      }))
    }
    m.s3.on(PutObjectCommand).resolves({})

    const result = await settle(clock, runBackup(config, [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([])
    expect(result.copyFailures).toEqual([])
    const copied = (region: string): string[] =>
      (m.ec2[region]?.commandCalls(CopySnapshotCommand) ?? []).map(
        (c) => `${c.args[0].input.SourceRegion ?? ''}/${c.args[0].input.SourceSnapshotId ?? ''}`
      )
    expect(copied(EAST)).toEqual([])
    expect(copied(WEST)).toEqual([`${EAST}/snap-0000000000000000e`])
    expect(copied(OREGON).sort()).toEqual([`${WEST}/snap-0000000000000000f`, `${EAST}/snap-0000000000000000e`].sort())
    const notice = `Volume ${IN_WEST} is in ${WEST}, one of copy-to-regions: its snapshot is not copied into its own region, where a copy would not survive the region's outage; it is copied into ${OREGON}.`
    expect(result.notices).toEqual([notice])
    expect(backupSummary(result)).toContain(notice)
    const docs: Record<string, unknown> = {}
    for (const c of m.s3.commandCalls(PutObjectCommand))
      docs[c.args[0].input.Key ?? ''] = (JSON.parse(c.args[0].input.Body as string) as { copies?: unknown }).copies
    expect(docs[`snapshot-metadata/${IN_WEST}/snap-0000000000000000f.json`]).toEqual([
      { region: OREGON, snapshot_id: 'snap-0000000000000000f-us-west-2', state: 'completed' }
    ])
  })

  it('gets no missing-dr-copy finding for its own region in check', async () => {
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    for (const region of [EAST, WEST]) m.ec2[region]?.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] })
    const out = await missingDrCopies(
      [m.target],
      [{ kind: ebsKind, region: WEST, id: IN_WEST }],
      [EAST, WEST],
      new Date(START),
      24
    )
    expect(out.failures).toEqual([])
    expect(out.findings.map((f) => [f.region, f.message])).toEqual([
      [
        EAST,
        `Volume ${IN_WEST} in ${WEST} has no completed copy in ${EAST}; run backup with copy-to-regions, and check that its copies complete.`
      ]
    ])
    expect(m.ec2[WEST]?.commandCalls(DescribeSnapshotsCommand)).toHaveLength(0)
  })
})
