/** The section that leads a compared check's summary and comment: the findings the compared check did not have. */
import type { NewFindings } from '../finding-sink.js'
import { int, md, table } from '../markdown.js'
import { plural } from '../plural.js'

/** The new findings, most severe first, at most max; '' without a compared check. */
export function newFindingsSection(n: NewFindings | null, total: number, max: number): string {
  if (n === null) return ''
  const existing = total - n.count
  const lead = `**${plural(n.count, 'new finding')}** since the compared check; ${int(existing)} existing.`
  if (n.count === 0) return `### New findings\n\n${lead}`
  const shown = n.top.slice(0, max)
  const rows = shown.map((f) => [
    f.severity,
    `\`${f.rule}\``,
    md(f.resourceId),
    md(f.region),
    md(f.accountId),
    md(f.message)
  ])
  const rest =
    n.count > shown.length
      ? `\n\nThe ${int(shown.length)} most severe of ${int(n.count)} new findings; the findings file marks each \`"new": true\`.`
      : ''
  return `### New findings\n\n${lead}\n\n${table(['severity', 'rule', 'resource', 'region', 'account', 'finding'], rows, ['l', 'l', 'l', 'l', 'l', 'l'])}${rest}`
}
