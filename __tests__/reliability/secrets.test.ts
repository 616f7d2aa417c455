import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateBucketCommand } from '@aws-sdk/client-s3'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { seedDemoAccount, type Seeded } from '../helpers/seed.js'
import { startOidcServer, type OidcServer } from '../helpers/oidc.js'
import { startProxy } from '../helpers/proxy.js'
import { stopStarted } from '../helpers/teardown.js'

const ROLE_ACCOUNT = '111122223333'
const ROLE = `arn:aws:iam::${ROLE_ACCOUNT}:role/snapshot-hygiene`
let moto: Moto
let oidc: OidcServer
let seeded: Seeded[]
let recorder: Awaited<ReturnType<typeof startRecorder>>

beforeAll(async () => {
  moto = await startMoto()
  oidc = await startOidcServer()
  recorder = await startRecorder(moto.url)
  seeded = await seedDemoAccount(moto.url, ROLE_ACCOUNT)
  await awsClients(moto.url, 'us-east-1', { accountId: ROLE_ACCOUNT }).s3.send(
    new CreateBucketCommand({ Bucket: 'snapshot-metadata' })
  )
})
afterAll(() => stopStarted(recorder, moto, oidc))

/** A pass-through proxy to moto that records every credential STS hands out. */
async function startRecorder(upstream: string): Promise<{ url: string; issued: string[]; close(): Promise<void> }> {
  const issued: string[] = []
  const proxy = await startProxy(upstream, {
    onResponse: (_method, _url, body) => {
      for (const m of body.matchAll(/<(AccessKeyId|SecretAccessKey|SessionToken)>([^<]+)</g)) issued.push(m[2] ?? '')
    }
  })
  return { ...proxy, issued }
}

function everythingWritten(run: ActionRun): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = []
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else files.push({ name: path.relative(run.workDir, p), text: fs.readFileSync(p, 'utf8') })
    }
  }
  walk(run.workDir)
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  return [...files, { name: 'stdout', text: stdout }, { name: 'stderr', text: run.stderr }]
}

async function runWithDebug(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    inputs: { 'role-to-assume': ROLE, regions: 'us-east-1,eu-west-1', ...inputs },
    env: {
      AWS_ENDPOINT_URL: recorder.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      RUNNER_DEBUG: '1',
      ACTIONS_STEP_DEBUG: 'true'
    }
  })
}

describe('no secret in any output, with step debug logging on', () => {
  const modes: [string, Record<string, string>][] = [
    ['inventory', { mode: 'inventory' }],
    ['check', { mode: 'check', 'fail-on': 'never', volume: 'vol-0123456789abcdef0' }],
    ['backup-and-prune', { mode: 'backup-and-prune', bucket: 'snapshot-metadata', 'retention-days': '0' }]
  ]

  it.each(modes)('%s', async (mode, inputs) => {
    const volume = seeded.find((s) => s.service === 'ebs' && s.region === 'us-east-1')?.sourceId ?? ''
    const run = await runWithDebug(mode === 'backup-and-prune' ? { ...inputs, volume } : inputs)
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toContain('::debug::')
    const secrets = [oidc.token, ...recorder.issued.splice(0)]
    expect(secrets.length).toBeGreaterThanOrEqual(4)
    const masked = new Set(
      run.stdout
        .split('\n')
        .filter((l) => l.startsWith('::add-mask::'))
        .map((l) => l.slice(12))
    )
    const written = everythingWritten(run)
    expect(written.length).toBeGreaterThanOrEqual(5)
    for (const secret of secrets) {
      expect(masked.has(secret), `${secret.slice(0, 6)}... is masked`).toBe(true)
      for (const w of written) expect(w.text.includes(secret), `${secret.slice(0, 6)}... in ${w.name}`).toBe(false)
    }
    expect(seeded.length).toBeGreaterThan(0)
  })
})
