/** The inventory summary's section on EBS snapshot lock: how many snapshots are locked, their storage, what was not read. */
import type { LockTotals } from '../inventory-locks.js'
import { gib, int, md } from '../markdown.js'
import { plural } from '../plural.js'

/** At most this many notices are listed; the log has every one. */
const NOTICES_MAX = 20

/** The Locked snapshots section. */
export function lockSection(locks: { locked: LockTotals; notices: readonly string[] }): string {
  const { count, sizeGib } = locks.locked
  const lines = [
    '### Locked snapshots',
    count === 0
      ? 'No EBS snapshot is under a snapshot lock that has not expired.'
      : `**${plural(count, 'EBS snapshot')}** (${gib(sizeGib)} GiB) ${count === 1 ? 'is' : 'are'} under a snapshot lock that has not expired: nobody can delete ${count === 1 ? 'it' : 'them'} before the lock ends (\`lock_state\`, \`lock_expires_at\` in the CSV).`
  ]
  if (locks.notices.length > 0) {
    const shown = locks.notices.slice(0, NOTICES_MAX).map((n) => `- ${md(n)}`)
    const more = locks.notices.length > NOTICES_MAX ? [`- ... and ${int(locks.notices.length - NOTICES_MAX)} more`] : []
    lines.push(`Lock state was not read everywhere:\n\n${[...shown, ...more].join('\n')}`)
  }
  return lines.join('\n\n')
}
