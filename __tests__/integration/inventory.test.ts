import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { seedDemoAccount, SEED_REGIONS, type Seeded } from '../helpers/seed.js'
import { csvHeader, readCsv } from '../helpers/csv.js'
import { stopStarted } from '../helpers/teardown.js'

let moto: Moto
let seeded: Seeded[]

beforeAll(async () => {
  moto = await startMoto()
  seeded = await seedDemoAccount(moto.url)
})
afterAll(() => stopStarted(moto))

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' })

describe('inventory against the moto server', () => {
  it('lists every seeded snapshot in the CSV, the outputs and the summary', async () => {
    const run = await runAction({ inputs: { mode: 'inventory', regions: SEED_REGIONS.join(',') }, env: env() })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const csvPath = run.outputs['csv-path'] ?? ''
    expect(csvHeader(csvPath).slice(0, 16)).toEqual([
      'account_id',
      'region',
      'service',
      'snapshot_id',
      'snapshot_type',
      'source_id',
      'state',
      'created_at',
      'age_days',
      'size_gib',
      'encrypted',
      'kms_key_id',
      'storage_tier',
      'managed',
      'tags',
      'estimated_monthly_cost_usd'
    ])
    const rows = readCsv(csvPath)
    // moto adds one automated snapshot for the DB instance and one for the Aurora cluster.
    expect(rows).toHaveLength(seeded.length + 2)
    for (const s of seeded) {
      const row = rows.find((r) => r.snapshot_id === s.snapshotId)
      expect(row, s.snapshotId).toMatchObject({
        account_id: '123456789012',
        region: s.region,
        service: s.service,
        source_id: s.sourceId,
        size_gib: String(s.sizeGib),
        encrypted: String(s.encrypted),
        snapshot_type: s.snapshotType,
        managed: String(s.managed)
      })
      expect(row?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    }
    const automated = rows
      .filter((r) => r.snapshot_type === 'automated')
      .map((r) => `${r.service} ${r.source_id}`)
      .sort()
    expect(automated).toEqual(['rds orders-db', 'rds-cluster catalog'])
    const quoted = rows.find((r) => r.region === 'ap-southeast-2' && r.service === 'ebs')
    expect(JSON.parse(quoted?.tags ?? '{}')).toEqual({ 'cost-center': 'a,b "quoted"' })
    expect(
      rows
        .filter((r) => r.service === 'ebs')
        .every((r) => r.estimated_monthly_cost_usd === String(Number(r.size_gib) * 0.05))
    ).toBe(true)

    const ebsGib = seeded.filter((s) => s.service === 'ebs').reduce((n, s) => n + s.sizeGib, 0)
    expect(run.outputs['snapshot-count']).toBe(String(seeded.length + 2))
    expect(run.outputs['total-size-gib']).toBe(String(ebsGib + 20 + 20 + 1 + 1))
    expect(run.outputs['artifact-id']).toBe('')
    expect(run.summary).toContain('## Snapshot inventory')
    expect(run.summary).toContain(`**${seeded.length + 2} snapshots**, ${(ebsGib + 42).toLocaleString('en-US')} GiB`)
    expect(run.summary).toMatch(/\| ebs\s+\|\s+7 \|\s+1,358 \|\s+\$67\.90 \|/)
    expect(run.summary).toMatch(/\| eu-west-1\s+\|\s+4 \|\s+1,040 \|/)
    expect(run.summary).toContain('How the cost is estimated')
    expect(run.summary).not.toContain('Not listed')
  })

  it('discovers every enabled region when regions is all', async () => {
    const run = await runAction({ inputs: { services: 'ebs' }, env: env() })
    expect(run.code).toBe(0)
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.map((r) => r.snapshot_id).sort()).toEqual(
      seeded
        .filter((s) => s.service === 'ebs')
        .map((s) => s.snapshotId)
        .sort()
    )
    expect(run.summary).toMatch(/across \d{2} regions/)
  })

  it('names a service that fails in a region and completes the rest', async () => {
    // moto has no AWS Backup recovery-point listing: a vault makes the EFS listing fail in that region only.
    const { CreateBackupVaultCommand } = await import('@aws-sdk/client-backup')
    const { awsClients } = await import('../helpers/aws.js')
    await awsClients(moto.url, 'eu-west-1').backup.send(new CreateBackupVaultCommand({ BackupVaultName: 'efs-vault' }))
    const run = await runAction({ inputs: { regions: SEED_REGIONS.join('\n') }, env: env() })
    expect(run.code).toBe(0)
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain('Could not list efs in eu-west-1 (account 123456789012): EFS recovery points:')
    expect(run.summary).toContain('### Not listed')
    expect(run.summary).toContain('efs in eu-west-1')
    expect(run.outputs['snapshot-count']).toBe(String(seeded.length + 2))
  })

  it('fails before any AWS call on a bad input, naming it', async () => {
    const run = await runAction({
      inputs: { services: 'ebs,s3' },
      env: { ...env(), AWS_ENDPOINT_URL: 'http://127.0.0.1:9' }
    })
    expect(run.code).toBe(1)
    expect(run.errors).toEqual(["Input 'services' accepts ebs, rds, efs; got 's3'"])
  })
})
