/** The compared check a check step marks its findings against: the keys of the findings in its findings file. */
import { baselineKeys, FindingsFileError } from '../finding-baseline.js'
import { besideCompared, CompareError, MAX_COMPARED_BYTES, readBoundedFile } from '../compare.js'
import type { Config } from '../inputs.js'
import { loadCompared } from './compare.js'

/**
 * The keys of the compared check's findings; an empty set when compare-with found no earlier result (every finding
 * is then new), null without compare-with.
 */
export async function checkBaseline(
  config: Pick<Config, 'compareWith' | 'githubToken' | 'artifactName'>,
  accounts: readonly string[],
  env: NodeJS.ProcessEnv = process.env
): Promise<ReadonlySet<string> | null> {
  const outcome = await loadCompared(config, 'check', accounts, env)
  if (outcome === null) return null
  if (outcome.status === 'none') return new Set()
  const { compared } = outcome
  if (compared.kind !== 'check') throw new CompareError(`compare-with ${compared.file} is not a check result`)
  const name = compared.slice.findingsName
  if (name === null)
    throw new CompareError(
      `compare-with ${compared.file} does not name its findings file (findingsJsonPath): compare with a result of this version`
    )
  const file = besideCompared(compared, name)
  let text: string
  try {
    text = readBoundedFile(file, MAX_COMPARED_BYTES)
  } catch (err) {
    if ((err as NodeJS.ErrnoException | null)?.code !== 'ENOENT') throw err
    throw new CompareError(
      `compare-with ${compared.file} names ${name}, which is not beside it; upload both files in the artifact`
    )
  }
  try {
    return baselineKeys(file, text)
  } catch (err) {
    if (err instanceof FindingsFileError) throw new CompareError(`compare-with: ${err.message}`)
    throw err
  }
}
