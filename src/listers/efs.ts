import {
  paginateListBackupVaults,
  paginateListRecoveryPointsByBackupVault,
  type BackupClient,
  type RecoveryPointByBackupVault
} from '@aws-sdk/client-backup'
import type { SnapshotRecord } from '../types.js'

/** AWS Backup's largest page of recovery points. */
export const BACKUP_PAGE_SIZE = 1000
const GIB = 1024 ** 3

/** The file-system id at the end of an EFS ARN (arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/fs-...). */
export function fileSystemId(resourceArn: string | undefined): string | null {
  if (!resourceArn) return null
  const match = /file-system\/(fs-[0-9a-f]+)$/.exec(resourceArn)
  return match?.[1] ?? null
}

/** Maps one AWS Backup recovery point of an EFS file system to the common record; it is cold once its lifecycle moved it. */
export function recoveryPointRecord(
  rp: RecoveryPointByBackupVault,
  accountId: string,
  region: string,
  now: Date
): SnapshotRecord {
  const coldAt = rp.CalculatedLifecycle?.MoveToColdStorageAt
  const arn = rp.RecoveryPointArn ?? ''
  return {
    accountId,
    region,
    service: 'efs',
    snapshotId: arn.slice(arn.lastIndexOf(':') + 1),
    arn: arn || null,
    snapshotType: 'aws-backup',
    sourceId: fileSystemId(rp.ResourceArn),
    state: (rp.Status ?? 'unknown').toLowerCase(),
    createdAt: rp.CreationDate ?? new Date(0),
    sizeGib: (rp.BackupSizeInBytes ?? 0) / GIB,
    encrypted: rp.IsEncrypted ?? false,
    kmsKeyId: rp.EncryptionKeyArn ?? null,
    storageTier: coldAt && coldAt.getTime() <= now.getTime() ? 'cold' : 'warm',
    tags: {}
  }
}

/** Lists the names of a region's backup vaults. */
export async function listVaultNames(backup: BackupClient): Promise<string[]> {
  const names: string[] = []
  for await (const page of paginateListBackupVaults({ client: backup, pageSize: BACKUP_PAGE_SIZE }, {})) {
    for (const v of page.BackupVaultList ?? []) if (v.BackupVaultName) names.push(v.BackupVaultName)
  }
  return names
}

/** Yields the EFS recovery points of one backup vault, a page at a time. */
export async function* listEfsRecoveryPoints(
  backup: BackupClient,
  vault: string,
  accountId: string,
  region: string,
  now: Date
): AsyncGenerator<SnapshotRecord[]> {
  const input = { BackupVaultName: vault, ByResourceType: 'EFS' }
  for await (const page of paginateListRecoveryPointsByBackupVault(
    { client: backup, pageSize: BACKUP_PAGE_SIZE },
    input
  )) {
    yield (page.RecoveryPoints ?? []).map((rp) => recoveryPointRecord(rp, accountId, region, now))
  }
}
