import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BackupClient, ListBackupVaultsCommand } from '@aws-sdk/client-backup'
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3'
import { isThrottlingError, isTransientError } from '@smithy/core/retry'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFaultProxy, type FaultProxy, type FaultProxyOptions } from '../../bench/fault-proxy.js'

interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

const CREDENTIALS = { accessKeyId: 'AKIDPROXY', secretAccessKey: 'secret' }
let upstream: Server
let upstreamUrl: string
let seen: Seen[]
const proxies: FaultProxy[] = []

beforeEach(async () => {
  seen = []
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8')
      })
      res.writeHead(201, { 'content-type': 'text/plain', 'x-upstream': 'yes' })
      res.end(`upstream saw ${req.method ?? ''} ${req.url ?? ''}`)
    })
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
})

afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()))
  upstream.closeAllConnections()
  await new Promise<void>((resolve) => {
    upstream.close(() => {
      resolve()
    })
  })
})

async function proxy(options: Omit<FaultProxyOptions, 'upstream'> = {}): Promise<FaultProxy> {
  const started = await startFaultProxy({ upstream: upstreamUrl, ...options })
  proxies.push(started)
  return started
}

function auth(service: string, region = 'us-east-1'): string {
  return `AWS4-HMAC-SHA256 Credential=AKIDPROXY/20260601/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc`
}

function query(url: string, service: string, action: string, region = 'us-east-1'): Promise<Response> {
  return fetch(`${url}/`, {
    method: 'POST',
    headers: { authorization: auth(service, region), 'content-type': 'application/x-www-form-urlencoded' },
    body: `Action=${action}&Version=1`
  })
}

describe('fault proxy forwarding', () => {
  it('forwards method, path, headers and body unchanged and returns the upstream answer', async () => {
    const p = await proxy()
    const res = await fetch(`${p.url}/some/path?x=1`, {
      method: 'PUT',
      headers: { authorization: auth('s3'), 'x-custom': 'kept', 'content-type': 'application/octet-stream' },
      body: 'payload-bytes'
    })
    expect(res.status).toBe(201)
    expect(res.headers.get('x-upstream')).toBe('yes')
    expect(await res.text()).toBe('upstream saw PUT /some/path?x=1')
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ method: 'PUT', url: '/some/path?x=1', body: 'payload-bytes' })
    expect(seen[0]?.headers).toMatchObject({
      authorization: auth('s3'),
      'x-custom': 'kept',
      'content-type': 'application/octet-stream',
      host: `127.0.0.1:${p.port}`
    })
  })

  it('counts forwarded calls per service and action', async () => {
    const p = await proxy()
    await query(p.url, 'ec2', 'DescribeSnapshots')
    await query(p.url, 'ec2', 'DescribeSnapshots')
    await query(p.url, 'rds', 'DescribeDBSnapshots', 'eu-west-1')
    await fetch(`${p.url}/my-bucket/key.csv`, { headers: { authorization: auth('s3') } })
    await fetch(`${p.url}/backup-vaults/Default/recovery-points?maxResults=10`, {
      headers: { authorization: auth('backup') }
    })
    expect(p.stats()).toMatchObject({
      requests: 5,
      forwarded: 5,
      faults: 0,
      forwardedByService: { ec2: 2, rds: 1, s3: 1, backup: 1 },
      forwardedByAction: {
        'ec2:DescribeSnapshots': 2,
        'rds:DescribeDBSnapshots': 1,
        's3:GET /my-bucket/key.csv': 1,
        'backup:ListRecoveryPointsByBackupVault': 1
      }
    })
    p.resetStats()
    expect(p.stats().forwarded).toBe(0)
  })

  it('never faults /moto-api/ and does not count it as an AWS call', async () => {
    const p = await proxy({ faults: { rate: 1, seed: 1 } })
    const res = await fetch(`${p.url}/moto-api/reset`, { method: 'POST' })
    expect(res.status).toBe(201)
    expect(p.stats()).toMatchObject({ control: 1, requests: 0, forwarded: 0, faults: 0 })
    expect(seen.map((s) => s.url)).toEqual(['/moto-api/reset'])
  })
})

describe('fault proxy faults', () => {
  async function run(seed: number): Promise<number[]> {
    const p = await proxy({ faults: { rate: 0.4, seed } })
    const statuses: number[] = []
    for (let i = 0; i < 40; i++) statuses.push((await query(p.url, 'ec2', 'DescribeRegions')).status)
    const stats = p.stats()
    expect(stats.faults).toBe(statuses.filter((s) => s !== 201).length)
    expect(stats.forwarded).toBe(40 - stats.faults)
    return statuses
  }

  it('fails a seeded, deterministic fraction of calls before they reach the upstream', async () => {
    const first = await run(11)
    expect(seen).toHaveLength(first.filter((s) => s === 201).length)
    expect(await run(11)).toEqual(first)
    expect(await run(12)).not.toEqual(first)
    const faults = first.filter((s) => s !== 201)
    expect(faults.length).toBeGreaterThan(5)
    expect(faults.every((s) => s === 500 || s === 503)).toBe(true)
  })

  it('writes errors in each service wire format', async () => {
    const p = await proxy({ faults: { rate: 1, seed: 3 } })
    const ec2 = await (await query(p.url, 'ec2', 'DescribeRegions')).text()
    expect(ec2).toMatch(/<Response><Errors><Error><Code>(InternalError|Unavailable|RequestLimitExceeded)<\/Code>/)
    const rds = await (await query(p.url, 'rds', 'DescribeDBSnapshots')).text()
    expect(rds).toMatch(
      /<ErrorResponse xmlns="http:\/\/rds.amazonaws.com\/doc\/2014-10-31\/"><Error><Type>\w+<\/Type><Code>(InternalFailure|ServiceUnavailable|Throttling)<\/Code>/
    )
    const s3 = await (await fetch(`${p.url}/bucket`, { headers: { authorization: auth('s3') } })).text()
    expect(s3).toMatch(/^<\?xml[^>]*>\n<Error><Code>(InternalError|ServiceUnavailable|SlowDown)<\/Code>/)
    const backup = await fetch(`${p.url}/backup-vaults`, { headers: { authorization: auth('backup') } })
    expect(backup.headers.get('x-amzn-errortype')).toMatch(
      /^(InternalFailure|ServiceUnavailableException|ThrottlingException)$/
    )
    expect(JSON.parse(await backup.text())).toHaveProperty('Message')
    expect(seen).toHaveLength(0)
  })

  it('gives errors the SDK classifies as retryable, for EC2, S3 and Backup', async () => {
    const p = await proxy({ faults: { rate: 1, seed: 4 } })
    const config = { endpoint: p.url, region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1 }
    const calls = [
      () => new EC2Client(config).send(new DescribeRegionsCommand({})),
      () => new S3Client({ ...config, forcePathStyle: true }).send(new ListBucketsCommand({})),
      () => new BackupClient(config).send(new ListBackupVaultsCommand({}))
    ]
    for (let i = 0; i < 6; i++) {
      for (const call of calls) {
        const err = await call().then(
          () => null,
          (e: unknown) => e as Parameters<typeof isThrottlingError>[0]
        )
        expect(err).not.toBeNull()
        if (err !== null) expect(isThrottlingError(err) || isTransientError(err), err.name).toBe(true)
      }
    }
    expect(p.stats()).toMatchObject({ forwarded: 0, faults: 18 })
  })

  it('restricts faults to the given services and refuses failed regions with 403', async () => {
    const p = await proxy({ faults: { rate: 1, seed: 5, services: ['rds'] }, failRegions: ['ap-south-1'] })
    expect((await query(p.url, 'ec2', 'DescribeRegions')).status).toBe(201)
    expect((await query(p.url, 'rds', 'DescribeDBSnapshots')).status).not.toBe(201)
    const denied = await query(p.url, 'ec2', 'DescribeRegions', 'ap-south-1')
    expect(denied.status).toBe(403)
    expect(await denied.text()).toContain('<Code>UnauthorizedOperation</Code>')
    expect(p.stats()).toMatchObject({ requests: 3, forwarded: 1, faults: 1, denied: 1 })
    p.configure({ faults: { rate: 0, seed: 5 }, failRegions: [] })
    expect((await query(p.url, 'rds', 'DescribeDBSnapshots', 'ap-south-1')).status).toBe(201)
  })
})
