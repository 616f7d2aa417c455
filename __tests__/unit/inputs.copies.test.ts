import { describe, expect, it } from 'vitest'
import { getConfig, InputError, type InputSource } from '../../src/inputs.js'
import { runnerInputs } from '../helpers/action-defaults.js'

const BACKUP = { mode: 'backup', bucket: 'my-backups', volume: 'vol-12345678' }
const KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'

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

describe('copy inputs', () => {
  it("default to no copies, and a copy policy of the source's retention-days and keep-last ('auto')", () => {
    expect(getConfig(source({ ...BACKUP, 'retention-days': '9', 'keep-last': '4' }))).toMatchObject({
      copyToRegions: [],
      copyKmsKey: {},
      copyRetention: { retentionDays: 9, keepLast: 4, keepDaily: 0, keepWeekly: 0, keepMonthly: 0 }
    })
  })

  it('read regions, keys per region and a copy policy of their own', () => {
    const config = getConfig(
      source({
        ...BACKUP,
        'copy-to-regions': 'eu-west-1, us-west-2\neu-west-1',
        'copy-kms-key': `eu-west-1=${KEY_ARN}\nus-west-2 = alias/dr-backups`,
        'copy-retention-days': '35',
        'copy-keep-last': '0',
        'copy-keep-monthly': '3'
      })
    )
    expect(config.copyToRegions).toEqual(['eu-west-1', 'us-west-2'])
    expect(config.copyKmsKey).toEqual({ 'eu-west-1': KEY_ARN, 'us-west-2': 'alias/dr-backups' })
    expect(config.copyRetention).toEqual({
      retentionDays: 35,
      keepLast: 0,
      keepDaily: 0,
      keepWeekly: 0,
      keepMonthly: 3
    })
  })

  it.each([
    [
      { 'copy-to-regions': 'eu-west-1,nowhere' },
      "Input 'copy-to-regions' has 'nowhere', which is not an AWS region name (like us-east-1)"
    ],
    [
      { 'copy-to-regions': 'eu-west-1', 'copy-kms-key': `us-west-2=${KEY_ARN}` },
      "Input 'copy-kms-key' names region 'us-west-2', which is not in copy-to-regions (eu-west-1)"
    ],
    [
      { 'copy-to-regions': 'us-west-2', 'copy-kms-key': `us-west-2=${KEY_ARN}` },
      "Input 'copy-kms-key' gives us-west-2 a key of region eu-west-1: a copy is encrypted with a key of its own region"
    ],
    [
      { 'copy-to-regions': 'eu-west-1', 'copy-kms-key': 'eu-west-1=my-key' },
      "Input 'copy-kms-key' has 'my-key' for eu-west-1, which is not a KMS key id, key ARN, alias/NAME or alias ARN"
    ],
    [
      { 'copy-to-regions': 'eu-west-1', 'copy-kms-key': 'eu-west-1' },
      "Input 'copy-kms-key' has 'eu-west-1', which is not REGION=key-id-or-arn"
    ],
    [{ 'copy-retention-days': '-1' }, "Input 'copy-retention-days' must be a whole number from 0 to 36500; got '-1'"],
    [
      { 'copy-to-regions': 'us-east-1' },
      "Input 'copy-to-regions' names us-east-1, where a named source already is (vol-12345678 in 'volume'): a copy in the source's own region does not survive that region's outage; name other regions"
    ],
    [
      { 'copy-to-regions': 'eu-west-1', volume: 'vol-12345678\neu-west-1/vol-87654321' },
      "Input 'copy-to-regions' names eu-west-1, where a named source already is (vol-87654321 in 'volume'): a copy in the source's own region does not survive that region's outage; name other regions"
    ],
    [
      { 'copy-to-regions': 'eu-west-1', 'db-cluster': 'eu-west-1/ledger' },
      "Input 'copy-to-regions' names eu-west-1, where a named source already is (ledger in 'db-cluster'): a copy in the source's own region does not survive that region's outage; name other regions"
    ],
    [
      { 'copy-to-regions': 'eu-west-1', instance: 'eu-west-1/i-0123456789abcdef0' },
      "Input 'copy-to-regions' names eu-west-1, where a named source already is (i-0123456789abcdef0 in 'instance'): a copy in the source's own region does not survive that region's outage; name other regions"
    ]
  ])('refuses %o before any AWS call', (inputs, message) => {
    expect(failure({ ...BACKUP, ...inputs })).toBe(message)
  })

  it('refuses tags that would leave a copy over EC2s 50 tags', () => {
    const tags = Array.from({ length: 40 }, (_, i) => `k${i}=v`).join('\n')
    expect(getConfig(source({ ...BACKUP, tags })).tags).toHaveProperty('k39', 'v')
    expect(failure({ ...BACKUP, tags, 'copy-to-regions': 'eu-west-1' })).toBe(
      "Input 'tags' has 40 tags; with the action's own and the copy tags (copy-of, source-region, source-id) a copy would carry 52, more than EC2's 50: remove 2"
    )
  })
})
