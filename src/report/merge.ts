import * as core from '@actions/core'
import * as path from 'node:path'
import { failureLine } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import { runMerge, type MergeResult } from '../modes/merge.js'
import { mergeSummary } from '../summary/merge.js'
import { plural } from '../plural.js'
import * as log from '../log.js'
import { endStep, publish, setResultOutputs, setTotalsOutputs } from './shared.js'
import { setCostRangeOutputs } from './cost.js'

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
    parts.push(
      `${plural(r.rejected.length, 'result file')} ${r.rejected.length === 1 ? 'was' : 'were'} rejected: ${firstRejected.reason}${more}`
    )
  }
  if (parts.length === 0) return null
  return `The merge is incomplete: ${parts.join('; ')}. The summary and the CSV hold the rest (output missing-accounts)`
}

/** Joins earlier runs' results and reports them as one organisation; fails when a result is missing or rejected. */
export async function mergeStep(config: Config, clock: Clock): Promise<void> {
  const result = await runMerge(config, clock)
  for (const f of result.failures) log.warning(`Not read: ${failureLine(f)}`)
  for (const f of result.rejected) log.warning(`Rejected ${f.reason}`)
  const csvName = path.basename(result.csvPath)
  const { resultJson, upload } = await publish(config, {
    csvPath: result.csvPath,
    result,
    files: [result.csvPath],
    summary: mergeSummary(result, csvName),
    fullReportHint: `The full data is in ${csvName}.`
  })
  setTotalsOutputs(result.rowCount, result.aggregate)
  if (result.costs !== null) setCostRangeOutputs({ ranges: result.costs, measurement: null })
  setResultOutputs({ csvPath: result.csvPath, resultJson, upload, failedCount: result.failures.length })
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
