import { describe, expect, it, beforeEach } from 'vitest'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { DescribeDBClusterSnapshotsCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds'
import { BackupClient, ListBackupVaultsCommand, ListRecoveryPointsByBackupVaultCommand } from '@aws-sdk/client-backup'
import { ebsRecord, listEbsSnapshots } from '../../src/listers/ebs.js'
import { listClusterSnapshots, listDbSnapshots } from '../../src/listers/rds.js'
import { fileSystemId, listEfsRecoveryPoints, listVaultNames } from '../../src/listers/efs.js'

const ACCOUNT = '123456789012'
const T0 = new Date('2026-11-01T00:00:00Z')

async function collect<T>(gen: AsyncGenerator<T[]>): Promise<{ pages: number; items: T[] }> {
  const items: T[] = []
  let pages = 0
  for await (const page of gen) {
    pages++
    items.push(...page)
  }
  return { pages, items }
}

const ec2Mock = mockClient(EC2Client)
const rdsMock = mockClient(RDSClient)
const backupMock = mockClient(BackupClient)
beforeEach(() => {
  ec2Mock.reset()
  rdsMock.reset()
  backupMock.reset()
})

describe('EBS lister', () => {
  it('asks for the account own snapshots 1000 at a time and follows NextToken across pages', async () => {
    const snap = (i: number) => ({
      SnapshotId: `snap-${i}`,
      VolumeId: 'vol-1',
      State: 'completed' as const,
      StartTime: T0,
      VolumeSize: 8
    })
    ec2Mock
      .on(DescribeSnapshotsCommand, { OwnerIds: ['self'], MaxResults: 1000, NextToken: undefined })
      .resolves({ Snapshots: [snap(1), snap(2)], NextToken: 'page-2' })
      .on(DescribeSnapshotsCommand, { OwnerIds: ['self'], MaxResults: 1000, NextToken: 'page-2' })
      .resolves({ Snapshots: [snap(3)], NextToken: 'page-3' })
      .on(DescribeSnapshotsCommand, { OwnerIds: ['self'], MaxResults: 1000, NextToken: 'page-3' })
      .resolves({ Snapshots: [] })
    const { pages, items } = await collect(
      listEbsSnapshots(new EC2Client({ region: 'eu-west-1' }), ACCOUNT, 'eu-west-1')
    )
    expect(pages).toBe(3)
    expect(items.map((r) => r.snapshotId)).toEqual(['snap-1', 'snap-2', 'snap-3'])
    expect(ec2Mock.commandCalls(DescribeSnapshotsCommand)).toHaveLength(3)
    expect(items[0]).toMatchObject({
      region: 'eu-west-1',
      service: 'ebs',
      sourceId: 'vol-1',
      sizeGib: 8,
      storageTier: 'standard'
    })
  })

  it('reports an EBS copy (vol-ffffffff) as having no source', () => {
    const r = ebsRecord({ SnapshotId: 'snap-c', VolumeId: 'vol-ffffffff', StartTime: T0 }, ACCOUNT, 'us-east-1')
    expect(r.sourceId).toBeNull()
  })

  it('classifies AWS Backup and Data Lifecycle Manager snapshots', () => {
    const backup = ebsRecord(
      { SnapshotId: 's1', Tags: [{ Key: 'aws:backup:source-resource', Value: 'x' }] },
      ACCOUNT,
      'us-east-1'
    )
    const dlm = ebsRecord(
      { SnapshotId: 's2', Tags: [{ Key: 'aws:dlm:lifecycle-policy-id', Value: 'policy-1' }] },
      ACCOUNT,
      'us-east-1'
    )
    const manual = ebsRecord(
      { SnapshotId: 's3', StorageTier: 'archive', Encrypted: true, KmsKeyId: 'k' },
      ACCOUNT,
      'us-east-1'
    )
    expect([backup.snapshotType, dlm.snapshotType, manual.snapshotType]).toEqual(['aws-backup', 'automated', 'manual'])
    expect(manual).toMatchObject({ storageTier: 'archive', encrypted: true, kmsKeyId: 'k' })
  })
})

describe('RDS listers', () => {
  it('pages DB snapshots 100 at a time with Marker, and asks for AWS Backup ones separately', async () => {
    rdsMock
      .on(DescribeDBSnapshotsCommand, { MaxRecords: 100, Marker: undefined, SnapshotType: undefined })
      .resolves({
        DBSnapshots: [
          { DBSnapshotIdentifier: 'm1', SnapshotType: 'manual', DBInstanceIdentifier: 'db1', AllocatedStorage: 20 }
        ],
        Marker: 'm'
      })
      .on(DescribeDBSnapshotsCommand, { MaxRecords: 100, Marker: 'm', SnapshotType: undefined })
      .resolves({
        DBSnapshots: [{ DBSnapshotIdentifier: 'rds:db1-auto', SnapshotType: 'automated', DBInstanceIdentifier: 'db1' }]
      })
      .on(DescribeDBSnapshotsCommand, { MaxRecords: 100, SnapshotType: 'awsbackup' })
      .resolves({
        DBSnapshots: [
          { DBSnapshotIdentifier: 'awsbackup:job-1', SnapshotType: 'awsbackup', DBInstanceIdentifier: 'db1' }
        ]
      })
    const rds = new RDSClient({ region: 'us-east-1' })
    const normal = await collect(listDbSnapshots(rds, ACCOUNT, 'us-east-1', 'default'))
    const backup = await collect(listDbSnapshots(rds, ACCOUNT, 'us-east-1', 'awsbackup'))
    expect(normal.items.map((r) => [r.snapshotId, r.snapshotType])).toEqual([
      ['m1', 'manual'],
      ['rds:db1-auto', 'automated']
    ])
    expect(normal.pages).toBe(2)
    expect(backup.items.map((r) => [r.snapshotId, r.snapshotType, r.service])).toEqual([
      ['awsbackup:job-1', 'aws-backup', 'rds']
    ])
  })

  it('maps Aurora cluster snapshots with their storage encryption', async () => {
    rdsMock.on(DescribeDBClusterSnapshotsCommand).resolves({
      DBClusterSnapshots: [
        {
          DBClusterSnapshotIdentifier: 'c1',
          DBClusterIdentifier: 'aurora',
          StorageEncrypted: true,
          AllocatedStorage: 1,
          SnapshotType: 'manual'
        }
      ]
    })
    const { items } = await collect(listClusterSnapshots(new RDSClient({ region: 'us-east-1' }), ACCOUNT, 'us-east-1'))
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      service: 'rds-cluster',
      sourceId: 'aurora',
      encrypted: true,
      snapshotType: 'manual'
    })
    expect(rdsMock.commandCalls(DescribeDBClusterSnapshotsCommand)[0]?.args[0].input).toMatchObject({ MaxRecords: 100 })
  })
})

describe('EFS lister (AWS Backup recovery points)', () => {
  it('lists vaults across pages and the EFS recovery points of each, 1000 at a time', async () => {
    backupMock
      .on(ListBackupVaultsCommand, { MaxResults: 1000, NextToken: undefined })
      .resolves({ BackupVaultList: [{ BackupVaultName: 'Default' }], NextToken: 'v2' })
      .on(ListBackupVaultsCommand, { MaxResults: 1000, NextToken: 'v2' })
      .resolves({ BackupVaultList: [{ BackupVaultName: 'efs-vault' }] })
    const coldSince = new Date('2026-10-01T00:00:00Z')
    backupMock
      .on(ListRecoveryPointsByBackupVaultCommand, {
        BackupVaultName: 'efs-vault',
        ByResourceType: 'EFS',
        MaxResults: 1000,
        NextToken: undefined
      })
      .resolves({
        RecoveryPoints: [
          {
            RecoveryPointArn: 'arn:aws:backup:us-east-1:123456789012:recovery-point:1111-aaaa',
            ResourceArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0abc123',
            Status: 'COMPLETED',
            CreationDate: T0,
            BackupSizeInBytes: 5 * 1024 ** 3,
            IsEncrypted: true,
            CalculatedLifecycle: { MoveToColdStorageAt: coldSince }
          }
        ],
        NextToken: 'rp2'
      })
      .on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'efs-vault', NextToken: 'rp2' })
      .resolves({
        RecoveryPoints: [
          { RecoveryPointArn: 'arn:aws:backup:us-east-1:123456789012:recovery-point:2222-bbbb', CreationDate: T0 }
        ]
      })
    const backup = new BackupClient({ region: 'us-east-1' })
    expect(await listVaultNames(backup)).toEqual(['Default', 'efs-vault'])
    const { items, pages } = await collect(
      listEfsRecoveryPoints(backup, 'efs-vault', ACCOUNT, 'us-east-1', new Date('2026-11-21T00:00:00Z'))
    )
    expect(pages).toBe(2)
    expect(items.map((r) => r.snapshotId)).toEqual(['1111-aaaa', '2222-bbbb'])
    expect(items[0]).toMatchObject({
      service: 'efs',
      snapshotType: 'aws-backup',
      sourceId: 'fs-0abc123',
      sizeGib: 5,
      state: 'completed',
      storageTier: 'cold',
      encrypted: true
    })
    expect(items[1]).toMatchObject({ sourceId: null, storageTier: 'warm' })
  })

  it('reads the file-system id from an EFS ARN', () => {
    expect(fileSystemId('arn:aws:elasticfilesystem:eu-west-1:1:file-system/fs-12ab')).toBe('fs-12ab')
    expect(fileSystemId('arn:aws:ec2:eu-west-1:1:volume/vol-1')).toBeNull()
  })
})

describe('drain', () => {
  it('asks for the next page before the current one has been written', async () => {
    const { drain } = await import('../../src/listing.js')
    const events: string[] = []
    // eslint-disable-next-line @typescript-eslint/require-await -- an async generator must be async; its pages are ready at once on purpose
    async function* pages(): AsyncGenerator<import('../../src/types.js').SnapshotRecord[]> {
      for (let i = 1; i <= 3; i++) {
        events.push(`request ${i}`)
        yield []
      }
    }
    await drain(pages(), async () => {
      events.push('write start')
      await new Promise((r) => setImmediate(r))
      events.push('write end')
    })
    expect(events).toEqual([
      'request 1',
      'request 2',
      'write start',
      'write end',
      'request 3',
      'write start',
      'write end',
      'write start',
      'write end'
    ])
  })
})
