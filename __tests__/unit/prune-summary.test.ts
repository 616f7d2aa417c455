import { describe, expect, it } from 'vitest'
import type { BackupResult } from '../../src/modes/backup.js'
import type { PruneDecision, PruneOutcome, PruneResult } from '../../src/modes/prune.js'
import { backupSummary } from '../../src/summary/backup.js'
import { backupAndPruneSummary, pruneSummary } from '../../src/summary/prune.js'

function decision(i: number, outcome: PruneOutcome, rule: string, reason: string): PruneDecision {
  return {
    accountId: '111122223333',
    region: 'us-east-1',
    snapshotId: `snap-${String(i).padStart(17, '0')}`,
    volumeId: `vol-${String(i % 50).padStart(17, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    ageDays: 40,
    sizeGib: 10,
    costUsd: 0.5,
    managed: true,
    outcome,
    rule,
    reason
  }
}

function result(decisions: PruneDecision[], over: Partial<PruneResult> = {}): PruneResult {
  const counts: Record<PruneOutcome, number> = {
    deleted: 0,
    'would-delete': 0,
    archived: 0,
    'would-archive': 0,
    kept: 0,
    skipped: 0,
    failed: 0
  }
  for (const d of decisions) counts[d.outcome] += 1
  const removed = decisions.filter((d) => d.outcome === 'deleted' || d.outcome === 'would-delete')
  return {
    mode: 'prune',
    dryRun: false,
    generatedAt: '2026-02-10T00:00:00.000Z',
    accounts: ['111122223333'],
    regions: ['us-east-1'],
    policy: {
      retentionDays: 15,
      keepLast: 1,
      keepDaily: 7,
      keepWeekly: 0,
      keepMonthly: 0,
      pruneTags: {},
      volumes: null
    },
    pacing: { burst: 100, refillPerSecond: 5 },
    decisions,
    counts,
    deletedIds: removed.map((d) => d.snapshotId),
    reclaimedGib: removed.reduce((n, d) => n + d.sizeGib, 0),
    reclaimedUsd: removed.reduce((n, d) => n + d.costUsd, 0),
    metadata: {
      checked: true,
      objects: 0,
      otherKeys: 0,
      orphans: [],
      unreadable: [],
      missing: [],
      repaired: [],
      removed: []
    },
    errors: [],
    failures: [],
    notices: [],
    warnings: [],
    csvPath: '/tmp/prune.csv',
    rowCount: decisions.length,
    ...over
  }
}

describe('prune summary', () => {
  it('shows deletions with their rule and reason, kept by rule, skipped with why, and the reclaimed cost', () => {
    const r = result(
      [
        decision(1, 'deleted', 'retention', 'expired: 40 days old, retention 15 days'),
        decision(2, 'kept', 'keep-last, keep-daily', 'held by keep-last 1 of 1, keep-daily 2026-02-09'),
        decision(
          3,
          'skipped',
          'in-use',
          'expired: 40 days old, retention 15 days; not deleted: InvalidSnapshot.InUse: in use by ami-1'
        ),
        decision(4, 'failed', 'retention', 'expired; delete failed: UnauthorizedOperation: no')
      ],
      {
        errors: [
          {
            accountId: '111122223333',
            region: 'us-east-1',
            subject: 'snap-4',
            operation: 'DeleteSnapshot',
            message: 'UnauthorizedOperation: no'
          }
        ]
      }
    )
    const md = pruneSummary(r, { bucket: 'meta', csvName: 'prune.csv' })
    expect(md).toContain('## Snapshot prune\n')
    expect(md).toContain(
      'Deleted **1 snapshot**, 10 GiB, about **$0.50 a month** reclaimed (estimate). Of the managed snapshots: kept 1, skipped 1, **failed 1**.'
    )
    expect(md).toContain('Policy: retention 15 days, keep-last 1, keep-daily 7; all volumes; 1 region.')
    expect(md).toContain('### Deleted (1)')
    expect(md).toMatch(
      /\| snap-00000000000000001 \| vol-00000000000000001 \| us-east-1 \|\s+40 \|\s+10 \| retention \| expired: 40 days old, retention 15 days \|/
    )
    expect(md).toContain('### Kept (1)')
    expect(md).toMatch(/\| keep-last, keep-daily \|\s+1 \|/)
    expect(md).toContain('### Skipped (1)')
    expect(md).toContain('not deleted: InvalidSnapshot.InUse: in use by ami-1')
    expect(md).toContain('### Failed (1)')
    expect(md).toContain(
      '### Errors (1)\n\n- DeleteSnapshot snap-4 in us-east-1 (account 111122223333): UnauthorizedOperation: no'
    )
    expect(md).toContain('How the cost is estimated')
    expect(md).toContain('One row per decision is in the CSV `prune.csv`.')
  })

  it('says would delete under dry-run', () => {
    const md = pruneSummary(result([decision(1, 'would-delete', 'retention', 'expired')], { dryRun: true }), {
      bucket: null,
      csvName: 'p.csv'
    })
    expect(md).toContain('## Snapshot prune (dry run: nothing deleted)')
    expect(md).toContain('Would delete **1 snapshot**, 10 GiB, about **$0.50 a month** to reclaim (estimate).')
    expect(md).toContain('### Would delete (1)')
    expect(md).toContain('No bucket was given')
  })

  it('stays small for many thousands of decisions: rule totals and the first rows, the rest in the CSV', () => {
    const decisions = [
      ...Array.from({ length: 20_000 }, (_, i) => decision(i, 'deleted', 'retention', `expired: ${i} days`)),
      ...Array.from({ length: 5_000 }, (_, i) => decision(20_000 + i, 'kept', 'keep-last', 'held by keep-last 1 of 1')),
      ...Array.from({ length: 3_000 }, (_, i) => decision(30_000 + i, 'skipped', 'in-use', 'in use'))
    ]
    const md = pruneSummary(
      result(decisions, {
        metadata: {
          checked: true,
          objects: 25_000,
          otherKeys: 0,
          orphans: Array.from({ length: 900 }, (_, i) => `m/vol-1/snap-${i}.json`),
          unreadable: [],
          missing: [],
          repaired: [],
          removed: []
        }
      }),
      { bucket: 'meta', csvName: 'p.csv' }
    )
    expect(Buffer.byteLength(md)).toBeLessThan(80_000)
    expect(md).toContain(
      'Deleted **20,000 snapshots**, 200,000 GiB, about **$10,000.00 a month** reclaimed (estimate).'
    )
    expect(md).toMatch(/\| retention \|\s+20,000 \|\s+200,000 \|\s+\$10,000\.00 \|/)
    expect(md).toContain('19,900 more are in the CSV.')
    expect(md).toContain('4,950 more are in the CSV.')
    expect(md).toContain('2,900 more are in the CSV.')
    expect(md).toContain('Removed 900 orphaned metadata objects')
    expect(md).toContain('- ... and 850 more (in the result JSON)')
  })

  it('puts what backup created first in backup-and-prune', () => {
    const backup: BackupResult = {
      mode: 'backup',
      generatedAt: '',
      accounts: ['111122223333'],
      created: [
        {
          accountId: '111122223333',
          region: 'us-east-1',
          volumeId: 'vol-1',
          volumeName: 'data',
          snapshotId: 'snap-new',
          state: 'completed',
          startTime: '',
          sizeGib: 10,
          expiresAt: '2026-02-25T00:00:00Z',
          metadataKey: 'm/vol-1/snap-new.json'
        }
      ],
      failures: [],
      volumes: []
    }
    const md = backupAndPruneSummary(backup, result([decision(1, 'deleted', 'retention', 'expired')]), {
      bucket: 'meta',
      csvName: 'p.csv'
    })
    expect(md.indexOf('Created **1 snapshot**.')).toBeLessThan(md.indexOf('### Deleted (1)'))
    expect(md).toMatch(
      /\| vol-1 \(data\) \| us-east-1 \| snap-new \| completed \|\s+10 \| 2026-02-25T00:00:00Z \| `m\/vol-1\/snap-new.json` \|/
    )
    expect(
      backupSummary({
        ...backup,
        failures: [
          {
            accountId: '',
            region: 'us-east-1',
            volumeId: 'vol-2',
            snapshotId: null,
            message: 'Volume vol-2 was not found in us-east-1'
          }
        ]
      })
    ).toContain('Created **1 snapshot**. **1 failed.**')
  })
})
