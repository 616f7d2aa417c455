import * as core from '@actions/core'
import * as path from 'node:path'
import type { AccountTarget } from '../accounts.js'
import { failureLine } from '../accounts.js'
import { annotateFindings, type AnnotationSink } from '../annotations.js'
import type { Clock } from '../clock.js'
import { commentBody, upsertComment } from '../comment.js'
import { errorMessage } from '../errors.js'
import { failsStep } from '../findings.js'
import type { Config } from '../inputs.js'
import { round } from '../inventory-csv.js'
import { runCheck, SHARE_CHECK_LIMIT, TOP_FINDINGS, type CheckDeps, type CheckResult } from '../modes/check.js'
import { pullRequestOf, readEventContext, type EventContext } from '../pull-request.js'
import { artifactId, endStep, uploadArtifact, writeResultJson, writeSummary } from '../report.js'
import { checkSummary, failingCount } from '../summary/check.js'
import { plural } from '../plural.js'
import * as log from '../log.js'

/** Seams for tests: the event, the AWS-side deps, where annotations go and how the comment is written. */
export interface CheckStepDeps {
  event?: EventContext
  check?: CheckDeps
  annotations?: AnnotationSink
  upsert?: typeof upsertComment
  env?: NodeJS.ProcessEnv
}

function runLink(env: NodeJS.ProcessEnv): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = env
  if (!server || !repo || !runId) return ''
  return `<sub>From snapshot-hygiene in [workflow run ${runId}](${server}/${repo}/actions/runs/${runId}); the comment is updated on every run.</sub>`
}

async function commentOnPullRequest(config: Config, markdown: string, deps: CheckStepDeps): Promise<void> {
  if (!config.comment) return
  const pr = pullRequestOf(deps.event ?? readEventContext())
  if (!pr) return
  const where = `pull request ${pr.owner}/${pr.repo}#${pr.number}`
  if (config.githubToken === '') {
    log.warning(`No comment on ${where}: github-token is empty`)
    return
  }
  try {
    const body = commentBody(markdown, runLink(deps.env ?? process.env))
    const done = await (deps.upsert ?? upsertComment)({ token: config.githubToken, pr, body })
    const note = done.note === undefined ? '' : ` (${done.note})`
    log.info(`${done.action === 'created' ? 'Created' : 'Updated'} the check comment ${done.id} on ${where}${note}`)
  } catch (err) {
    const status = (err as { status?: unknown } | null)?.status
    const hint = status === 403 || status === 404 ? "; the job needs 'permissions: pull-requests: write'" : ''
    log.warning(`Could not comment on ${where}: ${errorMessage(err)}${hint}`)
  }
}

function failureMessage(result: CheckResult, config: Config): string | null {
  const failing = failingCount(result.rules, config.failOn)
  if (failing > 0) {
    const list = result.rules
      .filter((r) => r.findings > 0 && failsStep(r.severity, config.failOn))
      .map((r) => `${r.rule} ${r.findings}`)
      .join(', ')
    return `${plural(failing, 'finding')} at or above fail-on '${config.failOn}' (${list}); the job summary lists them`
  }
  const first = result.failures[0]
  if (config.failOnRegionError && first !== undefined) {
    return `${plural(result.failures.length, 'region or service', 'regions or services')} could not be checked (fail-on-region-error is true): ${failureLine(first)}`
  }
  return null
}

/** Runs the check and reports it: warnings, summary, result JSON, artifact, annotations, PR comment, outputs; then applies fail-on. */
export async function checkStep(
  config: Config,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: CheckStepDeps = {}
): Promise<void> {
  const result = await runCheck(config, targets, clock, deps.check)
  for (const f of result.failures) log.warning(`Could not check ${failureLine(f)}`)
  const resultJson = writeResultJson(result.csvPath, result)
  const findingsFile = path.basename(result.findingsJsonPath)
  const markdown = checkSummary(result, {
    failOn: config.failOn,
    maxFindings: TOP_FINDINGS,
    findingsFile,
    shareCheckLimit: deps.check?.shareCheckLimit ?? SHARE_CHECK_LIMIT
  })
  const upload = await uploadArtifact(config.artifactName, [result.csvPath, result.findingsJsonPath, resultJson])
  await writeSummary(markdown, `Every finding is in ${findingsFile}.`, upload)
  const where =
    upload.status !== 'uploaded'
      ? `${result.findingsJsonPath} (output findings-json)`
      : `${findingsFile} in artifact ${config.artifactName} (output findings-json)`
  annotateFindings(
    result.topFindings,
    { total: result.findingsCount, max: config.maxAnnotations, where },
    deps.annotations
  )
  await commentOnPullRequest(config, markdown, deps)
  core.setOutput('findings-count', result.findingsCount)
  core.setOutput('findings-json', result.findingsJsonPath)
  core.setOutput('csv-path', result.csvPath)
  core.setOutput('summary-json-path', resultJson)
  core.setOutput('artifact-id', artifactId(upload))
  core.setOutput('failed-count', result.failures.length)
  core.setOutput('snapshot-count', result.snapshotCount)
  core.setOutput('total-size-gib', round(result.aggregate.total.sizeGib, 3))
  core.setOutput('estimated-monthly-cost-usd', round(result.aggregate.total.costUsd, 2))
  log.info(
    `Checked ${plural(result.snapshotCount, 'snapshot')} in ${plural(result.regions.length, 'region')}: ${plural(result.findingsCount, 'finding')}, ${result.silencedCount} silenced`
  )
  endStep(upload, [failureMessage(result, config)])
}
