import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { seedDemoAccount, type Seeded } from '../helpers/seed.js'
import { readCsv } from '../helpers/csv.js'
import { startOidcServer, type OidcServer } from '../helpers/oidc.js'
import { stopStarted } from '../helpers/teardown.js'

const ROLE_ACCOUNT = '111122223333'
const ROLE = `arn:aws:iam::${ROLE_ACCOUNT}:role/snapshot-hygiene-readonly`
let moto: Moto
let oidc: OidcServer
let seeded: Seeded[]

beforeAll(async () => {
  moto = await startMoto()
  oidc = await startOidcServer()
  await seedDemoAccount(moto.url) // the default account: must not show up
  seeded = await seedDemoAccount(moto.url, ROLE_ACCOUNT)
})
afterAll(() => stopStarted(moto, oidc))

describe('credentials through GitHub OIDC', () => {
  it('exchanges the runner token with STS and lists the role account, masking every credential', async () => {
    const run = await runAction({
      inputs: {
        'role-to-assume': ROLE,
        regions: 'us-east-1,eu-west-1,ap-southeast-2',
        services: 'ebs',
        audience: 'sts.amazonaws.com'
      },
      env: {
        AWS_ENDPOINT_URL: moto.url,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken
      }
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(oidc.requests).toEqual([{ audience: 'sts.amazonaws.com', authorization: `Bearer ${oidc.requestToken}` }])
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.map((r) => r.snapshot_id).sort()).toEqual(
      seeded
        .filter((s) => s.service === 'ebs')
        .map((s) => s.snapshotId)
        .sort()
    )
    expect(new Set(rows.map((r) => r.account_id))).toEqual(new Set([ROLE_ACCOUNT]))
    const masks = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length))
    expect(masks).toContain(oidc.token)
    expect(masks.some((m) => /^(AKIA|ASIA|FSIA)/.test(m))).toBe(true)
    expect(new Set(masks).size).toBe(4) // token, access key, secret key, session token
    for (const secret of masks) {
      expect(run.summary).not.toContain(secret)
      expect(fs.readFileSync(run.outputs['csv-path'] ?? '', 'utf8')).not.toContain(secret)
      const rest = run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
      expect(rest).not.toContain(secret)
    }
    expect(path.dirname(run.outputs['csv-path'] ?? '')).toBe(path.join(run.workDir, 'runner-temp'))
  })

  it('says how to fix a workflow without id-token: write, in one line', async () => {
    const run = await runAction({
      inputs: { 'role-to-assume': ROLE, services: 'ebs' },
      env: { AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }
    })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('permissions: id-token: write')
    expect(run.errors[0]).not.toContain('\n')
  })
})
