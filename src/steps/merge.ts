import * as core from '@actions/core'
import * as path from 'node:path'
import { failureLine } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import { round } from '../inventory-csv.js'
import { runMerge, type MergeResult } from '../modes/merge.js'
import { artifactId, endStep, uploadArtifact, writeResultJson, writeSummary } from '../report.js'
import { mergeSummary } from '../summary/merge.js'
import { plural } from '../plural.js'
import * as log from '../log.js'

/** The reason an incomplete merge fails the step, or null when nothing is missing. */
export function incompleteMessage(r: MergeResult): string | null {
  const parts: string[] = []
  if (r.missing.length > 0) {
    const named = r.missing
      .slice(0, 10)
      .map((m) => `${m.accountId} (${m.kinds.length === 0 ? 'no result' : `no ${m.kinds.join(' and no ')} result`})`)
      .join(', ')
    const more = r.missing.length > 10 ? ` and ${r.missing.length - 10} more` : ''
    parts.push(
      `${plural(r.missing.length, 'expected account')} ${r.missing.length === 1 ? 'has' : 'have'} no result: ${named}${more}`
    )
  }
  const firstRejected = r.rejected[0]
  if (firstRejected !== undefined) {
    const more = r.rejected.length > 1 ? `; and ${r.rejected.length - 1} more` : ''
    parts.push(`${r.rejected.length} result file(s) were rejected: ${firstRejected.reason}${more}`)
  }
  if (parts.length === 0) return null
  return `The merge is incomplete: ${parts.join('; ')}. The summary and the CSV hold the rest (output missing-accounts)`
}

/** Joins earlier runs' results and reports them as one organisation; fails when a result is missing or rejected. */
export async function mergeStep(config: Config, clock: Clock): Promise<void> {
  const result = await runMerge(config, clock)
  for (const f of result.failures) log.warning(`Not read: ${failureLine(f)}`)
  for (const f of result.rejected) log.warning(`Rejected ${f.reason}`)
  const resultJson = writeResultJson(result.csvPath, result)
  const upload = await uploadArtifact(config.artifactName, [result.csvPath, resultJson])
  await writeSummary(
    mergeSummary(result, path.basename(result.csvPath)),
    `The full data is in ${path.basename(result.csvPath)}.`,
    upload
  )
  core.setOutput('snapshot-count', result.rowCount)
  core.setOutput('total-size-gib', round(result.aggregate.total.sizeGib, 3))
  core.setOutput('estimated-monthly-cost-usd', round(result.aggregate.total.costUsd, 2))
  core.setOutput('csv-path', result.csvPath)
  core.setOutput('summary-json-path', resultJson)
  core.setOutput('artifact-id', artifactId(upload))
  core.setOutput('failed-count', result.failures.length)
  core.setOutput('accounts-json', JSON.stringify(result.accounts))
  if (result.expectedAccounts !== null) core.setOutput('missing-accounts', JSON.stringify(result.missingAccounts))
  const first = result.failures[0]
  endStep(upload, [
    incompleteMessage(result),
    config.failOnRegionError && first !== undefined
      ? `${plural(result.failures.length, 'account, region or service', 'accounts, regions or services')} ${result.failures.length === 1 ? 'was' : 'were'} not read (fail-on-region-error is true): ${failureLine(first)}`
      : null
  ])
}
