import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DescribeImagesCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetSnapshotBlockPublicAccessStateCommand
} from '@aws-sdk/client-ec2'
import type { AccountTarget } from '../../src/accounts.js'
import type { AnnotationSink } from '../../src/report/annotations.js'
import { createClientFactory } from '../../src/clients.js'
import { getConfig, type Config } from '../../src/inputs.js'
import type { EventContext } from '../../src/pull-request.js'
import { checkStep, type CheckStepDeps } from '../../src/report/check.js'
import type { SnapshotRecord } from '../../src/types.js'
import { parseOutputFile } from '../helpers/action.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { runnerInputs } from '../helpers/action-defaults.js'
import { HOUR_MS } from '../../src/clock.js'

const ACCOUNT = '123456789012'
const NOW = new Date('2026-06-15T12:00:00Z')
const ec2 = mockClient(EC2Client)
let dir: string
let stdout: string[]

function snap(id: string, over: Partial<SnapshotRecord> = {}): SnapshotRecord {
  return {
    accountId: ACCOUNT,
    region: 'eu-west-1',
    service: 'ebs',
    snapshotId: id,
    arn: null,
    snapshotType: 'manual',
    sourceId: 'vol-live',
    state: 'completed',
    createdAt: new Date(NOW.getTime() - HOUR_MS),
    sizeGib: 10,
    encrypted: true,
    kmsKeyId: null,
    storageTier: 'standard',
    tags: {},
    ...over
  }
}

/**
 * One finding of each severity: public (error), unencrypted (warning), old (notice); the old one is also an
 * archive-candidate (notice): unmanaged, not the newest of its volume, and with no full size its volume size counts.
 */
const RECORDS = [
  snap('snap-pub'),
  snap('snap-plain', { encrypted: false }),
  snap('snap-old', { createdAt: new Date('2024-01-01T00:00:00Z') })
]

function config(inputs: Record<string, string>): Config {
  return getConfig(runnerInputs(inputs, { AWS_REGION: 'eu-west-1', RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir }))
}

const target: AccountTarget = {
  accountId: ACCOUNT,
  clients: createClientFactory({
    accountId: ACCOUNT,
    credentials: () => Promise.resolve({ accessKeyId: 'A', secretAccessKey: 'S' })
  })
}

function annotations(): AnnotationSink & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    error: (_m, p) => lines.push(`error ${p.title}`),
    warning: (_m, p) => lines.push(`warning ${p.title}`),
    notice: (m) => lines.push(`notice ${m}`)
  }
}

function deps(over: CheckStepDeps = {}): CheckStepDeps {
  return {
    check: { listAccount: async (cfg, _t, emit) => (await emit(RECORDS), cfg.regions === 'all' ? [] : cfg.regions) },
    event: { eventName: 'schedule', payload: {}, repository: 'acme/infra' },
    env: {},
    ...over
  }
}

const outputs = () => parseOutputFile(fs.readFileSync(path.join(dir, 'output'), 'utf8'))
const warnings = () =>
  stdout.filter((l) => l.startsWith('::warning')).map((l) => l.slice(l.indexOf('::', 2) + 2).trim())

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-step-'))
  fs.writeFileSync(path.join(dir, 'output'), '')
  vi.stubEnv('GITHUB_OUTPUT', path.join(dir, 'output'))
  vi.stubEnv('GITHUB_STEP_SUMMARY', '')
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => (stdout.push(String(chunk)), true)
  )
  ec2.reset()
  ec2.on(DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-live' }] })
  ec2.on(DescribeImagesCommand).resolves({ Images: [] })
  ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] })
  ec2.on(DescribeSnapshotAttributeCommand).resolves({ CreateVolumePermissions: [] })
  ec2
    .on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-pub' })
    .resolves({ CreateVolumePermissions: [{ Group: 'all' }] })
  ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'block-all-sharing' })
  ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true })
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

describe('check step, fail-on', () => {
  const run = (inputs: Record<string, string>) =>
    checkStep(
      config({ mode: 'check', regions: 'eu-west-1', 'artifact-name': '', ...inputs }),
      [target],
      new FakeClock(NOW),
      deps({ annotations: annotations() })
    )

  it('fails on the error under the default fail-on, naming the count and the rules', async () => {
    await expect(run({})).rejects.toThrow(
      "1 finding at or above fail-on 'error' (public-snapshot 1); the job summary lists them"
    )
  })

  it('fails on error and warning under warning, on all three under notice, never under never', async () => {
    await expect(run({ 'fail-on': 'warning' })).rejects.toThrow(
      "2 findings at or above fail-on 'warning' (public-snapshot 1, unencrypted-snapshot 1)"
    )
    await expect(run({ 'fail-on': 'notice' })).rejects.toThrow(
      "4 findings at or above fail-on 'notice' (public-snapshot 1, unencrypted-snapshot 1, old-snapshot 1, archive-candidate 1)"
    )
    await expect(run({ 'fail-on': 'never' })).resolves.toBeUndefined()
  })

  it('does not fail on silenced findings, and counts only the others in findings-count', async () => {
    await expect(run({ 'ignore-rules': 'public-snapshot' })).resolves.toBeUndefined()
    expect(outputs()['findings-count']).toBe('3')
  })

  it('sets the outputs: findings-count, findings-json next to the CSV, csv-path, summary-json-path', async () => {
    await run({ 'fail-on': 'never' })
    const out = outputs()
    expect(out['findings-count']).toBe('4')
    expect(out['csv-path']).toBe(path.join(dir, 'snapshot-hygiene-check.csv'))
    expect(out['findings-json']).toBe(path.join(dir, 'snapshot-hygiene-check.findings.json'))
    expect(out['summary-json-path']).toBe(path.join(dir, 'snapshot-hygiene-check.summary.json'))
    expect(out['snapshot-count']).toBe('3')
    expect(out['failed-count']).toBe('0')
    const findings = (
      JSON.parse(fs.readFileSync(out['findings-json'] ?? '', 'utf8')) as { findings: { rule: string }[] }
    ).findings
      .map((f) => f.rule)
      .sort()
    expect(findings).toEqual(['archive-candidate', 'old-snapshot', 'public-snapshot', 'unencrypted-snapshot'])
    const summary = JSON.parse(fs.readFileSync(out['summary-json-path'] ?? '', 'utf8')) as {
      mode: string
      findingsCount: number
      schema_version: number
    }
    expect(summary).toMatchObject({ schema_version: 1, mode: 'check', findingsCount: 4 })
  })
})

describe('check step, annotations', () => {
  it('annotates at most max-annotations findings, most severe first, then states the total', async () => {
    const sink = annotations()
    await checkStep(
      config({ mode: 'check', regions: 'eu-west-1', 'fail-on': 'never', 'max-annotations': '2', 'artifact-name': '' }),
      [target],
      new FakeClock(NOW),
      deps({ annotations: sink })
    )
    expect(sink.lines).toEqual([
      'error public-snapshot: snap-pub',
      'warning unencrypted-snapshot: snap-plain',
      `notice 4 findings in all; 2 are annotated (max-annotations 2). Every finding is in ${path.join(dir, 'snapshot-hygiene-check.findings.json')} (output findings-json).`
    ])
  })
})

describe('check step, pull-request comment', () => {
  const prEvent: EventContext = {
    eventName: 'pull_request',
    payload: { pull_request: { number: 7 } },
    repository: 'acme/infra'
  }
  const inputs = { mode: 'check', regions: 'eu-west-1', 'fail-on': 'never', 'github-token': 'tok', 'artifact-name': '' }

  it('comments with the marker and the report on a pull request, with a link to the run', async () => {
    const upsert = vi.fn(() => Promise.resolve({ action: 'created' as const, id: 1 }))
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra', GITHUB_RUN_ID: '99' }
    await checkStep(
      config(inputs),
      [target],
      new FakeClock(NOW),
      deps({ annotations: annotations(), event: prEvent, upsert, env })
    )
    expect(upsert).toHaveBeenCalledTimes(1)
    const arg = (upsert.mock.calls[0] as unknown as [{ token: string; pr: unknown; body: string }])[0]
    expect(arg.token).toBe('tok')
    expect(arg.pr).toEqual({ owner: 'acme', repo: 'infra', number: 7 })
    expect(arg.body.startsWith('<!-- snapshot-hygiene:check -->\n## Snapshot hygiene check\n')).toBe(true)
    expect(arg.body).toContain('```mermaid')
    expect(arg.body).toContain('[workflow run 99](https://github.com/acme/infra/actions/runs/99)')
  })

  it('turns a failed comment into a warning with the permission hint, and the step still succeeds', async () => {
    const upsert = vi.fn(() =>
      Promise.reject(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))
    )
    await expect(
      checkStep(
        config(inputs),
        [target],
        new FakeClock(NOW),
        deps({ annotations: annotations(), event: prEvent, upsert })
      )
    ).resolves.toBeUndefined()
    expect(warnings()).toEqual([
      "Could not comment on pull request acme/infra#7: Resource not accessible by integration; the job needs 'permissions: pull-requests: write'"
    ])
  })

  it('does not comment when comment is false, outside pull requests, or warns once without a token', async () => {
    const upsert = vi.fn(() => Promise.resolve({ action: 'created' as const, id: 1 }))
    await checkStep(
      config({ ...inputs, comment: 'false' }),
      [target],
      new FakeClock(NOW),
      deps({ annotations: annotations(), event: prEvent, upsert })
    )
    await checkStep(config(inputs), [target], new FakeClock(NOW), deps({ annotations: annotations(), upsert }))
    expect(upsert).not.toHaveBeenCalled()
    await checkStep(
      config({ ...inputs, 'github-token': '' }),
      [target],
      new FakeClock(NOW),
      deps({ annotations: annotations(), event: prEvent, upsert })
    )
    expect(upsert).not.toHaveBeenCalled()
    expect(warnings()).toEqual(['No comment on pull request acme/infra#7: github-token is empty'])
  })
})

describe('check step, account settings', () => {
  const run = (inputs: Record<string, string>, sink = annotations()) =>
    checkStep(
      config({ mode: 'check', regions: 'eu-west-1', 'artifact-name': '', 'fail-on': 'never', ...inputs }),
      [target],
      new FakeClock(NOW),
      deps({
        annotations: sink,
        check: { listAccount: (cfg) => Promise.resolve(cfg.regions === 'all' ? [] : cfg.regions) }
      })
    )
  const findingLines = () => {
    const file = outputs()['findings-json'] ?? ''
    return (
      JSON.parse(fs.readFileSync(file, 'utf8')) as { findings: { severity: string; rule: string; message: string }[] }
    ).findings.map((f) => `${f.severity} ${f.rule}: ${f.message}`)
  }

  it('reports unblocked public sharing as public-sharing-not-blocked, an error that fails fail-on error', async () => {
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'unblocked' })
    const sink = annotations()
    await expect(run({ 'fail-on': 'error' }, sink)).rejects.toThrow(
      "1 finding at or above fail-on 'error' (public-sharing-not-blocked 1); the job summary lists them"
    )
    expect(findingLines()).toEqual([
      'error public-sharing-not-blocked: EBS snapshot block public access in eu-west-1 is "unblocked", so any snapshot can be made public; block public sharing (aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region eu-west-1).'
    ])
    expect(sink.lines).toEqual(['error public-sharing-not-blocked: snapshot-block-public-access'])
  })

  it('reports block-new-sharing as public-sharing-partly-blocked, a warning that explains it', async () => {
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'block-new-sharing' })
    await expect(run({ 'fail-on': 'error' })).resolves.toBeUndefined()
    expect(findingLines()).toEqual([
      'warning public-sharing-partly-blocked: EBS snapshot block public access in eu-west-1 is block-new-sharing: no snapshot can be made public from now on, but snapshots already public stay public; once none is public (see public-snapshot), block all sharing (aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region eu-west-1).'
    ])
    await expect(run({ 'fail-on': 'warning' })).rejects.toThrow('(public-sharing-partly-blocked 1)')
  })

  it('gives no finding when sharing is blocked and encryption is on, and no finding silenced by ignore-rules', async () => {
    await run({})
    expect(findingLines()).toEqual([])
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'unblocked' })
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: false })
    await expect(
      run({ 'fail-on': 'notice', 'ignore-rules': 'public-sharing-not-blocked,encryption-by-default-off' })
    ).resolves.toBeUndefined()
    expect(findingLines()).toEqual([])
    expect(outputs()['findings-count']).toBe('0')
  })

  it('reports a denied read as a region error: a warning, failing the step only under fail-on-region-error', async () => {
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).rejects(
      Object.assign(new Error('You are not authorized to perform this operation.'), {
        name: 'UnauthorizedOperation',
        $metadata: { httpStatusCode: 403 }
      })
    )
    const line =
      'EBS snapshot block public access in eu-west-1 (account 123456789012): UnauthorizedOperation: You are not authorized to perform this operation.; grant ec2:GetSnapshotBlockPublicAccessState to the role'
    await expect(run({})).resolves.toBeUndefined()
    expect(warnings()).toContain(`Could not check ${line}`)
    expect(outputs()['failed-count']).toBe('1')
    expect(findingLines()).toEqual([])
    await expect(run({ 'fail-on-region-error': 'true' })).rejects.toThrow(
      `1 account setting could not be read (fail-on-region-error is true): ${line}`
    )
  })
})
