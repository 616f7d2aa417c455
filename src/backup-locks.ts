/**
 * Backup's EBS snapshot locks: once backup has created (and waited for) its snapshots, each completed EBS snapshot is
 * locked with LockSnapshot for `lock-days` in `lock-mode`. A snapshot that could not be locked is kept and reported
 * as a failure of its own (the step fails once everything else is done). RDS and Aurora snapshots have no snapshot
 * lock: lock-days does not apply to them, and the result says so.
 */
import type { ClientFactory } from './clients.js'
import type { LockMode } from './lock-state.js'
import type { BackupFailure, CreatedSnapshot } from './modes/backup.js'
import { lockSnapshot } from './snapshot-locks.js'
import type { CopiedSnapshot } from './backup-copies.js'

/** The lock a created snapshot got. */
export interface BackupLock {
  mode: LockMode
  days: number
  /** When the lock ends, as AWS answered; null when it did not say. */
  expiresAt: string | null
}

/** The lock inputs backup reads (lock-days 0: no lock). */
export interface LockRequest {
  days: number
  mode: LockMode
}

/** The line backup's result carries when lock-days is set and the run also backs up RDS or Aurora sources. */
export function rdsLockNotice(days: number): string {
  return `lock-days (${days}) applies to EBS snapshots only: RDS and Aurora snapshots have no snapshot lock, so this run's DB snapshots are not locked (protect them with AWS Backup vault lock).`
}

/**
 * Locks each completed EBS snapshot of `created` (concurrently); returns the records with their lock and one failure
 * per snapshot that was not locked (not completed, or LockSnapshot refused). Other kinds pass unchanged.
 */
export async function lockBackups(
  created: readonly CreatedSnapshot[],
  clientsOf: (accountId: string) => ClientFactory | undefined,
  request: LockRequest
): Promise<{ created: CreatedSnapshot[]; failures: BackupFailure[] }> {
  if (request.days <= 0) return { created: [...created], failures: [] }
  const failures: BackupFailure[] = []
  const out = await Promise.all(
    created.map(async (c): Promise<CreatedSnapshot> => {
      if (c.kind !== undefined) return c
      const where = { accountId: c.accountId, region: c.region, volumeId: c.volumeId, snapshotId: c.snapshotId }
      const fail = (message: string): CreatedSnapshot => {
        failures.push({ ...where, message, lockFailed: true })
        return c
      }
      if (c.state !== 'completed')
        return fail(
          `Snapshot ${c.snapshotId} of ${c.volumeId} was not locked: it is ${c.state}, not completed; it is kept, and can be locked once completed with LockSnapshot (${request.mode}, ${request.days} days)`
        )
      const clients = clientsOf(c.accountId)
      if (clients === undefined)
        return fail(`Snapshot ${c.snapshotId} of ${c.volumeId} was not locked: no client for account ${c.accountId}`)
      const result = await lockSnapshot(clients.ec2(c.region), c.snapshotId, request.mode, request.days)
      if (!result.ok) return fail(`${result.message}; the snapshot is kept, unlocked`)
      const lock: BackupLock = {
        mode: request.mode,
        days: request.days,
        expiresAt: result.lockExpiresAt === null ? null : result.lockExpiresAt.toISOString()
      }
      return { ...c, lock }
    })
  )
  return { created: out, failures }
}

/** A copy this run made, with the lock it got (EBS copies only). */
export type LockedCopy = CopiedSnapshot & { lock?: BackupLock }

/**
 * Locks each completed EBS copy this run made, in its own region, as {@link lockBackups} locks the originals: a copy
 * that could not be locked is kept and reported as a failure of its own. Copies that failed or were not started are
 * already reported by the copy step and pass unchanged, as do RDS and Aurora copies.
 */
export async function lockCopies(
  copies: readonly CopiedSnapshot[],
  clientsOf: (accountId: string) => ClientFactory | undefined,
  request: LockRequest
): Promise<{ copies: LockedCopy[]; failures: BackupFailure[] }> {
  if (request.days <= 0) return { copies: [...copies], failures: [] }
  const failures: BackupFailure[] = []
  const out = await Promise.all(
    copies.map(async (c): Promise<LockedCopy> => {
      if (c.kind !== undefined || c.snapshotId === null || c.state === 'failed' || c.state === 'not-started') return c
      const where = { accountId: c.accountId, region: c.region, volumeId: c.volumeId, snapshotId: c.snapshotId }
      const fail = (message: string): LockedCopy => {
        failures.push({ ...where, message, lockFailed: true })
        return c
      }
      const what = `Copy ${c.snapshotId} of ${c.sourceSnapshotId} (${c.volumeId}) in ${c.region}`
      if (c.state !== 'completed')
        return fail(
          `${what} was not locked: it is ${c.state}, not completed; it is kept, and can be locked once completed with LockSnapshot (${request.mode}, ${request.days} days)`
        )
      const clients = clientsOf(c.accountId)
      if (clients === undefined) return fail(`${what} was not locked: no client for account ${c.accountId}`)
      const result = await lockSnapshot(clients.ec2(c.region), c.snapshotId, request.mode, request.days)
      if (!result.ok) return fail(`${what}: ${result.message}; the copy is kept, unlocked`)
      const lock: BackupLock = {
        mode: request.mode,
        days: request.days,
        expiresAt: result.lockExpiresAt === null ? null : result.lockExpiresAt.toISOString()
      }
      return { ...c, lock }
    })
  )
  return { copies: out, failures }
}
