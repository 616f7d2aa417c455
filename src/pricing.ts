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
    note: 'EBS snapshot, standard tier; priced on the source volume size, so an upper bound for incremental snapshots'
  },
  {
    service: 'ebs',
    tier: 'archive',
    usdPerGibMonth: 0.0125,
    note: 'EBS snapshot, archive tier (90-day minimum, $0.03/GB to restore)'
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

/** The estimated monthly storage cost of one snapshot in US dollars. */
export function estimatedMonthlyCost(record: Pick<SnapshotRecord, 'service' | 'storageTier' | 'sizeGib'>): number {
  const price = BY_KEY.get(`${record.service}/${record.storageTier}`) ?? FALLBACK.get(record.service) ?? 0
  return record.sizeGib * price
}
