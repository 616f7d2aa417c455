import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { getConfig, InputError, type InputSource } from '../../src/inputs.js'
import { runnerInputs } from '../helpers/action-defaults.js'

/** A real workspace and runner temp folder, so that the path inputs are checked against the disk. */
let ws: string
let temp: string

beforeEach(() => {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-paths-')))
  ws = path.join(base, 'ws')
  temp = path.join(base, 'temp')
  for (const d of [ws, temp]) fs.mkdirSync(d)
})

/** The inputs as the runner gives them: action.yml's defaults unless the test sets one. */
function source(inputs: Record<string, string>): InputSource {
  return runnerInputs(inputs, { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp, AWS_REGION: 'us-east-1' })
}

function thrown(inputs: Record<string, string>): unknown {
  try {
    getConfig(source(inputs))
  } catch (err) {
    return err
  }
  throw new Error('expected an error')
}

describe('csv-path and merge-path', () => {
  it('trims the input before resolving it against the workspace', () => {
    expect(getConfig(source({ 'csv-path': '  out/inv.csv \n' })).csvPath).toBe(path.join(ws, 'out', 'inv.csv'))
  })

  it('quotes a refused path as it was typed', () => {
    const err = thrown({ 'csv-path': ' ../inv.csv ' })
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toBe(
      "Input 'csv-path' must be a path inside the workspace or the runner's temp folder; '../inv.csv' is outside the workspace and the runner's temp folder"
    )
  })

  it('quotes the default path when that is what was refused', () => {
    const fallback = path.join(temp, 'snapshot-hygiene-inventory.csv')
    fs.symlinkSync(path.join(ws, 'elsewhere.csv'), fallback)
    expect((thrown({}) as Error).message).toBe(
      `Input 'csv-path' must be a path inside the workspace or the runner's temp folder; '${fallback}' is a symbolic link; name a regular file or remove the link`
    )
  })

  it('lets an error that is not a refusal through as it is: a loop of links', () => {
    fs.symlinkSync(path.join(ws, 'b'), path.join(ws, 'a'))
    fs.symlinkSync(path.join(ws, 'a'), path.join(ws, 'b'))
    const err = thrown({ 'csv-path': 'a/inv.csv' }) as NodeJS.ErrnoException
    expect(err).not.toBeInstanceOf(InputError)
    expect(err.code).toBe('ELOOP')
  })
})
