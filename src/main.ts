import * as core from '@actions/core'
import * as path from 'node:path'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import type { AccountTarget } from './accounts.js'
import { failureLine } from './accounts.js'
import { createClientFactory } from './clients.js'
import { systemClock, type Clock } from './clock.js'
import { oidcCredentials, runnerCredentialDeps } from './credentials.js'
import { errorMessage } from './errors.js'
import { getConfig, type Config } from './inputs.js'
import { runInventory } from './modes/inventory.js'
import { uploadArtifact, writeResultJson, writeSummary } from './report.js'
import { inventorySummary } from './summary/inventory.js'
import { round } from './inventory-csv.js'

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

async function inventoryMode(config: Config, targets: AccountTarget[], clock: Clock): Promise<void> {
  const result = await runInventory(config, targets, clock)
  for (const f of result.failures) core.warning(`Could not list ${failureLine(f)}`)
  const a = result.aggregate
  const resultJson = writeResultJson(result.csvPath, result)
  await writeSummary(
    inventorySummary({ ...result, csvName: path.basename(result.csvPath) }),
    `The full data is in ${path.basename(result.csvPath)}.`
  )
  const artifactId = await uploadArtifact(config.artifactName, [result.csvPath, resultJson])
  core.setOutput('snapshot-count', result.rowCount)
  core.setOutput('total-size-gib', round(a.total.sizeGib, 3))
  core.setOutput('estimated-monthly-cost-usd', round(a.total.costUsd, 2))
  core.setOutput('csv-path', result.csvPath)
  core.setOutput('summary-json-path', resultJson)
  core.setOutput('artifact-id', artifactId)
  core.setOutput('failed-count', result.failures.length)
  core.info(`Listed ${result.rowCount} snapshots in ${result.regions.length} regions; CSV at ${result.csvPath}`)
  if (config.failOnRegionError && result.failures.length > 0) {
    throw new Error(`${result.failures.length} region(s) or service(s) could not be listed (fail-on-region-error is true): ${failureLine(result.failures[0]!)}`)
  }
}

/** The action: read inputs, get credentials, run the mode, report; the only place that fails the step. */
export async function run(clock: Clock = systemClock): Promise<void> {
  try {
    const config = getConfig()
    const start = await startingAccount(config, clock)
    const targets = [start]
    switch (config.mode) {
      case 'inventory':
        await inventoryMode(config, targets, clock)
        break
      default:
        throw new Error(`Mode ${config.mode} is not available in this version`)
    }
  } catch (err) {
    core.setFailed(errorMessage(err))
  }
}
