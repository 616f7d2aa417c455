import { describe, expect, it } from 'vitest'
import { getConfig, InputError, type InputSource } from '../../src/inputs.js'
import { runnerInputs } from '../helpers/action-defaults.js'

const BACKUP = { mode: 'backup', bucket: 'my-backups', volume: 'vol-12345678' }

function source(inputs: Record<string, string>): InputSource {
  return runnerInputs(inputs, { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', AWS_REGION: 'us-east-1' })
}

function failure(inputs: Record<string, string>): string {
  try {
    getConfig(source(inputs))
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('expected an InputError')
}

describe('lock-days and lock-mode', () => {
  it('default to no lock and governance, from action.yml', () => {
    expect(getConfig(source(BACKUP))).toMatchObject({ lockDays: 0, lockMode: 'governance' })
  })

  it('accept 1 to 36500 days (LockSnapshot limits) and either mode', () => {
    expect(
      getConfig(source({ ...BACKUP, 'retention-days': '36500', 'lock-days': '36500', 'lock-mode': 'compliance' }))
    ).toMatchObject({
      lockDays: 36500,
      lockMode: 'compliance'
    })
    expect(getConfig(source({ ...BACKUP, 'lock-days': '1' })).lockDays).toBe(1)
  })

  it('refuse anything else in one line naming the input', () => {
    expect(failure({ ...BACKUP, 'lock-days': '36501' })).toBe(
      "Input 'lock-days' must be a whole number from 0 to 36500; got 36501"
    )
    expect(failure({ ...BACKUP, 'lock-days': '-1' })).toBe(
      "Input 'lock-days' must be a whole number from 0 to 36500; got '-1'"
    )
    expect(failure({ ...BACKUP, 'lock-mode': 'legal-hold' })).toBe(
      "Input 'lock-mode' must be one of governance, compliance; got 'legal-hold'"
    )
  })

  it('refuse lock-days longer than retention-days in the backup modes, naming both', () => {
    const line =
      "Input 'lock-days' (16) is longer than 'retention-days' (15), which contradicts it: a snapshot would stay locked after it expires and prune could not delete it; set lock-days to at most retention-days"
    expect(failure({ ...BACKUP, 'lock-days': '16' })).toBe(line)
    expect(failure({ ...BACKUP, mode: 'backup-and-prune', 'lock-days': '16' })).toBe(line)
    expect(getConfig(source({ ...BACKUP, 'lock-days': '15' })).lockDays).toBe(15)
    // Only the backup modes read them.
    expect(getConfig(source({ mode: 'prune', 'lock-days': '16' })).lockDays).toBe(16)
  })

  it('refuse lock-days without wait in the backup modes, since a snapshot is locked once completed', () => {
    const line =
      "Input 'lock-days' (7) needs 'wait: true': a snapshot is locked once it is completed, and without waiting backup would leave it unlocked; set wait to true or lock-days to 0"
    expect(failure({ ...BACKUP, 'lock-days': '7', wait: 'false' })).toBe(line)
    expect(failure({ ...BACKUP, mode: 'backup-and-prune', 'lock-days': '7', wait: 'false' })).toBe(line)
    expect(getConfig(source({ ...BACKUP, 'lock-days': '0', wait: 'false' })).wait).toBe(false)
  })
})
