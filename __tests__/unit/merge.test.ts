import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Aggregator } from '../../src/aggregate.js'
import { CsvWriter } from '../../src/csv.js'
import { INVENTORY_COLUMNS, inventoryRow } from '../../src/inventory-csv.js'
import { runMerge, type MergeResult } from '../../src/modes/merge.js'
import { SUMMARY_LIMIT_BYTES } from '../../src/markdown.js'
import { mergeSummary } from '../../src/summary/merge.js'
import type { SnapshotRecord } from '../../src/types.js'
import { readCsv } from '../helpers/csv.js'

const NOW = new Date('2026-11-21T00:00:00Z')
const clock = { now: () => NOW, sleep: async () => {} }

function rec(accountId: string, i: number, tags: Record<string, string> = {}): SnapshotRecord {
  return {
    accountId,
    region: 'us-east-1',
    service: 'ebs',
    snapshotId: `snap-${accountId}-${i}`,
    arn: null,
    snapshotType: 'manual',
    sourceId: `vol-${i}`,
    state: 'completed',
    createdAt: new Date('2026-11-01T00:00:00Z'),
    sizeGib: 10 + i,
    encrypted: false,
    kmsKeyId: null,
    storageTier: 'standard',
    tags
  }
}

async function writeRun(dir: string, accountId: string, records: SnapshotRecord[], extra: object = {}): Promise<void> {
  fs.mkdirSync(dir, { recursive: true })
  const csvPath = path.join(dir, 'inventory.csv')
  const w = CsvWriter.open(csvPath, INVENTORY_COLUMNS, (r: SnapshotRecord) => inventoryRow(r, NOW))
  const agg = new Aggregator(NOW)
  records.forEach((r) => agg.add(r))
  await w.write(records)
  await w.close()
  const json = {
    schema_version: 1,
    tool: 'snapshot-hygiene',
    mode: 'inventory',
    accounts: [accountId],
    regions: ['us-east-1'],
    aggregate: agg.result(),
    failures: [],
    csvPath,
    ...extra
  }
  fs.writeFileSync(path.join(dir, 'inventory.summary.json'), JSON.stringify(json))
}

describe('runMerge', () => {
  it('joins CSVs (multi-line quoted fields included), aggregates and findings by account', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-'))
    await writeRun(path.join(root, 'a'), '111111111111', [
      rec('111111111111', 1, { note: 'line one\nline "two", three' }),
      rec('111111111111', 2)
    ])
    await writeRun(path.join(root, 'b', 'nested'), '222222222222', [rec('222222222222', 3)], {
      mode: 'check',
      findings: [
        { accountId: '222222222222', severity: 'error', rule: 'public-snapshot' },
        { accountId: '222222222222', severity: 'notice', rule: 'old-snapshot' },
        { accountId: '222222222222', severity: 'error', rule: 'public-snapshot', silenced: true }
      ]
    })
    const csvPath = path.join(root, 'out', 'merged.csv')
    const r = await runMerge({ mergePath: root, csvPath }, clock)
    expect(r.inputs).toEqual(['a/inventory.summary.json', 'b/nested/inventory.summary.json'])
    expect(r.rowCount).toBe(2) // the check result's CSV is not an inventory CSV
    const rows = readCsv(csvPath)
    expect(rows.map((x) => x.snapshot_id)).toEqual(['snap-111111111111-1', 'snap-111111111111-2'])
    expect(JSON.parse(rows[0]?.tags ?? '{}')).toEqual({ note: 'line one\nline "two", three' })
    expect(r.aggregate.total.count).toBe(2)
    expect(r.accounts).toEqual(['111111111111', '222222222222'])
    expect(r.findingsByAccount).toEqual([{ accountId: '222222222222', error: 1, warning: 0, notice: 1 }])
  })

  it('refuses an empty folder and a result from another schema version', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-'))
    await expect(runMerge({ mergePath: root, csvPath: path.join(root, 'o.csv') }, clock)).rejects.toThrow(
      'holds no *.summary.json results'
    )
    fs.writeFileSync(path.join(root, 'x.summary.json'), JSON.stringify({ tool: 'snapshot-hygiene', schema_version: 2 }))
    await expect(runMerge({ mergePath: root, csvPath: path.join(root, 'o.csv') }, clock)).rejects.toThrow(
      'incompatible version of snapshot-hygiene (schema_version 2; this version reads 1)'
    )
  })
})

describe('organisation summary', () => {
  it('stays under GitHub’s 1 MiB limit at 1,000 accounts with 17 regions, failures and findings', () => {
    const agg = new Aggregator(NOW)
    const accounts: string[] = []
    for (let a = 0; a < 1000; a++) {
      const id = String(100000000000 + a)
      accounts.push(id)
      for (let i = 0; i < 17; i++) agg.add({ ...rec(id, i), region: `r${i}-region-1` })
    }
    const result: MergeResult = {
      mode: 'merge',
      generatedAt: NOW.toISOString(),
      inputs: accounts.map((a) => `slice/${a}.summary.json`),
      accounts,
      regions: [],
      aggregate: agg.result(),
      failures: accounts.flatMap((a) =>
        Array.from({ length: 17 }, (_, i) => ({
          accountId: a,
          region: `r${i}`,
          service: 'ebs' as const,
          message: 'AccessDenied: x'.repeat(20)
        }))
      ),
      findingsByAccount: accounts.map((a) => ({ accountId: a, error: 3, warning: 2, notice: 1 })),
      csvPath: 'org.csv',
      rowCount: 17000
    }
    const md = mergeSummary(result, 'org.csv')
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT_BYTES / 4)
    expect(md).toContain('**17,000 snapshots**')
    expect(md).toContain('800 smaller accounts are in the CSV and the result JSON.')
    expect(md).toContain('800 more accounts have findings; see the result JSON.')
    expect(md).toContain('... and 16,900 more')
  })
})
