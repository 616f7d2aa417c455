/**
 * What the reports of the modes (each mode's step) share: the workflow context a backup records, publishing a result (result JSON, artifact, job
 * summary), the outputs every step sets, and ending the step with the problems it met (run() turns the error into
 * the step's failure).
 */
import * as core from '@actions/core'
import { failureLine } from '../accounts.js'
import type { InventoryAggregate } from '../aggregate.js'
import type { Config } from '../inputs.js'
import { round } from '../inventory-csv.js'
import * as log from '../log.js'
import type { WorkflowContext } from '../metadata.js'
import type { BackupResult } from '../modes/backup.js'
import { plural } from '../plural.js'
import { uploadArtifact, writeResultJson, writeSummary, type ArtifactUpload } from './publish.js'
import type { ListingFailure } from '../types.js'

/** The parts of @actions/github's context the backup records. */
export interface GithubContextLike {
  /** @actions/github reads these from the environment: outside a workflow run they are undefined. */
  workflow: string | undefined
  runId: number
  sha: string | undefined
  actor: string | undefined
  serverUrl: string
}

/** The URL of a workflow run, or '' when the repository or the run id is unknown. */
export function runUrl(serverUrl: string, repository: string, runId: string): string {
  return repository !== '' && runId !== '' ? `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` : ''
}

/** The workflow run as plain data: repository, workflow, run id and URL, commit and actor ('' where unknown). */
export function workflowContext(ctx: GithubContextLike, env: NodeJS.ProcessEnv = process.env): WorkflowContext {
  const repository = (env.GITHUB_REPOSITORY ?? '').trim()
  const runId = ctx.runId ? String(ctx.runId) : ''
  return {
    repository,
    workflow: ctx.workflow ?? '',
    runId,
    runUrl: runUrl(ctx.serverUrl || 'https://github.com', repository, runId),
    sha: ctx.sha ?? '',
    actor: ctx.actor ?? ''
  }
}

/** What a step publishes: its result (written as JSON next to csvPath), the files beside it, and its summary. */
export interface Publication {
  csvPath: string
  result: object
  /** The files the artifact holds besides the result JSON (the CSV, the findings file), in order. */
  files: readonly string[]
  summary: string
  /** Where the full report is, for a summary cut to GitHub's limit. */
  fullReportHint: string
}

/**
 * Writes the result JSON, uploads it with the files as the artifact, then writes the job summary (opened by the
 * artifact's failure, if it failed). Returns the result JSON's path and what became of the artifact.
 */
export async function publish(
  config: Pick<Config, 'artifactName'>,
  p: Publication
): Promise<{ resultJson: string; upload: ArtifactUpload }> {
  const resultJson = writeResultJson(p.csvPath, p.result)
  const upload = await uploadArtifact(config.artifactName, [...p.files, resultJson])
  await writeSummary(p.summary, p.fullReportHint, upload)
  return { resultJson, upload }
}

/** The artifact-id output: the id, or '' when nothing was uploaded. */
export function artifactId(upload: ArtifactUpload): string {
  return upload.status === 'uploaded' ? upload.id : ''
}

/** Sets the outputs of every step that publishes a result: csv-path (when it wrote a CSV), summary-json-path, artifact-id, failed-count. */
export function setResultOutputs(o: {
  csvPath: string | null
  resultJson: string
  upload: ArtifactUpload
  failedCount: number
}): void {
  if (o.csvPath !== null) core.setOutput('csv-path', o.csvPath)
  core.setOutput('summary-json-path', o.resultJson)
  core.setOutput('artifact-id', artifactId(o.upload))
  core.setOutput('failed-count', o.failedCount)
}

/** Sets the totals outputs of inventory, check and merge: snapshot-count, total-size-gib, estimated-monthly-cost-usd. */
export function setTotalsOutputs(snapshotCount: number, aggregate: InventoryAggregate): void {
  core.setOutput('snapshot-count', snapshotCount)
  core.setOutput('total-size-gib', round(aggregate.total.sizeGib, 3))
  core.setOutput('estimated-monthly-cost-usd', round(aggregate.total.costUsd, 2))
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
      `Created ${c.snapshotId} of ${c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`} in ${c.region} (account ${c.accountId}), state ${c.state}; ${meta}`
    )
  }
}

/**
 * The problem a step ends with when fail-on-region-error is true and a region or service could not be read
 * (`what`: 'listed', 'checked'), naming the first; null otherwise.
 */
export function unreadProblem(
  config: Pick<Config, 'failOnRegionError'>,
  failures: readonly ListingFailure[],
  what: string
): string | null {
  const first = failures[0]
  if (!config.failOnRegionError || first === undefined) return null
  return `${plural(failures.length, 'region or service', 'regions or services')} could not be ${what} (fail-on-region-error is true): ${failureLine(first)}`
}

/** The step's artifact could not be uploaded; raised once the step has written its summary, files and outputs. */
export class ArtifactUploadError extends Error {
  constructor(
    readonly artifactName: string,
    readonly reason: string,
    others: readonly string[] = []
  ) {
    super(`The artifact ${artifactName} was not uploaded: ${reason}` + others.map((o) => `. Also: ${o}`).join(''))
  }
}

/**
 * Ends a step that has reported everything: throws an ArtifactUploadError when the artifact failed (naming the
 * other problems too), else an Error naming the problems; returns when there are none.
 */
export function endStep(upload: ArtifactUpload, problems: readonly (string | null)[] = []): void {
  const others = problems.filter((p): p is string => p !== null && p !== '')
  if (upload.status === 'failed') throw new ArtifactUploadError(upload.name, upload.reason, others)
  if (others.length > 0) throw new Error(others.join('. Also: '))
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
