import * as core from '@actions/core'
import { context as githubContext } from '@actions/github'
import * as path from 'node:path'
import type { AccountTarget } from '../accounts.js'
import type { Clock } from '../clock.js'
import type { Config } from '../inputs.js'
import type { WorkflowContext } from '../metadata.js'
import { runBackup, type BackupResult } from '../modes/backup.js'
import { artifactId, endStep, uploadArtifact, writeResultJson, writeSummary, type ArtifactUpload } from '../report.js'
import { backupSummary } from '../summary/backup.js'
import { plural } from '../plural.js'
import * as log from '../log.js'

/** The parts of @actions/github's context the backup records. */
export interface GithubContextLike {
  /** @actions/github reads these from the environment: outside a workflow run they are undefined. */
  workflow: string | undefined
  runId: number
  sha: string | undefined
  actor: string | undefined
  serverUrl: string
}

/** The workflow run as plain data: repository, workflow, run id and URL, commit and actor ('' where unknown). */
export function workflowContext(
  ctx: GithubContextLike = githubContext,
  env: NodeJS.ProcessEnv = process.env
): WorkflowContext {
  const repository = (env.GITHUB_REPOSITORY ?? '').trim()
  const runId = ctx.runId ? String(ctx.runId) : ''
  const serverUrl = (ctx.serverUrl || 'https://github.com').replace(/\/+$/, '')
  return {
    repository,
    workflow: ctx.workflow ?? '',
    runId,
    runUrl: repository !== '' && runId !== '' ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
    sha: ctx.sha ?? '',
    actor: ctx.actor ?? ''
  }
}

/** Turns a list of problems into annotations and one error that ends the step; a failed artifact upload ends it too. */
export function failWith(problems: readonly string[], one: string, many: string, upload?: ArtifactUpload): void {
  if (problems.length === 0) {
    if (upload) endStep(upload)
    return
  }
  const shown = 50
  for (const p of problems.slice(0, shown)) log.error(p)
  for (const p of problems.slice(shown)) log.info(`error: ${p}`)
  const listed = problems.slice(0, 10).join('; ')
  const more = problems.length > 10 ? `; and ${problems.length - 10} more (see the log and the summary)` : ''
  const message = `${plural(problems.length, one, many)}: ${listed}${more}`
  if (upload) endStep(upload, [message])
  throw new Error(message)
}

/** Sets the backup outputs from a result. */
export function setBackupOutputs(r: BackupResult): void {
  core.setOutput('snapshot-ids', r.created.map((c) => c.snapshotId).join(','))
  core.setOutput(
    'metadata-keys',
    r.created
      .map((c) => c.metadataKey)
      .filter((k): k is string => k !== null)
      .join(',')
  )
}

/** Logs each created snapshot. */
export function logCreated(r: BackupResult, bucket: string | null): void {
  for (const c of r.created) {
    const meta = c.metadataKey === null ? 'no metadata written' : `metadata s3://${bucket ?? ''}/${c.metadataKey}`
    log.info(
      `Created ${c.snapshotId} of ${c.volumeId} in ${c.region} (account ${c.accountId}), state ${c.state}; ${meta}`
    )
  }
}

/** Runs the backup and reports it: summary, result JSON, artifact and outputs; fails the step when a volume failed. */
export async function backupStep(
  config: Config,
  targets: AccountTarget[],
  clock: Clock,
  workflow: WorkflowContext = workflowContext()
): Promise<void> {
  const result = await runBackup(config, targets, clock, { workflow })
  logCreated(result, config.bucket)
  const resultJson = writeResultJson(config.csvPath, result)
  const upload = await uploadArtifact(config.artifactName, [resultJson])
  await writeSummary(backupSummary(result), `The full result is in ${path.basename(resultJson)}.`, upload)
  setBackupOutputs(result)
  core.setOutput('summary-json-path', resultJson)
  core.setOutput('artifact-id', artifactId(upload))
  core.setOutput('failed-count', result.failures.length)
  failWith(
    result.failures.map((f) => f.message),
    'volume backup failed',
    'volume backups failed',
    upload
  )
}
