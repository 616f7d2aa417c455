/** The least work an ideal inventory of a simulated account needs: total list calls and the critical path. */
import type { SimAccount } from './data.js'

/** How the ideal lister behaves. */
export interface MinimumCallsOptions {
  /** The lister must ask DescribeDBSnapshots with SnapshotType=awsbackup separately (Aurora has no such type); default true. */
  rdsAwsBackupSeparate?: boolean
}

/** Minimum list calls, by action and region, and the critical-path floor in calls. */
export interface MinimumCalls {
  total: number
  byAction: Record<string, number>
  byRegion: Record<string, number>
  /** 1 + the longest chain of dependent page requests in any (region, listing). */
  criticalPath: number
  /** The (region, listing) with that longest chain, and its length. */
  longestChain: { key: string; pages: number }
}

const pages = (items: number, pageSize: number): number => Math.max(1, Math.ceil(items / pageSize))

/** Computes the minimum calls for the account as it is now (after any deletions or additions). */
export function minimumCalls(account: SimAccount, options: MinimumCallsOptions = {}): MinimumCalls {
  const separate = options.rdsAwsBackupSeparate ?? true
  const result: MinimumCalls = { total: 0, byAction: {}, byRegion: {}, criticalPath: 0, longestChain: { key: '', pages: 0 } }
  const add = (region: string, action: string, calls: number, chain: number): void => {
    result.total += calls
    result.byAction[action] = (result.byAction[action] ?? 0) + calls
    result.byRegion[region] = (result.byRegion[region] ?? 0) + calls
    if (chain > result.longestChain.pages) result.longestChain = { key: `${region} ${action}`, pages: chain }
  }
  add('global', 'sts:GetCallerIdentity', 1, 1)
  add('global', 'ec2:DescribeRegions', 1, 1)
  for (const region of account.regions) {
    const data = account.region(region)
    const ebs = pages(data.ebs.size, 1000)
    add(region, 'ec2:DescribeSnapshots', ebs, ebs)
    const backup = data.db.all().filter((s) => s.snapshotType === 'awsbackup').length
    const db = pages(data.db.size - (separate ? backup : 0), 100)
    add(region, 'rds:DescribeDBSnapshots', db, db)
    if (separate) add(region, 'rds:DescribeDBSnapshots/awsbackup', pages(backup, 100), pages(backup, 100))
    const cluster = pages(data.cluster.size, 100)
    add(region, 'rds:DescribeDBClusterSnapshots', cluster, cluster)
    const vaults = [...data.vaults.values()]
    const vaultPages = pages(vaults.length, 1000)
    const pointPages = vaults.map((v) => pages(v.points.all().filter((p) => p.resourceType === 'EFS').length, 1000))
    add(region, 'backup:ListBackupVaults', vaultPages, vaultPages)
    add(region, 'backup:ListRecoveryPointsByBackupVault', pointPages.reduce((a, b) => a + b, 0), vaultPages + Math.max(0, ...pointPages))
  }
  result.criticalPath = 1 + result.longestChain.pages
  return result
}
