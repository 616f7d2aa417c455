import { beforeEach, describe, expect, it } from 'vitest'
import { mockClient } from 'aws-sdk-client-mock'
import {
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  type SnapshotBlockPublicAccessState
} from '@aws-sdk/client-ec2'
import { readRegionSettings, settingRegionErrors, type RegionSettings } from '../../src/account-settings.js'
import { accountSettingsSection } from '../../src/summary/account-settings.js'
import { awsError } from '../helpers/mock-target.js'

const ec2Mock = mockClient(EC2Client)
const client = new EC2Client({ region: 'eu-west-1', credentials: { accessKeyId: 'A', secretAccessKey: 'S' } })

beforeEach(() => {
  ec2Mock.reset()
})

async function settings(
  accountId: string,
  region: string,
  sharing: SnapshotBlockPublicAccessState | Error,
  encryption: boolean | Error
): Promise<RegionSettings> {
  ec2Mock.reset()
  if (sharing instanceof Error) ec2Mock.on(GetSnapshotBlockPublicAccessStateCommand).rejects(sharing)
  else ec2Mock.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: sharing })
  if (encryption instanceof Error) ec2Mock.on(GetEbsEncryptionByDefaultCommand).rejects(encryption)
  else ec2Mock.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: encryption })
  return readRegionSettings(client, accountId, region)
}

describe('the Account settings section', () => {
  it('lists the regions that need attention, with an account column for several accounts, and the count in place', async () => {
    const all = [
      await settings('111111111111', 'eu-west-1', 'block-all-sharing', true),
      await settings('111111111111', 'us-east-1', 'unblocked', true),
      await settings('222222222222', 'eu-west-1', 'block-new-sharing', false),
      await settings('222222222222', 'us-east-1', awsError('UnauthorizedOperation', 'denied | *bold*'), true)
    ]
    expect(settingRegionErrors(all).map((u) => `${u.accountId} ${u.region} ${u.setting} ${u.kind}`)).toEqual([
      '222222222222 us-east-1 publicSharing denied'
    ])
    expect(accountSettingsSection(all, { ignoreRules: ['encryption-by-default-off'], failOnRegionError: true })).toBe(
      [
        '### Account settings',
        '',
        '| account      | region    | public sharing of EBS snapshots                                                                                  | EBS encryption by default                      |',
        '| :----------- | :-------- | :--------------------------------------------------------------------------------------------------------------- | :--------------------------------------------- |',
        '| 111111111111 | us-east-1 | **not blocked** (unblocked): `public-sharing-not-blocked`                                                        | on                                             |',
        '| 222222222222 | eu-west-1 | new sharing blocked, public snapshots stay public (block-new-sharing): `public-sharing-partly-blocked`           | **off**: `encryption-by-default-off`, silenced |',
        '| 222222222222 | us-east-1 | **not read**: UnauthorizedOperation: denied \\| \\*bold\\*; grant ec2:GetSnapshotBlockPublicAccessState to the role | on                                             |',
        '',
        'Public sharing blocked and encryption by default on: 1 of 4 accounts and regions.',
        '',
        'A setting that could not be read is a region error: it fails the step (fail-on-region-error is true).'
      ].join('\n')
    )
  })

  it('says so in one line when every region is in place, and is empty when nothing was read', async () => {
    const fine = [await settings('111111111111', 'eu-west-1', 'block-all-sharing', true)]
    expect(accountSettingsSection(fine, { ignoreRules: [] })).toBe(
      '### Account settings\n\nPublic sharing is blocked and encryption by default is on in every region checked (1).'
    )
    expect(accountSettingsSection([], { ignoreRules: [] })).toBe('')
  })
})
