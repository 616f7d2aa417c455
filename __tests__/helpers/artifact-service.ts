import { createHash } from 'node:crypto'
import * as http from 'node:http'
import { inflateRawSync } from 'node:zlib'

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'

/** An artifact the fake holds once it was finalized. */
export interface StoredArtifact {
  id: number
  name: string
  runId: string
  jobId: string
  /** The uploaded bytes (a zip). */
  content: Buffer
  /** The size and hash the client sent with FinalizeArtifact. */
  size: number
  hash: string
}

/** A fault the fake answers with instead of the real answer, `times` times (once by default). */
export interface Fault {
  /** The call: a Twirp method, a block PUT, the block-list commit, or a single-shot blob PUT. */
  on: 'CreateArtifact' | 'FinalizeArtifact' | 'block' | 'blocklist' | 'blob'
  status: number
  message?: string
  /** Only for this artifact name (Twirp calls). */
  name?: string
  times?: number
}

/** One request the fake received. */
export interface ServiceRequest {
  method: string
  /** The Twirp method, or block, blocklist, blob. */
  call: string
  status: number
  /** The artifact name, for Twirp calls. */
  name: string
}

/** A stand-in for the Actions results service (artifacts) and its blob storage, on 127.0.0.1. */
export interface FakeArtifactService {
  /** ACTIONS_RESULTS_URL. */
  url: string
  /** The runner variables of one job of one workflow run. */
  env(runId?: string, jobId?: string): Record<string, string>
  /** Finalized artifacts, in order. */
  artifacts: StoredArtifact[]
  requests: ServiceRequest[]
  fail(fault: Fault): void
  close(): Promise<void>
}

interface Pending {
  id: number
  name: string
  runId: string
  jobId: string
  blocks: Map<string, Buffer>
  blob: Buffer | null
}

function jwt(runId: string, jobId: string): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:${runId}:${jobId}` })}.sig`
}

function twirpError(res: http.ServerResponse, status: number, code: string, msg: string): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ code, msg }))
}

function blobError(res: http.ServerResponse, status: number, code: string, msg: string): void {
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code })
  res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${msg}</Message></Error>`)
}

/**
 * Starts the fake: CreateArtifact answers a signed URL on this server (one name per workflow run, 409 for a second),
 * blocks and the block list (or a single PUT) store the bytes, FinalizeArtifact checks size and hash and gives an id.
 */
export async function startArtifactService(): Promise<FakeArtifactService> {
  const artifacts: StoredArtifact[] = []
  const requests: ServiceRequest[] = []
  const faults: Fault[] = []
  const pending = new Map<string, Pending>()
  let nextId = 4100
  let base = ''

  const fault = (on: Fault['on'], name: string): Fault | undefined => {
    const f = faults.find((x) => x.on === on && (x.name === undefined || x.name === name) && (x.times ?? 1) > 0)
    if (f) f.times = (f.times ?? 1) - 1
    return f
  }

  const twirp = (method: string, body: Record<string, unknown>, res: http.ServerResponse): void => {
    const name = typeof body.name === 'string' ? body.name : ''
    const runId = typeof body.workflow_run_backend_id === 'string' ? body.workflow_run_backend_id : ''
    const jobId = typeof body.workflow_job_run_backend_id === 'string' ? body.workflow_job_run_backend_id : ''
    const f = fault(method as Fault['on'], name)
    const note = (status: number): void => void requests.push({ method: 'POST', call: method, status, name })
    if (f) {
      note(f.status)
      twirpError(res, f.status, 'fault', f.message ?? 'injected fault')
      return
    }
    const key = `${runId}/${name}`
    if (method === 'CreateArtifact') {
      if (pending.has(key) || artifacts.some((a) => a.runId === runId && a.name === name)) {
        note(409)
        twirpError(res, 409, 'already_exists', 'an artifact with this name already exists on the workflow run')
        return
      }
      const id = nextId++
      pending.set(key, { id, name, runId, jobId, blocks: new Map(), blob: null })
      note(200)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({ ok: true, signed_upload_url: `${base}/store/run-${runId}/${id}.zip?sv=2024&sig=SECRETSIG` })
      )
      return
    }
    if (method === 'FinalizeArtifact') {
      const p = pending.get(key)
      if (!p) {
        note(404)
        twirpError(res, 404, 'not_found', 'no such artifact')
        return
      }
      const content = p.blob ?? Buffer.alloc(0)
      const hash = typeof body.hash === 'string' ? body.hash : ''
      const size = Number(body.size ?? 0)
      if (hash !== `sha256:${createHash('sha256').update(content).digest('hex')}` || size !== content.length) {
        note(400)
        twirpError(res, 400, 'invalid_argument', 'size or hash does not match the uploaded content')
        return
      }
      pending.delete(key)
      artifacts.push({ id: p.id, name, runId, jobId, content, size, hash })
      note(200)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ ok: true, artifact_id: String(p.id) }))
      return
    }
    note(404)
    twirpError(res, 404, 'bad_route', `no method ${method}`)
  }

  const blob = (req: http.IncomingMessage, url: URL, body: Buffer, res: http.ServerResponse): void => {
    const id = Number(/\/(\d+)\.zip$/.exec(url.pathname)?.[1] ?? NaN)
    const p = [...pending.values()].find((x) => x.id === id)
    const comp = url.searchParams.get('comp')
    const call = comp === 'block' ? 'block' : comp === 'blocklist' ? 'blocklist' : 'blob'
    const note = (status: number): void =>
      void requests.push({ method: req.method ?? '', call, status, name: p?.name ?? '' })
    if (req.method !== 'PUT' || url.searchParams.get('sig') !== 'SECRETSIG' || !p) {
      note(403)
      blobError(res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request.')
      return
    }
    const f = fault(call, p.name)
    if (f) {
      note(f.status)
      blobError(res, f.status, 'InjectedFault', f.message ?? 'injected fault')
      return
    }
    if (call === 'block') {
      p.blocks.set(url.searchParams.get('blockid') ?? '', body)
    } else if (call === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        (m) => m[1] ?? ''
      )
      const missing = ids.find((b) => !p.blocks.has(b))
      if (missing !== undefined) {
        note(400)
        blobError(res, 400, 'InvalidBlockList', `block ${missing} was not uploaded`)
        return
      }
      p.blob = Buffer.concat(ids.map((b) => p.blocks.get(b) ?? Buffer.alloc(0)))
    } else {
      p.blob = body
    }
    note(201)
    res.writeHead(201, {
      etag: '"0x1"',
      'last-modified': new Date(0).toUTCString(),
      'x-ms-request-id': `req-${requests.length}`,
      'x-ms-version': '2025-01-05',
      'x-ms-request-server-encrypted': 'true'
    })
    res.end()
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base)
      const body = Buffer.concat(chunks)
      if (url.pathname.startsWith(TWIRP) && req.method === 'POST') {
        let json: Record<string, unknown>
        try {
          json = JSON.parse(body.toString('utf8')) as Record<string, unknown>
        } catch {
          twirpError(res, 400, 'malformed', 'the body is not JSON')
          return
        }
        twirp(url.pathname.slice(TWIRP.length), json, res)
        return
      }
      if (url.pathname.startsWith('/store/')) {
        blob(req, url, body, res)
        return
      }
      res.writeHead(404)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const addr = server.address()
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  return {
    url: base,
    env: (runId = 'run-1', jobId = 'job-1') => ({
      ACTIONS_RUNTIME_TOKEN: jwt(runId, jobId),
      ACTIONS_RESULTS_URL: `${base}/`
    }),
    artifacts,
    requests,
    fail: (f) => void faults.push({ ...f }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      })
  }
}

/** The files of a zip (stored or deflated entries), by name, read through its central directory. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--
  if (end < 0) throw new Error('not a zip: no end of central directory')
  const entries = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const out = new Map<string, Buffer>()
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`)
    const method = zip.readUInt16LE(at + 10)
    const compressed = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extra = zip.readUInt16LE(at + 30)
    const comment = zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(dataAt, dataAt + compressed)
    const content = method === 0 ? Buffer.from(data) : method === 8 ? inflateRawSync(data) : null
    if (content === null) throw new Error(`${name}: compression method ${method} is not read here`)
    if (content.length !== size) throw new Error(`${name}: ${content.length} bytes, the directory says ${size}`)
    out.set(name, content)
    at += 46 + nameLength + extra + comment
  }
  return out
}
