import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { COMMENT_LIMIT, COMMENT_MARKER, commentBody, upsertComment } from '../../src/report/comment.js'
import { startGitHubApi, type FakeGitHubApi } from '../helpers/github-api.js'
import { stopStarted } from '../helpers/teardown.js'

let api: FakeGitHubApi
const pr = { owner: 'acme', repo: 'infra', number: 7 }
const KEY = 'acme/infra#7'

beforeAll(async () => {
  api = await startGitHubApi()
})
afterAll(() => stopStarted(api))
beforeEach(() => {
  api.requests.length = 0
  api.comments.clear()
  api.failWith = null
  api.pageSize = null
  api.viewer = 'github-actions[bot]'
  api.tokenKind = 'installation'
  api.graphqlFailsWith = null
})

/** The calls that change something (the GraphQL viewer query is a POST that only reads). */
const writes = () =>
  api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`)
const identityCalls = () =>
  api.requests.filter((r) => r.path === '/graphql' || r.path === '/user').map((r) => `${r.method} ${r.path}`)

describe('the sticky comment', () => {
  it('creates the comment when none carries the marker, then updates that one in place', async () => {
    api.seed(KEY, ['LGTM', 'please rebase'])
    const first = await upsertComment({ token: 't0ken', pr, body: commentBody('## report 1'), baseUrl: api.url })
    expect(first.action).toBe('created')
    const second = await upsertComment({ token: 't0ken', pr, body: commentBody('## report 2'), baseUrl: api.url })
    expect(second).toEqual({ action: 'updated', id: first.id })
    const mine = (api.comments.get(KEY) ?? []).filter((c) => c.body.includes(COMMENT_MARKER))
    expect(mine).toHaveLength(1)
    expect(mine[0]?.body).toBe(`${COMMENT_MARKER}\n## report 2`)
    expect(api.comments.get(KEY)).toHaveLength(3)
    expect(writes()).toEqual([
      'POST /repos/acme/infra/issues/7/comments',
      `PATCH /repos/acme/infra/issues/comments/${first.id}`
    ])
    expect(api.requests.every((r) => r.authorization === 'token t0ken')).toBe(true)
    expect(api.requests[0]?.query).toEqual({ per_page: '100' })
  })

  it('finds the marker on the second page of comments and updates it, never creating a duplicate', async () => {
    api.pageSize = 3
    api.seed(KEY, ['a', 'b', 'c', 'd'])
    api.seed(KEY, [`${COMMENT_MARKER}\nold report`], 'github-actions[bot]')
    api.seed(KEY, ['e'])
    const res = await upsertComment({ token: 't', pr, body: `${COMMENT_MARKER}\nnew report`, baseUrl: api.url })
    expect(res.action).toBe('updated')
    const gets = api.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1')
    expect(gets).toEqual(['1', '2'])
    expect(writes()).toEqual([`PATCH /repos/acme/infra/issues/comments/${res.id}`])
    expect((api.comments.get(KEY) ?? []).filter((c) => c.body.includes(COMMENT_MARKER)).map((c) => c.body)).toEqual([
      `${COMMENT_MARKER}\nnew report`
    ])
  })

  it('reads every page before creating, when no page has the marker', async () => {
    api.pageSize = 2
    api.seed(KEY, ['a', 'b', 'c', 'd', 'e'])
    const res = await upsertComment({ token: 't', pr, body: commentBody('x'), baseUrl: api.url })
    expect(res.action).toBe('created')
    expect(api.requests.filter((r) => r.method === 'GET')).toHaveLength(3)
    expect(api.comments.get(KEY)).toHaveLength(6)
  })

  it('leaves a marker comment by someone else untouched and creates its own', async () => {
    api.seed(KEY, [`${COMMENT_MARKER}\nplanted by someone else`], 'mallory')
    const res = await upsertComment({ token: 't', pr, body: commentBody('## report'), baseUrl: api.url })
    expect(res).toEqual({
      action: 'created',
      id: res.id,
      note: '1 comment(s) by others carry the marker and were left alone'
    })
    expect(writes()).toEqual(['POST /repos/acme/infra/issues/7/comments'])
    expect(identityCalls()).toEqual(['POST /graphql'])
    expect((api.comments.get(KEY) ?? []).map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${COMMENT_MARKER}\nplanted by someone else`],
      ['github-actions[bot]', `${COMMENT_MARKER}\n## report`]
    ])
  })

  it('updates only the comment of the token account, past earlier marker comments by others', async () => {
    api.seed(KEY, [`${COMMENT_MARKER}\nplanted`], 'mallory')
    api.seed(KEY, [`${COMMENT_MARKER}\nold report`], 'github-actions[bot]')
    const res = await upsertComment({ token: 't', pr, body: `${COMMENT_MARKER}\nnew`, baseUrl: api.url })
    const [planted, ours] = api.comments.get(KEY) ?? []
    expect(res).toEqual({ action: 'updated', id: ours?.id })
    expect(planted?.body).toBe(`${COMMENT_MARKER}\nplanted`)
    expect(ours?.body).toBe(`${COMMENT_MARKER}\nnew`)
    expect(writes()).toEqual([`PATCH /repos/acme/infra/issues/comments/${ours?.id}`])
  })

  it('learns a user token account from GET /user when GraphQL does not answer, and updates that user comment', async () => {
    api.viewer = 'alice'
    api.tokenKind = 'user'
    api.graphqlFailsWith = 502
    api.seed(KEY, [`${COMMENT_MARKER}\nby the bot`], 'github-actions[bot]')
    api.seed(KEY, [`${COMMENT_MARKER}\nby alice`], 'Alice')
    const res = await upsertComment({ token: 't', pr, body: `${COMMENT_MARKER}\nnew`, baseUrl: api.url })
    const [bot, alice] = api.comments.get(KEY) ?? []
    expect(res).toEqual({ action: 'updated', id: alice?.id })
    expect(bot?.body).toBe(`${COMMENT_MARKER}\nby the bot`)
    expect(identityCalls()).toEqual(['POST /graphql', 'GET /user'])
  })

  it('creates a new comment, updating none, when the token account cannot be learnt', async () => {
    api.graphqlFailsWith = 500
    api.seed(KEY, [`${COMMENT_MARKER}\nour earlier report`], 'github-actions[bot]')
    const res = await upsertComment({ token: 't', pr, body: `${COMMENT_MARKER}\nnew`, baseUrl: api.url })
    expect(res).toEqual({
      action: 'created',
      id: res.id,
      note: 'the account github-token acts as could not be learnt, so no earlier comment was updated'
    })
    expect(identityCalls()).toEqual(['POST /graphql', 'GET /user'])
    expect(writes()).toEqual(['POST /repos/acme/infra/issues/7/comments'])
    expect((api.comments.get(KEY) ?? []).map((c) => c.body)).toEqual([
      `${COMMENT_MARKER}\nour earlier report`,
      `${COMMENT_MARKER}\nnew`
    ])
  })

  it('asks who the token is only when some comment carries the marker', async () => {
    api.seed(KEY, ['LGTM'])
    await upsertComment({ token: 't', pr, body: commentBody('x'), baseUrl: api.url })
    expect(identityCalls()).toEqual([])
  })

  it('throws the API error with its status, for the step to turn into a warning', async () => {
    api.failWith = 403
    await expect(upsertComment({ token: 't', pr, body: 'x', baseUrl: api.url })).rejects.toMatchObject({ status: 403 })
  })

  it('cuts a report too long for a comment at a line, keeping the marker and the footer', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n')
    const body = commentBody(long, 'footer')
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.startsWith(`${COMMENT_MARKER}\n| row 0 |`)).toBe(true)
    expect(body).toContain('> The report was cut to fit a comment')
    expect(body.endsWith('\nfooter\n')).toBe(true)
    expect(commentBody('short', '')).toBe(`${COMMENT_MARKER}\nshort`)
  })
})
