import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getConfig, InputError, type InputSource } from '../../src/inputs.js'
import { runnerInputs } from '../helpers/action-defaults.js'

function source(inputs: Record<string, string>): InputSource {
  return runnerInputs(inputs, {
    GITHUB_WORKSPACE: '/home/runner/work/r/r',
    RUNNER_TEMP: '/home/runner/work/_temp',
    AWS_REGION: 'us-east-1'
  })
}

const name = (inputs: Record<string, string>): string => getConfig(source(inputs)).artifactName
const sha8 = (ids: string[]): string => createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 8)

describe('artifact-name', () => {
  it("defaults to 'auto' in action.yml, and nowhere else", () => {
    const yaml = fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    expect(yaml).toMatch(/\n {2}artifact-name:\n {4}description: [^\n]+\n {4}default: auto\n/)
    expect(name({})).toBe('snapshot-hygiene-inventory')
    expect(name({ 'artifact-name': '' })).toBe('')
  })

  it("derives 'auto' from the mode, and from the account set when there is one", () => {
    expect(name({ 'artifact-name': 'auto' })).toBe('snapshot-hygiene-inventory')
    expect(name({ 'artifact-name': 'auto', mode: 'check' })).toBe('snapshot-hygiene-check')
    const ids = ['222222222222', '111111111111']
    const suffix = sha8(['111111111111', '222222222222'])
    expect(suffix).toMatch(/^[0-9a-f]{8}$/)
    expect(name({ 'artifact-name': 'auto', accounts: ids.join(',') })).toBe(`snapshot-hygiene-inventory-${suffix}`)
    expect(name({ 'artifact-name': 'auto', accounts: [...ids].reverse().join('\n') })).toBe(
      `snapshot-hygiene-inventory-${suffix}`
    )
    expect(name({ 'artifact-name': 'auto', accounts: '111111111111' })).toBe(
      `snapshot-hygiene-inventory-${sha8(['111111111111'])}`
    )
    expect(name({ 'artifact-name': 'auto', accounts: 'organization' })).toBe('snapshot-hygiene-inventory-organization')
    expect(name({ 'artifact-name': 'auto', mode: 'merge', 'merge-path': 'r', accounts: JSON.stringify(ids) })).toBe(
      `snapshot-hygiene-merge-${suffix}`
    )
  })

  it('keeps a name that is given, and refuses one the artifact service would refuse', () => {
    expect(name({ 'artifact-name': 'snapshot-hygiene-inventory-slice-3', accounts: '111111111111' })).toBe(
      'snapshot-hygiene-inventory-slice-3'
    )
    expect(() => name({ 'artifact-name': 'a:b' })).toThrow("Input 'artifact-name' must not contain")
  })
})

describe('accounts as merge reads it', () => {
  it("takes list-accounts' accounts-json (a JSON array) as well as a list", () => {
    const ids = ['333333333333', '111111111111']
    expect(getConfig(source({ mode: 'merge', 'merge-path': 'r', accounts: JSON.stringify(ids) })).accounts).toEqual(ids)
    expect(getConfig(source({ mode: 'merge', 'merge-path': 'r', accounts: ids.join(',') })).accounts).toEqual(ids)
    expect(getConfig(source({ mode: 'merge', 'merge-path': 'r', accounts: '' })).accounts).toBeNull()
  })

  it('refuses a malformed array, a non-id and organization, naming the input', () => {
    const fails = (accounts: string): string => {
      try {
        getConfig(source({ mode: 'merge', 'merge-path': 'r', accounts }))
      } catch (err) {
        expect(err).toBeInstanceOf(InputError)
        return (err as Error).message
      }
      throw new Error('expected an InputError')
    }
    expect(fails('["111111111111"')).toBe(
      `Input 'accounts' starts with '[' but is not a JSON array: '[\\"111111111111\\"'`
    )
    expect(fails('[111111111111]')).toBe(
      "Input 'accounts' must be a JSON array of account id strings; got '[111111111111]'"
    )
    expect(fails('["12345"]')).toBe("Input 'accounts' must be 'organization' or 12-digit account ids; got '12345'")
    expect(fails('organization')).toBe(
      "Input 'accounts' in merge mode lists the accounts the results must cover (ids, or list-accounts' accounts-json), not 'organization'"
    )
  })
})
