/**
 * The benchmark (`npm run bench`): runs the bundled action against the simulated AWS endpoint and prints one markdown
 * table row per measurement. Correctness checks (calls, CSV rows, summary totals, deletions) fail the run; timings
 * only print. The simulator runs in this process: the action gets one core, the simulator the other, and this
 * process does nothing else while a child runs (peak RSS and CPU come from GNU time, not from polling).
 *
 * Scenario 6 serves an organisation (bench/sim/organization.ts): the action lists it and assumes a member role in
 * each account; the simulator answers each request from the data of the account whose credentials signed it.
 *
 * Environment: BENCH_DIST (bundle, default dist/index.js), BENCH_NODE (node for the action, default the project's
 * Node 24 from node_modules/.bin/node), BENCH_ONLY (scenarios to run, e.g. "1,2"), BENCH_OUT (work folder,
 * default bench/out/run-<time>; big CSVs are deleted once checked).
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'csv-parse/sync'
import { actionDefaults, withDefaults } from '../__tests__/helpers/action-defaults.js'
import { Checks } from './checks.js'
import { hasGnuTime, ROOT, runChild, type ChildRun } from './child.js'
import {
  DEFAULT_REGIONS,
  distribute,
  generateAccount,
  minimumCalls,
  type AccountOptions,
  type SimAccount
} from './sim/data.js'
import { organizationMinimumCalls, type OrganizationMinimum } from './sim/minimum.js'
import { changedCount, fullBlocks, lineageBilledBytes } from './sim/blocks.js'
import { generateOrganization, type SimOrganization } from './sim/organization.js'
import { hashString } from './sim/prng.js'
import { startSimulator, type SimOptions, type SimServer, type SimStats } from './sim/server.js'

const DIST = path.resolve(ROOT, process.env.BENCH_DIST ?? 'dist/index.js')
const NODE =
  process.env.BENCH_NODE ??
  (fs.existsSync(path.join(ROOT, 'node_modules/.bin/node'))
    ? path.join(ROOT, 'node_modules/.bin/node')
    : process.execPath)
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,7').split(',').map((s) => s.trim()))
const OUT = path.resolve(
  process.env.BENCH_OUT ?? path.join(ROOT, 'bench', 'out', `run-${new Date().toISOString().replace(/[:.]/g, '-')}`)
)
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const MIB = 1024

const checks = new Checks()
let runs = 0

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN
const windowMs = (s: SimStats): number => (s.lastResponseAt ?? 0) - (s.firstRequestAt ?? 0)

interface Row {
  id: string
  scenario: string
  wall: string
  process: string
  floor: string
  ratio: string
  calls: string
  throttled: string
  rss: string
  notes: string
}

function printRow(r: Row): void {
  console.log(
    `| ${[r.id, r.scenario, r.wall, r.process, r.floor, r.ratio, r.calls, r.throttled, r.rss, r.notes].join(' | ')} |`
  )
}

function workDir(name: string): string {
  const dir = path.join(OUT, `${String(++runs).padStart(2, '0')}-${name}`)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

async function simulator(account: AccountOptions, options: Omit<SimOptions, 'account'>): Promise<SimServer> {
  return startSimulator({ ...options, account: generateAccount({ seed: 1, ...account }) })
}

function awsEnv(sim: SimServer): Record<string, string> {
  return { AWS_ENDPOINT_URL: sim.url, AWS_REGION: 'us-east-1' }
}

/** Runs the bundled action once, with action.yml's defaults for the inputs not given, and checks that it succeeded. */
async function runAction(
  sim: SimServer,
  name: string,
  inputs: Record<string, string>,
  opts: { env?: Record<string, string>; nodeArgs?: string[]; measure?: boolean } = {}
): Promise<ChildRun> {
  sim.resetStats()
  sim.resetBuckets()
  const dir = workDir(name)
  const run = await runChild({
    node: NODE,
    args: [...(opts.nodeArgs ?? []), DIST],
    inputs: withDefaults({ 'artifact-name': '', ...inputs }),
    env: { ...awsEnv(sim), ...opts.env },
    workDir: dir,
    measure: opts.measure ?? true
  })
  fs.writeFileSync(path.join(dir, 'stdout.txt'), run.stdout)
  fs.writeFileSync(path.join(dir, 'stderr.txt'), run.stderr)
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'))
  checks.expect(
    run.code === 0,
    `${name}: exit code ${String(run.code)}${errors.length > 0 ? `: ${errors.join(' / ').slice(0, 400)}` : ''}`
  )
  return run
}

function removeCsv(file: string | undefined): void {
  if (file !== undefined && fs.existsSync(file)) fs.rmSync(file)
}

// --- Scenario 1 and 2: inventory of a large account, by the action and naively -------------------------------------

const INVENTORY_ACCOUNT: AccountOptions = { ebs: 50_000, rds: 2_000, rdsCluster: 500, efs: 5_000 }
const LATENCY = 50
const INVENTORY_RUNS = 3

async function scenarioInventory(): Promise<void> {
  const sim = await simulator(INVENTORY_ACCOUNT, { latencyMs: LATENCY })
  try {
    const minimum = minimumCalls(sim.account)
    const floor = minimum.criticalPath * LATENCY
    if (ONLY.has('1')) {
      const results: { wall: number; process: number; stats: SimStats; run: ChildRun }[] = []
      for (let i = 0; i < INVENTORY_RUNS; i++) {
        const name = `inventory-50k-${i + 1}`
        const run = await runAction(sim, name, { mode: 'inventory', 'csv-path': 'inventory.csv' })
        const stats = sim.stats()
        checks.minimumCalls(stats, minimum, name)
        await checks.inventoryCsv(path.join(run.workDir, 'inventory.csv'), sim.account, run.outputs, name)
        checks.summaryJson(run.outputs['summary-json-path'], sim.account, name)
        results.push({ wall: windowMs(stats), process: run.exitedAt - run.startedAt, stats, run })
        removeCsv(path.join(run.workDir, 'inventory.csv'))
      }
      const mid = [...results].sort((a, b) => a.wall - b.wall)[Math.floor((results.length - 1) / 2)] ?? results[0]
      if (mid !== undefined) {
        printRow({
          id: '1',
          scenario: `inventory, ${fmt(total(sim.account))} snapshots, 17 regions, ${LATENCY} ms`,
          wall: fmt(mid.wall),
          process: fmt(mid.process),
          floor: fmt(floor),
          ratio: `${fmt(mid.wall / floor, 2)}×`,
          calls: `${mid.stats.calls} (${minimum.total})`,
          throttled: String(mid.stats.throttled),
          rss: fmt(mid.run.peakRssKiB / MIB),
          notes: `median of ${results.length} runs (walls ${results.map((r) => fmt(r.wall)).join(', ')} ms); action CPU ${fmt(mid.run.cpuSeconds ?? Number.NaN, 2)} s; longest chain ${minimum.longestChain.key} ${minimum.longestChain.pages} pages; ${mid.stats.maxInFlight} requests in flight at most`
        })
      }
    }
    if (ONLY.has('2')) {
      sim.resetStats()
      sim.resetBuckets()
      const dir = workDir('naive-50k')
      const csv = path.join(dir, 'naive.csv')
      const run = await runChild({
        node: NODE,
        args: ['--import', TSX, path.join(ROOT, 'bench', 'naive.ts'), csv],
        env: awsEnv(sim),
        workDir: dir
      })
      fs.writeFileSync(path.join(dir, 'stderr.txt'), run.stderr)
      checks.expect(run.code === 0, `naive: exit code ${String(run.code)}: ${run.stderr.slice(0, 400)}`)
      const stats = sim.stats()
      checks.minimumCalls(stats, minimum, 'naive')
      await checks.inventoryCsv(csv, sim.account, null, 'naive')
      removeCsv(csv)
      const wall = windowMs(stats)
      printRow({
        id: '2',
        scenario: `naive inventory (bench/naive.ts), same account, ${LATENCY} ms`,
        wall: fmt(wall),
        process: fmt(run.exitedAt - run.startedAt),
        floor: fmt(floor),
        ratio: `${fmt(wall / floor, 2)}×`,
        calls: `${stats.calls} (${minimum.total})`,
        throttled: String(stats.throttled),
        rss: fmt(run.peakRssKiB / MIB),
        notes: `regions, services and pages one after another; process time includes tsx compiling the script; CPU ${fmt(run.cpuSeconds ?? Number.NaN, 2)} s`
      })
    }
  } finally {
    await sim.close()
  }
}

function total(account: SimAccount): number {
  return account.regions.reduce((n, r) => {
    const c = account.counts(r)
    return n + c.ebs + c.db + c.cluster + c.efs
  }, 0)
}

// --- Scenario 3: memory against the number of snapshots -----------------------------------------------------------

const MEMORY_SIZES = [10_000, 100_000, 1_000_000]
const MEMORY_LATENCY = 5

/** The largest heap left after a full (mark-compact) collection, from --trace-gc lines, in MB. */
function liveHeapMb(stdout: string): number | null {
  let max: number | null = null
  for (const m of stdout.matchAll(/Mark-Compact[^\n]*?-> ([\d.]+) \(/g)) max = Math.max(max ?? 0, Number(m[1]))
  return max
}

async function scenarioMemory(): Promise<void> {
  let smallest: number | null = null
  for (const [i, size] of MEMORY_SIZES.entries()) {
    const sim = await simulator({ ebs: size }, { latencyMs: MEMORY_LATENCY })
    try {
      const minimum = minimumCalls(sim.account)
      const name = `memory-${size}`
      const run = await runAction(
        sim,
        name,
        { mode: 'inventory', 'csv-path': 'inventory.csv' },
        { nodeArgs: ['--trace-gc'] }
      )
      const stats = sim.stats()
      checks.minimumCalls(stats, minimum, name, { exceptThrottled: true })
      await checks.inventoryCsv(path.join(run.workDir, 'inventory.csv'), sim.account, run.outputs, name)
      checks.summaryJson(run.outputs['summary-json-path'], sim.account, name)
      removeCsv(path.join(run.workDir, 'inventory.csv'))
      const rss = run.peakRssKiB / MIB
      smallest ??= rss
      const live = liveHeapMb(run.stdout)
      const floor = minimum.criticalPath * MEMORY_LATENCY
      printRow({
        id: `3${'abc'[i] ?? ''}`,
        scenario: `memory: inventory of ${fmt(size)} EBS snapshots, ${MEMORY_LATENCY} ms`,
        wall: fmt(windowMs(stats)),
        process: fmt(run.exitedAt - run.startedAt),
        floor: fmt(floor),
        ratio: `${fmt(windowMs(stats) / floor, 2)}×`,
        calls: `${stats.calls} (${minimum.total})`,
        throttled: String(stats.throttled),
        rss: fmt(rss),
        notes: `RSS ${fmt(rss / smallest, 2)}× the 10,000 run; largest heap left after a full GC ${live === null ? 'n/a (no full GC)' : `${fmt(live, 1)} MB`}; action CPU ${fmt(run.cpuSeconds ?? Number.NaN, 1)} s; CSV rows and summary total checked`
      })
    } finally {
      await sim.close()
    }
  }
}

// --- Scenario 4: prune, paced against the request buckets ---------------------------------------------------------

const PRUNE_COUNT = 2_000
const PRUNE_BURST = 10
const PRUNE_RATE = 50
const PRUNE_LATENCY = 10
const TEN_REGIONS = DEFAULT_REGIONS.slice(0, 10)

interface PruneCsvRow {
  region: string
  snapshot_id: string
  decision: string
}

function managedIds(account: SimAccount, regions: readonly string[]): Set<string> {
  return new Set(
    regions.flatMap((r) =>
      account
        .ebsSnapshots(r)
        .filter((s) => s.tags['snapshot-hygiene:managed'] === 'true')
        .map((s) => s.snapshotId)
    )
  )
}

async function scenarioPrune(id: string, regions: readonly string[]): Promise<void> {
  const managed =
    regions.length === 1 ? { count: PRUNE_COUNT, region: regions[0] as string } : { count: PRUNE_COUNT, regions }
  const sim = await simulator(
    { managed, regions: DEFAULT_REGIONS },
    { latencyMs: PRUNE_LATENCY, buckets: { overrides: { 'ec2-mutate': { burst: PRUNE_BURST, refill: PRUNE_RATE } } } }
  )
  try {
    const name = `prune-${regions.length}-regions`
    const before = managedIds(sim.account, regions)
    const perRegion = regions.map((r) => managedIds(sim.account, [r]).size)
    const run = await runAction(
      sim,
      name,
      { mode: 'prune', regions: regions.join(','), 'retention-days': '0', 'keep-last': '0', 'csv-path': 'prune.csv' },
      { env: { SNAPSHOT_HYGIENE_DELETE_BURST: String(PRUNE_BURST), SNAPSHOT_HYGIENE_DELETE_RATE: String(PRUNE_RATE) } }
    )
    const stats = sim.stats()
    const csvFile = path.join(run.workDir, 'prune.csv')
    const rows: PruneCsvRow[] = fs.existsSync(csvFile)
      ? parse<PruneCsvRow>(fs.readFileSync(csvFile, 'utf8'), { columns: true })
      : []
    const deleted = rows.filter((r) => r.decision === 'deleted')
    const failed = rows.filter((r) => r.decision === 'failed')
    const remaining = managedIds(sim.account, regions)
    const notDeleted = new Set(rows.filter((r) => r.decision !== 'deleted').map((r) => r.snapshot_id))
    checks.equal(rows.length, before.size, `${name}: CSV rows (one decision per managed snapshot)`)
    checks.equal(failed.length, 0, `${name}: failed deletes`)
    checks.equal(
      [...remaining].sort(),
      [...notDeleted].sort(),
      `${name}: managed snapshots left = the ones not deleted`
    )
    checks.equal(run.outputs['deleted-count'], String(before.size - remaining.size), `${name}: output deleted-count`)
    const deleteCalls = stats.byAction['ec2:DeleteSnapshot'] ?? 0
    const deleteThrottled = stats.throttledByAction['ec2:DeleteSnapshot'] ?? 0
    // The floor: each region's bucket allows `burst` at once and `rate` a second after; regions run side by side.
    // Before the first delete: GetCallerIdentity, then the region's pages of managed snapshots; after the last: its latency.
    const bucketSeconds = Math.max(...perRegion.map((n) => Math.max(0, n - PRUNE_BURST) / PRUNE_RATE))
    const listPages = Math.max(...perRegion.map((n) => Math.max(1, Math.ceil(n / 1000))))
    const floor = bucketSeconds * 1000 + (1 + listPages + 1) * PRUNE_LATENCY
    const wall = windowMs(stats)
    const rate = deleted.length / (wall / 1000)
    const floorRate = deleted.length / (floor / 1000)
    printRow({
      id,
      scenario: `prune ${fmt(PRUNE_COUNT)} expired managed snapshots in ${regions.length === 1 ? '1 region' : `${regions.length} regions`} (burst ${PRUNE_BURST}, ${PRUNE_RATE}/s, ${PRUNE_LATENCY} ms)`,
      wall: fmt(wall),
      process: fmt(run.exitedAt - run.startedAt),
      floor: fmt(floor),
      ratio: `${fmt(wall / floor, 2)}×`,
      calls: `${stats.calls} (${deleteCalls} DeleteSnapshot)`,
      throttled: String(deleteThrottled),
      rss: fmt(run.peakRssKiB / MIB),
      notes: `${fmt(rate, 1)} deletes/s against a floor of ${fmt(floorRate, 1)}/s = ${fmt((100 * floor) / wall, 1)}% of the floor; ${deleted.length} deleted, ${failed.length} failed, ${remaining.size} left (= kept)`
    })
  } finally {
    await sim.close()
  }
}

// --- Scenario 5: start-up -----------------------------------------------------------------------------------------

const STARTUP_RUNS = 5

function bundleBytes(): { entry: number; all: number } {
  const dir = path.dirname(DIST)
  const all = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0)
  return { entry: fs.statSync(DIST).size, all }
}

async function scenarioStartup(): Promise<void> {
  const sim = await simulator({}, { latencyMs: LATENCY })
  try {
    const toFirst: number[] = []
    for (let i = 0; i < STARTUP_RUNS; i++) {
      const run = await runAction(
        sim,
        `startup-${i + 1}`,
        { mode: 'inventory', 'csv-path': 'inventory.csv' },
        { measure: false }
      )
      const first = sim.stats().firstRequestAt
      checks.expect(first !== null, 'startup: the action made no AWS request')
      toFirst.push((first ?? Number.NaN) - run.startedAt)
    }
    const boot: number[] = []
    for (let i = 0; i < STARTUP_RUNS; i++) {
      const run = await runChild({
        node: NODE,
        args: ['-e', ''],
        workDir: workDir(`node-boot-${i + 1}`),
        measure: false
      })
      boot.push(run.exitedAt - run.startedAt)
    }
    const size = bundleBytes()
    printRow({
      id: '5',
      scenario: `start-up: process start to the first AWS request (${path.relative(ROOT, DIST)})`,
      wall: fmt(median(toFirst)),
      process: '',
      floor: '',
      ratio: '',
      calls: '',
      throttled: '',
      rss: '',
      notes: `median of ${STARTUP_RUNS} (${toFirst.map((t) => fmt(t)).join(', ')} ms); an empty node process takes ${fmt(median(boot))} ms to start and exit; bundle ${fmt(size.entry)} bytes (${fmt(size.all)} bytes with its chunks)`
    })
  } finally {
    await sim.close()
  }
}

// --- Scenario 6: an organisation of 50 accounts, 17 regions each -------------------------------------------------

const ORG_ACCOUNTS = 50
/** Snapshots of the whole organisation; one member (ORG_BIG_ACCOUNT) holds ORG_BIG_SHARE of each kind, the others the rest unevenly. */
const ORG_TOTALS = { ebs: 100_000, rds: 10_000, rdsCluster: 2_500, efs: 15_000 } as const
const ORG_BIG_ACCOUNT = 21
const ORG_BIG_SHARE = 0.1
const ORG_ROLE = 'snapshot-hygiene-member'
/** max-parallel-accounts: action.yml's default (left unset, so the action's own default is measured), then every account at once. */
const ORG_DEFAULT_PARALLEL = Number(actionDefaults()['max-parallel-accounts'])
const ORG_RUNS: readonly { id: string; parallel: number | null }[] = [
  { id: '6a', parallel: null },
  { id: '6b', parallel: ORG_ACCOUNTS }
]
/** Runs of each setting; the row is the median by wall time (about 11 s a run here). */
const ORG_REPEATS = 3

/** Each account's data: its share of ORG_TOTALS, 60% of it in its own primary region (the regions taken in turn). */
function orgAccountOptions(): (index: number) => AccountOptions {
  const split = (total: number, salt: string): number[] =>
    distribute(total, ORG_ACCOUNTS, ORG_BIG_ACCOUNT, ORG_BIG_SHARE, hashString(`org-${salt}`))
  const ebs = split(ORG_TOTALS.ebs, 'ebs')
  const rds = split(ORG_TOTALS.rds, 'rds')
  const cluster = split(ORG_TOTALS.rdsCluster, 'cluster')
  const efs = split(ORG_TOTALS.efs, 'efs')
  return (i) => ({
    ebs: ebs[i] ?? 0,
    rds: rds[i] ?? 0,
    rdsCluster: cluster[i] ?? 0,
    efs: efs[i] ?? 0,
    primaryRegion: DEFAULT_REGIONS[(i * 7) % DEFAULT_REGIONS.length] ?? 'us-east-1'
  })
}

function organizationTotal(organization: SimOrganization, ids: readonly string[]): number {
  return ids.reduce((n, id) => n + total(organization.account(id)), 0)
}

/** Milliseconds between the first arrivals of two actions (or from the first request), for the phase split. */
function phaseMs(stats: SimStats, from: string | null, to: string): number {
  const start = from === null ? stats.firstRequestAt : stats.firstCallAt[from]
  return (stats.firstCallAt[to] ?? Number.NaN) - (start ?? Number.NaN)
}

async function scenarioOrganization(): Promise<void> {
  const organization = generateOrganization({
    accounts: ORG_ACCOUNTS,
    memberRoleName: ORG_ROLE,
    accountOptions: orgAccountOptions()
  })
  const sim = await startSimulator({ organization, latencyMs: LATENCY })
  try {
    const ids = organization.activeAccountIds()
    const snapshots = organizationTotal(organization, ids)
    for (const { id, parallel } of ORG_RUNS) {
      const m = parallel ?? ORG_DEFAULT_PARALLEL
      const minimum: OrganizationMinimum = organizationMinimumCalls(organization, { maxParallelAccounts: m })
      const inputs: Record<string, string> = {
        mode: 'inventory',
        'csv-path': 'inventory.csv',
        accounts: 'organization',
        'member-role-name': ORG_ROLE
      }
      if (parallel !== null) inputs['max-parallel-accounts'] = String(parallel)
      const results: { wall: number; stats: SimStats; run: ChildRun; simCpu: number }[] = []
      for (let i = 0; i < ORG_REPEATS; i++) {
        const name = `organization-${ORG_ACCOUNTS}-parallel-${m}-${i + 1}`
        const cpu = process.cpuUsage()
        const run = await runAction(sim, name, inputs)
        const used = process.cpuUsage(cpu)
        const stats = sim.stats()
        checks.organizationCalls(stats, minimum, name)
        checks.equal(stats.throttled, 0, `${name}: throttled calls`)
        await checks.organizationCsv(path.join(run.workDir, 'inventory.csv'), organization, ids, run.outputs, name)
        checks.organizationSummary(run.outputs['summary-json-path'], organization, ids, name)
        removeCsv(path.join(run.workDir, 'inventory.csv'))
        results.push({ wall: windowMs(stats), stats, run, simCpu: (used.user + used.system) / 1e6 })
      }
      const mid = [...results].sort((a, b) => a.wall - b.wall)[Math.floor((results.length - 1) / 2)]
      if (mid === undefined) continue
      const { wall, stats, run, simCpu } = mid
      const floor = minimum.floor * LATENCY
      const roles = phaseMs(stats, 'sts:AssumeRole', 'ec2:DescribeRegions')
      printRow({
        id,
        scenario: `organisation inventory: ${ORG_ACCOUNTS} accounts × 17 regions, ${fmt(snapshots)} snapshots, ${LATENCY} ms, max-parallel-accounts ${m}${parallel === null ? ' (default)' : ''}`,
        wall: fmt(wall),
        process: fmt(run.exitedAt - run.startedAt),
        floor: fmt(floor),
        ratio: `${fmt(wall / floor, 2)}×`,
        calls: `${stats.calls} (${minimum.total})`,
        throttled: String(stats.throttled),
        rss: fmt(run.peakRssKiB / MIB),
        notes: [
          `floor ${minimum.floor} calls = start-up ${minimum.startup} (GetCallerIdentity, ${minimum.listAccountsPages} ListAccounts pages) + ${minimum.floor - minimum.startup} for ${ids.length} account chains in ${m} slots`,
          `in any order at least ${fmt(minimum.anyOrderFloor * LATENCY)} ms; every account at once ${fmt(minimum.unboundedFloor * LATENCY)} ms; the action's two phases (all roles, then all inventories) ${fmt(minimum.twoPhaseFloor * LATENCY)} ms`,
          `longest account chain ${minimum.longestAccount.chain} calls (account ${minimum.longestAccount.accountId}: AssumeRole, GetCallerIdentity, DescribeRegions, then ${minimum.longestAccount.pages} pages of ${minimum.longestAccount.key})`,
          `phases: start-up ${fmt(phaseMs(stats, null, 'sts:AssumeRole'))} ms, roles ${fmt(roles)} ms, inventories ${fmt((stats.lastResponseAt ?? Number.NaN) - (stats.firstCallAt['ec2:DescribeRegions'] ?? Number.NaN))} ms`,
          `median of ${results.length} runs (walls ${results.map((r) => fmt(r.wall)).join(', ')} ms; peak RSS ${results.map((r) => fmt(r.run.peakRssKiB / MIB)).join(', ')} MiB)`,
          `action CPU ${fmt(run.cpuSeconds ?? Number.NaN, 1)} s, simulator CPU ${fmt(simCpu, 1)} s`,
          `${stats.maxInFlight} requests in flight at most`,
          `CSV rows by account and service, summary totals by account and service, calls by account and action checked`
        ].join('; ')
      })
    }
  } finally {
    await sim.close()
  }
}

// --- Scenario 7: measure-incremental on 1,000 lineages -------------------------------------------------------------

const MEASURE_LINEAGES = 1_000
const MEASURE_PER_VOLUME = 5
const MEASURE_LATENCY = 50
/** ListSnapshotBlocks and ListChangedBlocks: 50 a second each per account and region (bench/sim/bucket.ts). */
const MEASURE_RATE = 50

interface MeasuredJson {
  costs?: {
    ranges?: { total?: { lowUsd: number; highUsd: number } }
    measurement?: {
      measured: { lineage: { region: string; sourceId: string }; exactGib: number }[]
      failures: unknown[]
      exactUsd: number
      estimate: { lowUsd: number; highUsd: number }
      rangeWidthUsd: number
      resolvedWidthUsd: number
      calls: { listSnapshotBlocks: number; listChangedBlocks: number; throttled: number }
    } | null
  }
}

async function scenarioMeasure(): Promise<void> {
  const regions = TEN_REGIONS
  const count = MEASURE_LINEAGES * MEASURE_PER_VOLUME
  const sim = await simulator(
    {
      regions,
      managed: { count, regions, perVolume: MEASURE_PER_VOLUME, volumeGib: 8, expiredFraction: 0, retentionDays: 3650 }
    },
    { latencyMs: MEASURE_LATENCY }
  )
  try {
    const name = `measure-incremental-${MEASURE_LINEAGES}`
    const cpu = process.cpuUsage()
    const run = await runAction(sim, name, {
      mode: 'inventory',
      regions: regions.join(','),
      services: 'ebs',
      'csv-path': 'inventory.csv',
      'measure-incremental': String(MEASURE_LINEAGES)
    })
    const used = process.cpuUsage(cpu)
    const stats = sim.stats()
    const json = JSON.parse(fs.readFileSync(run.outputs['summary-json-path'] ?? '', 'utf8')) as MeasuredJson
    const m = json.costs?.measurement
    checks.expect(m !== undefined && m !== null, `${name}: the result JSON has no measurement`)
    if (m === undefined || m === null) return
    checks.equal(m.measured.length, MEASURE_LINEAGES, `${name}: lineages measured`)
    checks.equal(m.failures.length, 0, `${name}: lineages failed`)
    // Every lineage's exact size is the simulator's model billed size, to the block.
    const wrong = m.measured.filter((x) => {
      const lineage = sim.account.ebsSnapshots(x.lineage.region).filter((s) => s.volumeId === x.lineage.sourceId)
      return Math.round(x.exactGib * 2048) !== lineageBilledBytes(lineage) / 524_288
    })
    checks.equal(wrong.length, 0, `${name}: lineages whose exact size differs from the simulator's`)
    // Block entries the APIs listed: the oldest snapshot's blocks, then each neighbour pair's changed blocks.
    const entries = m.measured.reduce((n, x) => {
      const lineage = sim.account
        .ebsSnapshots(x.lineage.region)
        .filter((s) => s.volumeId === x.lineage.sourceId)
        .sort((a, b) => a.startTime.getTime() - b.startTime.getTime() || a.snapshotId.localeCompare(b.snapshotId))
      return (
        n +
        lineage.reduce((k, s, i) => {
          const previous = lineage[i - 1]
          return k + (previous === undefined ? fullBlocks(s) : changedCount(previous, s))
        }, 0)
      )
    }, 0)
    const lsb = stats.byAction['ebs:ListSnapshotBlocks'] ?? 0
    const lcb = stats.byAction['ebs:ListChangedBlocks'] ?? 0
    checks.equal(
      lsb - (stats.throttledByAction['ebs:ListSnapshotBlocks'] ?? 0),
      MEASURE_LINEAGES,
      `${name}: ListSnapshotBlocks answered`
    )
    checks.equal(
      lcb - (stats.throttledByAction['ebs:ListChangedBlocks'] ?? 0),
      MEASURE_LINEAGES * (MEASURE_PER_VOLUME - 1),
      `${name}: ListChangedBlocks answered`
    )
    // The floor of the measuring phase: per region, ListChangedBlocks beyond the burst at the bucket's rate (the
    // regions run side by side), plus one call's latency; the listing before it is timed apart.
    const perRegion = (MEASURE_LINEAGES / regions.length) * (MEASURE_PER_VOLUME - 1)
    const measureFloor = (Math.max(0, perRegion - MEASURE_RATE) / MEASURE_RATE) * 1000 + MEASURE_LATENCY
    const measureStart = stats.firstCallAt['ebs:ListSnapshotBlocks'] ?? Number.NaN
    const measureWall = (stats.lastResponseAt ?? Number.NaN) - measureStart
    const total = json.costs?.ranges?.total
    printRow({
      id: '7',
      scenario: `inventory with measure-incremental ${fmt(MEASURE_LINEAGES)}: ${fmt(MEASURE_LINEAGES)} lineages × ${MEASURE_PER_VOLUME} snapshots in ${regions.length} regions, ${MEASURE_LATENCY} ms`,
      wall: fmt(windowMs(stats)),
      process: fmt(run.exitedAt - run.startedAt),
      floor: fmt(measureFloor),
      ratio: `${fmt(measureWall / measureFloor, 2)}×`,
      calls: `${stats.calls} (${lsb} ListSnapshotBlocks, ${lcb} ListChangedBlocks)`,
      throttled: String(stats.throttled),
      rss: fmt(run.peakRssKiB / MIB),
      notes: [
        `measuring phase ${fmt(measureWall)} ms (first ListSnapshotBlocks to last answer) against its floor of ${fmt(measureFloor)} ms (${fmt(perRegion)} ListChangedBlocks per region at ${MEASURE_RATE}/s after a burst of ${MEASURE_RATE}); ratio is of that phase`,
        `estimate ${total === undefined ? 'n/a' : `$${fmt(total.lowUsd, 2)}–$${fmt(total.highUsd, 2)}`}/month, measured exact $${fmt(m.exactUsd, 2)} (settles $${fmt(m.resolvedWidthUsd, 2)} of the $${fmt(m.rangeWidthUsd, 2)} range width)`,
        `${fmt(entries)} block entries listed (${fmt((1e6 * (run.cpuSeconds ?? Number.NaN)) / entries, 2)} µs of action CPU each)`,
        `every lineage's exact size checked against the simulator's block model`,
        `action CPU ${fmt(run.cpuSeconds ?? Number.NaN, 1)} s, simulator CPU ${fmt((used.user + used.system) / 1e6, 1)} s; ${stats.maxInFlight} requests in flight at most`
      ].join('; ')
    })
    removeCsv(path.join(run.workDir, 'inventory.csv'))
  } finally {
    await sim.close()
  }
}

// --- Main ---------------------------------------------------------------------------------------------------------

if (!fs.existsSync(DIST)) throw new Error(`No bundle at ${DIST}: set BENCH_DIST or build one`)
fs.mkdirSync(OUT, { recursive: true })
const started = Date.now()
console.log(`snapshot-hygiene benchmark, ${new Date().toISOString()}`)
console.log(
  `bundle ${path.relative(ROOT, DIST) || DIST}; action runs on ${NODE === process.execPath ? 'this node' : path.relative(ROOT, NODE)} (${process.version} runs the harness); ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${fmt(os.totalmem() / 1024 ** 3, 1)} GiB; load average at start ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`
)
console.log(
  `peak RSS and CPU from ${hasGnuTime() ? 'GNU time (/usr/bin/time)' : 'polling /proc/PID/status VmHWM every 20 ms (GNU time not installed)'}; work folder ${path.relative(ROOT, OUT)}`
)
console.log('')
console.log(
  '| # | scenario | wall ms | process ms | floor ms | wall / floor | calls (minimum) | throttled | peak RSS MiB | notes |'
)
console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|---|')
if (ONLY.has('1') || ONLY.has('2')) await scenarioInventory()
if (ONLY.has('3')) await scenarioMemory()
if (ONLY.has('4')) {
  await scenarioPrune('4a', ['us-east-1'])
  await scenarioPrune('4b', TEN_REGIONS)
}
if (ONLY.has('5')) await scenarioStartup()
if (ONLY.has('6')) await scenarioOrganization()
if (ONLY.has('7')) await scenarioMeasure()
console.log('')
console.log(`finished in ${fmt((Date.now() - started) / 1000, 1)} s`)
if (checks.failures.length > 0) {
  console.error(`\n${checks.failures.length} check(s) failed:`)
  for (const f of checks.failures) console.error(`- ${f}`)
  process.exitCode = 1
} else console.log('all correctness checks passed')
