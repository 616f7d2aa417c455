import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { CompleteSnapshotCommand, EBSClient, PutSnapshotBlockCommand, StartSnapshotCommand } from '@aws-sdk/client-ebs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { seedDemoAccount, SEED_REGIONS, type Seeded } from '../helpers/seed.js'
import { readCsv } from '../helpers/csv.js'
import { stopStarted } from '../helpers/teardown.js'

let moto: Moto
let seeded: Seeded[]

beforeAll(async () => {
  moto = await startMoto()
  seeded = await seedDemoAccount(moto.url)
})
afterAll(() => stopStarted(moto))

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' })

/** The summary's cost section, from its heading to the next section of the same level. */
function costSection(summary: string): string {
  const start = summary.indexOf('### Estimated cost')
  const end = summary.indexOf('\n### ', start + 1)
  return summary.slice(start, end < 0 ? undefined : end).trim()
}

describe('the cost estimate against the moto server', () => {
  it('falls back to the volume size where moto returns no FullSnapshotSizeInBytes', async () => {
    const run = await runAction({ inputs: { mode: 'inventory', regions: SEED_REGIONS.join(',') }, env: env() })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.filter((r) => r.service === 'ebs').map((r) => r.full_size_gib)).toEqual(
      seeded.filter((s) => s.service === 'ebs').map(() => '')
    )
    const section = costSection(run.summary)
    if (process.env.SH_PRINT_COST_SECTION) fs.writeFileSync(process.env.SH_PRINT_COST_SECTION, `${section}\n`)
    const ebsLineages = new Set(seeded.filter((s) => s.service === 'ebs').map((s) => `${s.region}/${s.sourceId}`)).size
    expect(section).toContain('| ebs         | eu-west-1      |')
    expect(section).toMatch(new RegExp(`volume size ${ebsLineages === 0 ? 0 : '\\d+'}`))
    expect(section).toContain('- **volume size**: EBS lineages where AWS returned no full size')
    expect(section).not.toContain('**full size**')
    // With no full size anywhere, both ends agree and the outputs are the old volume-size estimate.
    expect(run.outputs['estimated-monthly-cost-low-usd']).toBe(run.outputs['estimated-monthly-cost-usd'])
    expect(run.summary).toContain(`about **$${Number(run.outputs['estimated-monthly-cost-usd']).toFixed(2)} a month**`)
  })

  it('measures a lineage moto knows blocks of, through the bundle (moto answers a 512-byte block size)', async () => {
    // moto's EBS direct APIs know only snapshots written through them; its 3,000 GiB volume makes it the most expensive.
    const region = 'eu-west-1'
    const ebs = new EBSClient({ region, endpoint: moto.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } })
    const started = await ebs.send(
      new StartSnapshotCommand({ VolumeSize: 3000, Description: 'written block by block' })
    )
    const snapshotId = started.SnapshotId ?? ''
    const data = Buffer.alloc(524_288, 7)
    const checksum = createHash('sha256').update(data).digest('base64')
    for (const index of [0, 1, 5]) {
      await ebs.send(
        new PutSnapshotBlockCommand({
          SnapshotId: snapshotId,
          BlockIndex: index,
          BlockData: data,
          DataLength: data.length,
          Checksum: checksum,
          ChecksumAlgorithm: 'SHA256'
        })
      )
    }
    await ebs.send(new CompleteSnapshotCommand({ SnapshotId: snapshotId, ChangedBlocksCount: 3 }))
    const run = await runAction({
      inputs: { mode: 'inventory', regions: region, services: 'ebs', 'measure-incremental': '1' },
      env: env()
    })
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
    expect(run.code).toBe(0)
    const result = JSON.parse(fs.readFileSync(run.outputs['summary-json-path'] ?? '', 'utf8')) as {
      costs: { measurement: { measured: { exactGib: number; lineage: { highGib: number } }[]; calls: object } }
    }
    expect(result.costs.measurement.calls).toEqual({ listSnapshotBlocks: 1, listChangedBlocks: 0, throttled: 0 })
    expect(result.costs.measurement.measured).toHaveLength(1)
    expect(result.costs.measurement.measured[0]?.exactGib).toBe((3 * 512) / 1024 ** 3)
    expect(result.costs.measurement.measured[0]?.lineage.highGib).toBe(3000)
    const section = costSection(run.summary)
    if (process.env.SH_PRINT_COST_SECTION) {
      fs.writeFileSync(`${process.env.SH_PRINT_COST_SECTION}.measured`, `${section}\n`)
    }
    expect(section).toContain('#### Measured (measure-incremental: 1)')
    expect(section).toContain('Calls: 1 ListSnapshotBlocks, 0 ListChangedBlocks, 0 throttled and retried.')
    expect(path.basename(run.outputs['csv-path'] ?? '')).toBe('snapshot-hygiene-inventory.csv')
  })
})
