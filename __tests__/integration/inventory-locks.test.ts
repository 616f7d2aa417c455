import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { seedDemoAccount, SEED_REGIONS } from '../helpers/seed.js'
import { csvHeader, readCsv } from '../helpers/csv.js'
import { stopStarted } from '../helpers/teardown.js'
import { generateAccount } from '../../bench/sim/data.js'
import { startSimulator, type SimServer } from '../../bench/sim/server.js'
import { DAY_MS } from '../../src/clock.js'

/** The start of today (UTC): the bundle judges locks on the runner's clock, so the simulated locks start from it. */
const NOW = Math.floor(Date.now() / DAY_MS) * DAY_MS
const day = (n: number): string => new Date(NOW + n * DAY_MS).toISOString()

describe('inventory lock columns against moto, which has no DescribeLockedSnapshots', () => {
  let moto: Moto
  beforeAll(async () => {
    moto = await startMoto()
    await seedDemoAccount(moto.url)
  })
  afterAll(() => stopStarted(moto))

  it('keeps every row, leaves the lock columns empty and says why in a notice per region, without failing', async () => {
    const run = await runAction({
      inputs: { regions: SEED_REGIONS.join(','), 'fail-on-region-error': 'true' },
      env: { AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' }
    })
    expect(run.code).toBe(0)
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
    const csv = run.outputs['csv-path'] ?? ''
    const header = csvHeader(csv)
    const at = header.indexOf('lock_state')
    expect(header.slice(at, at + 2)).toEqual(['lock_state', 'lock_expires_at'])
    const rows = readCsv(csv)
    expect(rows.length).toBe(Number(run.outputs['snapshot-count']))
    expect(rows.filter((r) => r.lock_state !== '' || r.lock_expires_at !== '')).toEqual([])
    const ebsRegions = [...new Set(rows.filter((r) => r.service === 'ebs').map((r) => r.region))].sort()
    expect(ebsRegions.length).toBeGreaterThan(0)
    expect(run.notices).toEqual(
      ebsRegions.map(
        (region) =>
          `Lock state not read in ${region} (account 123456789012): the endpoint does not implement DescribeLockedSnapshots; lock_state and lock_expires_at are empty for its snapshots.`
      )
    )
    expect(run.summary).toContain(
      '### Locked snapshots\n\nNo EBS snapshot is under a snapshot lock that has not expired.\n\nLock state was not read everywhere:'
    )
  })
})

describe('inventory lock columns against the simulator', () => {
  let sim: SimServer
  const ids: Record<string, string> = {}
  beforeAll(async () => {
    const account = generateAccount({
      now: NOW,
      regions: ['us-east-1', 'eu-west-1'],
      ebs: 0,
      rds: 0,
      rdsCluster: 0,
      efs: 0
    })
    ids.governance = account.addEbsSnapshot('us-east-1', { volumeSize: 100 }).snapshotId
    ids.compliance = account.addEbsSnapshot('eu-west-1', { volumeSize: 20 }).snapshotId
    ids.expired = account.addEbsSnapshot('eu-west-1', { volumeSize: 7 }).snapshotId
    ids.plain = account.addEbsSnapshot('eu-west-1', { volumeSize: 5 }).snapshotId
    account.lockEbsSnapshot('us-east-1', ids.governance, 'governance', 30)
    account.lockEbsSnapshot('eu-west-1', ids.compliance, 'compliance', 365)
    account.lockEbsSnapshot('eu-west-1', ids.expired, 'governance', 1)
    account.setTime(NOW + 1 * DAY_MS)
    sim = await startSimulator({ account, latencyMs: 0, buckets: false })
  })
  afterAll(() => stopStarted(sim))

  it('writes each snapshot lock state and end, and counts the locks that hold and their storage', async () => {
    const run = await runAction({
      inputs: { regions: 'us-east-1,eu-west-1', services: 'ebs' },
      env: {
        AWS_ENDPOINT_URL: sim.url,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIDSIMULATED',
        AWS_SECRET_ACCESS_KEY: 'secret'
      }
    })
    expect(run.code).toBe(0)
    expect(run.notices).toEqual([])
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    const lockOf = (id: string | undefined) => {
      const row = rows.find((r) => r.snapshot_id === id)
      return `${row?.lock_state ?? 'missing'} ${row?.lock_expires_at ?? ''}`
    }
    expect([ids.governance, ids.compliance, ids.expired, ids.plain].map(lockOf)).toEqual([
      `governance ${day(30)}`,
      `compliance ${day(365)}`,
      `expired ${day(1)}`,
      ' '
    ])
    expect(run.summary).toContain(
      '### Locked snapshots\n\n**2 EBS snapshots** (120 GiB) are under a snapshot lock that has not expired: nobody can delete them before the lock ends (`lock_state`, `lock_expires_at` in the CSV).'
    )
    expect(sim.stats().byAction).toMatchObject({ 'ec2:DescribeLockedSnapshots': 2 })
  })
})
