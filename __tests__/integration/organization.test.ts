import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateSnapshotCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2'
import { CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients, TEST_CREDENTIALS } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { readPolicy, roleWithPolicies, userWithPolicies } from '../helpers/iam.js'
import { stopStarted } from '../helpers/teardown.js'

const MANAGEMENT = '123456789012'
const ROLE = 'snapshot-hygiene-member'
const REGIONS = ['us-east-1', 'eu-west-1']
let moto: Moto
const members: string[] = []
let broken = ''
let creds: { accessKeyId: string; secretAccessKey: string }
const seeded = new Map<string, string[]>()

async function seedAccount(accountId: string, count: number): Promise<void> {
  const ids: string[] = []
  for (const [i, region] of REGIONS.entries()) {
    const { ec2 } = awsClients(moto.url, region, { accountId })
    const vol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: 10 * (i + 1) }))
    for (let n = 0; n < count; n++)
      ids.push((await ec2.send(new CreateSnapshotCommand({ VolumeId: vol.VolumeId }))).SnapshotId ?? '')
  }
  seeded.set(accountId, ids)
}

beforeAll(async () => {
  moto = await startMoto()
  const org = new OrganizationsClient({ endpoint: moto.url, region: 'us-east-1', credentials: TEST_CREDENTIALS })
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }))
  for (const name of ['dev', 'prod', 'sandbox']) {
    const out = await org.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))
    members.push(out.CreateAccountStatus?.AccountId ?? '')
  }
  broken = members[2] ?? ''
  await seedAccount(MANAGEMENT, 1)
  await seedAccount(members[0] ?? '', 2)
  await seedAccount(members[1] ?? '', 3)
  await seedAccount(broken, 1)
  for (const m of members.slice(0, 2)) await roleWithPolicies(moto.url, m, ROLE, [readPolicy('inventory')])
  // moto's AssumeRole does not check that a role exists; AWS answers AccessDenied for a missing one.
  // The explicit Deny makes AssumeRole into the account without the role fail the same way.
  const denyBroken = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny' as const, Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${broken}:role/${ROLE}` }]
  }
  creds = await userWithPolicies(moto.url, 'github-actions', [
    readPolicy('inventory'),
    readPolicy('organization'),
    denyBroken
  ])
  await moto.enforceIam(true)
})
afterAll(() => stopStarted(moto))

function run(inputs: Record<string, string>, workDir: string): Promise<ActionRun> {
  return runAction({
    inputs: { regions: REGIONS.join(','), 'member-role-name': ROLE, ...inputs },
    env: {
      AWS_ENDPOINT_URL: moto.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: creds.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.secretAccessKey
    },
    workDir
  })
}

function rowKey(r: Record<string, string>): string {
  return `${r.account_id} ${r.region} ${r.snapshot_id} ${r.size_gib} ${r.created_at}`
}

describe('organisation scale against moto Organizations and cross-account STS', () => {
  let single: ActionRun
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-org-'))

  it('lists every active account of the organisation through its member role, reporting the one that fails', async () => {
    single = await run({ accounts: 'organization', 'csv-path': 'single/inventory.csv' }, workDir)
    expect(single.errors).toEqual([])
    expect(single.code).toBe(0)
    expect(JSON.parse(single.outputs['accounts-json'] ?? '[]')).toEqual([MANAGEMENT, ...members].sort())
    const rows = readCsv(single.outputs['csv-path'] ?? '')
    const expected = [MANAGEMENT, members[0] ?? '', members[1] ?? ''].flatMap((a) =>
      (seeded.get(a) ?? []).map((id) => `${a} ${id}`)
    )
    expect(rows.map((r) => `${r.account_id} ${r.snapshot_id}`).sort()).toEqual(expected.sort())
    expect(single.warnings).toHaveLength(1)
    expect(single.warnings[0]).toContain(`account ${broken}: Could not assume role arn:aws:iam::${broken}:role/${ROLE}`)
    expect(single.summary).toContain('across 4 accounts')
    expect(single.summary).toContain(`- account ${broken}: Could not assume role`)
  })

  it('gives the same CSV and totals when three matrix slices are merged', async () => {
    const slices = [[MANAGEMENT], [members[0] ?? ''], [members[1] ?? '', broken]]
    for (const [i, accounts] of slices.entries()) {
      const r = await run({ accounts: accounts.join(','), 'csv-path': `results/slice-${i + 1}/inventory.csv` }, workDir)
      expect(r.code, r.stdout).toBe(0)
    }
    const merged = await runAction({
      inputs: { mode: 'merge', 'merge-path': 'results', 'csv-path': 'merged/org.csv' },
      env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' },
      workDir
    })
    expect(merged.errors).toEqual([])
    expect(merged.code).toBe(0)
    const singleRows = readCsv(single.outputs['csv-path'] ?? '')
      .map(rowKey)
      .sort()
    expect(
      readCsv(merged.outputs['csv-path'] ?? '')
        .map(rowKey)
        .sort()
    ).toEqual(singleRows)
    for (const o of ['snapshot-count', 'total-size-gib', 'estimated-monthly-cost-usd'])
      expect(merged.outputs[o]).toBe(single.outputs[o])
    expect(JSON.parse(merged.outputs['accounts-json'] ?? '[]')).toEqual([MANAGEMENT, ...members].sort())
    expect(merged.summary).toContain('## Snapshot inventory: organisation')
    expect(merged.summary).toContain(
      'Joined from 3 result files (3 inventory, 0 check). **1 account could not be read**'
    )
    expect(merged.summary).toMatch(new RegExp(`\\| ${members[1]} \\| +6 \\| +90 \\|`))
  })

  it('refuses results written by an incompatible version', async () => {
    const dir = path.join(workDir, 'old')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'x.summary.json'),
      JSON.stringify({ tool: 'snapshot-hygiene', schema_version: 99, mode: 'inventory' })
    )
    const r = await runAction({ inputs: { mode: 'merge', 'merge-path': 'old' }, env: {}, workDir })
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(
      'was written by an incompatible version of snapshot-hygiene (schema_version 99; this version reads 1)'
    )
  })
})
