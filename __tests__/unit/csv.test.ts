import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CsvWriter } from '../../src/csv.js'
import { INVENTORY_COLUMNS, inventoryRow } from '../../src/inventory-csv.js'
import { readCsv } from '../helpers/csv.js'

describe('inventory CSV', () => {
  it('quotes commas, quotes and newlines and writes tags as JSON', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'csv-')), 'sub', 'inv.csv')
    const now = new Date('2026-11-21T00:00:00Z')
    const w = CsvWriter.open(file, INVENTORY_COLUMNS, (r: Parameters<typeof inventoryRow>[0]) => inventoryRow(r, now))
    await w.write([
      {
        accountId: '123456789012',
        region: 'us-east-1',
        service: 'ebs',
        snapshotId: 'snap-1',
        arn: null,
        snapshotType: 'manual',
        sourceId: null,
        state: 'completed',
        createdAt: new Date('2026-11-01T10:00:00Z'),
        sizeGib: 8,
        encrypted: false,
        kmsKeyId: null,
        storageTier: 'standard',
        tags: { Name: 'a, "b"\nc', 'snapshot-hygiene:managed': 'true' }
      }
    ])
    await w.close()
    expect(w.rowCount).toBe(1)
    const rows = readCsv(file)
    expect(rows).toEqual([
      {
        account_id: '123456789012',
        region: 'us-east-1',
        service: 'ebs',
        snapshot_id: 'snap-1',
        snapshot_type: 'manual',
        source_id: '',
        state: 'completed',
        created_at: '2026-11-01T10:00:00.000Z',
        age_days: '19',
        size_gib: '8',
        encrypted: 'false',
        kms_key_id: '',
        storage_tier: 'standard',
        managed: 'true',
        tags: '{"Name":"a, \\"b\\"\\nc","snapshot-hygiene:managed":"true"}',
        estimated_monthly_cost_usd: '0.4',
        arn: '',
        lock_state: '',
        lock_expires_at: '',
        full_size_gib: '',
        copy_of: '',
        source_region: ''
      }
    ])
  })
})
