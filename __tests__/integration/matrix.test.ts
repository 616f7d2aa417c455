import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateSnapshotCommand,
  CreateVolumeCommand,
  EnableEbsEncryptionByDefaultCommand,
  DeleteVolumeCommand,
  ModifySnapshotAttributeCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import type { InventoryAggregate } from '../../src/aggregate.js'
import { startMoto, type Moto } from '../helpers/moto.js'
import { ROOT, runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { startArtifactService, unzip, type FakeArtifactService } from '../helpers/artifact-service.js'
import { readCsv } from '../helpers/csv.js'
import { stopStarted } from '../helpers/teardown.js'
import { defined } from '../helpers/defined.js'

const MANAGEMENT = '123456789012'
const DEV = '111111111111'
const PROD = '222222222222'
const ACCOUNTS = [MANAGEMENT, DEV, PROD]
const ROLE = 'snapshot-hygiene-member'
const REGIONS = ['us-east-1', 'eu-west-1']
const RUN = 'run-matrix'

let moto: Moto
let service: FakeArtifactService
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-matrix-'))

/** The artifact-name the runner passes when a workflow sets none: action.yml's default. */
const DEFAULT_NAME = (() => {
  const yaml = fs.readFileSync(`${ROOT}/action.yml`, 'utf8')
  return /\n {2}artifact-name:\n(?: {4}[^\n]*\n)*? {4}default: ([^\n]+)\n/.exec(yaml)?.[1]?.trim() ?? ''
})()

async function volume(ec2: EC2Client, region: string, size: number, encrypted = true): Promise<string> {
  const v = await ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: size, Encrypted: encrypted })
  )
  return v.VolumeId ?? ''
}

async function snapshot(ec2: EC2Client, volumeId: string, tags: Record<string, string> = {}): Promise<string> {
  const spec = Object.keys(tags).length
    ? {
        TagSpecifications: [
          { ResourceType: 'snapshot' as const, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }
        ]
      }
    : {}
  return (await ec2.send(new CreateSnapshotCommand({ VolumeId: volumeId, ...spec }))).SnapshotId ?? ''
}

/** Each account has snapshots in both regions (so region and service totals must be summed across slices) and findings. */
async function seed(): Promise<void> {
  const ec2 = (accountId: string, region: string): EC2Client => awsClients(moto.url, region, { accountId }).ec2
  // The management account: an unencrypted snapshot, and a public one in eu-west-1.
  let e = ec2(MANAGEMENT, 'us-east-1')
  const m1 = await volume(e, 'us-east-1', 10)
  await snapshot(e, m1)
  await snapshot(e, m1)
  await snapshot(e, await volume(e, 'us-east-1', 8, false))
  e = ec2(MANAGEMENT, 'eu-west-1')
  const pub = await snapshot(e, await volume(e, 'eu-west-1', 20))
  await e.send(
    new ModifySnapshotAttributeCommand({
      SnapshotId: pub,
      Attribute: 'createVolumePermission',
      OperationType: 'add',
      GroupNames: ['all']
    })
  )
  // dev: an orphan (its volume deleted), and an unencrypted snapshot whose tag silences that finding.
  e = ec2(DEV, 'us-east-1')
  await snapshot(e, await volume(e, 'us-east-1', 30))
  const gone = await volume(e, 'us-east-1', 6)
  await snapshot(e, gone)
  await e.send(new DeleteVolumeCommand({ VolumeId: gone }))
  e = ec2(DEV, 'eu-west-1')
  await snapshot(e, await volume(e, 'eu-west-1', 5, false), { 'snapshot-hygiene:ignore': 'unencrypted-snapshot' })
  // prod: a snapshot shared with an account outside allowed-accounts, and two more in eu-west-1.
  e = ec2(PROD, 'us-east-1')
  const shared = await snapshot(e, await volume(e, 'us-east-1', 100))
  await e.send(
    new ModifySnapshotAttributeCommand({
      SnapshotId: shared,
      Attribute: 'createVolumePermission',
      OperationType: 'add',
      UserIds: ['999999999999']
    })
  )
  e = ec2(PROD, 'eu-west-1')
  const p2 = await volume(e, 'eu-west-1', 50)
  await snapshot(e, p2)
  await snapshot(e, p2)
  // Encryption by default on everywhere, so that the findings are the snapshots' own.
  for (const account of [MANAGEMENT, DEV, PROD])
    for (const region of ['us-east-1', 'eu-west-1'])
      await ec2(account, region).send(new EnableEbsEncryptionByDefaultCommand({}))
}

beforeAll(async () => {
  moto = await startMoto()
  service = await startArtifactService()
  await seed()
})
afterAll(() => stopStarted(service, moto))

/** One step of the workflow: a job of run RUN, with the action.yml default artifact name unless inputs set one. */
function step(inputs: Record<string, string>, job: string, dir = workDir): Promise<ActionRun> {
  return runAction({
    inputs: { regions: REGIONS.join(','), services: 'ebs', 'artifact-name': DEFAULT_NAME, ...inputs },
    env: { AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1', ...service.env(RUN, job) },
    workDir: dir
  })
}

/** What actions/download-artifact does with `pattern: snapshot-hygiene-*-slice-*`: each artifact into its own folder. */
function download(into: string): string[] {
  const names: string[] = []
  for (const a of service.artifacts.filter((x) => x.runId === RUN && /^snapshot-hygiene-.*-slice-\d+$/.test(x.name))) {
    for (const [file, content] of unzip(a.content)) {
      fs.mkdirSync(path.join(into, a.name), { recursive: true })
      fs.writeFileSync(path.join(into, a.name, file), content)
    }
    names.push(a.name)
  }
  return names.sort()
}

function json(file: string | undefined): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file ?? '', 'utf8')) as Record<string, unknown>
}

/** The aggregate with sizes and costs rounded, so that sums in another order compare equal. */
function rounded(a: unknown): InventoryAggregate {
  return JSON.parse(
    JSON.stringify(a, (k, v: unknown) => (typeof v === 'number' && k !== 'count' ? Number(v.toFixed(9)) : v))
  ) as InventoryAggregate
}

/** Findings per account and severity, counted from a check's findings JSON (every finding it wrote). */
function severityCounts(findingsJson: string | undefined): Record<string, string>[] {
  const doc = json(findingsJson) as { findings: { accountId: string; severity: 'error' | 'warning' | 'notice' }[] }
  const out = new Map<string, { error: number; warning: number; notice: number }>()
  for (const f of doc.findings) {
    const a = out.get(f.accountId) ?? { error: 0, warning: 0, notice: 0 }
    a[f.severity] += 1
    out.set(f.accountId, a)
  }
  return [...out.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([accountId, c]) => ({
      accountId,
      error: String(c.error),
      warning: String(c.warning),
      notice: String(c.notice)
    }))
}

/** The rows of the summary's "Findings by account" table. */
function findingsTable(summary: string): Record<string, string>[] {
  const section = summary.split('### Findings by account\n\n')[1]?.split('\n\n')[0] ?? ''
  return section
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').map((c) => c.trim()))
    .map(([, accountId, error, warning, notice]) => ({
      accountId: accountId ?? '',
      error: error ?? '',
      warning: warning ?? '',
      notice: notice ?? ''
    }))
    .sort((a, b) => a.accountId.localeCompare(b.accountId))
}

const rowKey = (r: Record<string, string>): string =>
  `${r.account_id} ${r.region} ${r.snapshot_id} ${r.size_gib} ${r.encrypted} ${r.source_id}`

describe('a matrix of inventory and check slices, joined by merge from their artifacts', () => {
  let accountsJson = ''
  let slices: { slice: number; accounts: string }[] = []
  const single: Record<string, ActionRun> = {}

  it('runs list-accounts, then inventory and check per slice, one check upload refused', async () => {
    const list = await step({ mode: 'list-accounts', accounts: ACCOUNTS.join(','), 'slice-size': '1' }, 'accounts')
    expect(list.code).toBe(0)
    accountsJson = list.outputs['accounts-json'] ?? ''
    expect(JSON.parse(accountsJson)).toEqual(ACCOUNTS)
    slices = (JSON.parse(list.outputs['matrix-json'] ?? '{}') as { include: typeof slices }).include
    expect(slices).toHaveLength(3)

    // The upload of the third check slice is refused: that job fails, and its artifact never exists.
    service.fail({ on: 'CreateArtifact', status: 403, name: 'snapshot-hygiene-check-slice-3', message: 'quota' })
    for (const s of slices) {
      const common = { accounts: s.accounts, 'member-role-name': ROLE }
      const inv = await step(
        { ...common, 'artifact-name': `snapshot-hygiene-inventory-slice-${s.slice}` },
        `inventory-${s.slice}`
      )
      expect(inv.errors).toEqual([])
      expect(inv.code).toBe(0)
      const chk = await step(
        { ...common, mode: 'check', 'fail-on': 'never', 'artifact-name': `snapshot-hygiene-check-slice-${s.slice}` },
        `check-${s.slice}`
      )
      if (s.slice === 3) {
        expect(chk.code).toBe(1)
        expect(chk.errors[0]).toContain('The artifact snapshot-hygiene-check-slice-3 was not uploaded')
      } else {
        // Error findings are annotated as errors; with fail-on never they do not fail the step.
        expect(chk.errors.filter((e) => !e.startsWith('['))).toEqual([])
        expect(chk.code).toBe(0)
      }
    }
    expect(service.artifacts.map((a) => a.name).sort()).toEqual([
      'snapshot-hygiene-check-slice-1',
      'snapshot-hygiene-check-slice-2',
      'snapshot-hygiene-inventory-slice-1',
      'snapshot-hygiene-inventory-slice-2',
      'snapshot-hygiene-inventory-slice-3'
    ])

    // One job over all the accounts (and the check over the accounts whose check slices arrived), to compare with.
    const all = { accounts: ACCOUNTS.join(','), 'member-role-name': ROLE, 'artifact-name': '' }
    single.inventory = await step({ ...all, 'csv-path': 'single/inventory.csv' }, 'single-inventory')
    single.check = await step({ ...all, mode: 'check', 'fail-on': 'never', 'csv-path': 'single/check.csv' }, 'single')
    single.checkFirstTwo = await step(
      { ...all, accounts: `${MANAGEMENT},${DEV}`, mode: 'check', 'fail-on': 'never', 'csv-path': 'single/check2.csv' },
      'single-check-2'
    )
    for (const r of Object.values(single)) expect(r.code, r.stdout).toBe(0)
  })

  it('merges what was uploaded: names the account without a check result, sets missing-accounts, fails', async () => {
    const dir = path.join(workDir, 'merge-missing')
    fs.mkdirSync(dir)
    expect(download(path.join(dir, 'results'))).toHaveLength(5)
    const merged = await step(
      { mode: 'merge', 'merge-path': 'results', accounts: accountsJson, 'csv-path': 'merged/org.csv' },
      'merge',
      dir
    )
    expect(merged.code).toBe(1)
    expect(merged.errors).toEqual([
      'The merge is incomplete: 1 expected account has no result: 222222222222 (no check result). The summary and the CSV hold the rest (output missing-accounts)'
    ])
    expect(merged.outputs['missing-accounts']).toBe(JSON.stringify([PROD]))
    expect(JSON.parse(merged.outputs['accounts-json'] ?? '')).toEqual([DEV, PROD, MANAGEMENT].sort())
    expect(merged.summary).toContain('> **Incomplete.** 1 of the 3 expected accounts lacks results.')
    expect(merged.summary).toContain('**1 of the 3 expected accounts lacks results**')
    expect(merged.summary).toMatch(/\| 222222222222 \| no check result \|/)
    expect(merged.summary).toContain('Joined from 5 result files (3 inventory, 2 check).')

    // The merged report of the rest: every field of the inventory totals equals one job over all the accounts.
    const result = json(merged.outputs['summary-json-path'])
    const one = json(single.inventory?.outputs['summary-json-path'])
    expect(rounded(result.aggregate)).toEqual(rounded(one.aggregate))
    for (const field of ['byAccount', 'byService', 'byRegion', 'noSource', 'topSources', 'total'] as const)
      expect(rounded(result.aggregate)[field], field).toEqual(rounded(one.aggregate)[field])
    expect(rounded(result.aggregate).byRegion['us-east-1']?.count).toBe(6)
    expect(
      readCsv(merged.outputs['csv-path'] ?? '')
        .map(rowKey)
        .sort()
    ).toEqual(
      readCsv(single.inventory?.outputs['csv-path'] ?? '')
        .map(rowKey)
        .sort()
    )
    for (const o of ['snapshot-count', 'total-size-gib', 'estimated-monthly-cost-usd'])
      expect(merged.outputs[o], o).toBe(single.inventory?.outputs[o])
    // ...and the findings equal one check over the accounts whose check results arrived.
    const two = json(single.checkFirstTwo?.outputs['summary-json-path'])
    expect(result.rules).toEqual(two.rules)
    expect(result.findingCounts).toEqual(two.findingCounts)
    expect(findingsTable(merged.summary)).toEqual(severityCounts(single.checkFirstTwo?.outputs['findings-json']))

    // The merged report is itself uploaded, under the default name of merge with these accounts.
    const suffix = createHash('sha256')
      .update([...ACCOUNTS].sort().join(','))
      .digest('hex')
      .slice(0, 8)
    const mergedArtifact = service.artifacts.find((a) => a.name === `snapshot-hygiene-merge-${suffix}`)
    expect(merged.outputs['artifact-id']).toBe(String(mergedArtifact?.id))
    expect([...unzip(mergedArtifact?.content ?? Buffer.alloc(0)).keys()].sort()).toEqual([
      'org.csv',
      'org.summary.json'
    ])
  })

  it('after the failed slice is re-run, merges all six into exactly what one job over all the accounts reports', async () => {
    const s = defined(slices[2])
    const rerun = await step(
      {
        accounts: s.accounts,
        'member-role-name': ROLE,
        mode: 'check',
        'fail-on': 'never',
        'artifact-name': `snapshot-hygiene-check-slice-${s.slice}`
      },
      'check-3-rerun'
    )
    expect(rerun.code).toBe(0)
    const dir = path.join(workDir, 'merge-complete')
    fs.mkdirSync(dir)
    expect(download(path.join(dir, 'results'))).toHaveLength(6)
    const merged = await step(
      {
        mode: 'merge',
        'merge-path': 'results',
        accounts: accountsJson,
        'csv-path': 'merged/org.csv',
        'artifact-name': 'organisation'
      },
      'merge-2',
      dir
    )
    expect(merged.errors).toEqual([])
    expect(merged.code).toBe(0)
    expect(merged.outputs['missing-accounts']).toBe('[]')
    expect(merged.summary).toContain('Every one of the 3 expected accounts has a result.')

    const result = json(merged.outputs['summary-json-path'])
    const inv = json(single.inventory?.outputs['summary-json-path'])
    const chk = json(single.check?.outputs['summary-json-path'])
    expect(rounded(result.aggregate)).toEqual(rounded(inv.aggregate))
    expect(result.rules).toEqual(chk.rules)
    expect(result.findingCounts).toEqual(chk.findingCounts)
    expect(findingsTable(merged.summary)).toEqual(severityCounts(single.check?.outputs['findings-json']))
    expect(findingsTable(merged.summary)).toEqual([
      { accountId: DEV, error: '0', warning: '0', notice: '1' },
      { accountId: MANAGEMENT, error: '1', warning: '1', notice: '0' },
      { accountId: PROD, error: '0', warning: '1', notice: '0' }
    ])
    expect(merged.summary).toMatch(/\| unencrypted-snapshot +\| warning +\| +1 \| +1 \|/)
  })
})
