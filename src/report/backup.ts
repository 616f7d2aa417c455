import { context as githubContext } from '@actions/github'
import * as path from 'node:path'
import type { AccountTarget } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import type { WorkflowContext } from '../metadata.js'
import { runBackup } from '../modes/backup.js'
import { resultJsonPath } from './publish.js'
import type { SelectedConfig } from '../selected-sources.js'
import { selectionOutcome } from './selection.js'
import { backupSummary } from '../summary/backup.js'
import { copyFailed } from '../backup-copies.js'
import { failWith, logCreated, publish, setBackupOutputs, setResultOutputs, workflowContext } from './shared.js'

/** Runs the backup and reports it: summary, result JSON, artifact and outputs; fails the step when a source failed. */
export async function backupStep(
  config: SelectedConfig<Config>,
  targets: AccountTarget[],
  clock: Clock,
  workflow: WorkflowContext = workflowContext(githubContext)
): Promise<void> {
  const selected = selectionOutcome(config)
  const result = await runBackup(config, targets, clock, { workflow })
  logCreated(result, config.bucket)
  const { resultJson, upload } = await publish(config, {
    csvPath: config.csvPath,
    result,
    files: [],
    summary: backupSummary(result, config.selection),
    fullReportHint: `The full result is in ${path.basename(resultJsonPath(config.csvPath))}.`
  })
  setBackupOutputs(result)
  setResultOutputs({ csvPath: null, resultJson, upload, failedCount: result.failures.length })
  // "volume backups" only when every problem is a volume's; a DB source or its copy makes them "backups".
  const dbInvolved =
    result.failures.some((f) => f.kind !== undefined) ||
    (result.copies ?? []).some((c) => c.kind !== undefined && copyFailed(c))
  failWith(
    [...selected, ...result.failures.map((f) => f.message), ...(result.copyFailures ?? [])],
    dbInvolved ? 'backup failed' : 'volume backup failed',
    dbInvolved ? 'backups failed' : 'volume backups failed',
    upload
  )
}
