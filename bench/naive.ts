/**
 * The naive inventory, the baseline of scenario 2: regions one after another, services one after another, pages one
 * after another, with the SDK's own paginators and default clients. It writes the same CSV rows as the action (the
 * same record mappers and row function), so only the order of work differs.
 * Usage: tsx bench/naive.ts CSV_PATH   (endpoint, region and credentials from the usual AWS_* variables)
 */
import { BackupClient, paginateListBackupVaults, paginateListRecoveryPointsByBackupVault } from '@aws-sdk/client-backup'
import { DescribeRegionsCommand, EC2Client, paginateDescribeSnapshots } from '@aws-sdk/client-ec2'
import { paginateDescribeDBClusterSnapshots, paginateDescribeDBSnapshots, RDSClient } from '@aws-sdk/client-rds'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import * as fs from 'node:fs'
import { stringify } from 'csv-stringify/sync'
import { INVENTORY_COLUMNS, inventoryRow } from '../src/inventory-csv.js'
import { ebsRecord } from '../src/listers/ebs.js'
import { recoveryPointRecord } from '../src/listers/efs.js'
import { clusterSnapshotRecord, dbSnapshotRecord } from '../src/listers/rds.js'
import type { SnapshotRecord } from '../src/types.js'
import { withLocks } from '../src/lock-state.js'
import { readSnapshotLocks } from '../src/snapshot-locks.js'

const csvPath = process.argv[2]
if (csvPath === undefined) throw new Error('usage: naive.ts CSV_PATH')
const home = process.env.AWS_REGION ?? 'us-east-1'
const now = new Date()
const out = fs.openSync(csvPath, 'w')
let rows = 0
const write = (records: SnapshotRecord[]): void => {
  rows += records.length
  fs.writeSync(out, stringify(records.map((r) => inventoryRow(r, now))))
}
fs.writeSync(out, stringify([[...INVENTORY_COLUMNS]]))

const account = (await new STSClient({ region: home }).send(new GetCallerIdentityCommand({}))).Account ?? ''
const described = await new EC2Client({ region: home }).send(new DescribeRegionsCommand({}))
const regions = (described.Regions ?? []).map((r) => r.RegionName ?? '').sort()

for (const region of regions) {
  const ec2 = new EC2Client({ region })
  let locks: Awaited<ReturnType<typeof readSnapshotLocks>> | null = null
  for await (const page of paginateDescribeSnapshots({ client: ec2, pageSize: 1000 }, { OwnerIds: ['self'] })) {
    const records = (page.Snapshots ?? []).map((s) => ebsRecord(s, account, region))
    // The lock columns, read once the region is seen to have snapshots, as the action reads them.
    if (records.length > 0) locks ??= await readSnapshotLocks(ec2)
    write(locks === null ? records : withLocks(records, locks))
  }
  const rds = new RDSClient({ region })
  for (const input of [{}, { SnapshotType: 'awsbackup' }]) {
    for await (const page of paginateDescribeDBSnapshots({ client: rds, pageSize: 100 }, input)) {
      write((page.DBSnapshots ?? []).map((s) => dbSnapshotRecord(s, account, region)))
    }
  }
  for await (const page of paginateDescribeDBClusterSnapshots({ client: rds, pageSize: 100 }, {})) {
    write((page.DBClusterSnapshots ?? []).map((s) => clusterSnapshotRecord(s, account, region)))
  }
  const backup = new BackupClient({ region })
  for await (const vaults of paginateListBackupVaults({ client: backup, pageSize: 1000 }, {})) {
    for (const vault of vaults.BackupVaultList ?? []) {
      const input = { BackupVaultName: vault.BackupVaultName ?? '', ByResourceType: 'EFS' }
      for await (const page of paginateListRecoveryPointsByBackupVault({ client: backup, pageSize: 1000 }, input)) {
        write((page.RecoveryPoints ?? []).map((rp) => recoveryPointRecord(rp, account, region, now)))
      }
    }
  }
}
fs.closeSync(out)
process.stdout.write(`${JSON.stringify({ rows, regions: regions.length })}\n`)
