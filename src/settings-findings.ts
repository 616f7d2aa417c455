/**
 * The account-settings rules: pure functions from one account and region's settings to findings. Nothing here calls
 * AWS; the check reads the settings (account-settings.ts) and these functions judge them.
 */
import type { RegionSettings } from './account-settings.js'
import type { Finding } from './findings.js'
import { RULE_SEVERITY, type RuleId } from './rules.js'

/** The resource id a finding on the public sharing setting carries. */
export const PUBLIC_SHARING_RESOURCE = 'snapshot-block-public-access'
/** The resource id a finding on the encryption-by-default setting carries. */
export const ENCRYPTION_RESOURCE = 'ebs-encryption-by-default'

function finding(rule: RuleId, s: RegionSettings, resourceId: string, message: string): Finding {
  return {
    rule,
    severity: RULE_SEVERITY[rule],
    accountId: s.accountId,
    region: s.region,
    service: 'ebs',
    resourceId,
    message
  }
}

/**
 * public-sharing-not-blocked (anything but block-all-sharing, block-new-sharing aside), public-sharing-partly-blocked
 * (block-new-sharing), encryption-by-default-off; a setting that could not be read gives no finding (it is reported
 * as unread instead).
 */
export function settingsFindings(s: RegionSettings): Finding[] {
  const out: Finding[] = []
  const block = `aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region ${s.region}`
  if (s.publicSharing.ok && s.publicSharing.value === 'block-new-sharing') {
    out.push(
      finding(
        'public-sharing-partly-blocked',
        s,
        PUBLIC_SHARING_RESOURCE,
        `EBS snapshot block public access in ${s.region} is block-new-sharing: no snapshot can be made public from now on, but snapshots already public stay public; once none is public (see public-snapshot), block all sharing (${block}).`
      )
    )
  } else if (s.publicSharing.ok && s.publicSharing.value !== 'block-all-sharing') {
    out.push(
      finding(
        'public-sharing-not-blocked',
        s,
        PUBLIC_SHARING_RESOURCE,
        `EBS snapshot block public access in ${s.region} is ${JSON.stringify(s.publicSharing.value)}, so any snapshot can be made public; block public sharing (${block}).`
      )
    )
  }
  if (s.encryptionByDefault.ok && !s.encryptionByDefault.value) {
    out.push(
      finding(
        'encryption-by-default-off',
        s,
        ENCRYPTION_RESOURCE,
        `EBS encryption by default is off in ${s.region}, so new volumes, and the snapshots taken of them, may be unencrypted; turn it on (aws ec2 enable-ebs-encryption-by-default --region ${s.region}).`
      )
    )
  }
  return out
}
