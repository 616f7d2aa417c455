import { Aggregator, type InventoryAggregate } from '../aggregate.js'
import type { AccountTarget } from '../accounts.js'
import { forEachBounded } from '../bounded.js'
import type { Clock } from '../clock.js'
import { CostRangeTracker } from '../cost-range.js'
import { inventoryCosts, type CostReport } from '../cost-report.js'
import { CsvWriter } from '../csv.js'
import { errorMessage } from '../errors.js'
import { listedServices, type Config } from '../inputs.js'
import { INVENTORY_COLUMNS, inventoryRow } from '../inventory-csv.js'
import { InventoryLocks, type LockTotals } from '../inventory-locks.js'
import { CopyTally, type CopyTotals } from '../summary/copies.js'
import { listingTasks } from '../listing.js'
import { enabledRegions } from '../regions.js'
import type { ListingFailure, SnapshotRecord } from '../types.js'

/** What an inventory found, for the reporters. */
export interface InventoryResult {
  mode: 'inventory'
  generatedAt: string
  accounts: string[]
  regions: string[]
  aggregate: InventoryAggregate
  /** The estimate as a range per lineage, and the measured lineages when measure-incremental asked for them. */
  costs: CostReport
  failures: ListingFailure[]
  csvPath: string
  rowCount: number
  /** EBS snapshots whose lock holds, and the regions whose lock state could not be read. */
  locks: { locked: LockTotals; notices: string[] }
  /** Disaster recovery copies per copy region and source region. */
  copies?: CopyTotals[]
}

/** Resolves the regions to work in for one account: the input's list, or every enabled region. */
export async function accountRegions(
  config: Pick<Config, 'regions' | 'awsRegion'>,
  target: AccountTarget
): Promise<string[]> {
  if (config.regions !== 'all') return config.regions
  return enabledRegions(target.clients.ec2(config.awsRegion))
}

/** Streams every listed snapshot of one account into `emit`; failures are collected, never thrown. */
export async function inventoryAccount(
  config: Pick<Config, 'regions' | 'awsRegion' | 'services'>,
  target: AccountTarget,
  emit: (records: SnapshotRecord[]) => Promise<void>,
  onFailure: (f: ListingFailure) => void,
  now: Date
): Promise<string[]> {
  if (target.failure !== undefined) {
    onFailure({ accountId: target.accountId, region: config.awsRegion, service: 'account', message: target.failure })
    return []
  }
  let regions: string[]
  try {
    regions = await accountRegions(config, target)
  } catch (err) {
    onFailure({ accountId: target.accountId, region: config.awsRegion, service: 'regions', message: errorMessage(err) })
    return []
  }
  const services = listedServices(config.services)
  const tasks = regions.flatMap((region) => listingTasks(target.clients, region, services, now))
  await Promise.all(
    tasks.map((task) =>
      task.run(emit).catch((err: unknown) => {
        onFailure({
          accountId: target.accountId,
          region: task.region,
          service: task.service,
          message: `${task.label}: ${errorMessage(err)}`
        })
      })
    )
  )
  return regions
}

/** Lists every snapshot of every target account, writing the CSV and aggregating as pages arrive. */
export async function runInventory(
  config: Pick<Config, 'regions' | 'awsRegion' | 'services' | 'csvPath' | 'maxParallelAccounts'> &
    Partial<Pick<Config, 'measureIncremental'>>,
  targets: readonly AccountTarget[],
  clock: Clock
): Promise<InventoryResult> {
  const now = clock.now()
  const aggregator = new Aggregator(now)
  const measure = config.measureIncremental ?? 0
  const costs = new CostRangeTracker(measure > 0)
  const csv = CsvWriter.open<SnapshotRecord>(config.csvPath, INVENTORY_COLUMNS, (r) => inventoryRow(r, now))
  const failures: ListingFailure[] = []
  const locks = new InventoryLocks(now)
  const copyTally = new CopyTally()
  const emit = async (target: AccountTarget, listed: SnapshotRecord[]): Promise<void> => {
    const records = await locks.attach(target, listed)
    for (const r of records) {
      aggregator.add(r)
      costs.add(r)
      copyTally.add(r)
    }
    await csv.write(records)
  }
  const regionLists = await forEachBounded(targets, config.maxParallelAccounts, async (t) => {
    try {
      return await inventoryAccount(
        config,
        t,
        (records) => emit(t, records),
        (f) => failures.push(f),
        now
      )
    } finally {
      // An account's clients (one per service and region) hold sockets and buffers; let them go once it is listed.
      t.clients.release()
    }
  })
  await csv.close()
  const report = await inventoryCosts(costs, measure, targets, clock)
  return {
    mode: 'inventory',
    generatedAt: now.toISOString(),
    accounts: targets.map((t) => t.accountId),
    regions: [...new Set(regionLists.flat())].sort(),
    aggregate: aggregator.result(),
    costs: report,
    failures: failures.sort((a, b) =>
      `${a.accountId}${a.region}${a.service}`.localeCompare(`${b.accountId}${b.region}${b.service}`)
    ),
    csvPath: csv.filePath,
    rowCount: csv.rowCount,
    locks: { locked: { ...locks.locked }, notices: [...locks.notices].sort() },
    copies: copyTally.list()
  }
}
