import { ageDays } from './aggregate.js'
import { estimatedMonthlyCost } from './pricing.js'
import { TAG_MANAGED, type SnapshotRecord } from './types.js'
import { isCopy, TAG_COPY_OF, TAG_SOURCE_REGION } from './copy-policy.js'

/** The inventory CSV's columns, in order. */
export const INVENTORY_COLUMNS = [
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
  'estimated_monthly_cost_usd',
  'arn',
  'lock_state',
  'lock_expires_at',
  'full_size_gib',
  'copy_of',
  'source_region'
] as const

/** One inventory CSV row for a record, ages counted from now. */
export function inventoryRow(r: SnapshotRecord, now: Date): unknown[] {
  return [
    r.accountId,
    r.region,
    r.service,
    r.snapshotId,
    r.snapshotType,
    r.sourceId ?? '',
    r.state,
    r.createdAt.toISOString(),
    ageDays(r.createdAt, now),
    round(r.sizeGib, 3),
    r.encrypted ? 'true' : 'false',
    r.kmsKeyId ?? '',
    r.storageTier,
    r.tags[TAG_MANAGED] === 'true' ? 'true' : 'false',
    JSON.stringify(r.tags),
    round(estimatedMonthlyCost(r), 4),
    r.arn ?? '',
    r.lockState ?? '',
    r.lockExpiresAt ? r.lockExpiresAt.toISOString() : '',
    r.fullSizeGib === undefined ? '' : round(r.fullSizeGib, 3),
    isCopy(r) ? (r.tags[TAG_COPY_OF] ?? '') : '',
    isCopy(r) ? (r.tags[TAG_SOURCE_REGION] ?? '') : ''
  ]
}

/** Rounds to a number of decimals. */
export function round(n: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(n * f) / f
}
