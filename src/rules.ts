/**
 * The check's vocabulary: the rule ids, the severities and the fail-on levels, and the severity of each rule. The
 * inputs (ignore-rules, fail-on), the findings, the summaries and the result files all speak it.
 */

/** The severities of findings, most severe first. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const
/** How bad a finding is. */
export type Severity = (typeof SEVERITIES)[number]

/** The fail-on levels: a severity at or above which findings fail the step, or never. */
export const FAIL_ON = [...SEVERITIES, 'never'] as const
/** A fail-on level. */
export type FailOn = (typeof FAIL_ON)[number]

/** The check's rules, in the order they are listed. */
export const RULE_IDS = [
  'public-snapshot',
  'shared-snapshot',
  'unencrypted-snapshot',
  'orphaned-snapshot',
  'expired-snapshot',
  'malformed-tag',
  'old-snapshot',
  'stale-backup',
  'public-sharing-not-blocked',
  'public-sharing-partly-blocked',
  'encryption-by-default-off',
  'missing-dr-copy',
  'archive-candidate'
] as const
/** A rule's id. */
export type RuleId = (typeof RULE_IDS)[number]

/** The severity of each rule. */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'public-snapshot': 'error',
  'shared-snapshot': 'warning',
  'unencrypted-snapshot': 'warning',
  'orphaned-snapshot': 'notice',
  'expired-snapshot': 'warning',
  'malformed-tag': 'notice',
  'old-snapshot': 'notice',
  'stale-backup': 'error',
  'public-sharing-not-blocked': 'error',
  'public-sharing-partly-blocked': 'warning',
  'encryption-by-default-off': 'warning',
  'missing-dr-copy': 'warning',
  'archive-candidate': 'notice'
}
