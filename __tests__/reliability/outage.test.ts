import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateSnapshotCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import { awsClients } from '../helpers/aws.js'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { seedDemoAccount, SEED_REGIONS, type Seeded } from '../helpers/seed.js'
import { readCsv } from '../helpers/csv.js'
import { startFaultProxy, type FaultProxy } from '../../bench/fault-proxy.js'
import { stopStarted } from '../helpers/teardown.js'

let moto: Moto
let proxy: FaultProxy
let seeded: Seeded[]
const DOWN = 'eu-west-1'

beforeAll(async () => {
  moto = await startMoto()
  seeded = await seedDemoAccount(moto.url)
  proxy = await startFaultProxy({ upstream: moto.url, failRegions: [DOWN] })
})
afterAll(() => stopStarted(proxy, moto))

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: proxy.url, AWS_REGION: 'us-east-1' })

describe('one region answering only errors', () => {
  it('does not stop inventory: the other regions are listed, the summary names the region, the step succeeds', async () => {
    const run = await runAction({ inputs: { regions: SEED_REGIONS.join(',') }, env: env() })
    expect(run.code).toBe(0)
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    const expected = seeded.filter((s) => s.region !== DOWN).map((s) => s.snapshotId)
    expect(
      rows
        .map((r) => r.snapshot_id ?? '')
        .filter((id) => !id.startsWith('rds:'))
        .sort()
    ).toEqual(expected.sort())
    expect(rows.some((r) => r.region === DOWN)).toBe(false)
    expect(run.warnings.length).toBeGreaterThanOrEqual(3)
    expect(run.warnings.every((w) => w.includes(`in ${DOWN} (account 123456789012)`))).toBe(true)
    expect(run.summary).toContain('### Not listed')
    expect(run.summary).toContain(`- ebs in ${DOWN} (account 123456789012): EBS snapshots: UnauthorizedOperation`)
    expect(run.outputs['failed-count']).toBe(String(run.warnings.length))
  })

  it('fails inventory only when fail-on-region-error asks for it', async () => {
    const run = await runAction({
      inputs: { regions: SEED_REGIONS.join(','), 'fail-on-region-error': 'true' },
      env: env()
    })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('could not be listed (fail-on-region-error is true)')
    expect(run.summary).toContain('### Not listed')
  })

  describe('prune', () => {
    const managed = [{ Key: 'snapshot-hygiene:managed', Value: 'true' }]
    async function managedPair(region: string, volumeId: string): Promise<string[]> {
      const { ec2 } = awsClients(moto.url, region)
      const ids: string[] = []
      for (let i = 0; i < 2; i++) {
        const s = await ec2.send(
          new CreateSnapshotCommand({
            VolumeId: volumeId,
            TagSpecifications: [{ ResourceType: 'snapshot', Tags: managed }]
          })
        )
        ids.push(s.SnapshotId ?? '')
      }
      return ids
    }
    async function exists(region: string, id: string): Promise<boolean> {
      const out = await awsClients(moto.url, region).ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
      return (out.Snapshots ?? []).some((s) => s.SnapshotId === id)
    }

    it('prunes the regions that answer and fails the step by default, naming the region that did not', async () => {
      const east = await managedPair(
        'us-east-1',
        seeded.find((s) => s.region === 'us-east-1' && s.sizeGib === 8)?.sourceId ?? ''
      )
      const west = await managedPair(DOWN, seeded.find((s) => s.region === DOWN)?.sourceId ?? '')
      const inputs = { mode: 'prune', regions: `us-east-1,${DOWN}`, 'retention-days': '0', 'keep-last': '1' }
      const run = await runAction({ inputs, env: env() })
      expect(run.code).toBe(1)
      expect(run.errors.join('\n')).toContain(`in ${DOWN}`)
      const deleted = run.outputs['deleted-snapshot-ids'] ?? ''
      expect(east).toContain(deleted)
      expect(await exists('us-east-1', deleted)).toBe(false)
      expect(await exists('us-east-1', east.find((id) => id !== deleted) ?? '')).toBe(true)
      expect(await exists(DOWN, west[0] ?? '')).toBe(true)
      expect(run.summary).toContain('### Not listed')
      expect(run.summary).toContain(DOWN)

      const lenient = await runAction({ inputs: { ...inputs, 'fail-on-region-error': 'false' }, env: env() })
      expect(lenient.code).toBe(0)
      expect(lenient.warnings.some((w) => w.includes(DOWN))).toBe(true)
    })
  })
})
