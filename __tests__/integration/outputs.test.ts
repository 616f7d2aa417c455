import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { CreateSnapshotCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2'
import { CreateBucketCommand } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MODES, type Mode } from '../../src/inputs.js'
import { outputsOf, readActionDoc } from '../../scripts/action-doc.js'
import { ROOT, runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { startMoto, type Moto } from '../helpers/moto.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'outputs-metadata'
let moto: Moto | undefined
let volumeId: string
const runs = new Map<Mode, ActionRun>()

async function run(mode: Mode, inputs: Record<string, string> = {}, workDir?: string): Promise<ActionRun> {
  const r = await runAction({
    inputs: { mode, regions: 'us-east-1', services: 'ebs', ...inputs },
    env: { AWS_ENDPOINT_URL: moto?.url ?? '', AWS_REGION: 'us-east-1' },
    ...(workDir ? { workDir } : {})
  })
  runs.set(mode, r)
  return r
}

beforeAll(async () => {
  moto = await startMoto()
  const { ec2, s3 } = awsClients(moto.url, 'us-east-1')
  volumeId = (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 2 }))).VolumeId ?? ''
  await ec2.send(new CreateSnapshotCommand({ VolumeId: volumeId }))
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
  const inventory = await run('inventory')
  await run('backup', { volume: volumeId, bucket: BUCKET })
  await run('prune', { bucket: BUCKET })
  await run('backup-and-prune', { volume: volumeId, bucket: BUCKET })
  await run('check', { 'fail-on': 'never', comment: 'false' })
  // merge reads earlier results from a folder in its workspace, as after actions/download-artifact; given the
  // accounts the results must cover (moto's one account), it also sets missing-accounts.
  const mergeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-merge-'))
  fs.cpSync(path.join(inventory.workDir, 'runner-temp'), path.join(mergeDir, 'results'), { recursive: true })
  await run('merge', { 'merge-path': 'results', accounts: '123456789012' }, mergeDir)
  await run('list-accounts', { accounts: '123456789012' })
}, 300_000)
afterAll(() => stopStarted(moto))

describe('the outputs each mode sets, against what action.yml and the README declare', () => {
  const doc = readActionDoc(path.join(ROOT, 'action.yml'))

  it.each(MODES.map((m) => [m]))('%s sets exactly the outputs declared for it', (mode) => {
    const r = runs.get(mode)
    expect(r, mode).toBeDefined()
    expect(r?.errors, mode).toEqual([])
    expect(r?.code, mode).toBe(0)
    expect(Object.keys(r?.outputs ?? {}).sort()).toEqual(outputsOf(doc, mode).sort())
  })

  it('declares every output for at least one mode', () => {
    expect(doc.outputs.filter((o) => o.modes.length === 0).map((o) => o.name)).toEqual([])
  })
})
