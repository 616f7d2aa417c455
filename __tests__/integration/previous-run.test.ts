import { CreateSnapshotCommand, CreateVolumeCommand, DeleteSnapshotCommand } from '@aws-sdk/client-ec2'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { startArtifactService, type FakeArtifactService } from '../helpers/artifact-service.js'
import { startGitHubApi, type FakeGitHubApi } from '../helpers/github-api.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { defined } from '../helpers/defined.js'
import { stopStarted } from '../helpers/teardown.js'

/** The notices other than moto's missing lock-state call (DescribeLockedSnapshots), which every inventory gives. */
function comparisonNotices(notices: readonly string[]): string[] {
  return notices.filter((n) => !n.startsWith('Lock state not read'))
}

const REGION = 'us-east-1'
const NAME = 'weekly-inventory'
const WORKFLOW = 77

let moto: Moto
let service: FakeArtifactService
let api: FakeGitHubApi
let snapshots: string[] = []

beforeAll(async () => {
  moto = await startMoto()
  service = await startArtifactService()
  api = await startGitHubApi()
  const { ec2 } = awsClients(moto.url, REGION)
  const vol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 16 }))
  for (let i = 0; i < 3; i++) {
    const s = await ec2.send(new CreateSnapshotCommand({ VolumeId: vol.VolumeId }))
    snapshots.push(s.SnapshotId ?? '')
  }
})
afterAll(() => stopStarted(api, service, moto))
beforeEach(() => {
  api.requests.length = 0
  api.failWith = null
})

function run(runId: number, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      mode: 'inventory',
      regions: REGION,
      services: 'ebs',
      'artifact-name': NAME,
      'github-token': 'ghs_fake',
      ...inputs
    },
    env: {
      AWS_ENDPOINT_URL: moto.url,
      AWS_REGION: REGION,
      ...service.env(String(runId), 'job-1'),
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_RUN_ID: String(runId),
      GITHUB_API_URL: api.url
    }
  })
}

/** Makes the fake API know a run of the workflow, and the artifact the fake service stored for it (if any). */
function record(runId: number, conclusion = 'success', expired = false): void {
  api.runs.push({ id: runId, workflow_id: WORKFLOW, head_branch: 'main', conclusion })
  const stored = service.artifacts.find((a) => a.runId === String(runId) && a.name === NAME)
  if (stored) api.artifacts.push({ id: stored.id, runId, name: NAME, expired, content: stored.content })
}

const paths = (): string[] => api.requests.map((r) => `${r.path}${r.query.name ? ` name=${r.query.name}` : ''}`)

describe("compare-with 'previous-run' through the GitHub REST API and the artifact service", () => {
  it('downloads the latest successful run’s artifact of the same name and compares with it', async () => {
    const first = await run(501)
    expect(first.errors).toEqual([])
    record(501)
    // A later run that failed is passed over: only successful runs count.
    record(502, 'failure')
    const { ec2 } = awsClients(moto.url, REGION)
    const gone = defined(snapshots[0])
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: gone }))
    snapshots = snapshots.slice(1)
    record(503, 'in_progress')

    const second = await run(503, { 'compare-with': 'previous-run' })
    expect(second.errors).toEqual([])
    expect(second.code).toBe(0)
    expect(second.outputs['added-count']).toBe('0')
    expect(second.outputs['removed-count']).toBe('1')
    expect(second.outputs['cost-change-usd']).toBe('-0.8')
    expect(readCsv(second.outputs['changes-csv-path'] ?? '').map((r) => `${r.change} ${r.snapshot_id}`)).toEqual([
      `removed ${gone}`
    ])
    expect(paths()).toEqual([
      '/repos/acme/infra/actions/runs/503',
      '/repos/acme/infra/actions/workflows/77/runs',
      `/repos/acme/infra/actions/runs/501/artifacts name=${NAME}`,
      `/repos/acme/infra/actions/artifacts/${defined(api.artifacts[0]).id}/zip`,
      `/blob/${defined(api.artifacts[0]).id}.zip`
    ])
    const listRuns = defined(api.requests[1])
    expect(listRuns.query).toMatchObject({ branch: 'main', status: 'success' })
    expect(listRuns.authorization).toBe('token ghs_fake')
    expect(second.summary).toContain('**0 snapshots added**, **1 removed**')
  })

  it('is a notice when the previous run’s artifact has expired', async () => {
    api.runs.length = 0
    api.artifacts.length = 0
    const first = await run(601)
    expect(first.code).toBe(0)
    record(601, 'success', true)
    record(602, 'in_progress')
    const second = await run(602, { 'compare-with': 'previous-run' })
    expect(second.code).toBe(0)
    expect(comparisonNotices(second.notices)).toEqual([
      `No earlier result to compare with: run 601 (the latest successful run of this workflow on branch main) has only an expired artifact ${NAME}.`
    ])
    expect(second.outputs['added-count']).toBe('')
  })

  it('is a notice on the first run of a workflow', async () => {
    api.runs.length = 0
    api.artifacts.length = 0
    record(701, 'in_progress')
    const r = await run(701, { 'compare-with': 'previous-run' })
    expect(r.code).toBe(0)
    expect(comparisonNotices(r.notices)).toEqual([
      'No earlier result to compare with: this workflow on branch main has no earlier successful run.'
    ])
  })

  it('fails naming the permission when the API refuses the token', async () => {
    api.failWith = 403
    const r = await run(801, { 'compare-with': 'previous-run' })
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(
      /^compare-with 'previous-run': could not read this run 801: .*; the job needs 'permissions: actions: read'$/
    )
  })
})
