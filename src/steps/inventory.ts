import * as core from '@actions/core'
import * as path from 'node:path'
import type { AccountTarget } from '../accounts.js'
import { failureLine } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import { round } from '../inventory-csv.js'
import { runInventory } from '../modes/inventory.js'
import { uploadArtifact, writeResultJson, writeSummary } from '../report.js'
import { inventorySummary } from '../summary/inventory.js'
import * as log from '../log.js'

/** Runs the inventory and reports it: warnings, summary, result JSON, artifact and outputs. */
export async function inventoryStep(config: Config, targets: AccountTarget[], clock: Clock): Promise<void> {
  const result = await runInventory(config, targets, clock)
  for (const f of result.failures) log.warning(`Could not list ${failureLine(f)}`)
  const a = result.aggregate
  const resultJson = writeResultJson(result.csvPath, result)
  await writeSummary(
    inventorySummary({ ...result, csvName: path.basename(result.csvPath) }),
    `The full data is in ${path.basename(result.csvPath)}.`
  )
  const artifactId = await uploadArtifact(config.artifactName, [result.csvPath, resultJson])
  core.setOutput('snapshot-count', result.rowCount)
  core.setOutput('total-size-gib', round(a.total.sizeGib, 3))
  core.setOutput('estimated-monthly-cost-usd', round(a.total.costUsd, 2))
  core.setOutput('csv-path', result.csvPath)
  core.setOutput('summary-json-path', resultJson)
  core.setOutput('artifact-id', artifactId)
  core.setOutput('failed-count', result.failures.length)
  log.info(`Listed ${result.rowCount} snapshots in ${result.regions.length} regions; CSV at ${result.csvPath}`)
  if (config.failOnRegionError && result.failures.length > 0) {
    throw new Error(
      `${result.failures.length} region(s) or service(s) could not be listed (fail-on-region-error is true): ${failureLine(result.failures[0]!)}`
    )
  }
}
