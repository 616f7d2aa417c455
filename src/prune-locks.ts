/**
 * Prune's view of EBS snapshot lock: the lock state of the regions where the plan would delete EBS snapshots, read
 * once per account and region (DescribeLockedSnapshots, paged) and attached to the records before the final plan, so
 * that the planner skips a locked snapshot (rule `locked`) instead of sending it to DeleteSnapshot. A region whose
 * locks cannot be read (access denied, or an endpoint without the call) is pruned all the same, with a notice: AWS
 * refuses to delete a locked snapshot anyway, and that refusal is reported as skipped, never as a failure.
 */
import type { AccountTarget } from './accounts.js'
import { errorCode, errorMessage } from './errors.js'
import type { SnapshotLock } from './lock-state.js'
import { readSnapshotLocks } from './snapshot-locks.js'
import type { SnapshotRecord } from './types.js'
import { isUnimplemented } from './unimplemented.js'

const DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException'])

/** The rule a snapshot skipped for its lock carries (the planner's and the executor's). */
export const LOCKED_RULE = 'locked'

/** Why a region's locks were not read before pruning, in one line with what prune did and the fix. */
export function pruneLockNotice(accountId: string, region: string, err: unknown): string {
  const where = `Lock state not read in ${region} (account ${accountId})`
  const went =
    'prune went ahead: AWS refuses to delete a locked snapshot, and such a refusal is reported as skipped (rule locked)'
  if (isUnimplemented(err)) return `${where}: the endpoint does not implement DescribeLockedSnapshots; ${went}.`
  const fix = DENIED.has(errorCode(err)) ? '; grant ec2:DescribeLockedSnapshots to the role' : ''
  return `${where}: ${errorMessage(err)}${fix}; ${went}.`
}

/** The reason of a snapshot whose delete AWS refused because a lock holds it (set after the listing). */
export function lockedAtDeleteReason(reason: string, message: string): string {
  return `${reason}; not deleted: locked when the delete was sent (${message}); deletable once the lock expires`
}

/** Reads and attaches EBS lock state for one account's prune. */
export class PruneLocks {
  private readonly regions = new Map<string, Promise<ReadonlyMap<string, SnapshotLock>>>()

  /** @param notices receives one line per region whose locks could not be read */
  constructor(
    private readonly target: Pick<AccountTarget, 'accountId' | 'clients'>,
    private readonly notices: string[]
  ) {}

  private locksOf(region: string): Promise<ReadonlyMap<string, SnapshotLock>> {
    let found = this.regions.get(region)
    if (found === undefined) {
      found = readSnapshotLocks(this.target.clients.ec2(region)).catch((err: unknown) => {
        this.notices.push(pruneLockNotice(this.target.accountId, region, err))
        return new Map<string, SnapshotLock>()
      })
      this.regions.set(region, found)
    }
    return found
  }

  /**
   * The records with the locks of the given regions attached (EBS records of those regions only; every other record
   * unchanged). Each region's locks are read at most once.
   */
  async attach(records: readonly SnapshotRecord[], regions: ReadonlySet<string>): Promise<SnapshotRecord[]> {
    const merged = new Map<string, SnapshotLock>()
    for (const region of [...regions].sort())
      for (const [id, lock] of await this.locksOf(region)) merged.set(`${region}/${id}`, lock)
    return records.map((r) => {
      const lock = r.service === 'ebs' && regions.has(r.region) ? merged.get(`${r.region}/${r.snapshotId}`) : undefined
      return lock === undefined ? r : { ...r, lockState: lock.lockState, lockExpiresAt: lock.lockExpiresAt }
    })
  }
}
