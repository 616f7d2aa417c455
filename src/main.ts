import * as core from '@actions/core'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import type { AccountTarget } from './accounts.js'
import { createClientFactory } from './clients.js'
import { systemClock, type Clock } from './clock.js'
import { oidcCredentials, runnerCredentialDeps } from './credentials.js'
import { errorMessage } from './errors.js'
import { getConfig, type Config } from './inputs.js'
import { inventoryStep } from './steps/inventory.js'
import { resolveTargets } from './targets.js'

/** Resolves the account the starting credentials belong to and builds its clients. */
async function startingAccount(config: Config, clock: Clock): Promise<AccountTarget> {
  const credentials = config.roleToAssume
    ? oidcCredentials(
        { roleArn: config.roleToAssume, audience: config.audience, sessionName: config.roleSessionName, region: config.awsRegion },
        runnerCredentialDeps(clock)
      )
    : undefined
  const probe = createClientFactory({ accountId: '', credentials })
  let accountId: string
  try {
    const me = await probe.sts(config.awsRegion).send(new GetCallerIdentityCommand({}))
    accountId = me.Account ?? ''
  } catch (err) {
    const hint = config.roleToAssume ? '' : ': set role-to-assume, or run aws-actions/configure-aws-credentials before this step'
    throw new Error(`Could not get AWS credentials${hint}. ${errorMessage(err)}`)
  }
  return { accountId, clients: createClientFactory({ accountId, credentials }) }
}

function reportTargets(targets: readonly AccountTarget[]): void {
  if (targets.length > 1) core.setOutput('accounts-json', JSON.stringify(targets.map((t) => t.accountId)))
}

/** The action: read inputs, get credentials, run the mode, report; the only place that fails the step. */
export async function run(clock: Clock = systemClock): Promise<void> {
  try {
    const config = getConfig()
    const start = await startingAccount(config, clock)
    const targets = await resolveTargets(config, start, { setSecret: (secret) => core.setSecret(secret), clock })
    reportTargets(targets)
    switch (config.mode) {
      case 'inventory':
        await inventoryStep(config, targets, clock)
        break
      default:
        throw new Error(`Mode ${config.mode} is not available in this version`)
    }
  } catch (err) {
    core.setFailed(errorMessage(err))
  }
}
