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
 * default bench/out/run-<time>; big CSVs are deleted once checked), BENCH_CREATE_BUCKET (scenarios 8 and 9's
 * CreateSnapshot bucket as burst,rate; default AWS's own, 100,5).
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
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,7,8,9').split(',').map((s) => s.trim()))
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

// --- Scenarios 8 and 9: backup against the creation and copy limits -----------------------------------------------

const BACKUP_TAG = { key: 'backup', value: 'daily' }
const BACKUP_VOLUMES = 1_000
/** One volume the selector must leave alone (no tags, another value of the key, another key) after every third tagged one. */
const DECOY_EVERY = 3
/**
 * The CreateSnapshot bucket: AWS's own (100 burst, 5 a second), or BENCH_CREATE_BUCKET=burst,rate (e.g. `10,50`, a
 * bucket scaled as prune's DeleteSnapshot bucket is, for a shorter run); the action is told the same numbers.
 */
const [CREATE_BURST, CREATE_RATE] = ((): [number, number] => {
  const raw = process.env.BENCH_CREATE_BUCKET ?? '100,5'
  const [burst, rate] = raw.split(',').map(Number)
  if (burst === undefined || rate === undefined || !(burst >= 1) || !(rate > 0))
    throw new Error(`BENCH_CREATE_BUCKET must be burst,rate (e.g. 100,5); got '${raw}'`)
  return [Math.floor(burst), rate]
})()
const BACKUP_LATENCY = 10
/** Runs of scenario 8; the row is the median by wall time (about 5 s a run). */
const BACKUP_RUNS = 3
const BACKUP_BUCKET = 'bench-metadata'
const MANAGED_TAG = 'snapshot-hygiene:managed'
const COPY_OF_TAG = 'snapshot-hygiene:copy-of'

/** The copy scenario: 500 sources in the eight other regions, copied into two; the copy limits are AWS's own. */
const COPY_SOURCES = 500
const COPY_REGIONS = ['us-west-2', 'eu-west-1'] as const
const COPY_IN_FLIGHT = 20
const COPY_BURST = 50
const COPY_RATE = 5
/** Simulated copy and snapshot completion times, and the action's first poll interval matched to them (below). */
const COPY_COMPLETION_MS = 4_000
const SOURCE_COMPLETION_MS = 4_000
const COPY_POLL_FIRST_MS = 4_000

/** Adds `count` volumes tagged backup=daily, spread unevenly over `regions`, and decoys in every region of the account. */
function addBackupVolumes(account: SimAccount, regions: readonly string[], count: number): Map<string, Set<string>> {
  const split = distribute(count, regions.length, -1, 0, hashString('backup-volumes'))
  const tagged = new Map<string, Set<string>>()
  regions.forEach((region, i) => {
    const ids = new Set<string>()
    for (let k = 0; k < (split[i] ?? 0); k++) {
      const v = account.addVolume(region, {
        sizeGib: 8 + (k % 5) * 8,
        tags: { [BACKUP_TAG.key]: BACKUP_TAG.value, Name: `app-${region}-${k}` }
      })
      ids.add(v.volumeId)
      // Decoys between the tagged volumes, so that pages mix both.
      if (k % DECOY_EVERY === DECOY_EVERY - 1) {
        const n = account.volumes(region).length
        const tags: Record<string, string>[] = [{}, { [BACKUP_TAG.key]: 'weekly' }, { Name: `scratch-${n}` }]
        account.addVolume(region, { tags: tags[n % 3] ?? {} })
      }
    }
    tagged.set(region, ids)
  })
  return tagged
}

interface BackupCheck {
  /** New managed (non-copy) snapshots by region and volume. */
  created: Map<string, string[]>
  createdIds: string[]
  copies: { region: string; snapshotId: string; copyOf: string; state: string }[]
}

/** What the run left in the simulator: the new managed snapshots (by `region/volume`) and the copies. */
function backupState(account: SimAccount, regions: readonly string[]): BackupCheck {
  const created = new Map<string, string[]>()
  const createdIds: string[] = []
  const copies: BackupCheck['copies'] = []
  for (const region of regions)
    for (const s of account.ebsSnapshots(region)) {
      if (s.tags[MANAGED_TAG] !== 'true') continue
      const copyOf = s.tags[COPY_OF_TAG]
      if (copyOf !== undefined) {
        copies.push({ region, snapshotId: s.snapshotId, copyOf, state: s.state })
        continue
      }
      const key = `${region}/${s.volumeId}`
      created.set(key, [...(created.get(key) ?? []), s.snapshotId])
      createdIds.push(s.snapshotId)
    }
  return { created, createdIds, copies }
}

/** Checks one new snapshot per tagged volume and none of any other, and that the outputs and the result JSON agree. */
function checkBackup(
  name: string,
  account: SimAccount,
  tagged: Map<string, Set<string>>,
  state: BackupCheck,
  run: ChildRun
): void {
  const expected = [...tagged].flatMap(([region, ids]) => [...ids].map((id) => `${region}/${id}`)).sort()
  const notOne = expected.filter((k) => (state.created.get(k) ?? []).length !== 1)
  checks.equal(
    notOne.length,
    0,
    `${name}: tagged volumes without exactly one new snapshot (first: ${notOne[0] ?? '-'})`
  )
  const extra = [...state.created.keys()].filter((k) => !expected.includes(k))
  checks.equal(extra.length, 0, `${name}: snapshots of volumes not tagged ${BACKUP_TAG.key}=${BACKUP_TAG.value}`)
  const outputIds = (run.outputs['snapshot-ids'] ?? '').split(',').filter((x) => x !== '')
  checks.equal([...outputIds].sort(), [...state.createdIds].sort(), `${name}: snapshot-ids output = the new snapshots`)
  const json = JSON.parse(fs.readFileSync(run.outputs['summary-json-path'] ?? '', 'utf8')) as {
    created?: { snapshotId: string }[]
    failures?: unknown[]
  }
  checks.equal(
    (json.created ?? []).map((c) => c.snapshotId).sort(),
    [...outputIds].sort(),
    `${name}: result JSON created = snapshot-ids output`
  )
  // The step summary: the count, the selectors' matches per region, and the created table (the first rows of it,
  // then "N more are in the result JSON").
  const summary = fs.readFileSync(path.join(run.workDir, 'step-summary.md'), 'utf8')
  checks.expect(
    summary.includes(`Created **${fmt(outputIds.length)} snapshots**`),
    `${name}: the step summary does not say Created **${fmt(outputIds.length)} snapshots**`
  )
  const createdSection = /### Created\n([\s\S]*?)(?=\n### |$)/.exec(summary)?.[1] ?? ''
  const shown = [...createdSection.matchAll(/\| (snap-[0-9a-f]+) \|/g)].map((m) => m[1] ?? '')
  const more = Number((/(\d[\d,]*) more are in the result JSON/.exec(createdSection)?.[1] ?? '0').replace(/,/g, ''))
  const outputSet = new Set(outputIds)
  checks.equal(shown.filter((id) => !outputSet.has(id)).length, 0, `${name}: summary rows not in snapshot-ids`)
  checks.equal(new Set(shown).size + more, outputIds.length, `${name}: summary rows + "more" = snapshot-ids`)
  for (const [region, ids] of tagged) {
    const row = new RegExp(
      `\\| volume \\| \`tag:${BACKUP_TAG.key}=${BACKUP_TAG.value}\` \\| ${region} +\\| +(\\d+) \\|`
    )
    checks.equal(Number(row.exec(summary)?.[1] ?? -1), ids.size, `${name}: summary selector matches in ${region}`)
  }
  checks.equal(run.outputs['failed-count'], '0', `${name}: output failed-count`)
  checks.equal((json.failures ?? []).length, 0, `${name}: failures in the result JSON`)
  checks.equal(account.objects.size, expected.length, `${name}: metadata documents written`)
}

/** The earliest time each of `n` calls may start on a bucket of `burst` refilled at `rate` a second, from 0 (ms). */
function bucketTimes(n: number, burst: number, rate: number): number[] {
  return Array.from({ length: n }, (_, k) => (Math.max(0, k + 1 - burst) / rate) * 1000)
}

async function scenarioBackup(): Promise<void> {
  const sim = await simulator(
    { regions: TEN_REGIONS },
    {
      latencyMs: BACKUP_LATENCY,
      buckets: { overrides: { 'ec2-create-snapshot': { burst: CREATE_BURST, refill: CREATE_RATE } } },
      completion: { snapshotMs: SOURCE_COMPLETION_MS }
    }
  )
  try {
    const tagged = addBackupVolumes(sim.account, TEN_REGIONS, BACKUP_VOLUMES)
    const decoys = TEN_REGIONS.reduce((n, r) => n + sim.account.volumes(r).length, 0) - BACKUP_VOLUMES
    const results: { wall: number; stats: SimStats; run: ChildRun; simCpu: number; state: BackupCheck }[] = []
    for (let i = 0; i < BACKUP_RUNS; i++) {
      const name = `backup-${BACKUP_VOLUMES}-volumes-${i + 1}`
      // Each run starts from volumes without snapshots: the previous run's are removed, and EBS's per-volume
      // interval is forgotten (AWS's would have passed between two daily runs).
      for (const region of TEN_REGIONS)
        for (const s of sim.account.ebsSnapshots(region)) sim.account.deleteEbsSnapshot(region, s.snapshotId)
      sim.account.lastSnapshotOfVolume.clear()
      sim.account.objects.clear()
      sim.account.refusals.clear()
      const cpu = process.cpuUsage()
      const run = await runAction(
        sim,
        name,
        {
          mode: 'backup',
          volume: `tag:${BACKUP_TAG.key}=${BACKUP_TAG.value}`,
          regions: TEN_REGIONS.join(','),
          bucket: BACKUP_BUCKET,
          wait: 'false'
        },
        {
          env: {
            SNAPSHOT_HYGIENE_CREATE_BURST: String(CREATE_BURST),
            SNAPSHOT_HYGIENE_CREATE_RATE: String(CREATE_RATE)
          }
        }
      )
      const used = process.cpuUsage(cpu)
      const stats = sim.stats()
      const state = backupState(sim.account, TEN_REGIONS)
      checkBackup(name, sim.account, tagged, state, run)
      checks.equal(
        sim.account.refusals.get('SnapshotCreationPerVolumeRateExceeded') ?? 0,
        0,
        `${name}: SnapshotCreationPerVolumeRateExceeded answered`
      )
      results.push({ wall: windowMs(stats), stats, run, simCpu: (used.user + used.system) / 1e6, state })
    }
    const mid = [...results].sort((a, b) => a.wall - b.wall)[Math.floor((results.length - 1) / 2)]
    if (mid === undefined) return
    const { stats, run, state } = mid
    const creates = stats.byAction['ec2:CreateSnapshot'] ?? 0
    const throttled = stats.throttledByAction['ec2:CreateSnapshot'] ?? 0
    // The floor: each region's bucket lets `burst` creates through at once and then `rate` a second, the regions side
    // by side; before the first create GetCallerIdentity and one DescribeVolumes page (at most 1,000 volumes a page),
    // after the last create its metadata document (PutObject): 4 latencies.
    const perRegion = TEN_REGIONS.map((r) => tagged.get(r)?.size ?? 0)
    const bucketMs = Math.max(...perRegion.map((n) => (Math.max(0, n - CREATE_BURST) / CREATE_RATE) * 1000))
    const pages = Math.max(...TEN_REGIONS.map((r) => Math.max(1, Math.ceil(sim.account.volumes(r).length / 1000))))
    const floor = bucketMs + (1 + pages + 1 + 1) * BACKUP_LATENCY
    const wall = windowMs(stats)
    const createWall =
      (stats.lastCallAt['ec2:CreateSnapshot'] ?? Number.NaN) - (stats.firstCallAt['ec2:CreateSnapshot'] ?? Number.NaN)
    printRow({
      id: '8',
      scenario: `backup of ${fmt(BACKUP_VOLUMES)} tag-selected volumes in ${TEN_REGIONS.length} regions, wait false (CreateSnapshot burst ${CREATE_BURST}, ${CREATE_RATE}/s, ${BACKUP_LATENCY} ms)`,
      wall: fmt(wall),
      process: fmt(run.exitedAt - run.startedAt),
      floor: fmt(floor),
      ratio: `${fmt(wall / floor, 2)}×`,
      calls: `${stats.calls} (${creates} CreateSnapshot)`,
      throttled: String(throttled),
      rss: fmt(run.peakRssKiB / MIB),
      notes: [
        `${fmt((100 * floor) / wall, 1)}% of the floor; ${fmt(state.createdIds.length / (wall / 1000), 1)} creates/s against a floor of ${fmt(state.createdIds.length / (floor / 1000), 1)}/s`,
        `median of ${results.length} runs (walls ${results.map((r) => fmt(r.wall)).join(', ')} ms; throttled ${results.map((r) => r.stats.throttledByAction['ec2:CreateSnapshot'] ?? 0).join(', ')})`,
        `${state.createdIds.length} created (one per tagged volume, none of the ${decoys} other volumes), failed-count ${run.outputs['failed-count'] ?? '?'}, no per-volume rate refusal`,
        `largest region ${Math.max(...perRegion)} volumes (smallest ${Math.min(...perRegion)}); first to last CreateSnapshot ${fmt(createWall)} ms; start-up before the first create ${fmt((stats.firstCallAt['ec2:CreateSnapshot'] ?? Number.NaN) - (stats.firstRequestAt ?? Number.NaN))} ms`,
        `calls: ${Object.entries(stats.byAction)
          .map(([a, n]) => `${a.replace(/^[a-z0-9]+:/, '')} ${n}`)
          .join(', ')}`,
        `action CPU ${fmt(run.cpuSeconds ?? Number.NaN, 1)} s, simulator CPU ${fmt(mid.simCpu, 1)} s`
      ].join('; ')
    })
  } finally {
    await sim.close()
  }
}

/**
 * The least time 500 copies into each copy region take: source j's snapshot can be copied once it is completed (its
 * create on its region's scaled bucket, after GetCallerIdentity and a DescribeVolumes page, plus the completion time);
 * in each copy region a copy starts no earlier than its CopySnapshot token (burst 50, 5 a second, full from the start
 * of the run) and than the copy 20 places before it completed (at most 20 in flight). Greedy in order of the sources'
 * completion is optimal for equal copy times. After the last copy completes: one DescribeSnapshots that sees it and the
 * source's metadata document (PutObject).
 */
function copyFloorMs(perSourceRegion: readonly number[]): {
  floor: number
  sourcesReadyMs: number
  bucketOnlyMs: number
  gateOnlyMs: number
} {
  const start = 2 * BACKUP_LATENCY
  const ready = perSourceRegion
    .flatMap((n) => bucketTimes(n, CREATE_BURST, CREATE_RATE).map((t) => start + t + SOURCE_COMPLETION_MS))
    .sort((a, b) => a - b)
  const tokens = bucketTimes(ready.length, COPY_BURST, COPY_RATE)
  const starts: number[] = []
  ready.forEach((r, k) => {
    const gate = k >= COPY_IN_FLIGHT ? (starts[k - COPY_IN_FLIGHT] ?? 0) + COPY_COMPLETION_MS : 0
    starts.push(Math.max(r, tokens[k] ?? 0, gate))
  })
  const end = (starts[starts.length - 1] ?? 0) + COPY_COMPLETION_MS + 2 * BACKUP_LATENCY
  const n = ready.length
  return {
    floor: end,
    sourcesReadyMs: ready[n - 1] ?? 0,
    bucketOnlyMs: (tokens[n - 1] ?? 0) + COPY_COMPLETION_MS,
    gateOnlyMs: Math.ceil(n / COPY_IN_FLIGHT) * COPY_COMPLETION_MS
  }
}

async function scenarioCopies(): Promise<void> {
  const sourceRegions = TEN_REGIONS.filter((r) => !(COPY_REGIONS as readonly string[]).includes(r))
  const sim = await simulator(
    { regions: TEN_REGIONS },
    {
      latencyMs: BACKUP_LATENCY,
      buckets: { overrides: { 'ec2-create-snapshot': { burst: CREATE_BURST, refill: CREATE_RATE } } },
      completion: { snapshotMs: SOURCE_COMPLETION_MS, copyMs: COPY_COMPLETION_MS }
    }
  )
  try {
    const name = `backup-copies-${COPY_SOURCES}`
    const tagged = addBackupVolumes(sim.account, sourceRegions, COPY_SOURCES)
    const cpu = process.cpuUsage()
    const run = await runAction(
      sim,
      name,
      {
        mode: 'backup',
        volume: `tag:${BACKUP_TAG.key}=${BACKUP_TAG.value}`,
        regions: sourceRegions.join(','),
        bucket: BACKUP_BUCKET,
        wait: 'true',
        'copy-to-regions': COPY_REGIONS.join(',')
      },
      {
        env: {
          SNAPSHOT_HYGIENE_CREATE_BURST: String(CREATE_BURST),
          SNAPSHOT_HYGIENE_CREATE_RATE: String(CREATE_RATE),
          SNAPSHOT_HYGIENE_POLL_FIRST_MS: String(COPY_POLL_FIRST_MS)
        }
      }
    )
    const used = process.cpuUsage(cpu)
    const stats = sim.stats()
    const state = backupState(sim.account, TEN_REGIONS)
    checkBackup(name, sim.account, tagged, state, run)
    const sources = new Set(state.createdIds)
    const copiesOf = new Map<string, string[]>()
    for (const c of state.copies) copiesOf.set(c.copyOf, [...(copiesOf.get(c.copyOf) ?? []), c.region])
    const wrong = [...sources].filter(
      (id) => [...(copiesOf.get(id) ?? [])].sort().join(',') !== [...COPY_REGIONS].sort().join(',')
    )
    checks.equal(
      wrong.length,
      0,
      `${name}: sources without exactly one copy in each copy region (first: ${wrong[0] ?? '-'})`
    )
    const strays = state.copies.filter((c) => !sources.has(c.copyOf))
    checks.equal(strays.length, 0, `${name}: copies of snapshots this run did not make`)
    const notDone = state.copies.filter((c) => c.state !== 'completed')
    checks.equal(notDone.length, 0, `${name}: copies not completed`)
    const json = JSON.parse(fs.readFileSync(run.outputs['summary-json-path'] ?? '', 'utf8')) as {
      copies?: { state: string; snapshotId: string | null; message?: string }[]
      copyFailures?: string[]
    }
    checks.equal((json.copyFailures ?? []).length, 0, `${name}: copy failures in the result JSON`)
    const failedCopies = (json.copies ?? []).filter((c) => c.state !== 'completed')
    const why = new Map<string, number>()
    for (const c of failedCopies) {
      const reason = /ResourceLimitExceeded/.test(c.message ?? '')
        ? 'ResourceLimitExceeded'
        : /RequestLimitExceeded/.test(c.message ?? '')
          ? 'RequestLimitExceeded'
          : `${c.state}: ${(c.message ?? '').slice(0, 60)}`
      why.set(reason, (why.get(reason) ?? 0) + 1)
    }
    checks.equal((json.copies ?? []).length, 2 * sources.size, `${name}: copies in the result JSON`)
    const limitErrors = sim.account.refusals.get('ResourceLimitExceeded') ?? 0
    const perVolume = sim.account.refusals.get('SnapshotCreationPerVolumeRateExceeded') ?? 0
    const perRegion = sourceRegions.map((r) => tagged.get(r)?.size ?? 0)
    const f = copyFloorMs(perRegion)
    const wall = windowMs(stats)
    const copyCalls = stats.byAction['ec2:CopySnapshot'] ?? 0
    const copyThrottled = stats.throttledByAction['ec2:CopySnapshot'] ?? 0
    const firstCopy = stats.firstCallAt['ec2:CopySnapshot'] ?? Number.NaN
    printRow({
      id: '9',
      scenario: `backup of ${fmt(COPY_SOURCES)} volumes in ${sourceRegions.length} regions with copies into ${COPY_REGIONS.length} regions, wait true (copies ${COPY_IN_FLIGHT} in flight, CopySnapshot burst ${COPY_BURST}, ${COPY_RATE}/s; snapshots and copies complete in ${fmt(COPY_COMPLETION_MS / 1000, 0)} s; ${BACKUP_LATENCY} ms)`,
      wall: fmt(wall),
      process: fmt(run.exitedAt - run.startedAt),
      floor: fmt(f.floor),
      ratio: `${fmt(wall / f.floor, 2)}×`,
      calls: `${stats.calls} (${copyCalls} CopySnapshot)`,
      throttled: String(stats.throttled),
      rss: fmt(run.peakRssKiB / MIB),
      notes: [
        `${fmt((100 * f.floor) / wall, 1)}% of the floor; ${state.copies.length} of ${COPY_REGIONS.length * sources.size} copies made (each tagged ${COPY_OF_TAG} with its source), ${state.copies.filter((c) => c.state === 'completed').length} completed in the simulator; ${limitErrors} ResourceLimitExceeded answered, ${copyThrottled} CopySnapshot throttled, ${perVolume} per-volume rate refusals`,
        `copies not completed in the result JSON: ${failedCopies.length === 0 ? 'none' : [...why].map(([k, n]) => `${n} ${k}`).join(', ')}`,
        `floor parts: last source completed at ${fmt(f.sourcesReadyMs)} ms, the copy bucket alone ${fmt(f.bucketOnlyMs)} ms, 20 in flight alone ${fmt(f.gateOnlyMs)} ms`,
        `first CopySnapshot at ${fmt(firstCopy - (stats.firstRequestAt ?? Number.NaN))} ms, last at ${fmt((stats.lastCallAt['ec2:CopySnapshot'] ?? Number.NaN) - (stats.firstRequestAt ?? Number.NaN))} ms`,
        `throttled by action: ${
          Object.entries(stats.throttledByAction)
            .map(([a, n]) => `${a.replace(/^[a-z0-9]+:/, '')} ${n}`)
            .join(', ') || 'none'
        }`,
        `calls: ${Object.entries(stats.byAction)
          .map(([a, n]) => `${a.replace(/^[a-z0-9]+:/, '')} ${n}`)
          .join(', ')}`,
        `action CPU ${fmt(run.cpuSeconds ?? Number.NaN, 1)} s, simulator CPU ${fmt((used.user + used.system) / 1e6, 1)} s`
      ].join('; ')
    })
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
if (ONLY.has('8')) await scenarioBackup()
if (ONLY.has('9')) await scenarioCopies()
console.log('')
console.log(`finished in ${fmt((Date.now() - started) / 1000, 1)} s`)
if (checks.failures.length > 0) {
  console.error(`\n${checks.failures.length} check(s) failed:`)
  for (const f of checks.failures) console.error(`- ${f}`)
  process.exitCode = 1
} else console.log('all correctness checks passed')
