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

/** A workflow run as the fake Actions API stores it. */
export interface FakeRun {
  id: number
  workflow_id: number
  head_branch: string
  /** 'success' or another conclusion; only successful runs are listed under status=success. */
  conclusion: string
}

/** An artifact as the fake Actions API stores it: its zip is served behind a redirect, as GitHub does. */
export interface FakeArtifact {
  id: number
  runId: number
  name: string
  expired: boolean
  /** The zip the artifact service stored. */
  content: Buffer
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
  /** Workflow runs (GET runs/{id}, GET workflows/{id}/runs), newest last. */
  runs: FakeRun[]
  /** Artifacts (GET runs/{id}/artifacts, GET artifacts/{id}/zip, then the zip itself). */
  artifacts: FakeArtifact[]
  close(): Promise<void>
}

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const RUN = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)$/
const WORKFLOW_RUNS = /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/(\d+)\/runs$/
const RUN_ARTIFACTS = /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/
const ARTIFACT_ZIP = /^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/
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
    runs: [],
    artifacts: [],
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

  /** The Actions endpoints that find and download a run's artifact; false when the request is not one of them. */
  const actions = (url: URL, method: string, res: http.ServerResponse): boolean => {
    if (method !== 'GET') return false
    const p = url.pathname
    const run = RUN.exec(p)
    if (run) {
      const found = api.runs.find((r) => r.id === Number(run[3]))
      if (found) send(res, 200, found)
      else send(res, 404, { message: 'Not Found' })
      return true
    }
    const runs = WORKFLOW_RUNS.exec(p)
    if (runs) {
      const branch = url.searchParams.get('branch')
      const status = url.searchParams.get('status')
      const listed = api.runs
        .filter((r) => r.workflow_id === Number(runs[3]))
        .filter((r) => branch === null || r.head_branch === branch)
        .filter((r) => status === null || r.conclusion === status)
        .reverse()
        .slice(0, Number(url.searchParams.get('per_page') ?? 30))
      send(res, 200, { total_count: listed.length, workflow_runs: listed })
      return true
    }
    const artifacts = RUN_ARTIFACTS.exec(p)
    if (artifacts) {
      const name = url.searchParams.get('name')
      const listed = api.artifacts
        .filter((a) => a.runId === Number(artifacts[3]) && (name === null || a.name === name))
        .map((a) => ({ id: a.id, name: a.name, expired: a.expired, size_in_bytes: a.content.length }))
      send(res, 200, { total_count: listed.length, artifacts: listed })
      return true
    }
    const zip = ARTIFACT_ZIP.exec(p)
    if (zip) {
      const a = api.artifacts.find((x) => x.id === Number(zip[3]))
      if (!a || a.expired) send(res, a ? 410 : 404, { message: a ? 'Artifact has expired' : 'Not Found' })
      else send(res, 302, null, { location: `${api.url}/blob/${a.id}.zip?sig=SECRETSIG` })
      return true
    }
    const blob = /^\/blob\/(\d+)\.zip$/.exec(p)
    if (blob) {
      const a = api.artifacts.find((x) => x.id === Number(blob[1]))
      if (!a || url.searchParams.get('sig') !== 'SECRETSIG') send(res, 403, { message: 'AuthenticationFailed' })
      else {
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.content.length) })
        res.end(a.content)
      }
      return true
    }
    return false
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
      if (actions(url, req.method ?? '', res)) return
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
