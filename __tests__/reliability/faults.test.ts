import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateVolumeCommand } from '@aws-sdk/client-ec2'
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import {
  CreateDBClusterCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotsCommand
} from '@aws-sdk/client-rds'
import { createClientFactory } from '../../src/clients.js'
import { getConfig, type Config } from '../../src/inputs.js'
import { runInventory } from '../../src/modes/inventory.js'
import { runPrune } from '../../src/modes/prune.js'
import { runBackup } from '../../src/modes/backup.js'
import { TokenBucketPacer } from '../../src/pacer.js'
import type { AccountTarget } from '../../src/accounts.js'
import type { Clock } from '../../src/clock.js'
import { startSimulator, type SimServer } from '../../bench/sim/server.js'
import { DEFAULT_REGIONS, generateAccount, type SimAccount } from '../../bench/sim/data.js'
import { startFaultProxy, type FaultProxy } from '../../bench/fault-proxy.js'
import { startMoto, type Moto } from '../helpers/moto.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { stopStarted } from '../helpers/teardown.js'
import { runnerInputs } from '../helpers/action-defaults.js'

const SEEDS = Array.from({ length: 20 }, (_, i) => 1000 + i)
const RATE = 0.1
const ACCOUNT = '123456789012'
const credentials = () => Promise.resolve({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' })
/** Real time for timestamps, no waiting: the SDK's retry backoff and the action's sleeps are both zero. */
const clock: Clock = { now: () => new Date(), sleep: async () => {} }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-faults-'))

function target(endpoint: string): AccountTarget {
  return {
    accountId: ACCOUNT,
    clients: createClientFactory({ accountId: ACCOUNT, credentials, endpoint, retryBackoffMs: () => 0 })
  }
}

function config(inputs: Record<string, string>): Config {
  return getConfig(runnerInputs(inputs, { AWS_REGION: 'us-east-1', GITHUB_WORKSPACE: tmp, RUNNER_TEMP: tmp }))
}

describe(`inventory with ${RATE * 100}% of calls failing (500, 503, throttling)`, () => {
  let sim: SimServer
  let account: SimAccount
  beforeAll(async () => {
    account = generateAccount({ ebs: 3000, rds: 250, rdsCluster: 60, efs: 1500, seed: 5 })
    sim = await startSimulator({ account, latencyMs: 0, buckets: false })
  })
  afterAll(() => stopStarted(sim))

  it.each(SEEDS)('seed %i lists exactly the seeded snapshots', async (seed) => {
    const expected = DEFAULT_REGIONS.flatMap((r) => [
      ...account.ebsSnapshots(r).map((s) => s.snapshotId),
      ...account.dbSnapshots(r).map((s) => s.identifier),
      ...account.dbClusterSnapshots(r).map((s) => s.identifier),
      ...account.recoveryPoints(r).map((p) => p.recoveryPointArn.slice(p.recoveryPointArn.lastIndexOf(':') + 1))
    ]).sort()
    sim.configure({ faults: { rate: RATE, seed } })
    sim.resetStats()
    const cfg = config({ 'csv-path': `inventory-${seed}.csv` })
    const result = await runInventory(cfg, [target(sim.url)], clock)
    expect(result.failures).toEqual([])
    expect(sim.stats().faults).toBeGreaterThan(5)
    expect(result.rowCount).toBe(expected.length)
    expect(
      readCsv(result.csvPath)
        .map((r) => r.snapshot_id)
        .sort()
    ).toEqual(expected)
  })
})

describe(`prune with ${RATE * 100}% of calls failing`, () => {
  it.each(SEEDS)('seed %i deletes exactly the planned set and no other', async (seed) => {
    const regions = DEFAULT_REGIONS.slice(0, 5)
    const account = generateAccount({
      ebs: 200,
      rds: 0,
      rdsCluster: 0,
      efs: 0,
      seed,
      managed: { count: 120, regions, perVolume: 4 }
    })
    const sim = await startSimulator({ account, latencyMs: 0, buckets: false })
    try {
      const before = new Set(regions.flatMap((r) => account.ebsSnapshots(r).map((s) => s.snapshotId)))
      const inputs = {
        mode: 'prune',
        regions: regions.join(','),
        'retention-days': '0',
        'keep-last': '1',
        'csv-path': `prune-${seed}.csv`
      }
      const pacer = () => new TokenBucketPacer({ burst: 1000, refillPerSecond: 1000, clock })
      const plan = await runPrune({ ...config(inputs), dryRun: true }, [target(sim.url)], clock, { pacer })
      expect(plan.deletedIds.length).toBeGreaterThan(50)
      sim.configure({ faults: { rate: RATE, seed } })
      const real = await runPrune(config(inputs), [target(sim.url)], clock, { pacer })
      expect(sim.stats().faults).toBeGreaterThan(5)
      expect(real.errors).toEqual([])
      expect(real.failures).toEqual([])
      expect([...real.deletedIds].sort()).toEqual([...plan.deletedIds].sort())
      const after = regions.flatMap((r) => account.ebsSnapshots(r).map((s) => s.snapshotId)).sort()
      expect(after).toEqual([...before].filter((id) => !plan.deletedIds.includes(id)).sort())
    } finally {
      await sim.close()
    }
  })
})

describe(`backup with ${RATE * 100}% of calls failing (through a fault proxy in front of moto)`, () => {
  let moto: Moto
  let proxy: FaultProxy
  const BUCKET = 'fault-metadata'
  const volumes: string[] = []
  let injected = 0
  beforeAll(async () => {
    moto = await startMoto()
    proxy = await startFaultProxy({ upstream: moto.url })
    await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    for (const region of ['us-east-1', 'us-east-1', 'eu-west-1']) {
      const v = await awsClients(moto.url, region).ec2.send(
        new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 8 })
      )
      volumes.push(`${region}/${v.VolumeId}`)
    }
  })
  afterAll(() => stopStarted(proxy, moto))

  it.each(SEEDS)('seed %i writes every metadata object', async (seed) => {
    proxy.configure({ faults: { rate: RATE, seed } })
    proxy.resetStats()
    const workflow = {
      repository: 'acme/infra',
      workflow: 'backup',
      runId: String(seed),
      runUrl: '',
      sha: 'abc',
      actor: 'octocat'
    }
    const result = await runBackup(
      config({ mode: 'backup', bucket: BUCKET, volume: volumes.join('\n') }),
      [target(proxy.url)],
      clock,
      { workflow }
    )
    expect(result.failures).toEqual([])
    expect(result.created).toHaveLength(3)
    const listed = await awsClients(moto.url, 'us-east-1').s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    const keys = new Set((listed.Contents ?? []).map((o) => o.Key))
    for (const c of result.created) {
      expect(c.metadataKey).toBe(`snapshot-metadata/${c.volumeId}/${c.snapshotId}.json`)
      expect(keys.has(c.metadataKey ?? '')).toBe(true)
    }
    injected += proxy.stats().faults
  })

  it('injected faults into those backups (a zero would mean the proxy was bypassed)', () => {
    expect(injected).toBeGreaterThan(5)
  })
})

describe(`RDS and Aurora prune with ${RATE * 100}% of calls failing (through a fault proxy in front of moto)`, () => {
  let moto: Moto
  let proxy: FaultProxy
  let injected = 0
  const managed = [{ Key: 'snapshot-hygiene:managed', Value: 'true' }]

  beforeAll(async () => {
    moto = await startMoto()
    proxy = await startFaultProxy({ upstream: moto.url })
  })
  afterAll(() => stopStarted(proxy, moto))

  /** Two DB instances and a cluster, each with four managed manual snapshots and one made by hand; all ids, sorted. */
  async function seedAccount(): Promise<{ db: string[]; cluster: string[] }> {
    await moto.reset()
    const { rds } = awsClients(moto.url, 'us-east-1')
    for (const id of ['orders', 'billing'])
      await rds.send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: id,
          DBInstanceClass: 'db.t3.micro',
          Engine: 'postgres',
          AllocatedStorage: 20
        })
      )
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora',
        Engine: 'aurora-postgresql',
        MasterUsername: 'admin1',
        MasterUserPassword: 'secret-password-1'
      })
    )
    for (let i = 0; i < 4; i++) {
      for (const id of ['orders', 'billing'])
        await rds.send(
          new CreateDBSnapshotCommand({ DBInstanceIdentifier: id, DBSnapshotIdentifier: `${id}-${i}`, Tags: managed })
        )
      await rds.send(
        new CreateDBClusterSnapshotCommand({
          DBClusterIdentifier: 'aurora',
          DBClusterSnapshotIdentifier: `aurora-${i}`,
          Tags: managed
        })
      )
    }
    await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders', DBSnapshotIdentifier: 'by-hand' }))
    return ids()
  }

  async function ids(): Promise<{ db: string[]; cluster: string[] }> {
    const { rds } = awsClients(moto.url, 'us-east-1')
    const db = (await rds.send(new DescribeDBSnapshotsCommand({}))).DBSnapshots ?? []
    const cluster = (await rds.send(new DescribeDBClusterSnapshotsCommand({}))).DBClusterSnapshots ?? []
    return {
      db: db.map((s) => s.DBSnapshotIdentifier ?? '').sort(),
      cluster: cluster.map((s) => s.DBClusterSnapshotIdentifier ?? '').sort()
    }
  }

  it.each(SEEDS)('seed %i deletes exactly the planned set and no other', async (seed) => {
    const before = await seedAccount()
    const inputs = {
      mode: 'prune',
      regions: 'us-east-1',
      'retention-days': '0',
      'keep-last': '1',
      'csv-path': `rds-prune-${seed}.csv`
    }
    const pacer = () => new TokenBucketPacer({ burst: 1000, refillPerSecond: 1000, clock })
    const plan = await runPrune({ ...config(inputs), dryRun: true }, [target(moto.url)], clock, { pacer })
    expect(plan.deletedIds).toHaveLength(9)
    proxy.configure({ faults: { rate: RATE, seed } })
    proxy.resetStats()
    const real = await runPrune(config(inputs), [target(proxy.url)], clock, { pacer, random: () => 0.5 })
    injected += proxy.stats().faults
    proxy.configure({ faults: { rate: 0, seed } })
    expect(real.errors).toEqual([])
    expect(real.failures).toEqual([])
    expect([...real.deletedIds].sort()).toEqual([...plan.deletedIds].sort())
    const after = await ids()
    const planned = new Set(plan.deletedIds)
    expect(after).toEqual({
      db: before.db.filter((id) => !planned.has(id)),
      cluster: before.cluster.filter((id) => !planned.has(id))
    })
    expect(after.db.filter((id) => !id.startsWith('rds:'))).toEqual(['billing-3', 'by-hand', 'orders-3'])
  })

  it('injected faults into those prunes (a zero would mean the proxy was bypassed)', () => {
    expect(injected).toBeGreaterThan(20)
  })
})
