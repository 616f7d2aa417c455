import type { ClientFactory } from './clients.js'
import { listEbsSnapshots } from './listers/ebs.js'
import { listClusterSnapshots, listDbSnapshots } from './listers/rds.js'
import { listEfsRecoveryPoints, listVaultNames } from './listers/efs.js'
import type { Service, SnapshotRecord } from './types.js'

/** Receives each page of records as it arrives. */
export type PageSink = (records: SnapshotRecord[]) => Promise<void>

/** One chain of list calls for a service in a region. */
export interface ListingTask {
  region: string
  service: Service
  /** A short label for messages, such as "DB snapshots (AWS Backup)". */
  label: string
  run(emit: PageSink): Promise<void>
}

/**
 * Feeds every page to `emit`, asking the paginator for the next page before handing over the current one,
 * so that writing and aggregating a page overlap the request for the next.
 */
export async function drain(pages: AsyncGenerator<SnapshotRecord[]>, emit: PageSink): Promise<void> {
  let next = pages.next()
  for (;;) {
    const page = await next
    if (page.done === true) return
    next = pages.next()
    // A failed prefetch is seen by the loop's next await; keep it from being reported as unhandled meanwhile.
    next.catch(() => undefined)
    await emit(page.value)
  }
}

/** The listing tasks for one account and region; each can run concurrently with every other. */
export function listingTasks(
  clients: ClientFactory,
  region: string,
  services: readonly Service[],
  now: Date
): ListingTask[] {
  const account = clients.accountId
  const tasks: ListingTask[] = []
  for (const service of services) {
    if (service === 'ebs') {
      tasks.push({
        region,
        service,
        label: 'EBS snapshots',
        run: (emit) => drain(listEbsSnapshots(clients.ec2(region), account, region), emit)
      })
    } else if (service === 'rds') {
      tasks.push({
        region,
        service,
        label: 'DB snapshots',
        run: (emit) => drain(listDbSnapshots(clients.rds(region), account, region, 'default'), emit)
      })
      tasks.push({
        region,
        service,
        label: 'DB snapshots (AWS Backup)',
        run: (emit) => drain(listDbSnapshots(clients.rds(region), account, region, 'awsbackup'), emit)
      })
    } else if (service === 'rds-cluster') {
      tasks.push({
        region,
        service,
        label: 'DB cluster snapshots',
        run: (emit) => drain(listClusterSnapshots(clients.rds(region), account, region), emit)
      })
    } else {
      tasks.push({
        region,
        service,
        label: 'EFS recovery points',
        run: async (emit) => {
          const backup = clients.backup(region)
          const vaults = await listVaultNames(backup)
          await Promise.all(vaults.map((v) => drain(listEfsRecoveryPoints(backup, v, account, region, now), emit)))
        }
      })
    }
  }
  return tasks
}
