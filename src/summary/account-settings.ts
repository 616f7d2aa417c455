/**
 * The check summary's Account settings section: EBS snapshot block public access and EBS encryption by default in
 * each account and region, the regions that need attention first.
 */
import type { RegionSettings, SettingRead } from '../account-settings.js'
import { int, md, table } from '../markdown.js'
import { plural } from '../plural.js'
import type { RuleId } from '../rules.js'

/** At most this many account-and-region rows; the findings file holds every finding. */
export const SETTINGS_ROWS_MAX = 200

function ruleNote(rule: RuleId, ignoreRules: readonly string[]): string {
  return ignoreRules.includes(rule) ? `\`${rule}\`, silenced` : `\`${rule}\``
}

function unread(read: { kind: string; message: string }): string {
  return read.kind === 'unimplemented' ? `not read: ${md(read.message)}` : `**not read**: ${md(read.message)}`
}

function sharingCell(read: SettingRead<string>, ignoreRules: readonly string[]): string {
  if (!read.ok) return unread(read)
  if (read.value === 'block-all-sharing') return 'blocked (block-all-sharing)'
  if (read.value === 'block-new-sharing')
    return `new sharing blocked, public snapshots stay public (block-new-sharing): ${ruleNote('public-sharing-partly-blocked', ignoreRules)}`
  return `**not blocked** (${md(read.value)}): ${ruleNote('public-sharing-not-blocked', ignoreRules)}`
}

function encryptionCell(read: SettingRead<boolean>, ignoreRules: readonly string[]): string {
  if (!read.ok) return unread(read)
  return read.value ? 'on' : `**off**: ${ruleNote('encryption-by-default-off', ignoreRules)}`
}

function inPlace(s: RegionSettings): boolean {
  return (
    s.publicSharing.ok &&
    s.publicSharing.value === 'block-all-sharing' &&
    s.encryptionByDefault.ok &&
    s.encryptionByDefault.value
  )
}

/** The Account settings section; '' when no setting was read (EBS not checked, or no region). */
export function accountSettingsSection(
  settings: readonly RegionSettings[],
  opts: { ignoreRules: readonly string[]; failOnRegionError?: boolean }
): string {
  if (settings.length === 0) return ''
  const attention = settings.filter((s) => !inPlace(s))
  const fine = settings.length - attention.length
  const multi = new Set(settings.map((s) => s.accountId)).size > 1
  const header = [
    ...(multi ? ['account'] : []),
    'region',
    'public sharing of EBS snapshots',
    'EBS encryption by default'
  ]
  const rows = attention
    .slice(0, SETTINGS_ROWS_MAX)
    .map((s) => [
      ...(multi ? [md(s.accountId)] : []),
      md(s.region),
      sharingCell(s.publicSharing, opts.ignoreRules),
      encryptionCell(s.encryptionByDefault, opts.ignoreRules)
    ])
  const parts = ['### Account settings']
  if (rows.length > 0)
    parts.push(
      table(
        header,
        rows,
        header.map(() => 'l')
      )
    )
  if (attention.length > SETTINGS_ROWS_MAX)
    parts.push(
      `${int(attention.length - SETTINGS_ROWS_MAX)} more regions need attention; the findings file lists them.`
    )
  const where = multi ? 'account and region' : 'region'
  parts.push(
    fine === settings.length
      ? `Public sharing is blocked and encryption by default is on in every ${where} checked (${int(settings.length)}).`
      : `Public sharing blocked and encryption by default on: ${int(fine)} of ${plural(settings.length, where, multi ? 'accounts and regions' : 'regions')}.`
  )
  const unreadKinds = new Set(
    attention.flatMap((s) => [s.publicSharing, s.encryptionByDefault]).flatMap((r) => (r.ok ? [] : [r.kind]))
  )
  if (unreadKinds.has('unimplemented'))
    parts.push(
      'A setting the endpoint does not implement is neither a pass nor a finding: it is reported here and in the log, and does not fail the step.'
    )
  if (unreadKinds.has('denied') || unreadKinds.has('failed'))
    parts.push(
      `A setting that could not be read is a region error: it ${opts.failOnRegionError === true ? 'fails the step (fail-on-region-error is true)' : 'fails the step only when fail-on-region-error is true'}.`
    )
  return parts.join('\n\n')
}
