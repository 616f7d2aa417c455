/**
 * The inventory's view of EBS snapshot lock: reads each region's locks once (when the region has EBS snapshots),
 * attaches them to the records, and counts the snapshots whose lock still holds. A region whose locks cannot be read
 * keeps its rows, lock columns empty, with a notice saying why.
 */
import type { AccountTarget } from './accounts.js'
import { errorCode, errorMessage } from './errors.js'
import { isLockActive, withLocks, type SnapshotLock } from './lock-state.js'
import { readSnapshotLocks } from './snapshot-locks.js'
import type { SnapshotRecord } from './types.js'
import { isUnimplemented } from './unimplemented.js'

/** Locked snapshots (lock not expired at the inventory's time) and their storage. */
export interface LockTotals {
  count: number
  sizeGib: number
}

const DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException'])

/** Why a region's locks were not read, in one line with the fix. */
export function lockNotice(accountId: string, region: string, err: unknown): string {
  const where = `Lock state not read in ${region} (account ${accountId})`
  const columns = 'lock_state and lock_expires_at are empty for its snapshots'
  if (isUnimplemented(err)) return `${where}: the endpoint does not implement DescribeLockedSnapshots; ${columns}.`
  const fix = DENIED.has(errorCode(err)) ? '; grant ec2:DescribeLockedSnapshots to the role' : ''
  return `${where}: ${errorMessage(err)}${fix}; ${columns}.`
}

/** Reads and attaches lock state for one inventory run. */
export class InventoryLocks {
  private readonly regions = new Map<string, Promise<ReadonlyMap<string, SnapshotLock>>>()
  /** One line per account and region whose locks could not be read. */
  readonly notices: string[] = []
  /** Snapshots whose lock holds at `now`, and their size. */
  readonly locked: LockTotals = { count: 0, sizeGib: 0 }

  constructor(private readonly now: Date) {}

  private locksOf(
    target: Pick<AccountTarget, 'accountId' | 'clients'>,
    region: string
  ): Promise<ReadonlyMap<string, SnapshotLock>> {
    const key = `${target.accountId}/${region}`
    let found = this.regions.get(key)
    if (!found) {
      found = readSnapshotLocks(target.clients.ec2(region)).catch((err: unknown) => {
        this.notices.push(lockNotice(target.accountId, region, err))
        return new Map<string, SnapshotLock>()
      })
      this.regions.set(key, found)
    }
    return found
  }

  /** The records with their locks attached (EBS only; other services pass unchanged), counting the locked ones. */
  async attach(
    target: Pick<AccountTarget, 'accountId' | 'clients'>,
    records: readonly SnapshotRecord[]
  ): Promise<SnapshotRecord[]> {
    const regions = [...new Set(records.filter((r) => r.service === 'ebs').map((r) => r.region))]
    if (regions.length === 0) return [...records]
    const merged = new Map<string, SnapshotLock>()
    for (const region of regions) for (const [id, lock] of await this.locksOf(target, region)) merged.set(id, lock)
    const out = withLocks(records, merged)
    for (const r of out) {
      if (r.lockState === undefined) continue
      if (!isLockActive({ lockState: r.lockState, lockExpiresAt: r.lockExpiresAt ?? null }, this.now)) continue
      this.locked.count += 1
      this.locked.sizeGib += r.sizeGib
    }
    return out
  }
}
