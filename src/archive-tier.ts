/**
 * Moving one EBS snapshot to the archive tier (ModifySnapshotTier, StorageTier archive), paced on the region's
 * snapshot request bucket with throttling retried, and what the call came to.
 */
import { ModifySnapshotTierCommand } from '@aws-sdk/client-ec2'
import type { ClientFactory } from './clients.js'
import type { Clock } from './clock.js'
import { errorCode, errorMessage, isThrottle } from './errors.js'
import { withThrottleRetry, type Pacer } from './pacer.js'

/** How one ModifySnapshotTier ended. */
export type ArchiveResult =
  | { kind: 'archived' }
  | { kind: 'gone' }
  /** The snapshot cannot be archived now (in use by an AMI, shared, already being tiered): kept in standard. */
  | { kind: 'refused'; message: string }
  | { kind: 'error'; message: string }

/** Errors after which the snapshot stays in standard without the run failing: AWS will not archive it as it is. */
const REFUSED = new Set(['IncorrectState', 'InvalidSnapshot.InUse', 'InvalidParameterCombination'])
const DENIED = new Set(['UnauthorizedOperation', 'AccessDenied', 'AccessDeniedException'])

/** Sorts a ModifySnapshotTier error, naming the fix where there is one. */
export function classifyArchiveError(err: unknown): ArchiveResult {
  const code = errorCode(err)
  const message = errorMessage(err)
  if (code === 'InvalidSnapshot.NotFound') return { kind: 'gone' }
  if (REFUSED.has(code)) return { kind: 'refused', message }
  if (DENIED.has(code)) return { kind: 'error', message: `${message}; grant ec2:ModifySnapshotTier to the role` }
  return { kind: 'error', message }
}

/** Moves one snapshot to the archive tier: a pacer token per attempt, throttling retried with backoff; never throws. */
export async function archiveSnapshot(
  clients: ClientFactory,
  region: string,
  snapshotId: string,
  pacer: Pacer,
  clock: Clock,
  random?: () => number
): Promise<ArchiveResult> {
  try {
    await withThrottleRetry(
      () =>
        clients
          .ec2Paced(region)
          .send(new ModifySnapshotTierCommand({ SnapshotId: snapshotId, StorageTier: 'archive' })),
      {
        pacer,
        isThrottle,
        maxAttempts: 8,
        clock,
        baseDelayMs: 1_000,
        maxDelayMs: 30_000,
        random,
        label: `ModifySnapshotTier ${snapshotId} in ${region}`
      }
    )
    return { kind: 'archived' }
  } catch (err) {
    return classifyArchiveError(err)
  }
}
