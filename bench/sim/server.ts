/**
 * A simulated AWS endpoint (STS, EC2, EBS direct APIs, RDS, AWS Backup, Organizations, S3 PutObject) speaking the real wire protocols, with latency,
 * token buckets and faults. It serves one account, or an organisation of accounts: then a request is answered from the
 * data of the account whose credentials signed it (the starting credentials belong to the management account; STS
 * AssumeRole issues `ASIA<account id>....` keys for the others).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { backupAction, backupRoute } from './backup.js'
import { BucketSet, type BucketOptions } from './bucket.js'
import { generateAccount, type SimAccount } from './data.js'
import { ebsAction, ebsRoute } from './ebs.js'
import { ec2Route } from './ec2.js'
import { minimumCalls } from './minimum.js'
import { isSessionKey, SessionStore, sessionKeyAccount, type Session, type SimOrganization } from './organization.js'
import { organizationsRoute } from './organizations.js'
import { rdsRoute } from './rds.js'
import { s3Action, s3Route } from './s3.js'
import type { Answer, OrgContext, Route, SimRequest } from './route.js'
import { StatsRecorder, type SimStats } from './stats.js'
import { stsRoute } from './sts.js'
import {
  deniedResponse,
  errorResponse,
  faultResponse,
  FaultPicker,
  GLOBAL_SERVICES,
  invalidKeyResponse,
  parseScope,
  protocolOf,
  throttleResponse,
  unknownOperationResponse,
  type FaultOptions,
  type WireResponse,
  listenOnLoopback
} from './wire.js'

export type { SimStats } from './stats.js'
export type { BucketGroup, BucketOptions, BucketSpec } from './bucket.js'
export type { FaultOptions } from './wire.js'

/** How the simulator behaves. */
export interface SimOptions {
  /** The account to serve; default generateAccount() (empty, 17 regions, account 123456789012). Not with `organization`. */
  account?: SimAccount
  /**
   * An organisation to serve instead of one account: Organizations ListAccounts, STS AssumeRole into its accounts'
   * member role, and every other call answered from the data of the account whose credentials signed it.
   */
  organization?: SimOrganization
  /** Port on 127.0.0.1; default 0 (a free port). */
  port?: number
  /** Delay before every answer, in ms; default 50. */
  latencyMs?: number
  /** Token buckets: `false` turns them off; otherwise scale or override AWS's documented ones. */
  buckets?: false | BucketOptions
  /** Seeded fault injection: `rate` of the calls (of `services`, default all) fail before doing anything. */
  faults?: FaultOptions
  /** Regions whose every call is refused (EC2 UnauthorizedOperation, others AccessDenied; HTTP 403). */
  failRegions?: readonly string[]
  /**
   * How long snapshots made while the simulator runs stay pending, in ms (0, the default: complete at once):
   * `snapshotMs` for CreateSnapshot, `copyMs` for CopySnapshot and CopyDBSnapshot (a copy is in flight until then).
   * Set on the served account (with an organisation: the management account).
   */
  completion?: { snapshotMs?: number; copyMs?: number }
}

/** Settings that can change while the simulator runs. */
export type SimSettings = Pick<SimOptions, 'latencyMs' | 'faults' | 'failRegions' | 'buckets' | 'completion'>

/** A running simulator. */
export interface SimServer {
  url: string
  port: number
  /** The account the starting credentials belong to (with an organisation: its management account). */
  account: SimAccount
  /** The organisation served, or null for a single account. */
  organization: SimOrganization | null
  stats(): SimStats
  resetStats(): void
  /** Refills every token bucket. */
  resetBuckets(): void
  /** Changes latency, faults, failed regions or buckets for the calls that follow (faults restart from their seed). */
  configure(settings: SimSettings): void
  close(): Promise<void>
}

const ROUTERS: Record<string, (req: SimRequest, action: string) => Route | null> = {
  ec2: ec2Route,
  ebs: ebsRoute,
  rds: rdsRoute,
  backup: backupRoute,
  sts: stsRoute,
  organizations: organizationsRoute,
  s3: s3Route
}

/** The operation of an AWS JSON request: the part of X-Amz-Target after the service's prefix. */
function jsonTarget(header: string | string[] | undefined): string {
  const target = Array.isArray(header) ? header[0] : header
  return target === undefined || target === '' ? 'None' : target.slice(target.lastIndexOf('.') + 1)
}

/** Who signed a request: the account whose data answers it, and the session when the key came from AssumeRole. */
interface Caller {
  account: SimAccount
  session: Session | null
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function write(res: ServerResponse, response: WireResponse): void {
  res.writeHead(response.status, { ...response.headers, 'content-length': Buffer.byteLength(response.body) })
  res.end(response.body)
}

class Simulator {
  readonly recorder = new StatsRecorder()
  private latencyMs = 50
  private buckets = new BucketSet()
  private faults: FaultPicker | null = null
  private failRegions = new Set<string>()
  private readonly sessions = new SessionStore()

  constructor(
    readonly account: SimAccount,
    readonly organization: SimOrganization | null,
    options: SimOptions
  ) {
    this.configure(options)
  }

  /**
   * The caller of a request signed with `accessKeyId`. A single account answers every key. With an organisation, keys
   * AssumeRole issued (`ASIA` + the account + 4 characters) belong to their account, any other key to the management
   * account, and a temporary key the simulator never issued to nobody (null).
   */
  private caller(accessKeyId: string): Caller | null {
    if (this.organization === null || !isSessionKey(accessKeyId)) return { account: this.account, session: null }
    const session = this.sessions.get(accessKeyId)
    if (session === undefined || sessionKeyAccount(accessKeyId) !== session.accountId) return null
    return { account: this.organization.account(session.accountId), session }
  }

  configure(settings: SimSettings): void {
    if (settings.latencyMs !== undefined) this.latencyMs = settings.latencyMs
    if (settings.buckets !== undefined)
      this.buckets = new BucketSet(settings.buckets === false ? { enabled: false } : settings.buckets)
    if (settings.faults !== undefined) this.faults = new FaultPicker(settings.faults)
    if (settings.failRegions !== undefined) this.failRegions = new Set(settings.failRegions)
    if (settings.completion?.snapshotMs !== undefined)
      this.account.snapshotCompletionMs = settings.completion.snapshotMs
    if (settings.completion?.copyMs !== undefined) this.account.copyCompletionMs = settings.completion.copyMs
  }

  resetBuckets(): void {
    this.buckets.reset()
  }

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim')
    const body = await readBody(req)
    if (url.pathname.startsWith('/__sim/')) {
      write(res, this.control(req.method ?? 'GET', url))
      return
    }
    this.recorder.arrive()
    const arrived = performance.now()
    const response = this.answer(req, url, body)
    const send = (): void => {
      write(res, response)
      this.recorder.respond()
    }
    // The latency runs from the request's arrival: the time the simulator spends building a large page is part of
    // it (as AWS's own work is part of a real call's latency), not added on top; a page that takes longer goes out when ready.
    const wait = this.latencyMs - (performance.now() - arrived)
    if (wait > 0) setTimeout(send, wait)
    else send()
  }

  /** Decides the answer at arrival: failed region, then fault, then unknown operation, then bucket, then the handler. */
  private answer(req: IncomingMessage, url: URL, body: string): WireResponse {
    const scope = parseScope(req.headers.authorization)
    if (scope === null)
      return errorResponse('sts', 403, 'MissingAuthenticationToken', 'Request is missing Authentication Token')
    const { service, region } = scope
    const method = req.method ?? 'GET'
    const protocol = protocolOf(service)
    const form =
      protocol === 'rest-json' || protocol === 'json' || protocol === 'rest-xml'
        ? new URLSearchParams()
        : new URLSearchParams(body)
    const action =
      service === 's3'
        ? s3Action(method, url.pathname)
        : service === 'backup'
          ? backupAction(method, url.pathname)
          : service === 'ebs'
            ? ebsAction(method, url.pathname)
            : protocol === 'json'
              ? jsonTarget(req.headers['x-amz-target'])
              : protocol === 'rest-json'
                ? `${method} ${url.pathname}`
                : (form.get('Action') ?? 'None')
    const caller = this.caller(scope.accessKeyId)
    this.recorder.call(service, action, region, caller?.account.accountId)
    const outcome = (kind: 'throttled' | 'fault' | 'denied' | 'unknown', response: WireResponse): WireResponse => {
      this.recorder.outcome(kind, service, action)
      return response
    }
    if (caller === null) return outcome('denied', invalidKeyResponse(service))
    const account = caller.account
    const org: OrgContext | null =
      this.organization === null
        ? null
        : { organization: this.organization, sessions: this.sessions, session: caller.session }
    const simReq: SimRequest = {
      service,
      region,
      method,
      path: url.pathname,
      query: url.searchParams,
      form,
      account,
      body,
      org
    }
    if (this.failRegions.has(region) || (!GLOBAL_SERVICES.has(service) && !account.hasRegion(region)))
      return outcome('denied', deniedResponse(service))
    const fault = this.faults?.pick(service) ?? null
    if (fault !== null) return outcome('fault', faultResponse(service, fault))
    const route = ROUTERS[service]?.(simReq, action) ?? null
    if (route === null) return outcome('unknown', unknownOperationResponse(service, action))
    if (route.bucket !== null && !this.buckets.take(region, route.bucket, account.accountId))
      return outcome('throttled', throttleResponse(service))
    const answer: Answer = route.handle()
    if (answer.depth !== undefined && route.listing !== undefined) {
      // With an organisation, chains are kept per account: `<account> <region> <service>:<listing>`.
      this.recorder.chain(
        `${this.organization === null ? '' : `${account.accountId} `}${region} ${service}:${route.listing}`,
        answer.depth
      )
    }
    return answer.response
  }

  private control(method: string, url: URL): WireResponse {
    const json = (value: unknown): WireResponse => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(value)
    })
    if (url.pathname === '/__sim/stats') return json(this.recorder.snapshot())
    if (url.pathname === '/__sim/reset-stats' && method === 'POST') {
      this.recorder.reset()
      return json({ ok: true })
    }
    if (url.pathname === '/__sim/minimum-calls')
      return json(
        minimumCalls(this.account, { rdsAwsBackupSeparate: url.searchParams.get('rdsAwsBackupSeparate') !== 'false' })
      )
    return { status: 404, headers: { 'content-type': 'application/json' }, body: '{"error":"unknown control path"}' }
  }
}

/** Starts the simulator on 127.0.0.1; point the SDK at `url` (AWS_ENDPOINT_URL or a client's `endpoint`). */
export async function startSimulator(options: SimOptions = {}): Promise<SimServer> {
  const organization = options.organization ?? null
  if (organization !== null && options.account !== undefined)
    throw new Error('give the simulator an account or an organisation, not both')
  const account = organization?.account(organization.managementAccountId) ?? options.account ?? generateAccount()
  const sim = new Simulator(account, organization, options)
  const server = createServer((req, res) => {
    sim.serve(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(err))
    })
  })
  server.keepAliveTimeout = 60_000
  const port = await listenOnLoopback(server, options.port ?? 0)
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    account,
    organization,
    stats: () => sim.recorder.snapshot(),
    resetStats: () => {
      sim.recorder.reset()
    },
    resetBuckets: () => {
      sim.resetBuckets()
    },
    configure: (settings) => {
      sim.configure(settings)
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
