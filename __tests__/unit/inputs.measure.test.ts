import { describe, expect, it } from 'vitest'
import { getConfig, InputError } from '../../src/inputs.js'
import { runnerInputs } from '../helpers/action-defaults.js'

const ENV = {
  GITHUB_WORKSPACE: '/home/runner/work/repo/repo',
  RUNNER_TEMP: '/home/runner/work/_temp',
  AWS_REGION: 'us-east-1'
}

function message(inputs: Record<string, string>): string {
  try {
    getConfig(runnerInputs(inputs, ENV))
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('expected an InputError')
}

describe('input measure-incremental', () => {
  it("is off by action.yml's default, and takes a number of lineages", () => {
    expect(getConfig(runnerInputs({}, ENV)).measureIncremental).toBe(0)
    expect(getConfig(runnerInputs({ 'measure-incremental': '25' }, ENV)).measureIncremental).toBe(25)
  })

  it('fails on anything but a whole number, naming the input', () => {
    expect(message({ 'measure-incremental': 'all' })).toBe(
      "Input 'measure-incremental' must be a whole number from 0 to 100000; got 'all'"
    )
    expect(message({ 'measure-incremental': '-1' })).toBe(
      "Input 'measure-incremental' must be a whole number from 0 to 100000; got '-1'"
    )
    expect(message({ 'measure-incremental': '100001' })).toBe(
      "Input 'measure-incremental' must be a whole number from 0 to 100000; got 100001"
    )
  })
})
