import * as core from '@actions/core'
import type { AccountTarget } from '../accounts.js'
import type { Config } from '../inputs.js'
import { activeAccounts } from '../organization.js'
import { writeSummary } from './publish.js'
import { plural } from '../plural.js'
import * as log from '../log.js'

/** Splits account ids into matrix slices of at most `size` accounts each. */
export function matrixSlices(ids: readonly string[], size: number): { include: { slice: number; accounts: string }[] } {
  const include: { slice: number; accounts: string }[] = []
  for (let i = 0; i < ids.length; i += size)
    include.push({ slice: include.length + 1, accounts: ids.slice(i, i + size).join(',') })
  return { include }
}

/** Lists the accounts (for a workflow matrix) without working in them. */
export async function listAccountsStep(config: Config, start: AccountTarget): Promise<void> {
  const ids =
    config.accounts === 'organization'
      ? await activeAccounts(start.clients.credentials, config.awsRegion)
      : (config.accounts ?? [start.accountId])
  const matrix = matrixSlices(ids, config.sliceSize)
  core.setOutput('accounts-json', JSON.stringify(ids))
  core.setOutput('matrix-json', JSON.stringify(matrix))
  log.info(
    `${plural(ids.length, 'account')} in ${plural(matrix.include.length, 'slice')} of at most ${config.sliceSize}`
  )
  await writeSummary(
    `## Accounts\n\n${plural(ids.length, 'account')}, ${plural(matrix.include.length, 'matrix slice')} of at most ${config.sliceSize}.\n`,
    ''
  )
}
