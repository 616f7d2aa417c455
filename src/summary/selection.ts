/** The summary section of what the tag selectors matched, per account and region. */
import { markdownCode } from '../escape.js'
import { int, md, table } from '../markdown.js'
import type { SelectionReport } from '../selected-sources.js'

/** How many rows the section shows; the log lists every one. */
export const MAX_SELECTION_ROWS = 200

/** The matches table, then the selectors that matched nothing and the regions that could not be searched. */
export function selectionSection(report: SelectionReport | undefined): string {
  if (report === undefined) return ''
  const accounts = new Set(report.matches.map((m) => m.accountId))
  const rows = report.matches
    .slice(0, MAX_SELECTION_ROWS)
    .map((m) => [
      m.input,
      markdownCode(m.selector),
      ...(accounts.size > 1 ? [m.accountId] : []),
      md(m.region),
      int(m.count)
    ])
  const header = ['input', 'selector', ...(accounts.size > 1 ? ['account'] : []), 'region', 'matched']
  const more =
    report.matches.length > MAX_SELECTION_ROWS
      ? `\n\n${int(report.matches.length - MAX_SELECTION_ROWS)} more rows are in the log.`
      : ''
  const align = header.map((_, i): 'l' | 'r' => (i === header.length - 1 ? 'r' : 'l'))
  const parts = [
    `### Tag selectors\n\n${rows.length > 0 ? table(header, rows, align) : 'No region was searched.'}${more}`
  ]
  for (const u of report.unmatched)
    parts.push(`:warning: ${u.input} selector ${markdownCode(u.selector)} matched nothing in any region searched.`)
  for (const f of report.failures)
    parts.push(`:warning: ${f.input} selectors could not be resolved in ${md(f.region)} (account ${f.accountId}).`)
  return parts.join('\n\n')
}
