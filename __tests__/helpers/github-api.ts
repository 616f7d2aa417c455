import * as http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the fake API received. */
export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  authorization: string
  body: unknown
}

/** An issue comment as the fake API stores it. */
export interface FakeComment {
  id: number
  body: string
  user: { login: string }
}

/**
 * A local server that plays the GitHub API for issue comments (list, paginated; create; update) and for who the
 * token acts as: GraphQL `viewer { login }` and REST `GET /user` (403 for an installation token, as on GitHub).
 */
export interface FakeGitHubApi {
  url: string
  requests: RecordedRequest[]
  /** Comments per "owner/repo#number". */
  comments: Map<string, FakeComment[]>
  /** Adds comments to a pull request before a run. */
  seed(key: string, bodies: string[], login?: string): void
  /** Makes every request answer this status (e.g. 403), or null for normal answers. */
  failWith: number | null
  /** The login the token acts as; comments it creates carry it. `github-actions[bot]` (GITHUB_TOKEN) by default. */
  viewer: string
  /** An installation token (GITHUB_TOKEN, GitHub Apps) gets 403 from GET /user; a user token gets its login. */
  tokenKind: 'installation' | 'user'
  /** Makes POST /graphql answer this status, or null for normal answers. */
  graphqlFailsWith: number | null
  /** The page size the list endpoint uses whatever per_page asks (null: honour per_page, default 30). */
  pageSize: number | null
  close(): Promise<void>
}

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/

/** Starts the fake API on a free port of 127.0.0.1. */
export async function startGitHubApi(): Promise<FakeGitHubApi> {
  let nextId = 1000
  const api: FakeGitHubApi = {
    url: '',
    requests: [],
    comments: new Map(),
    failWith: null,
    viewer: 'github-actions[bot]',
    tokenKind: 'installation',
    graphqlFailsWith: null,
    pageSize: null,
    seed(key, bodies, login = 'someone') {
      const list = api.comments.get(key) ?? []
      for (const body of bodies) list.push({ id: nextId++, body, user: { login } })
      api.comments.set(key, list)
    },
    close: () => Promise.resolve()
  }

  const send = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(body))
  }

  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (d: Buffer) => (raw += d.toString()))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', api.url)
      const body = raw === '' ? null : (JSON.parse(raw) as unknown)
      api.requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization ?? '',
        body
      })
      if (api.failWith !== null) {
        send(res, api.failWith, { message: 'Resource not accessible by integration' })
        return
      }
      if (url.pathname === '/graphql' && req.method === 'POST') {
        if (api.graphqlFailsWith !== null) {
          send(res, api.graphqlFailsWith, { message: 'Server Error' })
          return
        }
        const query = (body as { query?: unknown } | null)?.query
        const text = typeof query === 'string' ? query : ''
        if (/\bviewer\s*\{\s*login\s*\}/.test(text)) {
          send(res, 200, { data: { viewer: { login: api.viewer } } })
          return
        }
        send(res, 200, { errors: [{ message: 'This fake answers only viewer { login }' }] })
        return
      }
      if (url.pathname === '/user' && req.method === 'GET') {
        if (api.tokenKind === 'installation') send(res, 403, { message: 'Resource not accessible by integration' })
        else send(res, 200, { login: api.viewer })
        return
      }
      const list = LIST.exec(url.pathname)
      if (list) {
        const key = `${list[1]}/${list[2]}#${list[3]}`
        const all = api.comments.get(key) ?? []
        if (req.method === 'GET') {
          const size = api.pageSize ?? Number(url.searchParams.get('per_page') ?? 30)
          const page = Number(url.searchParams.get('page') ?? 1)
          const last = Math.max(1, Math.ceil(all.length / size))
          const link = (p: number, rel: string): string => {
            const u = new URL(url.toString())
            u.searchParams.set('page', String(p))
            return `<${u.toString()}>; rel="${rel}"`
          }
          const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : []
          send(res, 200, all.slice((page - 1) * size, page * size), links.length ? { link: links.join(', ') } : {})
          return
        }
        if (req.method === 'POST') {
          const comment: FakeComment = {
            id: nextId++,
            body: (body as { body: string }).body,
            user: { login: api.viewer }
          }
          api.comments.set(key, [...all, comment])
          send(res, 201, comment)
          return
        }
      }
      const update = UPDATE.exec(url.pathname)
      if (update && req.method === 'PATCH') {
        for (const comments of api.comments.values()) {
          const c = comments.find((x) => x.id === Number(update[3]))
          if (c) {
            c.body = (body as { body: string }).body
            send(res, 200, c)
            return
          }
        }
        send(res, 404, { message: 'Not Found' })
        return
      }
      send(res, 404, { message: 'Not Found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  api.close = () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        resolve()
      })
    )
  return api
}
