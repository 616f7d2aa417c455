import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { generateAccount } from '../../bench/sim/data.js'
import { startSimulator, type SimServer } from '../../bench/sim/server.js'
import type { AccountTarget } from '../../src/accounts.js'
import { createClientFactory } from '../../src/clients.js'
import type { Clock } from '../../src/clock.js'
import { DAY_MS } from '../../src/clock.js'
import { getConfig, type Config } from '../../src/inputs.js'
import { runPrune, type PruneResult } from '../../src/modes/prune.js'
import { TokenBucketPacer } from '../../src/pacer.js'
import { pruneSummary } from '../../src/summary/prune.js'
import { runnerInputs } from '../helpers/action-defaults.js'

const ACCOUNT = '123456789012'
const NOW = Date.parse('2026-06-01T00:00:00Z')
const REGION = 'us-east-1'
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-sim-prune-locks-'))
const running: SimServer[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

/** A clock whose time the test moves; sleeps return at once (the pacer's bucket is large). */
function movableClock(start: number): Clock & { set: (ms: number) => void } {
  let t = start
  return { now: () => new Date(t), sleep: async () => {}, set: (ms) => (t = ms) }
}

function config(): Config {
  return getConfig(
    runnerInputs(
      { mode: 'prune', regions: REGION, 'retention-days': '3', 'keep-last': '1', 'csv-path': 'prune-locks.csv' },
      { AWS_REGION: REGION, GITHUB_WORKSPACE: tmp, RUNNER_TEMP: tmp }
    )
  )
}

function target(url: string): AccountTarget {
  const credentials = () => Promise.resolve({ accessKeyId: 'AKIDSIMULATED', secretAccessKey: 'secret' })
  return {
    accountId: ACCOUNT,
    clients: createClientFactory({ accountId: ACCOUNT, credentials, endpoint: url, retryBackoffMs: () => 0 })
  }
}

/** A simulated account with five managed snapshots of one volume, one a day from ten days ago. */
async function seeded(): Promise<{ server: SimServer; ids: string[] }> {
  const account = generateAccount({ now: NOW, regions: [REGION], ebs: 0, rds: 0, rdsCluster: 0, efs: 0 })
  const server = await startSimulator({ latencyMs: 0, account, buckets: false })
  running.push(server)
  const ids = [10, 9, 8, 7, 1].map(
    (daysAgo) =>
      account.addEbsSnapshot(REGION, {
        volumeId: 'vol-0aaaaaaaaaaaaaaaa',
        startTime: new Date(NOW - daysAgo * DAY_MS),
        tags: { 'snapshot-hygiene:managed': 'true' }
      }).snapshotId
  )
  return { server, ids }
}

const pacer = (clock: Clock) => () => new TokenBucketPacer({ burst: 1000, refillPerSecond: 1000, clock })

function rows(r: PruneResult): string[][] {
  return r.decisions.map((d) => [d.snapshotId, d.outcome, d.rule, d.reason])
}

describe('prune in the simulator: EBS snapshot locks', () => {
  it('keeps locked snapshots (rule locked, with the lock end), and deletes them on the first run after the lock expires', async () => {
    const { server, ids } = await seeded()
    const [d10, d9, d8, d7, d1] = ids as [string, string, string, string, string]
    server.account.lockEbsSnapshot(REGION, d10, 'governance', 5)
    server.account.lockEbsSnapshot(REGION, d9, 'compliance', 20)
    const clock = movableClock(NOW)

    const first = await runPrune(config(), [target(server.url)], clock, { pacer: pacer(clock) })
    expect(first.errors).toEqual([])
    expect(first.notices).toEqual([])
    expect(rows(first)).toEqual([
      [d1, 'kept', 'keep-last', 'held by keep-last 1 of 1'],
      [d7, 'deleted', 'retention', 'expired: 7 days old, retention 3 days'],
      [d8, 'deleted', 'retention', 'expired: 8 days old, retention 3 days'],
      [d9, 'skipped', 'locked', 'locked (compliance) until 2026-06-21T00:00:00.000Z; deletable once the lock expires'],
      [d10, 'skipped', 'locked', 'locked (governance) until 2026-06-06T00:00:00.000Z; deletable once the lock expires']
    ])
    expect(server.stats().byAction['ec2:DescribeLockedSnapshots']).toBe(1)
    expect(pruneSummary(first, { bucket: null, csvName: 'prune-locks.csv' })).toContain(
      `| ${d9} | vol-0aaaaaaaaaaaaaaaa | us-east-1 |          9 |   8 | locked | locked (compliance) until 2026-06-21T00:00:00.000Z; deletable once the lock expires |`
    )

    // Six days later the governance lock has expired: that snapshot goes, the compliance one stays.
    server.account.setTime(NOW + 6 * DAY_MS)
    clock.set(NOW + 6 * DAY_MS)
    const second = await runPrune(config(), [target(server.url)], clock, { pacer: pacer(clock) })
    expect(rows(second).filter((r) => r[1] !== 'kept')).toEqual([
      [d9, 'skipped', 'locked', 'locked (compliance) until 2026-06-21T00:00:00.000Z; deletable once the lock expires'],
      [d10, 'deleted', 'retention', 'expired: 16 days old, retention 3 days']
    ])

    server.account.setTime(NOW + 21 * DAY_MS)
    clock.set(NOW + 21 * DAY_MS)
    const third = await runPrune(config(), [target(server.url)], clock, { pacer: pacer(clock) })
    expect(third.deletedIds).toEqual([d9])
    expect(server.account.ebsSnapshots(REGION).map((s) => s.snapshotId)).toEqual([d1])
  })

  it('reads no lock state when nothing would be deleted', async () => {
    const { server } = await seeded()
    const clock = movableClock(NOW)
    const cfg = { ...config(), retentionDays: 30 }
    const result = await runPrune(cfg, [target(server.url)], clock, { pacer: pacer(clock) })
    expect(result.counts).toMatchObject({ kept: 5, deleted: 0 })
    expect(server.stats().byAction['ec2:DescribeLockedSnapshots']).toBeUndefined()
  })

  it('reports a snapshot locked between the listing and its delete as skipped (rule locked), not failed', async () => {
    const { server, ids } = await seeded()
    const clock = movableClock(NOW)
    const d8 = ids[2] ?? ''
    const log = (line: string): void => {
      if (line.startsWith(`Deleting ${d8} `)) server.account.lockEbsSnapshot(REGION, d8, 'governance', 2)
    }
    const result = await runPrune(config(), [target(server.url)], clock, { pacer: pacer(clock), log })
    expect(result.errors).toEqual([])
    expect(result.counts).toMatchObject({ deleted: 3, skipped: 1, failed: 0 })
    expect(rows(result).find((r) => r[0] === d8)).toEqual([
      d8,
      'skipped',
      'locked',
      `expired: 8 days old, retention 3 days; not deleted: locked when the delete was sent (SnapshotLocked: The snapshot '${d8}' is locked in governance mode until 2026-06-03T00:00:00.000Z and can't be deleted.); deletable once the lock expires`
    ])
    expect(
      server.account
        .ebsSnapshots(REGION)
        .map((s) => s.snapshotId)
        .sort()
    ).toEqual([ids[4], d8].sort())
  })
})
