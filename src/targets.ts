import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import type { AccountTarget } from './accounts.js'
import { forEachBounded } from './bounded.js'
import { createClientFactory } from './clients.js'
import type { Clock } from './clock.js'
import { chainedCredentials } from './credentials.js'
import { errorMessage } from './errors.js'
import type { Config } from './inputs.js'
import { activeAccounts } from './organization.js'

/** What target resolution needs from the runner. */
export interface TargetDeps {
  setSecret(secret: string): void
  clock: Clock
}

/** The accounts the run works in: the starting account, a list, or the organisation, each with its own clients. */
export async function resolveTargets(
  config: Pick<Config, 'accounts' | 'memberRoleName' | 'awsRegion' | 'roleSessionName' | 'maxParallelAccounts'>,
  start: AccountTarget,
  deps: TargetDeps
): Promise<AccountTarget[]> {
  if (config.accounts === null) return [start]
  const ids =
    config.accounts === 'organization'
      ? await activeAccounts(start.clients.credentials, config.awsRegion)
      : config.accounts
  const roleName = config.memberRoleName
  if (roleName === null) {
    const others = ids.filter((id) => id !== start.accountId)
    if (others.length > 0) {
      throw new Error(
        `Working in account ${others[0]} needs member-role-name: the starting credentials belong to account ${start.accountId}`
      )
    }
    return [start]
  }
  return forEachBounded(ids, config.maxParallelAccounts, (id) => memberTarget(id, roleName, config, start, deps))
}

async function memberTarget(
  accountId: string,
  roleName: string,
  config: Pick<Config, 'awsRegion' | 'roleSessionName'>,
  start: AccountTarget,
  deps: TargetDeps
): Promise<AccountTarget> {
  if (accountId === start.accountId) return start
  const roleArn = `arn:aws:iam::${accountId}:role/${roleName}`
  const credentials = chainedCredentials(
    { roleArn, sessionName: config.roleSessionName, region: config.awsRegion, source: start.clients.credentials },
    deps
  )
  const clients = createClientFactory({ accountId, credentials })
  try {
    const me = await clients.sts(config.awsRegion).send(new GetCallerIdentityCommand({}))
    if (me.Account !== accountId) throw new Error(`the role's credentials belong to account ${me.Account ?? 'unknown'}`)
    return { accountId, clients }
  } catch (err) {
    return { accountId, clients, failure: errorMessage(err) }
  }
}
