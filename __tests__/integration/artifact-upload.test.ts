import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CreateSnapshotCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2'
import { startMoto, type Moto } from '../helpers/moto.js'
import { ROOT, runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { startArtifactService, unzip, type FakeArtifactService } from '../helpers/artifact-service.js'
import { stopStarted } from '../helpers/teardown.js'
import { defined } from '../helpers/defined.js'

const MEMBER = '111111111111'
let moto: Moto
let service: FakeArtifactService

/** The artifact-name the runner passes when a workflow sets none: action.yml's default. */
const DEFAULT_NAME = (() => {
  const yaml = fs.readFileSync(`${ROOT}/action.yml`, 'utf8')
  return /\n {2}artifact-name:\n(?: {4}[^\n]*\n)*? {4}default: ([^\n]+)\n/.exec(yaml)?.[1]?.trim() ?? ''
})()

beforeAll(async () => {
  moto = await startMoto()
  for (const accountId of [undefined, MEMBER]) {
    const { ec2 } = awsClients(moto.url, 'us-east-1', accountId ? { accountId } : {})
    const vol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 12 }))
    await ec2.send(new CreateSnapshotCommand({ VolumeId: vol.VolumeId }))
  }
  service = await startArtifactService()
})
afterAll(() => stopStarted(service, moto))
beforeEach(() => {
  service.requests.length = 0
})

function run(inputs: Record<string, string>, runId: string, jobId: string): Promise<ActionRun> {
  return runAction({
    inputs: { regions: 'us-east-1', services: 'ebs', 'artifact-name': DEFAULT_NAME, ...inputs },
    env: { AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1', ...service.env(runId, jobId) }
  })
}

const calls = (): string[] => service.requests.map((r) => `${r.call} ${r.status}`)

describe('artifact upload through @actions/artifact to the results service', () => {
  it('uploads a zip of exactly the CSV and the result JSON, and outputs the service’s artifact id', async () => {
    const r = await run({}, 'run-1', 'job-1')
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(service.artifacts).toHaveLength(1)
    const stored = defined(service.artifacts[0])
    expect(stored.name).toBe('snapshot-hygiene-inventory')
    expect(r.outputs['artifact-id']).toBe(String(stored.id))
    expect(stored.hash).toBe(`sha256:${createHash('sha256').update(stored.content).digest('hex')}`)
    const files = unzip(stored.content)
    expect([...files.keys()].sort()).toEqual([
      'snapshot-hygiene-inventory.csv',
      'snapshot-hygiene-inventory.summary.json'
    ])
    expect(files.get('snapshot-hygiene-inventory.csv')).toEqual(fs.readFileSync(r.outputs['csv-path'] ?? ''))
    expect(files.get('snapshot-hygiene-inventory.summary.json')).toEqual(
      fs.readFileSync(r.outputs['summary-json-path'] ?? '')
    )
    expect(calls()).toEqual(['CreateArtifact 200', 'block 201', 'blocklist 201', 'FinalizeArtifact 200'])
    expect(r.summary).not.toContain('was not uploaded')
  })

  it('fails the step when the service refuses, after the summary, the CSV and the outputs', async () => {
    service.fail({ on: 'CreateArtifact', status: 403, message: 'artifact storage is read-only for this repository' })
    const r = await run({}, 'run-2', 'job-1')
    const reason =
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (403) Forbidden: artifact storage is read-only for this repository'
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([`The artifact snapshot-hygiene-inventory was not uploaded: ${reason}`])
    expect(r.warnings).toEqual([])
    expect(
      r.summary.startsWith(`> **The artifact \`snapshot-hygiene-inventory\` was not uploaded**: ${reason}\n`)
    ).toBe(true)
    expect(r.summary).toContain('go with it when the job ends; the step fails')
    expect(r.summary).toContain('## Snapshot inventory')
    expect(r.summary).toContain('**1 snapshot**, 12 GiB')
    expect(fs.readFileSync(r.outputs['csv-path'] ?? '', 'utf8').split('\n')).toHaveLength(3)
    expect(fs.existsSync(r.outputs['summary-json-path'] ?? '')).toBe(true)
    expect(r.outputs['snapshot-count']).toBe('1')
    expect(r.outputs['artifact-id']).toBe('')
    expect(service.artifacts.filter((a) => a.runId === 'run-2')).toEqual([])
    expect(calls()).toEqual(['CreateArtifact 403'])
  })

  it('fails the step when blob storage refuses the content, naming the reason without the signature', async () => {
    service.fail({ on: 'block', status: 403, message: 'This request is not authorized to perform this operation.' })
    const r = await run({}, 'run-3', 'job-1')
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(
      /^The artifact snapshot-hygiene-inventory was not uploaded: .*This request is not authorized to perform this operation\./
    )
    expect(r.summary).toContain('This request is not authorized to perform this operation.')
    // The client registers the signature as a secret (add-mask) for the log; the summary and annotations never hold it.
    expect(r.stdout).toContain('::add-mask::SECRETSIG')
    expect([r.summary, ...r.errors, ...r.warnings, ...r.notices].join('\n')).not.toContain('SECRETSIG')
    expect(r.outputs['artifact-id']).toBe('')
    expect(calls()).toEqual(['CreateArtifact 200', 'block 403'])
  })

  it('passes when the client’s retry gets through a 503 from blob storage', async () => {
    service.fail({ on: 'block', status: 503, message: 'The server is busy.' })
    const r = await run({}, 'run-4', 'job-1')
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    const stored = service.artifacts.find((a) => a.runId === 'run-4')
    expect(r.outputs['artifact-id']).toBe(String(stored?.id))
    expect(calls()).toEqual(['CreateArtifact 200', 'block 503', 'block 201', 'blocklist 201', 'FinalizeArtifact 200'])
    expect([...unzip(stored?.content ?? Buffer.alloc(0)).keys()].sort()).toEqual([
      'snapshot-hygiene-inventory.csv',
      'snapshot-hygiene-inventory.summary.json'
    ])
  })

  it('gives steps of one run names of their own by default; a name used twice is refused with 409', async () => {
    const inventory = await run({}, 'run-5', 'job-1')
    const check = await run({ mode: 'check', 'fail-on': 'never' }, 'run-5', 'job-1')
    const member = await run({ accounts: MEMBER, 'member-role-name': 'reader' }, 'run-5', 'job-2')
    for (const r of [inventory, check, member]) {
      expect(r.errors).toEqual([])
      expect(r.code).toBe(0)
    }
    const suffix = createHash('sha256').update(MEMBER).digest('hex').slice(0, 8)
    const names = service.artifacts.filter((a) => a.runId === 'run-5').map((a) => a.name)
    expect(names).toEqual([
      'snapshot-hygiene-inventory',
      'snapshot-hygiene-check',
      `snapshot-hygiene-inventory-${suffix}`
    ])
    expect(
      [...unzip(defined(service.artifacts.find((a) => a.name === 'snapshot-hygiene-check')).content).keys()].sort()
    ).toEqual([
      'snapshot-hygiene-check.csv',
      'snapshot-hygiene-check.findings.json',
      'snapshot-hygiene-check.summary.json'
    ])

    service.requests.length = 0
    const again = await run({ 'artifact-name': 'snapshot-hygiene-check' }, 'run-5', 'job-3')
    expect(again.code).toBe(1)
    expect(again.errors).toEqual([
      'The artifact snapshot-hygiene-check was not uploaded: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run'
    ])
    expect(again.summary).toContain('**The artifact `snapshot-hygiene-check` was not uploaded**')
    expect(again.outputs['csv-path']).toMatch(/snapshot-hygiene-inventory\.csv$/)
    expect(calls()).toEqual(['CreateArtifact 409'])
  })
})
