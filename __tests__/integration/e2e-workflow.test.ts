import { describe, expect, it } from 'vitest'
import { freePort } from '../helpers/moto.js'
import { runJob } from '../helpers/workflow.js'

describe('.github/workflows/e2e.yml run locally', () => {
  it('passes every assertion step against its own moto server', async () => {
    const port = await freePort()
    const steps = await runJob('.github/workflows/e2e.yml', 'e2e', {
      env: { MOTO_PORT: String(port), AWS_ENDPOINT_URL: `http://127.0.0.1:${port}` }
    })
    const summary = steps.map((s) => `${s.status}: ${s.label}`)
    const failed = steps.filter((s) => s.status === 'failure')
    expect(failed.map((s) => `${s.label}\n${s.log}`)).toEqual([])
    expect(summary).toEqual([
      'skipped: actions/checkout@v6',
      'skipped: actions/setup-python@v6',
      'success: Install moto (the version scripts/setup-moto.sh pins)',
      'success: Start the moto server',
      'success: Seed two volumes, three snapshots and a bucket',
      'success: Inventory',
      'success: Assert the inventory outputs',
      'success: Check',
      'success: Assert the check outputs',
      'success: Backup and prune (first run)',
      'success: Backup and prune (second run)',
      'success: Assert the backup-and-prune outputs',
      'success: Stop the moto server'
    ])
  })
})
