import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DescribeImagesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  type Snapshot
} from '@aws-sdk/client-ec2'
import { Aggregator, type InventoryAggregate, type Totals } from '../../src/aggregate.js'
import { CostRangeTracker, type CostRanges } from '../../src/cost-range.js'
import { costSection } from '../../src/summary/cost.js'
import type { SnapshotRecord } from '../../src/types.js'
import { markdownTable } from 'markdown-table'
import { runCheck, type CheckConfig } from '../../src/modes/check.js'
import { runInventory } from '../../src/modes/inventory.js'
import { runMerge, type MergeResult } from '../../src/modes/merge.js'
import { md, SUMMARY_LIMIT_BYTES } from '../../src/markdown.js'
import { writeResultJson } from '../../src/report/publish.js'
import { mergeSummary } from '../../src/summary/merge.js'
import { readCsv } from '../helpers/csv.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { ebsSnapshot, mockTarget, type MockTarget } from '../helpers/mock-target.js'
import { defined } from '../helpers/defined.js'
import { DAY_MS } from '../../src/clock.js'

const NOW = new Date('2026-11-21T00:00:00Z')
const REGIONS = ['us-east-1', 'eu-west-1']
const A = '111111111111'
const B = '222222222222'
const C = '333333333333'

/** What one account holds in one region: its snapshots, live volumes, public and shared snapshots. */
interface RegionSeed {
  snapshots: Snapshot[]
  volumes: string[]
  grants?: Record<string, { public?: boolean; accounts?: string[] }>
}

function snap(account: string, id: string, volume: string, size: number, opts: Partial<Snapshot> = {}): Snapshot {
  return {
    ...ebsSnapshot(id, volume, new Date(NOW.getTime() - 3 * DAY_MS), { size, owner: account, tags: {} }),
    Encrypted: true,
    ...opts
  }
}

/**
 * Three accounts that share region and service keys (so per-key totals must be summed), with EBS copies in two of
 * them (no known source), and findings of several rules, one silenced by its tag.
 */
const SEEDS: Record<string, Record<string, RegionSeed>> = {
  [A]: {
    'us-east-1': {
      snapshots: [
        snap(A, 'snap-a1', 'vol-a', 100),
        snap(A, 'snap-a2', 'vol-ffffffff', 20, { Encrypted: false }),
        snap(A, 'snap-a3', 'vol-gone', 8, { StartTime: new Date(NOW.getTime() - 400 * DAY_MS) })
      ],
      volumes: ['vol-a']
    },
    'eu-west-1': {
      snapshots: [snap(A, 'snap-a4', 'vol-b', 50)],
      volumes: ['vol-b'],
      grants: { 'snap-a4': { public: true } }
    }
  },
  [B]: {
    'us-east-1': {
      snapshots: [
        snap(B, 'snap-b1', 'vol-c', 30, {
          Encrypted: false,
          Tags: [{ Key: 'snapshot-hygiene:ignore', Value: 'unencrypted-snapshot' }]
        }),
        snap(B, 'snap-b2', 'vol-ffffffff', 10)
      ],
      volumes: ['vol-c']
    },
    'eu-west-1': { snapshots: [], volumes: [] }
  },
  [C]: {
    'us-east-1': {
      snapshots: [snap(C, 'snap-c1', 'vol-d', 100, { Encrypted: false })],
      volumes: ['vol-d'],
      grants: { 'snap-c1': { accounts: ['999999999999'] } }
    },
    'eu-west-1': { snapshots: [snap(C, 'snap-c2', 'vol-e', 5)], volumes: [] }
  }
}

let targets: Record<string, MockTarget> = {}

beforeEach(() => {
  targets = {}
  for (const [account, regions] of Object.entries(SEEDS)) {
    const t = mockTarget(account, REGIONS)
    for (const [region, seed] of Object.entries(regions)) {
      const ec2 = defined(t.ec2[region])
      const grants = seed.grants ?? {}
      ec2.on(DescribeSnapshotsCommand).callsFake((input: { RestorableByUserIds?: string[] }) => ({
        Snapshots: input.RestorableByUserIds
          ? seed.snapshots.filter((s) => grants[s.SnapshotId ?? '']?.public)
          : seed.snapshots
      }))
      ec2.on(DescribeVolumesCommand).resolves({ Volumes: seed.volumes.map((VolumeId) => ({ VolumeId })) })
      ec2.on(DescribeImagesCommand).resolves({ Images: [] })
      ec2.on(DescribeSnapshotAttributeCommand).callsFake((input: { SnapshotId?: string }) => {
        const g = grants[input.SnapshotId ?? ''] ?? {}
        return {
          CreateVolumePermissions: [
            ...(g.public ? [{ Group: 'all' as const }] : []),
            ...(g.accounts ?? []).map((UserId) => ({ UserId }))
          ]
        }
      })
    }
    targets[account] = t
  }
})

let root = ''
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-merge-'))
})
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

function checkConfig(csvPath: string): CheckConfig {
  return {
    regions: REGIONS,
    awsRegion: 'us-east-1',
    services: ['ebs'],
    csvPath,
    maxParallelAccounts: 4,
    volumes: [],
    allowedAccounts: [],
    maxAgeDays: 365,
    maxBackupAgeHours: 26,
    ignoreRules: [],
    maxAnnotations: 50
  }
}

/** Runs inventory over the accounts as its step does, writing the CSV and the result JSON into dir. */
async function inventory(accounts: readonly string[], dir: string): Promise<string> {
  const csvPath = path.join(dir, 'snapshot-hygiene-inventory.csv')
  const result = await runInventory(
    { regions: REGIONS, awsRegion: 'us-east-1', services: ['ebs'], csvPath, maxParallelAccounts: 4 },
    accounts.map((a) => defined(targets[a]).target),
    new FakeClock(NOW)
  )
  return writeResultJson(result.csvPath, result)
}

/** Runs check over the accounts as its step does, writing the CSV, the findings JSON and the result JSON into dir. */
async function check(accounts: readonly string[], dir: string): Promise<string> {
  const result = await runCheck(
    checkConfig(path.join(dir, 'snapshot-hygiene-check.csv')),
    accounts.map((a) => defined(targets[a]).target),
    new FakeClock(NOW)
  )
  return writeResultJson(result.csvPath, result)
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
}

function writeJson(file: string, json: unknown): void {
  fs.writeFileSync(file, JSON.stringify(json))
}

/** The aggregate with sizes and costs rounded, so that sums in another order compare equal. */
function rounded(a: InventoryAggregate): InventoryAggregate {
  return JSON.parse(
    JSON.stringify(a, (k, v: unknown) => (typeof v === 'number' && k !== 'count' ? Number(v.toFixed(9)) : v))
  ) as InventoryAggregate
}

/** Findings per account and severity, counted from a check's findings JSON (every finding it wrote). */
function severityCounts(findingsJson: string): { accountId: string; error: number; warning: number; notice: number }[] {
  const doc = readJson(findingsJson) as { findings: { accountId: string; severity: 'error' | 'warning' | 'notice' }[] }
  const out = new Map<string, { accountId: string; error: number; warning: number; notice: number }>()
  for (const f of doc.findings) {
    const a = out.get(f.accountId) ?? { accountId: f.accountId, error: 0, warning: 0, notice: 0 }
    a[f.severity] += 1
    out.set(f.accountId, a)
  }
  return [...out.values()].sort((x, y) => x.accountId.localeCompare(y.accountId))
}

const merge = (accounts: string[] | null = null, csv = path.join(root, 'out', 'org.csv')): Promise<MergeResult> =>
  runMerge({ mergePath: path.join(root, 'results'), csvPath: csv, accounts }, new FakeClock(NOW))

/** The slices of a matrix: one account each, inventory and check, as their artifacts are downloaded. */
async function slices(accounts: readonly string[] = [A, B, C]): Promise<void> {
  for (const [i, a] of accounts.entries()) {
    await inventory([a], path.join(root, 'results', `snapshot-hygiene-inventory-slice-${i + 1}`))
    await check([a], path.join(root, 'results', `snapshot-hygiene-check-slice-${i + 1}`))
  }
}

describe('merge of real inventory and check results', () => {
  it('gives, field by field, the totals and findings of one run over all the accounts', async () => {
    const singleInventory = readJson(await inventory([A, B, C], path.join(root, 'single-inventory')))
    const singleCheckFile = await check([A, B, C], path.join(root, 'single-check'))
    const singleCheck = readJson(singleCheckFile)
    await slices()
    const r = await merge([A, B, C])

    const single = singleInventory.aggregate as InventoryAggregate
    expect(single.noSource.count).toBe(2)
    expect(Object.keys(single.byRegion)).toEqual(['us-east-1', 'eu-west-1'])
    expect(rounded(r.aggregate)).toEqual(rounded(single))
    for (const field of ['byAccount', 'byService', 'byRegion', 'noSource', 'topSources'] as const)
      expect(rounded(r.aggregate)[field]).toEqual(rounded(single)[field])
    expect(r.aggregate.noSource).toEqual({ count: 2, sizeGib: 30, costUsd: 1.5 })
    expect(r.aggregate.byRegion['us-east-1']?.count).toBe(6)

    expect(r.rules).toEqual(singleCheck.rules)
    expect(r.findingCounts).toEqual(singleCheck.findingCounts)
    expect(r.findingsByAccount.map((f) => f.accountId).sort()).toEqual([A, C])
    expect([...r.findingsByAccount].sort((x, y) => x.accountId.localeCompare(y.accountId))).toEqual(
      severityCounts(String(singleCheck.findingsJsonPath))
    )
    expect(r.rules.find((x) => x.rule === 'unencrypted-snapshot')).toMatchObject({ findings: 2, silenced: 1 })

    expect(r.rowCount).toBe(8)
    const key = (x: Record<string, string>): string => `${x.account_id} ${x.region} ${x.snapshot_id} ${x.size_gib}`
    expect(readCsv(r.csvPath).map(key).sort()).toEqual(readCsv(String(singleInventory.csvPath)).map(key).sort())
    expect(r.coverage).toEqual({ inventory: [A, B, C], check: [A, B, C] })
    expect(r.missing).toEqual([])
    expect(r.rejected).toEqual([])
    expect(r.inputs.map((i) => `${i.kind} ${i.file}`)).toEqual([
      'check snapshot-hygiene-check-slice-1/snapshot-hygiene-check.summary.json',
      'check snapshot-hygiene-check-slice-2/snapshot-hygiene-check.summary.json',
      'check snapshot-hygiene-check-slice-3/snapshot-hygiene-check.summary.json',
      'inventory snapshot-hygiene-inventory-slice-1/snapshot-hygiene-inventory.summary.json',
      'inventory snapshot-hygiene-inventory-slice-2/snapshot-hygiene-inventory.summary.json',
      'inventory snapshot-hygiene-inventory-slice-3/snapshot-hygiene-inventory.summary.json'
    ])
  })

  it("joins the slices' cost ranges into the range one inventory over all the accounts computes, shown as the inventory shows it", async () => {
    // Two more snapshots of one volume with full sizes (25 and 10 GiB of a 30 GiB volume): a lineage whose range
    // has width, billed between its largest full size and the sum.
    const extra = [
      snap(B, 'snap-b3', 'vol-c2', 30, { FullSnapshotSizeInBytes: 25 * 1024 ** 3 }),
      snap(B, 'snap-b4', 'vol-c2', 30, { FullSnapshotSizeInBytes: 10 * 1024 ** 3 })
    ]
    const seed = defined(SEEDS[B]?.['us-east-1'])
    defined(defined(targets[B]).ec2['us-east-1'])
      .on(DescribeSnapshotsCommand)
      .callsFake((input: { RestorableByUserIds?: string[] }) => ({
        Snapshots: input.RestorableByUserIds ? [] : [...seed.snapshots, ...extra]
      }))
    const single = readJson(await inventory([A, B, C], path.join(root, 'single-inventory'))) as {
      costs: { ranges: CostRanges }
    }
    await slices()
    const r = await merge([A, B, C])
    const want = single.costs.ranges
    const costs = defined(r.costs)
    expect(r.costsMissing).toEqual([])

    // The one run: lineages vol-a 100, copy 20, vol-gone 8 (A us-east-1); vol-b 50 (A eu-west-1); vol-c 30,
    // copy 10, vol-c2 25 to 35 (B us-east-1); vol-d 100 (C us-east-1); vol-e 5 (C eu-west-1). At $0.05/GiB-month.
    expect(want.total).toMatchObject({ lineages: 9, snapshots: 10, methods: { 'full-size': 1, 'volume-size': 8 } })
    expect(want.total.lowUsd).toBeCloseTo(17.4, 9)
    expect(want.total.highUsd).toBeCloseTo(17.9, 9)
    expect(costs.total.lowUsd).toBeCloseTo(want.total.lowUsd, 9)
    expect(costs.total.highUsd).toBeCloseTo(want.total.highUsd, 9)
    expect({ ...costs.total, lowUsd: 0, highUsd: 0 }).toEqual({ ...want.total, lowUsd: 0, highUsd: 0 })
    expect(Object.keys(costs.byServiceRegion).sort()).toEqual(['ebs/eu-west-1', 'ebs/us-east-1'])
    for (const [key, t] of Object.entries(want.byServiceRegion)) {
      const got = defined(costs.byServiceRegion[key])
      expect(got.lowUsd).toBeCloseTo(t.lowUsd, 9)
      expect(got.highUsd).toBeCloseTo(t.highUsd, 9)
      expect({ ...got, lowUsd: 0, highUsd: 0 }).toEqual({ ...t, lowUsd: 0, highUsd: 0 })
    }
    expect(costs.topSources).toEqual(want.topSources)

    const text = mergeSummary(r, 'org.csv')
    expect(text).toContain(costSection({ ranges: want, measurement: null }))
    expect(text).toContain('About **$17.40–$17.90 a month** (estimate) for 10 snapshots in 9 lineages.')
    expect(text).toMatch(/\| ebs +\| us-east-1 +\| +7 \| +8 \| +\$14\.65 \| +\$15\.15 \| full size 1, volume size 6 \|/)
    expect(text).toContain('about **$17.40–$17.90 a month** (estimate) across 3 accounts, 2 regions.')
  })

  it('leaves the range out, naming the file, when an inventory result holds none', async () => {
    await slices([A, B])
    const file = path.join(
      root,
      'results',
      'snapshot-hygiene-inventory-slice-2',
      'snapshot-hygiene-inventory.summary.json'
    )
    const json = readJson(file)
    delete json.costs
    writeJson(file, json)
    const r = await merge([A, B])
    expect(r.costs).toBeNull()
    expect(r.costsMissing).toEqual(['snapshot-hygiene-inventory-slice-2/snapshot-hygiene-inventory.summary.json'])
    expect(mergeSummary(r, 'org.csv')).toContain(
      '### Estimated cost\n\nThe range is left out: 1 inventory result (`snapshot-hygiene-inventory-slice-2/snapshot-hygiene-inventory.summary.json`) holds none'
    )
  })

  it('shows findings by rule and by account in the organisation summary', async () => {
    await slices()
    const text = mergeSummary(await merge([A, B, C]), 'org.csv')
    expect(text).toContain('### Findings by rule\n\nFrom the check results of 3 accounts.')
    expect(text).toContain(
      markdownTable(
        [
          ['account', 'errors', 'warnings', 'notices'],
          [A, '1', '1', '2'],
          [C, '0', '2', '1']
        ],
        { align: ['l', 'r', 'r', 'r'] }
      )
    )
    expect(text).toMatch(/\| unencrypted-snapshot +\| warning +\| +2 \| +1 \|/)
    expect(text).toContain('Every one of the 3 expected accounts has a result.')
    expect(text).toContain('Joined from 6 result files (3 inventory, 3 check).')
  })

  it('names every expected account without a result, per kind of result', async () => {
    await inventory([A], path.join(root, 'results', 'inv-1'))
    await inventory([B, C], path.join(root, 'results', 'inv-2'))
    await check([A], path.join(root, 'results', 'check-1'))
    await check([B], path.join(root, 'results', 'check-2'))
    const D = '444444444444'
    const r = await merge([D, C, B, A])
    expect(r.missing).toEqual([
      { accountId: C, kinds: ['check'] },
      { accountId: D, kinds: ['inventory', 'check'] }
    ])
    expect(r.missingAccounts).toEqual([C, D])
    const text = mergeSummary(r, 'org.csv')
    expect(text).toContain('**2 of the 4 expected accounts lack results**')
    expect(text).toMatch(new RegExp(`\\| ${C} +\\| no check result +\\|`))
    expect(text).toMatch(new RegExp(`\\| ${D} +\\| no inventory and no check result +\\|`))
    expect(text).toContain('> **Incomplete.** 2 of the 4 expected accounts lack results.')
  })

  it('says completeness was not checked without accounts', async () => {
    await slices([A, B])
    const r = await merge(null)
    expect(r.expectedAccounts).toBeNull()
    expect(r.missing).toEqual([])
    expect(mergeSummary(r, 'org.csv')).toContain('Not checked: `accounts` was not given')
  })

  it('refuses an empty folder without accounts, and reports every expected account missing with them', async () => {
    fs.mkdirSync(path.join(root, 'results'))
    await expect(merge(null)).rejects.toThrow('holds no *.summary.json results')
    const r = await merge([A])
    expect(r.missing).toEqual([{ accountId: A, kinds: [] }])
  })
})

describe('merge of untrusted result files', () => {
  /** The fields of an inventory result these tests break. */
  interface InventoryJson {
    tool: string
    schema_version: number
    regions: string[]
    csvPath: string
    rowCount: number
    failures: unknown[]
    aggregate: {
      total: Totals
      byAccount: Record<string, Totals>
      byRegion: unknown
      byTier: unknown
      topSources: { sourceId: string }[]
    }
    costs: {
      ranges: {
        total: { lowUsd: number; highUsd: number }
        byServiceRegion: Record<string, unknown>
        topSources: { accountId: string; sourceId: string }[]
      }
    }
  }

  /** A real inventory result of account A in results/<dir>, returned for a test to break. */
  async function realInventory(dir: string): Promise<{ file: string; json: InventoryJson }> {
    const file = await inventory([A], path.join(root, 'results', dir))
    return { file, json: readJson(file) as unknown as InventoryJson }
  }

  const brokenInventories: [string, (j: InventoryJson) => void, string][] = [
    ['a negative count', (j) => (j.aggregate.total.count = -1), "field 'aggregate.total.count' must be a whole number"],
    [
      'a name objects inherit',
      (j) =>
        (j.aggregate.byRegion = JSON.parse(
          '{"__proto__": {"count": 1, "sizeGib": 1, "costUsd": 1}}'
        ) as InventoryJson['aggregate']['byRegion']),
      "field 'aggregate.byRegion.__proto__' is not a name this field can hold"
    ],
    [
      'an account that is not its own',
      (j) => (j.aggregate.byAccount = { [B]: defined(j.aggregate.byAccount[A]) }),
      `field 'aggregate.byAccount["${B}"]' names account ${B}, which is not in the file's accounts`
    ],
    [
      'a CSV outside its folder',
      (j) => (j.csvPath = '../../../etc/passwd.csv'),
      "field 'csvPath' names passwd.csv, which is not beside it"
    ],
    ['a CSV name that is not a CSV', (j) => (j.csvPath = '..'), "field 'csvPath' must end in the name of a .csv file"],
    [
      'a row count its CSV does not hold',
      (j) => {
        j.rowCount += 1
        j.aggregate.total.count += 1
        defined(j.aggregate.byAccount[A]).count += 1
      },
      "field 'rowCount' is 5, but snapshot-hygiene-inventory.csv holds 4 rows"
    ],
    [
      'per-account counts that do not add up',
      (j) => (j.aggregate.total.count = 3),
      "field 'aggregate.byAccount' counts 4 snapshots in all, but aggregate.total.count says 3"
    ],
    ['a markdown region', (j) => (j.regions = ['us-east-1|x']), "field 'regions[0]' must be a region name"],
    [
      'a cost range whose low end is above its high end',
      (j) => (j.costs.ranges.total.lowUsd = j.costs.ranges.total.highUsd + 1),
      "field 'costs.ranges.total.lowUsd' is "
    ],
    [
      'a cost range of a service and region that is not one',
      (j) => (j.costs.ranges.byServiceRegion = { 'ebs/us-east-1|x': j.costs.ranges.total }),
      `field 'costs.ranges.byServiceRegion["ebs/us-east-1|x"]' must be a region name`
    ],
    [
      'a largest source of an account that is not its own',
      (j) => (defined(j.costs.ranges.topSources[0]).accountId = B),
      `field 'costs.ranges.topSources[0].accountId' names account ${B}, which is not in the file's accounts`
    ],
    ['another tool', (j) => (j.tool = 'other'), 'field \'tool\' must be "snapshot-hygiene"'],
    [
      'another major version',
      (j) => (j.schema_version = 2),
      "field 'schema_version' says it was written by an incompatible version of snapshot-hygiene (schema_version 2; this version reads 1)"
    ]
  ]

  it.each(brokenInventories)(
    'rejects an inventory result with %s, naming the file and the field',
    async (_, breakIt, message) => {
      const { file, json } = await realInventory('bad')
      await inventory([B], path.join(root, 'results', 'good'))
      breakIt(json)
      writeJson(file, json)
      const r = await merge([A, B])
      expect(r.rejected).toHaveLength(1)
      expect(r.rejected[0]?.file).toBe('bad/snapshot-hygiene-inventory.summary.json')
      expect(r.rejected[0]?.reason).toContain(`bad/snapshot-hygiene-inventory.summary.json: ${message}`)
      expect(r.inputs.map((i) => i.file)).toEqual(['good/snapshot-hygiene-inventory.summary.json'])
      expect(r.coverage.inventory).toEqual([B])
      expect(r.missingAccounts).toEqual([A])
      expect(r.aggregate.total.count).toBe(2)
      expect(({} as Record<string, unknown>).count).toBeUndefined()
    }
  )

  it('rejects a file that is not JSON, and a truncated CSV', async () => {
    fs.mkdirSync(path.join(root, 'results', 'x'), { recursive: true })
    fs.writeFileSync(path.join(root, 'results', 'x', 'a.summary.json'), '{"tool": "snapshot-hygiene",')
    const { file } = await realInventory('cut')
    const csv = file.replace('.summary.json', '.csv')
    fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').split('\n').slice(0, 3).join('\n') + '\n')
    const r = await merge(null)
    expect(r.rejected.map((x) => x.reason)).toEqual([
      "cut/snapshot-hygiene-inventory.summary.json: field 'rowCount' is 4, but snapshot-hygiene-inventory.csv holds 2 rows: the artifact is incomplete",
      expect.stringMatching(/^x\/a\.summary\.json: field '\(the whole file\)' is not valid JSON/)
    ])
    expect(r.rowCount).toBe(0)
  })

  it('rejects a check result without per-account counts, or whose counts do not add up to its rules', async () => {
    const old = await check([A], path.join(root, 'results', 'old'))
    const json = readJson(old)
    delete json.findingCounts
    writeJson(old, json)
    const odd = await check([B], path.join(root, 'results', 'odd'))
    const oddJson = readJson(odd) as { findingCounts: { findings: number }[] }
    defined(oddJson.findingCounts[0]).findings += 1
    writeJson(odd, oddJson)
    await inventory([A, B], path.join(root, 'results', 'inv'))
    const r = await merge([A, B])
    expect(r.rejected.map((x) => x.reason)).toEqual([
      "odd/snapshot-hygiene-check.summary.json: field 'findingCounts' counts 1 finding(s) and 1 silenced for unencrypted-snapshot, but rules says 0 and 1",
      "old/snapshot-hygiene-check.summary.json: field 'findingCounts' is missing: the check that wrote it predates per-account counts; run every job with the same version of the action"
    ])
    expect(r.missing).toEqual([
      { accountId: A, kinds: ['check'] },
      { accountId: B, kinds: ['check'] }
    ])
  })

  it('rejects a second result of the same kind for an account, and skips results of other modes', async () => {
    await inventory([A], path.join(root, 'results', 'a'))
    await inventory([A, B], path.join(root, 'results', 'b'))
    fs.mkdirSync(path.join(root, 'results', 'p'))
    writeJson(path.join(root, 'results', 'p', 'x.summary.json'), {
      tool: 'snapshot-hygiene',
      schema_version: 1,
      mode: 'prune'
    })
    const r = await merge([A, B])
    expect(r.rejected.map((x) => x.reason)).toEqual([
      `b/snapshot-hygiene-inventory.summary.json: field 'accounts' names account ${A}, which a/snapshot-hygiene-inventory.summary.json already holds a inventory result of; joining both would count it twice`
    ])
    expect(r.skipped).toEqual([{ file: 'p/x.summary.json', mode: 'prune' }])
    expect(r.aggregate.total.count).toBe(4)
  })

  it('escapes every string from a result file in the summary', async () => {
    const hostile = '<img src=x onerror=alert(1)> | **bold** [link](http://x) `code`\n# heading'
    const dir = 'slice <b>|1| [a](b) **x**'
    const { file, json } = await realInventory('good')
    const agg = json.aggregate
    defined(agg.topSources[0]).sourceId = hostile
    agg.byTier = { [hostile]: agg.total }
    defined(json.costs.ranges.topSources[0]).sourceId = hostile
    json.failures = [{ accountId: A, region: 'us-east-1', service: 'ebs', message: hostile }]
    writeJson(file, json)
    fs.mkdirSync(path.join(root, 'results', 'odd'))
    writeJson(path.join(root, 'results', 'odd', 'y.summary.json'), {
      tool: 'snapshot-hygiene',
      schema_version: 1,
      mode: '<b>x</b>'
    })
    fs.mkdirSync(path.join(root, 'results', dir))
    fs.writeFileSync(path.join(root, 'results', dir, 'w.summary.json'), '[')
    writeJson(path.join(root, 'results', 'odd', 'z.summary.json'), {
      tool: 'snapshot-hygiene',
      schema_version: 1,
      mode: 'inventory',
      accounts: [hostile]
    })
    const text = mergeSummary(await merge(null), 'org.csv')
    // Whatever md() does, no tag, emphasis or link of the hostile text may reach the markdown as it was.
    expect(text).not.toMatch(/(?<!\\)<(img|b)\b/)
    expect(text).not.toMatch(/(?<!\\)\*\*bold(?<!\\)\*\*/)
    expect(text).not.toMatch(/(?<!\\)\[(link|a)(?<!\\)\]\(/)
    // The largest sources, the tiers, the failure, and the cost section's largest sources.
    expect(text.split('\n').filter((l) => l.includes(md(hostile)))).toHaveLength(4)
    expect(text).toContain(`- ${md(`${dir}/w.summary.json: field '(the whole file)' is not valid JSON`)}`)
    expect(text).toContain(`- \`${md('odd/y.summary.json')}\`: a ${md('<b>x</b>')} result`)
    expect(text).toContain(
      md(
        `odd/z.summary.json: field 'accounts[0]' must be a 12-digit account id; got ${JSON.stringify(hostile).slice(0, 60)}...`
      )
    )
  })
})

describe('organisation summary', () => {
  it('stays under GitHub’s 1 MiB limit at 1,000 accounts with 17 regions, failures and findings', () => {
    const agg = new Aggregator(NOW)
    const costs = new CostRangeTracker()
    const accounts: string[] = []
    for (let a = 0; a < 1000; a++) {
      const id = String(100000000000 + a)
      accounts.push(id)
      for (let i = 0; i < 17; i++) {
        const r: SnapshotRecord = {
          accountId: id,
          region: `r${i}-region-1`,
          service: 'ebs',
          snapshotId: `snap-${id}-${i}`,
          arn: null,
          snapshotType: 'manual',
          sourceId: `vol-${i}`,
          state: 'completed',
          createdAt: new Date('2026-11-01T00:00:00Z'),
          sizeGib: 10 + i,
          encrypted: false,
          kmsKeyId: null,
          storageTier: 'standard',
          tags: {}
        }
        agg.add(r)
        costs.add(r)
      }
    }
    const result: MergeResult = {
      mode: 'merge',
      generatedAt: NOW.toISOString(),
      inputs: accounts.map((a) => ({ file: `slice/${a}.summary.json`, kind: 'inventory' })),
      accounts,
      regions: [],
      aggregate: agg.result(),
      costs: costs.result(),
      costsMissing: [],
      failures: accounts.flatMap((a) =>
        Array.from({ length: 17 }, (_, i) => ({
          accountId: a,
          region: `r${i}`,
          service: 'ebs' as const,
          message: 'AccessDenied: x'.repeat(20)
        }))
      ),
      coverage: { inventory: accounts, check: accounts },
      rules: [],
      findingCounts: [],
      findingsByAccount: accounts.map((a) => ({ accountId: a, error: 3, warning: 2, notice: 1 })),
      expectedAccounts: [...accounts, ...accounts.map((a) => String(Number(a) + 1000))],
      missing: accounts.map((a) => ({ accountId: String(Number(a) + 1000), kinds: ['inventory', 'check'] })),
      missingAccounts: accounts.map((a) => String(Number(a) + 1000)),
      unexpectedAccounts: [],
      rejected: accounts.map((a) => ({
        file: `x/${a}.summary.json`,
        reason: `x/${a}.summary.json: field 'x' ${'y'.repeat(200)}`
      })),
      skipped: [],
      csvPath: 'org.csv',
      rowCount: 17000
    }
    const text = mergeSummary(result, 'org.csv')
    expect(Buffer.byteLength(text)).toBeLessThan(SUMMARY_LIMIT_BYTES / 4)
    expect(text).toContain('**17,000 snapshots**')
    expect(text).toContain('800 smaller accounts are in the CSV and the result JSON.')
    expect(text).toContain('800 more accounts have findings; see the result JSON.')
    expect(text).toContain('800 more accounts are in the result JSON.')
    expect(text).toContain('800 more files are in the result JSON.')
    expect(text).toContain('... and 16,900 more')
  })
})
