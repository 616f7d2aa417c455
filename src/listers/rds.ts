import {
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBSnapshots,
  type DBClusterSnapshot,
  type DBSnapshot,
  type RDSClient
} from '@aws-sdk/client-rds'
import { tagMap } from '../tags.js'
import type { SnapshotRecord, SnapshotType } from '../types.js'

/** RDS's largest page of snapshots. */
export const RDS_PAGE_SIZE = 100

function rdsType(raw: string | undefined): SnapshotType {
  if (raw === 'automated') return 'automated'
  if (raw === 'awsbackup') return 'aws-backup'
  return 'manual'
}

/** Maps one RDS DB instance snapshot to the common record. */
export function dbSnapshotRecord(s: DBSnapshot, accountId: string, region: string): SnapshotRecord {
  return {
    accountId,
    region,
    service: 'rds',
    snapshotId: s.DBSnapshotIdentifier ?? '',
    arn: s.DBSnapshotArn ?? null,
    snapshotType: rdsType(s.SnapshotType),
    sourceId: s.DBInstanceIdentifier ?? null,
    state: s.Status ?? 'unknown',
    createdAt: s.SnapshotCreateTime ?? s.OriginalSnapshotCreateTime ?? new Date(0),
    sizeGib: s.AllocatedStorage ?? 0,
    encrypted: s.Encrypted ?? false,
    kmsKeyId: s.KmsKeyId ?? null,
    storageTier: 'standard',
    tags: tagMap(s.TagList)
  }
}

/** Maps one Aurora DB cluster snapshot to the common record. */
export function clusterSnapshotRecord(s: DBClusterSnapshot, accountId: string, region: string): SnapshotRecord {
  return {
    accountId,
    region,
    service: 'rds-cluster',
    snapshotId: s.DBClusterSnapshotIdentifier ?? '',
    arn: s.DBClusterSnapshotArn ?? null,
    snapshotType: rdsType(s.SnapshotType),
    sourceId: s.DBClusterIdentifier ?? null,
    state: s.Status ?? 'unknown',
    createdAt: s.SnapshotCreateTime ?? s.ClusterCreateTime ?? new Date(0),
    sizeGib: s.AllocatedStorage ?? 0,
    encrypted: s.StorageEncrypted ?? false,
    kmsKeyId: s.KmsKeyId ?? null,
    storageTier: 'standard',
    tags: tagMap(s.TagList)
  }
}

/**
 * Yields a region's DB instance snapshots: without a type RDS returns manual and automated ones;
 * those that AWS Backup made need SnapshotType=awsbackup.
 */
export async function* listDbSnapshots(
  rds: RDSClient,
  accountId: string,
  region: string,
  type: 'default' | 'awsbackup'
): AsyncGenerator<SnapshotRecord[]> {
  const input = type === 'awsbackup' ? { SnapshotType: 'awsbackup' } : {}
  for await (const page of paginateDescribeDBSnapshots({ client: rds, pageSize: RDS_PAGE_SIZE }, input)) {
    yield (page.DBSnapshots ?? []).map((s) => dbSnapshotRecord(s, accountId, region))
  }
}

/** Yields a region's Aurora DB cluster snapshots, manual and automated. */
export async function* listClusterSnapshots(
  rds: RDSClient,
  accountId: string,
  region: string
): AsyncGenerator<SnapshotRecord[]> {
  for await (const page of paginateDescribeDBClusterSnapshots({ client: rds, pageSize: RDS_PAGE_SIZE }, {})) {
    yield (page.DBClusterSnapshots ?? []).map((s) => clusterSnapshotRecord(s, accountId, region))
  }
}
