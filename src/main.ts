import * as core from '@actions/core'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { AccountTarget } from './accounts.js'
import { systemClock, type Clock } from './clock.js'
import { oidcCredentials, runnerCredentialDeps } from './credentials.js'
import { errorMessage } from './errors.js'
import { logLine } from './escape.js'
import { getConfig, Inputs, type Config, type Mode } from './inputs.js'
import type { SelectedConfig } from './selected-sources.js'
import { forkSkipNotice, readEventContext } from './pull-request.js'

/** A mode's step: runs it for the target accounts and reports (summary, CSV, artifact, outputs). */
type Step = (config: Config, targets: AccountTarget[], clock: Clock) => Promise<void>

/** Loads a mode's code on demand, so that start-up loads only what the first AWS request needs. */
async function loadStep(mode: Exclude<Mode, 'merge' | 'list-accounts'>): Promise<Step> {
  switch (mode) {
    case 'inventory':
      return (await import('./report/inventory.js')).inventoryStep
    case 'backup':
      return (await import('./report/backup.js')).backupStep
    case 'prune':
      return (await import('./report/prune.js')).pruneStep
    case 'backup-and-prune':
      return (await import('./report/prune.js')).backupAndPruneStep
    case 'check':
      return (await import('./report/check.js')).checkStep
    default: {
      const unknown: never = mode
      throw new Error(`Unknown mode ${String(unknown)}`)
    }
  }
}

/** The starting credentials: the OIDC role when role-to-assume is set, else the SDK's default chain. */
function startingCredentials(config: Config, clock: Clock): AwsCredentialIdentityProvider | undefined {
  if (!config.roleToAssume) return undefined
  return oidcCredentials(
    {
      roleArn: config.roleToAssume,
      audience: config.audience,
      sessionName: config.roleSessionName,
      region: config.awsRegion
    },
    runnerCredentialDeps(clock)
  )
}

/**
 * The account the starting credentials belong to (STS GetCallerIdentity needs no permission).
 * `onSent` is called once the request is signed and handed to the HTTP handler.
 */
async function callerAccount(
  config: Config,
  credentials: AwsCredentialIdentityProvider | undefined,
  onSent: () => void
): Promise<string> {
  const sts = new STSClient({ region: config.awsRegion, maxAttempts: 10, ...(credentials ? { credentials } : {}) })
  sts.middlewareStack.add(
    (next) => async (args) => {
      // Two turns later the socket has connected and the request is written; only then load the rest.
      setImmediate(() => setImmediate(onSent))
      return next(args)
    },
    { step: 'finalizeRequest', priority: 'low', name: 'startupSignal' }
  )
  try {
    const me = await sts.send(new GetCallerIdentityCommand({}))
    return me.Account ?? ''
  } catch (err) {
    const hint = config.roleToAssume
      ? ''
      : ': set role-to-assume, or run aws-actions/configure-aws-credentials before this step'
    throw new Error(`Could not get AWS credentials${hint}. ${errorMessage(err)}`, { cause: err })
  } finally {
    sts.destroy()
  }
}

/**
 * Resolves the starting account. The mode's code (the large SDK clients) loads while the first
 * request is on the wire, not before it: `sent` settles once that request has gone out (or failed).
 */
function startingAccount(config: Config, clock: Clock): { sent: Promise<void>; target: Promise<AccountTarget> } {
  const credentials = startingCredentials(config, clock)
  let signal = (): void => {}
  const sent = new Promise<void>((resolve) => {
    signal = resolve
  })
  const account = callerAccount(config, credentials, () => {
    signal()
  })
  account.catch(() => {
    signal()
  })
  const target = sent
    .then(() => Promise.all([account, import('./clients.js')]))
    .then(([accountId, { createClientFactory }]) => ({
      accountId,
      clients: createClientFactory({ accountId, credentials })
    }))
  return { sent, target }
}

/** The config with its tag selectors resolved into sources (in every region and account of the run), when it has any. */
async function withSelections(
  config: Config,
  targets: readonly AccountTarget[],
  clock: Clock
): Promise<SelectedConfig<Config>> {
  const { hasSelectors, resolveSelections } = await import('./selected-sources.js')
  let out: SelectedConfig<Config> = config
  if (hasSelectors(config)) {
    const { config: resolved, report } = await resolveSelections(config, targets)
    out = { ...resolved, selection: report }
  }
  // Prune and check see an instance as its volumes; backup modes snapshot it as a set.
  if ((config.mode === 'prune' || config.mode === 'check') && out.instances.length > 0) {
    const { instanceVolumeRefs } = await import('./instance-backup.js')
    const { refs, failures } = await instanceVolumeRefs(out, targets, clock.now())
    const known = new Set(out.volumes.map((v) => `${v.region}/${v.volumeId}`))
    out = { ...out, volumes: [...out.volumes, ...refs.filter((v) => !known.has(`${v.region}/${v.volumeId}`))] }
    // An instance that could not be described is reported as a region the selectors could not search.
    if (failures.length > 0) {
      const report = out.selection ?? { matches: [], unmatched: [], failures: [] }
      const more = failures.map((f) => ({
        input: Inputs.instance,
        accountId: f.accountId,
        region: f.region,
        message: `${f.message}; its volumes' snapshots are left out of this run`
      }))
      out = { ...out, selection: { ...report, failures: [...report.failures, ...more] } }
    }
  }
  return out
}

async function runMode(config: Config, clock: Clock): Promise<void> {
  if (config.mode === 'merge') {
    const { mergeStep } = await import('./report/merge.js')
    await mergeStep(config, clock)
    return
  }
  const forkNotice = forkSkipNotice(config, process.env, readEventContext())
  if (forkNotice !== null) {
    core.notice(forkNotice)
    return
  }
  const { sent, target } = startingAccount(config, clock)
  await sent
  if (config.mode === 'list-accounts') {
    const [start, { listAccountsStep }] = await Promise.all([target, import('./report/list-accounts.js')])
    await listAccountsStep(config, start)
    return
  }
  const [start, step, { resolveTargets }] = await Promise.all([target, loadStep(config.mode), import('./targets.js')])
  const targets = await resolveTargets(config, start, {
    setSecret: (secret) => {
      core.setSecret(secret)
    },
    clock
  })
  if (targets.length > 1) core.setOutput('accounts-json', JSON.stringify(targets.map((t) => t.accountId)))
  await step(await withSelections(config, targets, clock), targets, clock)
}

/** The action: read inputs, get credentials, run the mode, report; the only place that fails the step. */
export async function run(clock: Clock = systemClock): Promise<void> {
  try {
    await runMode(getConfig(), clock)
  } catch (err) {
    core.setFailed(logLine(errorMessage(err)))
  }
}
