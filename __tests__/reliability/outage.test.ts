import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { seedDemoAccount, SEED_REGIONS, type Seeded } from '../helpers/seed.js'
import { readCsv } from '../helpers/csv.js'
import { startFaultProxy, type FaultProxy } from '../../bench/fault-proxy.js'

let moto: Moto
let proxy: FaultProxy
let seeded: Seeded[]
const DOWN = 'eu-west-1'

beforeAll(async () => {
  moto = await startMoto()
  seeded = await seedDemoAccount(moto.url)
  proxy = await startFaultProxy({ upstream: moto.url, failRegions: [DOWN] })
})
afterAll(async () => {
  await proxy?.close()
  await moto?.stop()
})

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: proxy.url, AWS_REGION: 'us-east-1' })

describe('one region answering only errors', () => {
  it('does not stop inventory: the other regions are listed, the summary names the region, the step succeeds', async () => {
    const run = await runAction({ inputs: { regions: SEED_REGIONS.join(',') }, env: env() })
    expect(run.code).toBe(0)
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    const expected = seeded.filter((s) => s.region !== DOWN).map((s) => s.snapshotId)
    expect(rows.map((r) => r.snapshot_id ?? '').filter((id) => !id.startsWith('rds:')).sort()).toEqual(expected.sort())
    expect(rows.some((r) => r.region === DOWN)).toBe(false)
    expect(run.warnings.length).toBeGreaterThanOrEqual(3)
    expect(run.warnings.every((w) => w.includes(`in ${DOWN} (account 123456789012)`))).toBe(true)
    expect(run.summary).toContain('### Not listed')
    expect(run.summary).toContain(`- ebs in ${DOWN} (account 123456789012): EBS snapshots: UnauthorizedOperation`)
    expect(run.outputs['failed-count']).toBe(String(run.warnings.length))
  })

  it('fails inventory only when fail-on-region-error asks for it', async () => {
    const run = await runAction({ inputs: { regions: SEED_REGIONS.join(','), 'fail-on-region-error': 'true' }, env: env() })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('could not be listed (fail-on-region-error is true)')
    expect(run.summary).toContain('### Not listed')
  })
})
