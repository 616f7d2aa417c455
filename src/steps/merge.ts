import * as core from '@actions/core'
import * as path from 'node:path'
import { failureLine } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import { round } from '../inventory-csv.js'
import { runMerge } from '../modes/merge.js'
import { uploadArtifact, writeResultJson, writeSummary } from '../report.js'
import { mergeSummary } from '../summary/merge.js'
import * as log from '../log.js'

/** Joins earlier runs' results and reports them as one organisation. */
export async function mergeStep(config: Config, clock: Clock): Promise<void> {
  const result = await runMerge(config, clock)
  for (const f of result.failures) log.warning(`Not read: ${failureLine(f)}`)
  const resultJson = writeResultJson(result.csvPath, result)
  await writeSummary(
    mergeSummary(result, path.basename(result.csvPath)),
    `The full data is in ${path.basename(result.csvPath)}.`
  )
  const artifactId = await uploadArtifact(config.artifactName, [result.csvPath, resultJson])
  core.setOutput('snapshot-count', result.rowCount)
  core.setOutput('total-size-gib', round(result.aggregate.total.sizeGib, 3))
  core.setOutput('estimated-monthly-cost-usd', round(result.aggregate.total.costUsd, 2))
  core.setOutput('csv-path', result.csvPath)
  core.setOutput('summary-json-path', resultJson)
  core.setOutput('artifact-id', artifactId)
  core.setOutput('failed-count', result.failures.length)
  core.setOutput('accounts-json', JSON.stringify(result.accounts))
  if (config.failOnRegionError && result.failures.length > 0) {
    throw new Error(
      `${result.failures.length} account(s), region(s) or service(s) were not read (fail-on-region-error is true): ${failureLine(result.failures[0]!)}`
    )
  }
}
