import { RULE_IDS, type RuleId, type Severity } from './rules.js'

/** How many findings a rule produced, and how many of those were silenced. */
export interface RuleCount {
  rule: RuleId
  severity: Severity
  findings: number
  silenced: number
}

/** How many findings one rule produced in one account, and how many of those were silenced. */
export interface AccountRuleCount extends RuleCount {
  accountId: string
}

/** Findings of one account that are not silenced, by severity. */
export interface AccountFindings {
  accountId: string
  error: number
  warning: number
  notice: number
}

/** Counts of findings per account and rule, summed as they arrive (from one check, or from several joined). */
export class FindingTally {
  private readonly counts = new Map<string, AccountRuleCount>()

  /** Adds one finding, silenced or not. */
  add(accountId: string, rule: RuleId, severity: Severity, silenced: boolean): void {
    this.addCount({ accountId, rule, severity, findings: silenced ? 0 : 1, silenced: silenced ? 1 : 0 })
  }

  /** Adds a count of findings (another check's), summing with what is there. */
  addCount(c: AccountRuleCount): void {
    const key = `${c.accountId}/${c.rule}`
    const known = this.counts.get(key)
    if (known) {
      known.findings += c.findings
      known.silenced += c.silenced
    } else {
      this.counts.set(key, { ...c })
    }
  }

  /** Every account and rule with a finding, by account and then in rule order. */
  list(): AccountRuleCount[] {
    return [...this.counts.values()]
      .filter((c) => c.findings > 0 || c.silenced > 0)
      .sort((a, b) => a.accountId.localeCompare(b.accountId) || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule))
  }
}

/** The findings that are not silenced, per account and severity; most errors first, then most warnings. */
export function findingsBySeverity(counts: readonly AccountRuleCount[]): AccountFindings[] {
  const out = new Map<string, AccountFindings>()
  for (const c of counts) {
    if (c.findings === 0) continue
    const a = out.get(c.accountId) ?? { accountId: c.accountId, error: 0, warning: 0, notice: 0 }
    a[c.severity] += c.findings
    out.set(c.accountId, a)
  }
  return [...out.values()].sort(
    (a, b) => b.error - a.error || b.warning - a.warning || a.accountId.localeCompare(b.accountId)
  )
}
