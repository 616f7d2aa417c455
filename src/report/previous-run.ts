/**
 * The previous run's result: the latest successful run of this workflow on this branch, found through the GitHub REST
 * API, and its artifact of the same name, downloaded with @actions/artifact into a fresh folder of the runner's temp.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { getOctokit } from '@actions/github'
import { errorMessage } from '../errors.js'
import { CompareError } from '../compare.js'

/** What looking for the previous run's artifact gave: the folder it was downloaded to, or why there is none. */
export type PreviousRun =
  { status: 'downloaded'; dir: string; runId: number; artifactId: number } | { status: 'none'; notice: string }

/** The most runs looked at on the way back to the latest successful one other than this run. */
const RUNS_PAGE = 10

function repository(env: NodeJS.ProcessEnv): { owner: string; repo: string; runId: number } {
  const [owner = '', repo = '', ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const runId = Number(env.GITHUB_RUN_ID ?? '')
  if (owner === '' || repo === '' || rest.length > 0 || !Number.isSafeInteger(runId) || runId <= 0)
    throw new CompareError(
      "compare-with 'previous-run' needs a workflow run (GITHUB_REPOSITORY and GITHUB_RUN_ID); outside one, name a downloaded result's path"
    )
  return { owner, repo, runId }
}

function apiError(what: string, err: unknown): CompareError {
  const status = (err as { status?: unknown } | null)?.status
  const hint = status === 403 || status === 404 ? "; the job needs 'permissions: actions: read'" : ''
  return new CompareError(`compare-with 'previous-run': could not ${what}: ${errorMessage(err)}${hint}`)
}

/**
 * Finds the latest successful run of this workflow on this run's branch (this run excluded) and downloads its
 * artifact named `artifactName` below `tempRoot`. No such run, or a run without that artifact (expired, or never
 * uploaded), is 'none' with a notice; an API that refuses is a CompareError naming the permission.
 */
export async function downloadPreviousRun(o: {
  token: string
  artifactName: string
  env: NodeJS.ProcessEnv
  tempRoot?: string
}): Promise<PreviousRun> {
  if (o.token === '')
    throw new CompareError("compare-with 'previous-run' needs github-token (with actions: read); it is empty")
  if (o.artifactName === '')
    throw new CompareError(
      "compare-with 'previous-run' needs artifact-name: the artifact to look for in the previous run"
    )
  const { owner, repo, runId } = repository(o.env)
  const octokit = getOctokit(o.token, { baseUrl: o.env.GITHUB_API_URL || 'https://api.github.com' })
  let workflowId: number
  let branch: string
  try {
    const current = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })
    workflowId = current.data.workflow_id
    branch = current.data.head_branch ?? ''
  } catch (err) {
    throw apiError(`read this run ${runId}`, err)
  }
  let previous: { id: number; run_number: number } | undefined
  try {
    const runs = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: workflowId,
      status: 'success',
      per_page: RUNS_PAGE,
      ...(branch === '' ? {} : { branch })
    })
    previous = runs.data.workflow_runs.find((r) => r.id !== runId && (branch === '' || r.head_branch === branch))
  } catch (err) {
    throw apiError(`list the runs of workflow ${workflowId}`, err)
  }
  const where = branch === '' ? 'this workflow' : `this workflow on branch ${branch}`
  if (previous === undefined)
    return { status: 'none', notice: `No earlier result to compare with: ${where} has no earlier successful run.` }
  let artifact: { id: number; expired: boolean } | undefined
  try {
    const list = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: previous.id,
      name: o.artifactName,
      per_page: 10
    })
    artifact = list.data.artifacts.find((a) => a.name === o.artifactName)
  } catch (err) {
    throw apiError(`list the artifacts of run ${previous.id}`, err)
  }
  if (artifact === undefined || artifact.expired)
    return {
      status: 'none',
      notice: `No earlier result to compare with: run ${previous.id} (the latest successful run of ${where}) has ${artifact === undefined ? 'no' : 'only an expired'} artifact ${o.artifactName}.`
    }
  const dir = fs.mkdtempSync(path.join(o.tempRoot ?? o.env.RUNNER_TEMP ?? os.tmpdir(), 'snapshot-hygiene-previous-'))
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: dir,
      findBy: { token: o.token, workflowRunId: previous.id, repositoryOwner: owner, repositoryName: repo }
    })
  } catch (err) {
    throw apiError(`download artifact ${o.artifactName} (${artifact.id}) of run ${previous.id}`, err)
  }
  return { status: 'downloaded', dir, runId: previous.id, artifactId: artifact.id }
}
