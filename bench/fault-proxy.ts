/** An HTTP proxy in front of a test backend (moto) that injects seeded retryable faults and counts what reached the backend. */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import { backupAction } from './sim/backup.js'
import {
  deniedResponse,
  faultResponse,
  FaultPicker,
  parseScope,
  protocolOf,
  type FaultOptions,
  type WireResponse,
  listenOnLoopback
} from './sim/wire.js'

/** Where to forward, and what to inject. */
export interface FaultProxyOptions {
  /** The backend's base URL, e.g. `http://127.0.0.1:5000`. */
  upstream: string
  /** Seeded fault injection: `rate` of the AWS calls (of `services`, default all) fail before reaching the upstream. */
  faults?: FaultOptions
  /** Regions whose every call is refused with a 403 (EC2 UnauthorizedOperation, others AccessDenied) without reaching the upstream. */
  failRegions?: readonly string[]
  /** Port on 127.0.0.1; default 0 (a free port). */
  port?: number
}

/** What the proxy saw. `/moto-api/` requests count only in `control`. */
export interface FaultProxyStats {
  /** AWS calls received. */
  requests: number
  /** AWS calls that reached the upstream. */
  forwarded: number
  forwardedByService: Record<string, number>
  /** Per `service:Action` (query services), `service:METHOD /path` (S3 and other REST services). */
  forwardedByAction: Record<string, number>
  faults: number
  denied: number
  /** `/moto-api/` requests forwarded. */
  control: number
}

/** A running proxy. */
export interface FaultProxy {
  url: string
  port: number
  stats(): FaultProxyStats
  resetStats(): void
  /** Replaces the fault or failed-region settings for the requests that follow (faults restart from their seed). */
  configure(settings: Pick<FaultProxyOptions, 'faults' | 'failRegions'>): void
  close(): Promise<void>
}

function emptyStats(): FaultProxyStats {
  return { requests: 0, forwarded: 0, forwardedByService: {}, forwardedByAction: {}, faults: 0, denied: 0, control: 0 }
}

/** The operation a request is: the query Action, Backup's operation name, the JSON-RPC target, or METHOD + path. */
export function describeCall(
  service: string,
  method: string,
  url: URL,
  body: string,
  target: string | undefined
): string {
  const protocol = protocolOf(service)
  if (protocol === 'ec2' || protocol === 'query')
    return new URLSearchParams(body).get('Action') ?? url.searchParams.get('Action') ?? 'None'
  if (service === 'backup') return backupAction(method, url.pathname)
  if (target !== undefined) return target.split('.').pop() ?? target
  return `${method} ${url.pathname}`
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function write(res: ServerResponse, response: WireResponse): void {
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) })
  res.end(response.body)
}

function forward(upstream: URL, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
  const out = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    }
  )
  out.on('error', (err) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' })
    res.end(`fault proxy: upstream error: ${err.message}`)
  })
  out.end(body)
}

/** Starts the proxy on 127.0.0.1; point the SDK (or AWS_ENDPOINT_URL) at `url` instead of the upstream. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = new URL(options.upstream)
  let stats = emptyStats()
  let faults = options.faults === undefined ? null : new FaultPicker(options.faults)
  let failRegions = new Set(options.failRegions ?? [])
  const bump = (map: Record<string, number>, key: string): void => {
    map[key] = (map[key] ?? 0) + 1
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://proxy')
    if (url.pathname.startsWith('/moto-api/')) {
      stats.control++
      forward(upstream, req, body, res)
      return
    }
    stats.requests++
    const scope = parseScope(req.headers.authorization)
    const service = scope?.service ?? 'unknown'
    if (scope !== null && failRegions.has(scope.region)) {
      stats.denied++
      write(res, deniedResponse(service))
      return
    }
    const fault = scope === null ? null : (faults?.pick(service) ?? null)
    if (fault !== null) {
      stats.faults++
      write(res, faultResponse(service, fault))
      return
    }
    const target = req.headers['x-amz-target']
    stats.forwarded++
    bump(stats.forwardedByService, service)
    bump(
      stats.forwardedByAction,
      `${service}:${describeCall(service, req.method ?? 'GET', url, body.toString('utf8'), Array.isArray(target) ? target[0] : target)}`
    )
    forward(upstream, req, body, res)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(err))
    })
  })
  const port = await listenOnLoopback(server, options.port ?? 0)
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stats: () => structuredClone(stats),
    resetStats: () => {
      stats = emptyStats()
    },
    configure: (settings) => {
      if (settings.faults !== undefined) faults = new FaultPicker(settings.faults)
      if (settings.failRegions !== undefined) failRegions = new Set(settings.failRegions)
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          if (err === undefined) resolve()
          else reject(err)
        })
        server.closeAllConnections()
      })
  }
}
