/**
 * The vocabulary of EBS snapshot lock that the inputs, the planner and the lock calls share: the modes, the longest
 * duration and whether a lock still holds. No SDK here, so that the inputs and the planner stay light.
 */
import type { SnapshotRecord } from './types.js'

/** The EBS snapshot lock modes (LockSnapshot's LockMode). */
export const LOCK_MODES = ['governance', 'compliance'] as const
/** An EBS snapshot lock mode. */
export type LockMode = (typeof LOCK_MODES)[number]
/** LockSnapshot's longest LockDuration, in days (the shortest is 1). */
export const LOCK_DAYS_MAX = 36500

/** Whether a lock still prevents deletion at `now`: not expired, and its end (when known) after now. */
export function isLockActive(lock: { lockState: string; lockExpiresAt: Date | null }, now: Date): boolean {
  if (lock.lockState === 'expired') return false
  return lock.lockExpiresAt === null || lock.lockExpiresAt.getTime() > now.getTime()
}

/** A snapshot's lock as DescribeLockedSnapshots gives it. */
export interface SnapshotLock {
  /** compliance, governance, compliance-cooloff or expired. */
  lockState: string
  /** When the lock expires; null when AWS did not say. */
  lockExpiresAt: Date | null
}

/** The records with their lock attached (lockState, lockExpiresAt) where `locks` has one; the others unchanged. */
export function withLocks(
  records: readonly SnapshotRecord[],
  locks: ReadonlyMap<string, SnapshotLock>
): SnapshotRecord[] {
  return records.map((r) => {
    const lock = r.service === 'ebs' ? locks.get(r.snapshotId) : undefined
    return lock === undefined ? r : { ...r, lockState: lock.lockState, lockExpiresAt: lock.lockExpiresAt }
  })
}
