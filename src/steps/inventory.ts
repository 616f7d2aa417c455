import * as core from '@actions/core'
import * as path from 'node:path'
import type { AccountTarget } from '../accounts.js'
import { failureLine } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import { round } from '../inventory-csv.js'
import { runInventory } from '../modes/inventory.js'
import { artifactId, endStep, uploadArtifact, writeResultJson, writeSummary } from '../report.js'
import { inventorySummary } from '../summary/inventory.js'
import { plural } from '../plural.js'
import * as log from '../log.js'

/** Runs the inventory and reports it: warnings, result JSON, artifact, summary and outputs; then fails on what failed. */
export async function inventoryStep(config: Config, targets: AccountTarget[], clock: Clock): Promise<void> {
  const result = await runInventory(config, targets, clock)
  for (const f of result.failures) log.warning(`Could not list ${failureLine(f)}`)
  const a = result.aggregate
  const resultJson = writeResultJson(result.csvPath, result)
  const upload = await uploadArtifact(config.artifactName, [result.csvPath, resultJson])
  await writeSummary(
    inventorySummary({ ...result, csvName: path.basename(result.csvPath) }),
    `The full data is in ${path.basename(result.csvPath)}.`,
    upload
  )
  core.setOutput('snapshot-count', result.rowCount)
  core.setOutput('total-size-gib', round(a.total.sizeGib, 3))
  core.setOutput('estimated-monthly-cost-usd', round(a.total.costUsd, 2))
  core.setOutput('csv-path', result.csvPath)
  core.setOutput('summary-json-path', resultJson)
  core.setOutput('artifact-id', artifactId(upload))
  core.setOutput('failed-count', result.failures.length)
  log.info(
    `Listed ${plural(result.rowCount, 'snapshot')} in ${plural(result.regions.length, 'region')}; CSV at ${result.csvPath}`
  )
  const first = result.failures[0]
  endStep(upload, [
    config.failOnRegionError && first !== undefined
      ? `${plural(result.failures.length, 'region or service', 'regions or services')} could not be listed (fail-on-region-error is true): ${failureLine(first)}`
      : null
  ])
}
