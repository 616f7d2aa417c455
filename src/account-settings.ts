/**
 * The account settings that protect every EBS snapshot of a region at once: snapshot block public access and EBS
 * encryption by default. Reads them (one call each per account and region) and says which could not be read and why.
 */
import {
  GetEbsEncryptionByDefaultCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import type { AccountTarget } from './accounts.js'
import { errorCode, errorMessage } from './errors.js'
import { failFastWhenUnimplemented, isUnimplemented } from './unimplemented.js'

/** Why a setting could not be read: the endpoint lacks the call, the role may not make it, or it failed otherwise. */
export type UnreadKind = 'unimplemented' | 'denied' | 'failed'

/** A setting's value, or why it could not be read. */
export type SettingRead<T> = { ok: true; value: T } | { ok: false; kind: UnreadKind; message: string }

/** The two settings of one account and region. */
export interface RegionSettings {
  accountId: string
  region: string
  /** GetSnapshotBlockPublicAccessState: block-all-sharing, block-new-sharing or unblocked. */
  publicSharing: SettingRead<string>
  /** GetEbsEncryptionByDefault. */
  encryptionByDefault: SettingRead<boolean>
}

/** The IAM action that reads each setting. */
export const SETTING_ACTION = {
  publicSharing: 'ec2:GetSnapshotBlockPublicAccessState',
  encryptionByDefault: 'ec2:GetEbsEncryptionByDefault'
} as const

/** Which setting. */
export type SettingName = keyof typeof SETTING_ACTION

const DENIED = new Set([
  'UnauthorizedOperation',
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedAccess',
  'AuthFailure'
])

/** Classifies a failed read: unimplemented, denied (with the permission to grant named) or failed. */
export function unreadOf(setting: SettingName, err: unknown): { ok: false; kind: UnreadKind; message: string } {
  const action = SETTING_ACTION[setting]
  if (isUnimplemented(err))
    return { ok: false, kind: 'unimplemented', message: `the endpoint does not implement ${action.slice(4)}` }
  if (DENIED.has(errorCode(err)))
    return { ok: false, kind: 'denied', message: `${errorMessage(err)}; grant ${action} to the role` }
  return { ok: false, kind: 'failed', message: `${action}: ${errorMessage(err)}` }
}

async function readPublicSharing(ec2: EC2Client): Promise<SettingRead<string>> {
  try {
    const command = new GetSnapshotBlockPublicAccessStateCommand({})
    failFastWhenUnimplemented(command, 'GetSnapshotBlockPublicAccessState')
    const out = await ec2.send(command)
    return { ok: true, value: out.State ?? 'unknown' }
  } catch (err) {
    return unreadOf('publicSharing', err)
  }
}

async function readEncryptionByDefault(ec2: EC2Client): Promise<SettingRead<boolean>> {
  try {
    const command = new GetEbsEncryptionByDefaultCommand({})
    failFastWhenUnimplemented(command, 'GetEbsEncryptionByDefault')
    const out = await ec2.send(command)
    return { ok: true, value: out.EbsEncryptionByDefault === true }
  } catch (err) {
    return unreadOf('encryptionByDefault', err)
  }
}

/** Reads both settings of one account and region; never throws (a failed read is in the result). */
export async function readRegionSettings(ec2: EC2Client, accountId: string, region: string): Promise<RegionSettings> {
  const [publicSharing, encryptionByDefault] = await Promise.all([readPublicSharing(ec2), readEncryptionByDefault(ec2)])
  return { accountId, region, publicSharing, encryptionByDefault }
}

/** A setting that could not be read in one account and region. */
export interface UnreadSetting {
  accountId: string
  region: string
  setting: SettingName
  kind: UnreadKind
  message: string
}

/** The settings that could not be read, in the order given. */
export function unreadSettings(all: readonly RegionSettings[]): UnreadSetting[] {
  const out: UnreadSetting[] = []
  for (const s of all) {
    for (const setting of ['publicSharing', 'encryptionByDefault'] as const) {
      const read = s[setting]
      if (!read.ok)
        out.push({ accountId: s.accountId, region: s.region, setting, kind: read.kind, message: read.message })
    }
  }
  return out
}

/**
 * The unread settings that are region errors (denied or failed; fail-on-region-error applies to them). An endpoint
 * that does not implement the call is not one: it is a notice, since no permission or retry would change it.
 */
export function settingRegionErrors(all: readonly RegionSettings[]): UnreadSetting[] {
  return unreadSettings(all).filter((u) => u.kind !== 'unimplemented')
}

/** What a setting is called in messages. */
export const SETTING_LABEL: Readonly<Record<SettingName, string>> = {
  publicSharing: 'EBS snapshot block public access',
  encryptionByDefault: 'EBS encryption by default'
}

/** One line for an unread setting, for logs and the step's failure. */
export function unreadLine(u: UnreadSetting): string {
  return `${SETTING_LABEL[u.setting]} in ${u.region} (account ${u.accountId}): ${u.message}`
}

/** Reads the settings of every region of one account, all regions at once; none for an account that cannot be worked in. */
export async function readAccountSettings(
  target: Pick<AccountTarget, 'accountId' | 'clients' | 'failure'>,
  regions: readonly string[]
): Promise<RegionSettings[]> {
  if (target.failure !== undefined) return []
  return Promise.all(regions.map((r) => readRegionSettings(target.clients.ec2(r), target.accountId, r)))
}
