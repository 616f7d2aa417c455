import { EC2Client } from '@aws-sdk/client-ec2'
import { afterEach, describe, expect, it } from 'vitest'
import { generateAccount } from '../../bench/sim/data.js'
import { startSimulator, type SimServer } from '../../bench/sim/server.js'
import { listEbsSnapshots } from '../../src/listers/ebs.js'
import { pipelinedPages, tokenInBody, type PagedCall } from '../../src/listers/pages.js'

const running: SimServer[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('tokenInBody', () => {
  it('reads the next token of each wire format, decoding XML entities and JSON escapes', () => {
    expect(tokenInBody(bytes('<DescribeSnapshotsResponse><snapshotSet/><nextToken>a+b/c&amp;d=</nextToken></DescribeSnapshotsResponse>'), 'ec2')).toBe('a+b/c&d=')
    expect(tokenInBody(bytes('<R><DescribeDBSnapshotsResult><Marker>m&#61;1</Marker><DBSnapshots/></DescribeDBSnapshotsResult></R>'), 'query-marker')).toBe('m=1')
    expect(tokenInBody(bytes('{"RecoveryPoints":[{"BackupVaultName":"x"}],"NextToken" : "t\\"\\u0041"}'), 'json')).toBe('t"A')
  })

  it('finds no token on a last page, and none in escaped text', () => {
    expect(tokenInBody(bytes('<R><snapshotSet><item><description>&lt;nextToken&gt;x&lt;/nextToken&gt;</description></item></snapshotSet></R>'), 'ec2')).toBeUndefined()
    expect(tokenInBody(bytes('<R><Marker></Marker></R>'), 'query-marker')).toBeUndefined()
    expect(tokenInBody(bytes('{"RecoveryPoints":[],"Note":"\\"NextToken\\": \\"no\\""}'), 'json')).toBeUndefined()
  })
})

describe('pipelinedPages', () => {
  it('lists every snapshot once, in order, with one call per page', async () => {
    const sim = await startSimulator({ account: generateAccount({ ebs: 4321, regions: ['eu-west-1'], now: Date.parse('2026-06-01T00:00:00Z') }), latencyMs: 5 })
    running.push(sim)
    const ec2 = new EC2Client({ region: 'eu-west-1', endpoint: sim.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } })
    const ids: string[] = []
    for await (const page of listEbsSnapshots(ec2, '123456789012', 'eu-west-1')) ids.push(...page.map((r) => r.snapshotId))
    expect(ids).toEqual(sim.account.ebsSnapshots('eu-west-1').map((s) => s.snapshotId))
    expect(sim.stats().byAction).toEqual({ 'ec2:DescribeSnapshots': 5 })
  })

  it('asks for the next pages while the caller holds one, but never more than two ahead', async () => {
    const sim = await startSimulator({ account: generateAccount({ ebs: 5000, regions: ['eu-west-1'] }), latencyMs: 0 })
    running.push(sim)
    const ec2 = new EC2Client({ region: 'eu-west-1', endpoint: sim.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } })
    const pages = listEbsSnapshots(ec2, '123456789012', 'eu-west-1')
    await pages.next()
    const deadline = Date.now() + 5000
    while (sim.stats().calls < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
    await new Promise((r) => setTimeout(r, 200))
    expect(sim.stats().calls).toBe(3)
    let rest = 0
    for await (const page of pages) rest += page.length
    expect(rest).toBe(4000)
    expect(sim.stats().calls).toBe(5)
  })

  it('falls back to the parsed token when the early one disagrees, and drops what the early one fetched', async () => {
    const sent: (string | undefined)[] = []
    const call: PagedCall<{ page: string; next?: string }> = {
      format: 'ec2',
      send: async (token, tap) => {
        sent.push(token)
        await new Promise((r) => setTimeout(r, 5))
        if (token === undefined) {
          tap(bytes('<nextToken>WRONG</nextToken>'))
          await new Promise((r) => setTimeout(r, 20))
          return { page: 'first', next: 'second' }
        }
        tap(bytes('<R/>'))
        return token === 'second' ? { page: 'second' } : { page: `bogus ${token}` }
      },
      next: (out) => out.next
    }
    const seen: string[] = []
    for await (const out of pipelinedPages(call)) seen.push(out.page)
    expect(seen).toEqual(['first', 'second'])
    expect(sent).toEqual([undefined, 'WRONG', 'second'])
  })

  it('pages one after another when the body never reaches the tap (a mocked client)', async () => {
    const sent: (string | undefined)[] = []
    const call: PagedCall<{ next?: string }> = {
      format: 'json',
      send: async (token) => {
        sent.push(token)
        return token === undefined ? { next: 'p2' } : token === 'p2' ? { next: 'p3' } : {}
      },
      next: (out) => out.next
    }
    let n = 0
    for await (const _ of pipelinedPages(call)) n++
    expect(n).toBe(3)
    expect(sent).toEqual([undefined, 'p2', 'p3'])
  })
})
