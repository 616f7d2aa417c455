import * as path from 'node:path'
import type { AccountTarget } from '../accounts.js'
import { failureLine } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import { runInventory } from '../modes/inventory.js'
import { inventorySummary } from '../summary/inventory.js'
import { plural } from '../plural.js'
import * as log from '../log.js'
import { loadCompared } from './compare.js'
import { compareInventory, readComparedInventory, setChangeOutputs } from './inventory-changes.js'
import { setCostRangeOutputs } from './cost.js'
import { endStep, publish, setResultOutputs, setTotalsOutputs, unreadProblem } from './shared.js'

/** Runs the inventory and reports it: warnings, result JSON, artifact, summary and outputs; then fails on what failed. */
export async function inventoryStep(config: Config, targets: AccountTarget[], clock: Clock): Promise<void> {
  const compared = await readComparedInventory(
    await loadCompared(
      config,
      'inventory',
      targets.map((t) => t.accountId)
    )
  )
  const result = await runInventory(config, targets, clock)
  for (const f of result.failures) log.warning(`Could not list ${failureLine(f)}`)
  for (const n of result.locks.notices) log.notice(n)
  for (const f of result.costs.measurement?.failures ?? []) {
    log.warning(
      `Could not measure ${f.lineage.sourceId ?? ''} in ${f.lineage.region} (account ${f.lineage.accountId}): ${f.message}`
    )
  }
  const csvName = path.basename(result.csvPath)
  const { comparison, history, extra } = await compareInventory(result, compared)
  const { resultJson, upload } = await publish(config, {
    csvPath: result.csvPath,
    result: { ...result, ...extra },
    files: [result.csvPath, ...(comparison === null ? [] : [comparison.changes.csvPath])],
    summary: inventorySummary({ ...result, csvName, comparison, history }),
    fullReportHint: `The full data is in ${csvName}.`
  })
  setTotalsOutputs(result.rowCount, result.aggregate)
  setCostRangeOutputs(result.costs)
  setResultOutputs({ csvPath: result.csvPath, resultJson, upload, failedCount: result.failures.length })
  setChangeOutputs(comparison)
  log.info(
    `Listed ${plural(result.rowCount, 'snapshot')} in ${plural(result.regions.length, 'region')}; CSV at ${result.csvPath}`
  )
  endStep(upload, [unreadProblem(config, result.failures, 'listed')])
}
