import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DescribeImagesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client
} from '@aws-sdk/client-ec2'
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  RDSClient
} from '@aws-sdk/client-rds'
import type { AccountTarget } from '../../src/accounts.js'
import { createClientFactory } from '../../src/clients.js'
import { runCheck, type CheckConfig, type CheckDeps } from '../../src/modes/check.js'
import type { ListingFailure, SnapshotRecord } from '../../src/types.js'
import { readCsv } from '../helpers/csv.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { HOUR_MS } from '../../src/clock.js'

const ACCOUNT = '123456789012'
const NOW = new Date('2026-06-15T12:00:00Z')
const ec2 = mockClient(EC2Client)
const rds = mockClient(RDSClient)

function snap(over: Partial<SnapshotRecord>): SnapshotRecord {
  return {
    accountId: ACCOUNT,
    region: 'eu-west-1',
    service: 'ebs',
    snapshotId: 'snap-x',
    arn: null,
    snapshotType: 'manual',
    sourceId: 'vol-live',
    state: 'completed',
    createdAt: new Date(NOW.getTime() - HOUR_MS),
    sizeGib: 10,
    encrypted: true,
    kmsKeyId: null,
    storageTier: 'standard',
    tags: {},
    ...over
  }
}

function target(accountId = ACCOUNT): AccountTarget {
  return {
    accountId,
    clients: createClientFactory({
      accountId,
      credentials: () => Promise.resolve({ accessKeyId: 'AKID', secretAccessKey: 'secret' })
    })
  }
}

function config(over: Partial<CheckConfig> = {}): CheckConfig {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-check-'))
  return {
    regions: ['eu-west-1'],
    awsRegion: 'eu-west-1',
    services: ['ebs', 'rds', 'efs'],
    csvPath: path.join(dir, 'check.csv'),
    maxParallelAccounts: 4,
    volumes: [],
    allowedAccounts: [],
    maxAgeDays: 365,
    maxBackupAgeHours: 26,
    ignoreRules: [],
    maxAnnotations: 50,
    ...over
  }
}

/** A lister that emits the given pages per account and reports the given failures. */
function lister(
  pages: SnapshotRecord[][],
  opts: { regions?: string[]; failures?: ListingFailure[] } = {}
): NonNullable<CheckDeps['listAccount']> {
  return async (cfg, _target, emit, onFailure) => {
    for (const f of opts.failures ?? []) onFailure(f)
    for (const page of pages) await emit(page)
    return opts.regions ?? (cfg.regions === 'all' ? [] : cfg.regions)
  }
}

function calls(mock: typeof ec2 | typeof rds, command: unknown): Record<string, unknown>[] {
  return mock.commandCalls(command as never).map((c) => c.args[0].input as Record<string, unknown>)
}

beforeEach(() => {
  ec2.reset()
  rds.reset()
  ec2.on(DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-live' }] })
  ec2
    .on(DescribeImagesCommand)
    .resolves({ Images: [{ BlockDeviceMappings: [{ Ebs: { SnapshotId: 'snap-in-ami' } }] }] })
  ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] })
  ec2.on(DescribeSnapshotAttributeCommand).resolves({ CreateVolumePermissions: [] })
  rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceIdentifier: 'orders' }] })
  rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [] })
  rds.on(DescribeDBSnapshotAttributesCommand).resolves({
    DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }] }
  })
})

describe('check mode, record rules and orphans', () => {
  it('judges pages as they arrive, loading each region lookup once, and writes every finding to the CSV and JSON', async () => {
    const page1 = [
      snap({ snapshotId: 'snap-ok' }),
      snap({ snapshotId: 'snap-plain', encrypted: false }),
      snap({ snapshotId: 'snap-orphan', sourceId: 'vol-gone' }),
      snap({ snapshotId: 'snap-in-ami', sourceId: 'vol-gone' }),
      snap({ snapshotId: 'snap-copy', sourceId: null })
    ]
    const page2 = [
      snap({ snapshotId: 'snap-old', createdAt: new Date('2025-01-01T00:00:00Z') }),
      snap({
        snapshotId: 'snap-ignored',
        encrypted: false,
        sourceId: 'vol-gone',
        tags: { 'snapshot-hygiene:ignore': 'unencrypted-snapshot,orphaned-snapshot' }
      }),
      snap({ region: 'us-east-1', snapshotId: 'snap-us-orphan', sourceId: 'vol-elsewhere' }),
      snap({ service: 'rds', snapshotId: 'orders-manual', sourceId: 'orders' }),
      snap({ service: 'rds', snapshotId: 'rds:gone-2026', snapshotType: 'automated', sourceId: 'gone' })
    ]
    const cfg = config({ regions: ['eu-west-1', 'us-east-1'] })
    const result = await runCheck(cfg, [target()], new FakeClock(NOW), { listAccount: lister([page1, page2]) })

    const got = result.topFindings.map((f) => `${f.rule} ${f.region} ${f.resourceId}`)
    expect(got).toEqual([
      'unencrypted-snapshot eu-west-1 snap-plain',
      'orphaned-snapshot eu-west-1 rds:gone-2026',
      'orphaned-snapshot eu-west-1 snap-orphan',
      'orphaned-snapshot us-east-1 snap-us-orphan',
      'old-snapshot eu-west-1 snap-old',
      // Old enough, not the newest of vol-live, and without a full size its volume size is its own.
      'archive-candidate eu-west-1 snap-old'
    ])
    expect(result.findingsCount).toBe(6)
    expect(result.silencedCount).toBe(2)
    expect(result.rules.filter((r) => r.findings + r.silenced > 0)).toEqual([
      { rule: 'unencrypted-snapshot', severity: 'warning', findings: 1, silenced: 1 },
      { rule: 'orphaned-snapshot', severity: 'notice', findings: 3, silenced: 1 },
      { rule: 'old-snapshot', severity: 'notice', findings: 1, silenced: 0 },
      { rule: 'archive-candidate', severity: 'notice', findings: 1, silenced: 0 }
    ])
    expect(result.snapshotCount).toBe(10)
    expect(result.aggregate.total.count).toBe(10)
    expect(result.failures).toEqual([])

    // One lookup of each kind per region, however many pages and snapshots.
    expect(calls(ec2, DescribeVolumesCommand)).toHaveLength(2)
    expect(calls(ec2, DescribeImagesCommand)).toEqual([
      { Owners: ['self'], IncludeDeprecated: true, IncludeDisabled: true, MaxResults: 1000 },
      { Owners: ['self'], IncludeDeprecated: true, IncludeDisabled: true, MaxResults: 1000 }
    ])
    expect(calls(rds, DescribeDBInstancesCommand)).toHaveLength(1)
    // One public-snapshot query per region with EBS snapshots.
    expect(calls(ec2, DescribeSnapshotsCommand)).toEqual([
      { OwnerIds: ['self'], RestorableByUserIds: ['all'], MaxResults: 1000 },
      { OwnerIds: ['self'], RestorableByUserIds: ['all'], MaxResults: 1000 }
    ])
    // Every EBS snapshot and the manual DB snapshot had its sharing read; the automated one cannot be shared.
    expect(calls(ec2, DescribeSnapshotAttributeCommand)).toHaveLength(8)
    expect(calls(rds, DescribeDBSnapshotAttributesCommand)).toEqual([{ DBSnapshotIdentifier: 'orders-manual' }])

    const json = JSON.parse(fs.readFileSync(result.findingsJsonPath, 'utf8')) as {
      schema_version: number
      findings: unknown[]
    }
    expect(json.schema_version).toBe(1)
    expect(json.findings).toHaveLength(6)
    expect(result.findingsJsonPath).toBe(cfg.csvPath.replace(/\.csv$/, '.findings.json'))
    const rows = readCsv(result.csvPath)
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'rule',
      'severity',
      'account_id',
      'region',
      'service',
      'resource_id',
      'message'
    ])
    expect(rows.map((r) => r.resource_id).sort()).toEqual([
      'rds:gone-2026',
      'snap-old',
      'snap-old',
      'snap-orphan',
      'snap-plain',
      'snap-us-orphan'
    ])
  })

  it('reports an unreadable lookup once per region and still applies the other rules', async () => {
    ec2
      .on(DescribeVolumesCommand)
      .rejects(
        Object.assign(new Error('not authorized to perform ec2:DescribeVolumes'), { name: 'UnauthorizedOperation' })
      )
    const pages = [
      [snap({ snapshotId: 'a', sourceId: 'vol-gone', encrypted: false })],
      [snap({ snapshotId: 'b', sourceId: 'vol-gone' })]
    ]
    const result = await runCheck(config(), [target()], new FakeClock(NOW), { listAccount: lister(pages) })
    expect(result.topFindings.map((f) => `${f.rule} ${f.resourceId}`)).toEqual(['unencrypted-snapshot a'])
    expect(result.failures).toEqual([
      {
        accountId: ACCOUNT,
        region: 'eu-west-1',
        service: 'ebs',
        message: 'volumes (ec2:DescribeVolumes): UnauthorizedOperation: not authorized to perform ec2:DescribeVolumes'
      }
    ])
    expect(calls(ec2, DescribeVolumesCommand)).toHaveLength(1)
  })
})

describe('check mode, sharing', () => {
  it('reads sharing for at most shareCheckLimit snapshots per region, plus every public one, each once', async () => {
    const records = ['s1', 's2', 's3', 's4', 's5'].map((id) => snap({ snapshotId: id }))
    ec2.on(DescribeSnapshotsCommand, { RestorableByUserIds: ['all'] }).resolves({
      Snapshots: [{ SnapshotId: 's5', VolumeId: 'vol-live', State: 'completed', Encrypted: true, StartTime: NOW }]
    })
    ec2
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 's1' })
      .resolves({ CreateVolumePermissions: [{ UserId: '999999999999' }, { UserId: '444455556666' }] })
    ec2
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 's5' })
      .resolves({ CreateVolumePermissions: [{ Group: 'all' }] })
    const result = await runCheck(config({ allowedAccounts: ['444455556666'] }), [target()], new FakeClock(NOW), {
      listAccount: lister([records]),
      shareCheckLimit: 2
    })
    expect(
      calls(ec2, DescribeSnapshotAttributeCommand)
        .map((c) => c.SnapshotId)
        .sort()
    ).toEqual(['s1', 's2', 's5'])
    expect(result.topFindings.map((f) => `${f.rule} ${f.resourceId}`)).toEqual([
      'public-snapshot s5',
      'shared-snapshot s1'
    ])
    expect(result.topFindings[1]?.message).toContain(
      'shared with account 999999999999, which allowed-accounts does not list'
    )
    expect(result.sharingGaps).toEqual([
      { accountId: ACCOUNT, region: 'eu-west-1', service: 'ebs', eligible: 5, checked: 3 }
    ])
  })

  it('confirms public candidates with the attribute, so an endpoint that ignores RestorableByUserIds raises no false finding', async () => {
    const records = [snap({ snapshotId: 'p1' }), snap({ snapshotId: 'p2' })]
    ec2.on(DescribeSnapshotsCommand, { RestorableByUserIds: ['all'] }).resolves({
      Snapshots: records.map((r) => ({
        SnapshotId: r.snapshotId,
        VolumeId: 'vol-live',
        State: 'completed',
        Encrypted: true,
        StartTime: NOW
      }))
    })
    ec2
      .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'p2' })
      .resolves({ CreateVolumePermissions: [{ Group: 'all' }] })
    const result = await runCheck(config(), [target()], new FakeClock(NOW), {
      listAccount: lister([records]),
      shareCheckLimit: 0
    })
    expect(result.topFindings.map((f) => `${f.rule} ${f.resourceId}`)).toEqual(['public-snapshot p2'])
    expect(calls(ec2, DescribeSnapshotAttributeCommand)).toHaveLength(2)
    expect(result.sharingGaps).toEqual([])
  })

  it('reads the restore attribute of manual DB and cluster snapshots; a vanished snapshot is skipped, other errors reported once', async () => {
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'pub' }).resolves({
      DBSnapshotAttributesResult: {
        DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all', '111111111111'] }]
      }
    })
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'gone' })
      .rejects(Object.assign(new Error('not found'), { name: 'DBSnapshotNotFoundFault' }))
    rds
      .on(DescribeDBClusterSnapshotAttributesCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }))
    const records = [
      snap({ service: 'rds', snapshotId: 'pub', sourceId: 'orders' }),
      snap({ service: 'rds', snapshotId: 'gone', sourceId: 'orders' }),
      snap({ service: 'rds', snapshotId: 'rds:orders-auto', snapshotType: 'automated', sourceId: 'orders' }),
      snap({ service: 'rds', snapshotId: 'backup-made', snapshotType: 'aws-backup', sourceId: 'orders' }),
      snap({ service: 'rds-cluster', snapshotId: 'c1', sourceId: null }),
      snap({ service: 'rds-cluster', snapshotId: 'c2', sourceId: null })
    ]
    const result = await runCheck(config(), [target()], new FakeClock(NOW), { listAccount: lister([records]) })
    expect(
      calls(rds, DescribeDBSnapshotAttributesCommand)
        .map((c) => c.DBSnapshotIdentifier)
        .sort()
    ).toEqual(['gone', 'pub'])
    expect(result.topFindings.map((f) => `${f.rule} ${f.service} ${f.resourceId}`)).toEqual([
      'public-snapshot rds pub',
      'shared-snapshot rds pub'
    ])
    expect(result.failures.map((f) => `${f.service}: ${f.message}`)).toEqual([
      'rds-cluster: sharing (rds:DescribeDBClusterSnapshotAttributes) could not be read for 2 snapshots: AccessDenied: denied'
    ])
  })
})

describe('check mode, stale backups', () => {
  it('takes the newest completed snapshot from the listing, asks directly outside it, and says whether the volume exists', async () => {
    const cfg = config({
      regions: ['eu-west-1'],
      volumes: [
        { region: 'eu-west-1', volumeId: 'vol-live' },
        { region: 'eu-west-1', volumeId: 'vol-stale' },
        { region: 'eu-west-1', volumeId: 'vol-never' },
        { region: 'us-east-1', volumeId: 'vol-far' }
      ]
    })
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-live' }, { VolumeId: 'vol-stale' }] })
    ec2
      .on(DescribeSnapshotsCommand, {
        Filters: [
          { Name: 'volume-id', Values: ['vol-far'] },
          { Name: 'status', Values: ['completed'] }
        ]
      })
      .resolves({
        Snapshots: [
          { SnapshotId: 'far-1', State: 'completed', StartTime: new Date(NOW.getTime() - 30 * HOUR_MS) },
          { SnapshotId: 'far-2', State: 'completed', StartTime: new Date(NOW.getTime() - 27 * HOUR_MS) }
        ]
      })
    const records = [
      snap({ snapshotId: 'live-old', sourceId: 'vol-live', createdAt: new Date(NOW.getTime() - 50 * HOUR_MS) }),
      snap({ snapshotId: 'live-new', sourceId: 'vol-live', createdAt: new Date(NOW.getTime() - 2 * HOUR_MS) }),
      snap({ snapshotId: 'stale-1', sourceId: 'vol-stale', createdAt: new Date(NOW.getTime() - 30 * HOUR_MS) }),
      snap({
        snapshotId: 'stale-pending',
        sourceId: 'vol-stale',
        state: 'pending',
        createdAt: new Date(NOW.getTime() - HOUR_MS)
      })
    ]
    const result = await runCheck(cfg, [target()], new FakeClock(NOW), { listAccount: lister([records]) })
    expect(result.topFindings.filter((f) => f.rule === 'stale-backup').map((f) => f.message)).toEqual([
      'Volume vol-never in eu-west-1 no longer exists and has no completed snapshot; remove it from the volume input.',
      'Volume vol-stale in eu-west-1 was last backed up 30 hours ago (2026-06-14T06:00:00.000Z), longer than max-backup-age-hours (26); check that its scheduled backup runs.',
      'Volume vol-far in us-east-1 no longer exists and was last backed up 27 hours ago (2026-06-14T09:00:00.000Z); remove it from the volume input.'
    ])
    // Only the volume outside the listed regions needed its own snapshot query.
    expect(calls(ec2, DescribeSnapshotsCommand).filter((c) => c.Filters !== undefined)).toHaveLength(1)
  })

  it('does not judge a volume whose snapshots could not be read, and reports why', async () => {
    ec2.on(DescribeSnapshotsCommand).rejects(Object.assign(new Error('denied'), { name: 'UnauthorizedOperation' }))
    const cfg = config({ services: ['rds'], volumes: [{ region: 'eu-west-1', volumeId: 'vol-live' }] })
    const result = await runCheck(cfg, [target()], new FakeClock(NOW), { listAccount: lister([]) })
    expect(result.findingsCount).toBe(0)
    expect(result.failures.map((f) => f.message)).toEqual([
      'snapshots of vol-live for stale-backup (ec2:DescribeSnapshots): UnauthorizedOperation: denied'
    ])
  })

  it('attributes the volume to the account that has it when several accounts are checked', async () => {
    const other = target('210987654321')
    const cfg = config({ volumes: [{ region: 'eu-west-1', volumeId: 'vol-live' }], services: ['ebs'] })
    const result = await runCheck(cfg, [target(), other], new FakeClock(NOW), { listAccount: lister([]) })
    // One mock answers both accounts' DescribeVolumes with vol-live, so the finding says the volume exists.
    expect(result.topFindings.map((f) => f.message)).toEqual([
      'Volume vol-live in eu-west-1 has no completed snapshot; back it up (mode backup) on a schedule more often than every 26 hours.'
    ])
    expect(result.accounts).toEqual([ACCOUNT, '210987654321'])
  })
})

describe('check mode, accounts that could not be entered', () => {
  it('asks nothing more of an account whose role failed, and still judges the volume in the others', async () => {
    const broken: AccountTarget = { ...target('210987654321'), failure: 'AccessDenied' }
    const cfg = config({ volumes: [{ region: 'eu-west-1', volumeId: 'vol-live' }], services: ['ebs'] })
    const listed: string[] = []
    const list: NonNullable<CheckDeps['listAccount']> = (c, t, _emit, onFailure) => {
      listed.push(t.accountId)
      if (t.failure !== undefined) {
        onFailure({ accountId: t.accountId, region: c.awsRegion, service: 'account', message: t.failure })
        return Promise.resolve([])
      }
      return Promise.resolve(['eu-west-1'])
    }
    const result = await runCheck(cfg, [target(), broken], new FakeClock(NOW), { listAccount: list })
    expect(listed).toEqual([ACCOUNT, '210987654321'])
    expect(result.failures).toEqual([
      { accountId: '210987654321', region: 'eu-west-1', service: 'account', message: 'AccessDenied' }
    ])
    expect(result.topFindings.map((f) => `${f.accountId} ${f.rule} ${f.resourceId}`)).toEqual([
      `${ACCOUNT} stale-backup vol-live`
    ])
    expect(calls(ec2, DescribeVolumesCommand)).toHaveLength(1)
  })
})

describe('check mode, limits', () => {
  it('keeps only the most severe findings in memory but every one in the files', async () => {
    const records = Array.from({ length: 250 }, (_, i) =>
      snap({ snapshotId: `snap-${String(i).padStart(3, '0')}`, encrypted: false, sourceId: 'vol-gone' })
    )
    const result = await runCheck(config(), [target()], new FakeClock(NOW), {
      listAccount: lister([records.slice(0, 120), records.slice(120)]),
      shareCheckLimit: 0
    })
    expect(result.findingsCount).toBe(500)
    expect(result.topFindings).toHaveLength(100)
    expect(result.topFindings.every((f) => f.rule === 'unencrypted-snapshot')).toBe(true)
    expect(result.topFindings[0]?.resourceId).toBe('snap-000')
    expect(readCsv(result.csvPath)).toHaveLength(500)
    expect(
      (JSON.parse(fs.readFileSync(result.findingsJsonPath, 'utf8')) as { findings: unknown[] }).findings
    ).toHaveLength(500)
  })
})
