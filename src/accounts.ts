import type { ClientFactory } from './clients.js'
import type { ListingFailure } from './types.js'

/** An account the run works in, with clients for its credentials. */
export interface AccountTarget {
  accountId: string
  clients: ClientFactory
  /** Why the account cannot be worked in (its role could not be assumed); absent when it can. */
  failure?: string
}

/** Describes a failure for a warning line. */
export function failureLine(f: ListingFailure): string {
  const where =
    f.service === 'regions' || f.service === 'account'
      ? `account ${f.accountId}`
      : `${f.service} in ${f.region} (account ${f.accountId})`
  return `${where}: ${f.message}`
}
