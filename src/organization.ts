import { OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { errorMessage } from './errors.js'

/** The ids of the organisation's active accounts, sorted. */
export async function activeAccounts(
  credentials: AwsCredentialIdentityProvider | undefined,
  region: string
): Promise<string[]> {
  const client = new OrganizationsClient({ region, maxAttempts: 10, ...(credentials ? { credentials } : {}) })
  const ids: string[] = []
  try {
    for await (const page of paginateListAccounts({ client, pageSize: 20 }, {})) {
      for (const a of page.Accounts ?? []) {
        const active = a.State ? a.State === 'ACTIVE' : a.Status === 'ACTIVE'
        if (a.Id && active) ids.push(a.Id)
      }
    }
  } catch (err) {
    throw new Error(
      `Could not list the organisation's accounts (organizations:ListAccounts): ${errorMessage(err)}. Run from the management account or a delegated administrator, or list the accounts in the accounts input`,
      { cause: err }
    )
  }
  return ids.sort()
}
