/**
 * EBS snapshot lock: reading the lock state of a region's snapshots (DescribeLockedSnapshots, paged) and locking one
 * snapshot (LockSnapshot), with the errors a caller has to tell apart.
 */
import { DescribeLockedSnapshotsCommand, LockSnapshotCommand, type EC2Client } from '@aws-sdk/client-ec2'
import { errorCode, errorMessage, isThrottle } from './errors.js'
import { LOCK_DAYS_MAX, type LockMode, type SnapshotLock } from './lock-state.js'
import { failFastWhenUnimplemented, isUnimplemented } from './unimplemented.js'

/** DescribeLockedSnapshots' largest page (its range is 5 to 1000). */
export const LOCKS_PAGE_SIZE = 1000

/**
 * Reads the lock of every locked snapshot of the account in a region, page by page (NextToken), keyed by snapshot id.
 * Snapshots that were never locked are absent. Throws what the call throws.
 */
export async function readSnapshotLocks(ec2: EC2Client): Promise<Map<string, SnapshotLock>> {
  const out = new Map<string, SnapshotLock>()
  let token: string | undefined
  const seen = new Set<string>()
  do {
    const command = new DescribeLockedSnapshotsCommand({
      MaxResults: LOCKS_PAGE_SIZE,
      ...(token === undefined ? {} : { NextToken: token })
    })
    failFastWhenUnimplemented(command, 'DescribeLockedSnapshots')
    const page = await ec2.send(command)
    for (const s of page.Snapshots ?? []) {
      if (!s.SnapshotId) continue
      out.set(s.SnapshotId, { lockState: s.LockState ?? 'unknown', lockExpiresAt: s.LockExpiresOn ?? null })
    }
    token = page.NextToken || undefined
    // An endpoint that hands back a token it gave before would page forever.
    if (token !== undefined) {
      if (seen.has(token)) throw new Error(`DescribeLockedSnapshots returned the page token ${token} twice`)
      seen.add(token)
    }
  } while (token !== undefined)
  return out
}

/** What a LockSnapshot call came to. */
export type LockOutcome =
  | { ok: true; snapshotId: string; lockState: string; lockExpiresAt: Date | null }
  | {
      ok: false
      snapshotId: string
      /**
       * throttled: try again later; denied: the role lacks ec2:LockSnapshot; not-found: the snapshot is gone;
       * conflict: it is already locked in a way this lock may not change (compliance after its cooling-off period);
       * unimplemented: the endpoint has no LockSnapshot; failed: anything else.
       */
      kind: 'throttled' | 'denied' | 'not-found' | 'conflict' | 'unimplemented' | 'failed'
      message: string
    }

const DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException'])
const NOT_FOUND = new Set(['InvalidSnapshot.NotFound', 'InvalidSnapshotID.Malformed'])
const CONFLICT = new Set(['IncorrectState', 'InvalidParameterCombination', 'InvalidSnapshot.InUse'])

/** Classifies a LockSnapshot error, with a message that names the fix. */
export function lockFailure(snapshotId: string, err: unknown): Extract<LockOutcome, { ok: false }> {
  const code = errorCode(err)
  const base = `Could not lock ${snapshotId}: ${errorMessage(err)}`
  if (isThrottle(err)) return { ok: false, snapshotId, kind: 'throttled', message: base }
  if (isUnimplemented(err))
    return {
      ok: false,
      snapshotId,
      kind: 'unimplemented',
      message: `${base}; the endpoint does not implement LockSnapshot`
    }
  if (DENIED.has(code))
    return { ok: false, snapshotId, kind: 'denied', message: `${base}; grant ec2:LockSnapshot to the role` }
  if (NOT_FOUND.has(code)) return { ok: false, snapshotId, kind: 'not-found', message: base }
  if (CONFLICT.has(code))
    return {
      ok: false,
      snapshotId,
      kind: 'conflict',
      message: `${base}; its current lock cannot be changed this way (a compliance lock past its cooling-off period can only be extended)`
    }
  return { ok: false, snapshotId, kind: 'failed', message: base }
}

/**
 * Locks one snapshot for `days` (1 to 36500) in `mode`: governance, or compliance with no cooling-off period (the lock
 * is final at once). Never throws: the outcome says what happened.
 */
export async function lockSnapshot(
  ec2: EC2Client,
  snapshotId: string,
  mode: LockMode,
  days: number
): Promise<LockOutcome> {
  if (!Number.isSafeInteger(days) || days < 1 || days > LOCK_DAYS_MAX)
    throw new RangeError(`lock days must be a whole number from 1 to ${LOCK_DAYS_MAX}, got ${String(days)}`)
  try {
    const command = new LockSnapshotCommand({ SnapshotId: snapshotId, LockMode: mode, LockDuration: days })
    failFastWhenUnimplemented(command, 'LockSnapshot')
    const out = await ec2.send(command)
    return {
      ok: true,
      snapshotId: out.SnapshotId ?? snapshotId,
      lockState: out.LockState ?? mode,
      lockExpiresAt: out.LockExpiresOn ?? null
    }
  } catch (err) {
    return lockFailure(snapshotId, err)
  }
}
