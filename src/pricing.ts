import type { Service, SnapshotRecord } from './types.js'

/** One row of the price table the estimates use. */
export interface PriceRow {
  service: Service
  tier: string
  usdPerGibMonth: number
  note: string
}

/** us-east-1 list prices per GB-month; other regions differ by a few percent. */
export const PRICE_TABLE: readonly PriceRow[] = [
  {
    service: 'ebs',
    tier: 'standard',
    usdPerGibMonth: 0.05,
    note: 'EBS snapshot, standard tier; a lineage is billed between its largest full snapshot size and the sum of its full sizes (see the cost section)'
  },
  {
    service: 'ebs',
    tier: 'archive',
    usdPerGibMonth: 0.0125,
    note: 'EBS snapshot, archive tier, billed on the full snapshot size (90-day minimum, $0.03/GB to restore)'
  },
  {
    service: 'rds',
    tier: 'standard',
    usdPerGibMonth: 0.095,
    note: 'RDS backup storage beyond the free allowance (the allowance is not subtracted)'
  },
  {
    service: 'rds-cluster',
    tier: 'standard',
    usdPerGibMonth: 0.021,
    note: 'Aurora backup storage beyond the free allowance (the allowance is not subtracted)'
  },
  { service: 'efs', tier: 'warm', usdPerGibMonth: 0.05, note: 'AWS Backup of EFS, warm storage' },
  { service: 'efs', tier: 'cold', usdPerGibMonth: 0.01, note: 'AWS Backup of EFS, cold storage' }
]

const BY_KEY = new Map(PRICE_TABLE.map((r) => [`${r.service}/${r.tier}`, r.usdPerGibMonth]))
const FALLBACK = new Map<Service, number>([
  ['ebs', 0.05],
  ['rds', 0.095],
  ['rds-cluster', 0.021],
  ['efs', 0.05]
])

/** The price per GB-month of a service's storage tier (the service's standard price for a tier not in the table). */
export function pricePerGibMonth(service: Service, tier: string): number {
  return BY_KEY.get(`${service}/${tier}`) ?? FALLBACK.get(service) ?? 0
}

/**
 * The size a snapshot is priced on alone, in GiB: an EBS snapshot's full size where AWS returns it (the most it can
 * add to its lineage's bill), else the source volume size; the listed size for other services.
 */
export function pricedSizeGib(record: Pick<SnapshotRecord, 'service' | 'sizeGib' | 'fullSizeGib'>): number {
  return record.service === 'ebs' && record.fullSizeGib !== undefined ? record.fullSizeGib : record.sizeGib
}

/** The estimated monthly storage cost of one snapshot alone in US dollars: an upper bound for incremental EBS snapshots. */
export function estimatedMonthlyCost(
  record: Pick<SnapshotRecord, 'service' | 'storageTier' | 'sizeGib' | 'fullSizeGib'>
): number {
  return pricedSizeGib(record) * pricePerGibMonth(record.service, record.storageTier)
}
