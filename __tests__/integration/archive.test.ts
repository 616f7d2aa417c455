import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CreateSnapshotCommand, CreateVolumeCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { readPolicy, userWithPolicies, withoutAction } from '../helpers/iam.js'
import { stopStarted } from '../helpers/teardown.js'

let moto: Moto
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  moto = await startMoto()
})
afterAll(() => stopStarted(moto))

/** A fresh account with one 8 GiB volume and three managed snapshots of it, a second apart (oldest first). */
async function seed(): Promise<{ volumeId: string; ids: string[] }> {
  await moto.enforceIam(false)
  await moto.reset()
  const { ec2 } = awsClients(moto.url, 'us-east-1')
  const volumeId =
    (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8, VolumeType: 'gp3' })))
      .VolumeId ?? ''
  const ids: string[] = []
  for (let i = 0; i < 3; i++) {
    if (i > 0) await sleep(1100) // moto's start times have whole seconds: keep the order unambiguous
    const out = await ec2.send(
      new CreateSnapshotCommand({
        VolumeId: volumeId,
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'snapshot-hygiene:managed', Value: 'true' }] }]
      })
    )
    ids.push(out.SnapshotId ?? '')
  }
  return { volumeId, ids }
}

async function tiers(ids: readonly string[]): Promise<string[]> {
  const out = await awsClients(moto.url, 'us-east-1').ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [...ids] }))
  return ids.map((id) => out.Snapshots?.find((s) => s.SnapshotId === id)?.StorageTier ?? 'missing')
}

function prune(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      mode: 'prune',
      regions: 'us-east-1',
      'keep-last': '1',
      'archive-after-days': '0',
      ...inputs
    },
    env: { AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1', ...env }
  })
}

/** The archive reason the planner gives an 8 GiB snapshot without a full size, `days` of retention left. */
function reason(days: number): string {
  const months = days / (365.25 / 12)
  const archived = (8 * 0.0125 * months).toFixed(2)
  const standard = (8 * 0.05 * months).toFixed(2)
  return `archive pays: $${archived} archived (8 GiB full size at $0.0125/GB-month, 90-day minimum) vs $${standard} in standard at the low end (8 GiB of unique blocks, volume-size bound) over the ${days} days retention keeps it`
}

describe('prune moves kept managed snapshots to the archive tier where it pays (moto, through the bundle)', () => {
  let seeded: { volumeId: string; ids: string[] }
  beforeEach(async () => {
    seeded = await seed()
  })

  it('with retention-days 400 and keep-last 1, archives the older snapshots and not the newest', async () => {
    const [oldest, middle, newest] = seeded.ids as [string, string, string]
    const run = await prune({ 'retention-days': '400' })
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
    expect(run.code).toBe(0)
    expect(await tiers(seeded.ids)).toEqual(['archive', 'archive', 'standard'])
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.map((r) => [r.snapshot_id, r.decision, r.rule])).toEqual([
      [newest, 'kept', 'keep-last'],
      [middle, 'archived', 'archive-tier'],
      [oldest, 'archived', 'archive-tier']
    ])
    expect(rows[1]?.reason).toBe(`0 days old, within 400-day retention; ${reason(399)}`)
    expect(run.summary).toContain('Of the managed snapshots: archived 2, kept 1, skipped 0.')
    expect(run.summary).toContain('### Archived (2)')
    expect(run.summary).toContain(
      `| ${middle} | ${seeded.volumeId} | us-east-1 |          0 |   8 |       399 |      $1.31 |                $5.24 |`
    )
  })

  it('archives nothing when retention ends within 90 days', async () => {
    const run = await prune({ 'retention-days': '90' })
    expect(run.code).toBe(0)
    expect(await tiers(seeded.ids)).toEqual(['standard', 'standard', 'standard'])
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.map((r) => r.decision)).toEqual(['kept', 'kept', 'kept'])
    expect(run.summary).not.toContain('### Archived')
  })

  it('under dry-run plans the same archiving and changes nothing', async () => {
    const run = await prune({ 'retention-days': '400', 'dry-run': 'true' })
    expect(run.code).toBe(0)
    expect(await tiers(seeded.ids)).toEqual(['standard', 'standard', 'standard'])
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.map((r) => r.decision)).toEqual(['kept', 'would-archive', 'would-archive'])
    expect(run.summary).toContain('### Would archive (2)')
  })

  it('is off by default: nothing is archived', async () => {
    const run = await prune({ 'retention-days': '400', 'archive-after-days': 'off' })
    expect(run.code).toBe(0)
    expect(await tiers(seeded.ids)).toEqual(['standard', 'standard', 'standard'])
  })

  it('needs ec2:ModifySnapshotTier under IAM enforcement: with the prune policy it archives, without it the step fails naming it', async () => {
    const policy = readPolicy('prune')
    const full = await userWithPolicies(moto.url, 'archive-full', [policy])
    const less = await userWithPolicies(moto.url, 'archive-less', [withoutAction(policy, 'ec2:ModifySnapshotTier')])
    await moto.enforceIam(true)
    try {
      const as = (c: { accessKeyId: string; secretAccessKey: string }) => ({
        AWS_ACCESS_KEY_ID: c.accessKeyId,
        AWS_SECRET_ACCESS_KEY: c.secretAccessKey
      })
      const denied = await prune({ 'retention-days': '400' }, as(less))
      expect(denied.code).toBe(1)
      expect(denied.errors.join('\n')).toContain('ModifySnapshotTier')
      await moto.enforceIam(false)
      expect(await tiers(seeded.ids)).toEqual(['standard', 'standard', 'standard'])
      await moto.enforceIam(true)
      const allowed = await prune({ 'retention-days': '400' }, as(full))
      expect(allowed.errors).toEqual([])
      expect(allowed.code).toBe(0)
    } finally {
      await moto.enforceIam(false)
    }
    expect(await tiers(seeded.ids)).toEqual(['archive', 'archive', 'standard'])
  })
})
