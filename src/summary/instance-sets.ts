/** The summary section of the instance sets a backup made: one block per set, its snapshots and what it left out. */
import { markdownCode } from '../escape.js'
import { md, table } from '../markdown.js'
import type { InstanceSetResult } from '../instance-backup.js'

/** How many sets the section shows; the result JSON holds all. */
export const MAX_SET_ROWS = 100

/** The sets, grouped: instance and set id, then a row per volume (snapshotted or left out). */
export function instanceSetsSection(sets: readonly InstanceSetResult[] | undefined): string {
  if (sets === undefined || sets.length === 0) return ''
  const blocks = sets.slice(0, MAX_SET_ROWS).map((s) => {
    const name = s.instanceName === null ? '' : ` (${md(s.instanceName)})`
    const rows = [
      ...s.snapshots.map((x) => [md(x.device ?? ''), md(x.volumeId), md(x.snapshotId), md(x.state)]),
      ...s.excluded.map((e) => [md(e.device ?? ''), md(e.volumeId), '', `left out: ${md(e.reason)}`])
    ]
    return `**${md(s.instanceId)}**${name} in ${md(s.region)}, set ${markdownCode(s.setId)}\n\n${table(
      ['device', 'volume', 'snapshot', 'state'],
      rows,
      ['l', 'l', 'l', 'l']
    )}`
  })
  const more = sets.length > MAX_SET_ROWS ? `\n\n${sets.length - MAX_SET_ROWS} more sets are in the result JSON.` : ''
  return `### Instance sets\n\n${blocks.join('\n\n')}${more}`
}
