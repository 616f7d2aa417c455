import * as core from '@actions/core'
import type { SelectedConfig } from '../selected-sources.js'
import { selectionOutcome } from './selection.js'
import * as path from 'node:path'
import type { AccountTarget } from '../accounts.js'
import { failureLine } from '../accounts.js'
import { settingRegionErrors, unreadLine, unreadSettings } from '../account-settings.js'
import { annotateFindings, type AnnotationSink } from './annotations.js'
import type { Clock } from '../clock.js'
import { checkBaseline } from './check-baseline.js'
import { commentBody, upsertComment } from './comment.js'
import { errorMessage } from '../errors.js'
import { failsStep } from '../findings.js'
import type { Config } from '../inputs.js'
import { runCheck, SHARE_CHECK_LIMIT, TOP_FINDINGS, type CheckDeps, type CheckResult } from '../modes/check.js'
import { pullRequestOf, readEventContext, type EventContext } from '../pull-request.js'
import { checkSummary, failingCount } from '../summary/check.js'
import { plural } from '../plural.js'
import * as log from '../log.js'
import { endStep, publish, runUrl, setResultOutputs, setTotalsOutputs, unreadProblem } from './shared.js'
import { setCostRangeOutputs } from './cost.js'

/** Seams for tests: the event, the AWS-side deps, where annotations go and how the comment is written. */
export interface CheckStepDeps {
  event?: EventContext
  check?: CheckDeps
  annotations?: AnnotationSink
  upsert?: typeof upsertComment
  env?: NodeJS.ProcessEnv
}

function runLink(env: NodeJS.ProcessEnv): string {
  const runId = env.GITHUB_RUN_ID ?? ''
  const url = env.GITHUB_SERVER_URL ? runUrl(env.GITHUB_SERVER_URL, env.GITHUB_REPOSITORY ?? '', runId) : ''
  if (url === '') return ''
  return `<sub>From snapshot-hygiene in [workflow run ${runId}](${url}); the comment is updated on every run.</sub>`
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
  const newOnly = config.failOnNewOnly && result.newFindings ? result.newFindings.rules : null
  const rules = newOnly ?? result.rules
  const failing = failingCount(rules, config.failOn)
  if (failing > 0) {
    const list = rules
      .filter((r) => r.findings > 0 && failsStep(r.severity, config.failOn))
      .map((r) => `${r.rule} ${r.findings}`)
      .join(', ')
    const what = newOnly === null ? 'finding' : 'new finding'
    const why = newOnly === null ? '' : ' (fail-on-new-only: findings the compared check had do not fail the step)'
    return `${plural(failing, what)} at or above fail-on '${config.failOn}' (${list})${why}; the job summary lists them`
  }
  return unreadProblem(config, result.failures, 'checked') ?? unreadSettingsProblem(config, result)
}

/** The problem a check ends with when fail-on-region-error is true and an account setting could not be read. */
function unreadSettingsProblem(config: Config, result: CheckResult): string | null {
  const errors = settingRegionErrors(result.accountSettings)
  const first = errors[0]
  if (!config.failOnRegionError || first === undefined) return null
  return `${plural(errors.length, 'account setting')} could not be read (fail-on-region-error is true): ${unreadLine(first)}`
}

/** Runs the check and reports it: warnings, summary, result JSON, artifact, annotations, PR comment, outputs; then applies fail-on. */
export async function checkStep(
  config: SelectedConfig<Config>,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: CheckStepDeps = {}
): Promise<void> {
  const selected = selectionOutcome(config)
  const baseline = await checkBaseline(
    config,
    targets.map((t) => t.accountId),
    deps.env ?? process.env
  )
  const result = await runCheck(config, targets, clock, { ...deps.check, baseline })
  for (const f of result.failures) log.warning(`Could not check ${failureLine(f)}`)
  for (const u of unreadSettings(result.accountSettings)) {
    if (u.kind === 'unimplemented') log.info(`Not checked: ${unreadLine(u)}`)
    else log.warning(`Could not check ${unreadLine(u)}`)
  }
  const findingsFile = path.basename(result.findingsJsonPath)
  const markdown = checkSummary(result, {
    failOn: config.failOn,
    maxFindings: TOP_FINDINGS,
    findingsFile,
    shareCheckLimit: deps.check?.shareCheckLimit ?? SHARE_CHECK_LIMIT,
    failOnRegionError: config.failOnRegionError,
    failOnNewOnly: config.failOnNewOnly,
    selection: config.selection
  })
  const { resultJson, upload } = await publish(config, {
    csvPath: result.csvPath,
    result,
    files: [result.csvPath, result.findingsJsonPath],
    summary: markdown,
    fullReportHint: `Every finding is in ${findingsFile}.`
  })
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
  core.setOutput('new-findings-count', result.newFindings ? result.newFindings.count : '')
  setResultOutputs({
    csvPath: result.csvPath,
    resultJson,
    upload,
    failedCount: result.failures.length + settingRegionErrors(result.accountSettings).length
  })
  setTotalsOutputs(result.snapshotCount, result.aggregate)
  setCostRangeOutputs(result.costs)
  log.info(
    `Checked ${plural(result.snapshotCount, 'snapshot')} in ${plural(result.regions.length, 'region')}: ${plural(result.findingsCount, 'finding')}, ${result.silencedCount} silenced`
  )
  endStep(upload, [failureMessage(result, config), ...selected])
}
