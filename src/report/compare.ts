/** Where a step gets the result it compares itself with: the compare-with path, or the previous run's artifact. */
import { findCompared, type ComparedMode, type CompareOutcome } from '../compare.js'
import type { Config } from '../inputs.js'
import * as log from '../log.js'
import { downloadPreviousRun } from './previous-run.js'

/**
 * The compared result for a run of `mode` over `accounts`, or null without compare-with. No earlier result is a
 * notice (logged here); a result that cannot be compared throws a CompareError.
 */
export async function loadCompared(
  config: Pick<Config, 'compareWith' | 'githubToken' | 'artifactName'>,
  mode: ComparedMode,
  accounts: readonly string[],
  env: NodeJS.ProcessEnv = process.env
): Promise<CompareOutcome | null> {
  const c = config.compareWith
  if (c.kind === 'none') return null
  let target: string
  if (c.kind === 'path') target = c.path
  else {
    const previous = await downloadPreviousRun({ token: config.githubToken, artifactName: config.artifactName, env })
    if (previous.status === 'none') {
      log.notice(previous.notice)
      return previous
    }
    log.info(`Comparing with artifact ${config.artifactName} of run ${previous.runId}`)
    target = previous.dir
  }
  const outcome = findCompared(target, mode, accounts)
  if (outcome.status === 'none') log.notice(outcome.notice)
  else log.info(`Comparing with ${outcome.compared.file}`)
  return outcome
}
