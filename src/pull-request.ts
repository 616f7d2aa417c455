/**
 * The workflow event, read the way @actions/github's context reads it (GITHUB_EVENT_NAME, the JSON at
 * GITHUB_EVENT_PATH, GITHUB_REPOSITORY) but without loading Octokit, so main can decide before any AWS call.
 */
import * as fs from 'node:fs'
import type { Config } from './inputs.js'

/** The parts of the event that the PR comment and the fork decision read. */
export interface EventContext {
  eventName: string | undefined
  payload: {
    pull_request?: {
      number?: number
      head?: { repo?: { fork?: boolean; full_name?: string } | null }
      base?: { repo?: { full_name?: string } }
    }
  }
  /** owner/repo, from GITHUB_REPOSITORY. */
  repository: string | undefined
}

/** A pull request to comment on. */
export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** Reads the event from the runner's environment; an unreadable event file gives an empty payload. */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  let payload: EventContext['payload'] = {}
  const file = env.GITHUB_EVENT_PATH
  if (file && fs.existsSync(file)) {
    try {
      payload = JSON.parse(fs.readFileSync(file, 'utf8')) as EventContext['payload']
    } catch {
      payload = {}
    }
  }
  return { eventName: env.GITHUB_EVENT_NAME, payload, repository: env.GITHUB_REPOSITORY }
}

/** The pull request of a pull_request or pull_request_target event, or null for any other event. */
export function pullRequestOf(ctx: EventContext): PullRequestRef | null {
  if (ctx.eventName !== 'pull_request' && ctx.eventName !== 'pull_request_target') return null
  const number = ctx.payload.pull_request?.number
  const [owner, repo] = (ctx.repository ?? ctx.payload.pull_request?.base?.repo?.full_name ?? '').split('/')
  if (typeof number !== 'number' || !owner || !repo) return null
  return { owner, repo, number }
}

/** The one notice of a check on a fork's pull request, which has no OIDC token and a read-only GITHUB_TOKEN. */
export const FORK_NOTICE =
  'This pull request comes from a fork: GitHub gives its workflow runs no OIDC token and a read-only GITHUB_TOKEN, ' +
  'so snapshot-hygiene cannot assume role-to-assume or comment, and the check is skipped. Run the check on a schedule or on pushes to cover it.'

/**
 * Whether check mode must skip before any AWS call: a pull_request event from a fork (head repository not the base,
 * or deleted) with role-to-assume set and no OIDC token on offer. Returns the notice to show, or null to go on.
 */
export function forkSkipNotice(
  config: Pick<Config, 'mode' | 'roleToAssume'>,
  env: NodeJS.ProcessEnv,
  event: EventContext
): string | null {
  if (config.mode !== 'check' || config.roleToAssume === null) return null
  if (event.eventName !== 'pull_request' || env.ACTIONS_ID_TOKEN_REQUEST_URL) return null
  const pr = event.payload.pull_request
  if (!pr) return null
  const head = pr.head?.repo
  const base = pr.base?.repo?.full_name ?? event.repository
  const fromFork =
    head === null ||
    head?.fork === true ||
    (head?.full_name !== undefined && base !== undefined && head.full_name !== base)
  return fromFork ? FORK_NOTICE : null
}
