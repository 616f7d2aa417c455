import { getOctokit } from '@actions/github'
import type { PullRequestRef } from '../pull-request.js'

/** The hidden marker that identifies the check's comment on a pull request. */
export const COMMENT_MARKER = '<!-- snapshot-hygiene:check -->'
/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536

/** The comment body: the marker, then the report, cut to GitHub's limit. */
export function commentBody(markdown: string, footer = ''): string {
  const head = `${COMMENT_MARKER}\n`
  const tail = footer === '' ? '' : `\n${footer}\n`
  const room = COMMENT_LIMIT - head.length - tail.length
  if (markdown.length <= room) return head + markdown + tail
  const note = '\n\n> The report was cut to fit a comment; the job summary and the findings file have all of it.\n'
  let cut = markdown.slice(0, room - note.length)
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  return head + cut + note + tail
}

/** The GraphQL query that names the account a token acts as, for user and installation tokens alike. */
export const VIEWER_QUERY = 'query { viewer { login } }'

type Octokit = ReturnType<typeof getOctokit>

/**
 * The login the token acts as: GraphQL's `viewer` (it answers for user tokens and for installation tokens such as
 * GITHUB_TOKEN, whose comments are by `github-actions[bot]`), else REST `GET /user` (user tokens only; installation
 * tokens get 403 there). Null when neither answers: the caller must then not update any comment.
 */
export async function tokenLogin(octokit: Octokit): Promise<string | null> {
  try {
    const res = await octokit.graphql<{ viewer?: { login?: unknown } }>(VIEWER_QUERY)
    if (typeof res.viewer?.login === 'string' && res.viewer.login !== '') return res.viewer.login
  } catch {
    // fall back to REST below
  }
  try {
    const res = await octokit.rest.users.getAuthenticated()
    if (typeof res.data.login === 'string' && res.data.login !== '') return res.data.login
  } catch {
    // neither answered
  }
  return null
}

/** What upsertComment did; `note` says why it created a comment although one carried the marker. */
export interface UpsertResult {
  action: 'created' | 'updated'
  id: number
  note?: string
}

/**
 * Creates the check's comment on the pull request, or updates the earlier one: the first comment that carries the
 * marker and was written by the account the token acts as. A marker in anyone else's comment is left alone, and when
 * the token's account cannot be learnt a new comment is created rather than one of unknown authorship updated.
 */
export async function upsertComment(opts: {
  token: string
  pr: PullRequestRef
  body: string
  /** The REST API root; GITHUB_API_URL or api.github.com by default. */
  baseUrl?: string
}): Promise<UpsertResult> {
  const baseUrl = opts.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com')
  const octokit = getOctokit(opts.token, { baseUrl })
  const { owner, repo, number } = opts.pr
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100
  })
  let login: string | null | undefined
  let others = 0
  for await (const page of pages) {
    for (const c of page.data) {
      if (!(c.body ?? '').includes(COMMENT_MARKER)) continue
      login ??= await tokenLogin(octokit)
      if (login === null) break
      if ((c.user?.login ?? '').toLowerCase() !== login.toLowerCase()) {
        others++
        continue
      }
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: c.id, body: opts.body })
      return { action: 'updated', id: c.id }
    }
    if (login === null) break
  }
  const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: opts.body })
  const note =
    login === null
      ? 'the account github-token acts as could not be learnt, so no earlier comment was updated'
      : others > 0
        ? `${others} comment(s) by others carry the marker and were left alone`
        : undefined
  return { action: 'created', id: created.data.id, ...(note === undefined ? {} : { note }) }
}
