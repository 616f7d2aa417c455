import { getOctokit } from '@actions/github'
import type { PullRequestRef } from './pull-request.js'

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

/** Creates the check's comment on the pull request, or updates the one that carries the marker; never makes a second. */
export async function upsertComment(opts: {
  token: string
  pr: PullRequestRef
  body: string
  /** The REST API root; GITHUB_API_URL or api.github.com by default. */
  baseUrl?: string
}): Promise<{ action: 'created' | 'updated'; id: number }> {
  const baseUrl = opts.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com')
  const octokit = getOctokit(opts.token, { baseUrl })
  const { owner, repo, number } = opts.pr
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100
  })
  for await (const page of pages) {
    const mine = page.data.find((c) => (c.body ?? '').includes(COMMENT_MARKER))
    if (mine) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: opts.body })
      return { action: 'updated', id: mine.id }
    }
  }
  const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: opts.body })
  return { action: 'created', id: created.data.id }
}
