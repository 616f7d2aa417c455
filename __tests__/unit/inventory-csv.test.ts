import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { mockClient } from 'aws-sdk-client-mock'
import { BackupClient, ListBackupVaultsCommand, ListRecoveryPointsByBackupVaultCommand } from '@aws-sdk/client-backup'
import { createClientFactory } from '../../src/clients.js'
import { listEfsRecoveryPoints } from '../../src/listers/efs.js'
import { runInventory } from '../../src/modes/inventory.js'
import type { SnapshotRecord } from '../../src/types.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { readCsv } from '../helpers/csv.js'

const ACCOUNT = '123456789012'
const REGION = 'eu-west-1'
const NOW = new Date('2026-11-21T00:00:00Z')
const GIB = 1024 ** 3

/** EFS recovery points as AWS Backup lists them: sizes in bytes, here 3.375, 0.125 and 1.5 GiB. */
const POINTS = [3.375, 0.125, 1.5].map((gib, i) => ({
  RecoveryPointArn: `arn:aws:backup:${REGION}:${ACCOUNT}:recovery-point:rp-${i}`,
  ResourceArn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-0${i}`,
  BackupSizeInBytes: gib * GIB,
  CreationDate: new Date('2026-11-01T00:00:00Z'),
  Status: 'COMPLETED' as const,
  IsEncrypted: true
}))

const backup = mockClient(BackupClient)
beforeEach(() => {
  backup.reset()
  backup.on(ListBackupVaultsCommand).resolves({ BackupVaultList: [{ BackupVaultName: 'Default' }] })
  backup
    .on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'Default', ByResourceType: 'EFS' })
    .resolves({ RecoveryPoints: POINTS })
})

describe('the inventory CSV carries the size the lister produced', () => {
  it('writes each EFS recovery point size_gib exactly as the lister computed it, fractions included', async () => {
    const listed: SnapshotRecord[] = []
    for await (const page of listEfsRecoveryPoints(
      new BackupClient({ region: REGION }),
      'Default',
      ACCOUNT,
      REGION,
      NOW
    ))
      listed.push(...page)
    expect(listed.map((r) => r.sizeGib)).toEqual([3.375, 0.125, 1.5])
    expect(listed.every((r) => !Number.isInteger(r.sizeGib))).toBe(true)

    const csvPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inv-size-')), 'inventory.csv')
    const clients = createClientFactory({
      accountId: ACCOUNT,
      credentials: () => Promise.resolve({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' })
    })
    const result = await runInventory(
      { regions: [REGION], awsRegion: REGION, services: ['efs'], csvPath, maxParallelAccounts: 1 },
      [{ accountId: ACCOUNT, clients }],
      new FakeClock(NOW)
    )
    expect(result.failures).toEqual([])
    const rows = readCsv(csvPath)
    expect(rows).toHaveLength(listed.length)
    for (const record of listed) {
      const row = rows.find((r) => r.snapshot_id === record.snapshotId)
      expect(row?.size_gib, record.snapshotId).toBe(String(record.sizeGib))
      expect(Number(row?.size_gib)).toBe(record.sizeGib)
    }
    expect(result.aggregate.total.sizeGib).toBe(5)
  })
})
