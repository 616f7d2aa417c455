import type { ClientFactory } from './clients.js'
import type { ListingFailure } from './types.js'

/** An account the run works in, with clients for its credentials. */
export interface AccountTarget {
  accountId: string
  clients: ClientFactory
  /** Why the account cannot be worked in (its role could not be assumed); absent when it can. */
  failure?: string
}

/** Runs fn for every target, at most `limit` at a time, in order of the targets. */
export async function forEachBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Describes a failure for a warning line. */
export function failureLine(f: ListingFailure): string {
  const where =
    f.service === 'regions' || f.service === 'account'
      ? `account ${f.accountId}`
      : `${f.service} in ${f.region} (account ${f.accountId})`
  return `${where}: ${f.message}`
}
