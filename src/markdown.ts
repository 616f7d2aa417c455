import { markdownTable } from 'markdown-table'
import type { Totals } from './aggregate.js'
import { markdownText } from './escape.js'

/** GitHub's limit on one step's job summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/** A markdown table with right-aligned numeric columns after the first. */
export function table(header: string[], rows: (string | number)[][], align?: ('l' | 'r' | 'c')[]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => String(c)))]
  return markdownTable(cells, { align: align ?? header.map((_, i) => (i === 0 ? 'l' : 'r')) })
}

/** Escapes text from outside for a markdown table cell or a line of prose (see {@link markdownText}). */
export function md(text: string): string {
  return markdownText(text)
}

/** A number with thousands separators. */
export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

/** A size in GiB with one decimal under 100, none above. */
export function gib(n: number): string {
  return n < 100 ? n.toLocaleString('en-US', { maximumFractionDigits: 1 }) : int(n)
}

/** A dollar amount with cents. */
export function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}

/** Rows of count, size and cost for each entry of a totals map, largest first. */
export function totalsRows(map: Record<string, Totals>, order?: readonly string[]): (string | number)[][] {
  const keys =
    order ?? Object.keys(map).sort((a, b) => (map[b]?.sizeGib ?? 0) - (map[a]?.sizeGib ?? 0) || a.localeCompare(b))
  return keys.map((k) => {
    const t = map[k] ?? { count: 0, sizeGib: 0, costUsd: 0 }
    return [md(k), int(t.count), gib(t.sizeGib), usd(t.costUsd)]
  })
}

/** Cuts markdown to fit GitHub's summary limit, saying where the full report is. */
export function fitSummary(markdown: string, fullReportHint: string): string {
  if (Buffer.byteLength(markdown, 'utf8') <= SUMMARY_LIMIT_BYTES) return markdown
  const note = `\n\n> The report was cut to fit GitHub's 1 MiB summary limit. ${fullReportHint}\n`
  let cut = markdown.slice(0, SUMMARY_LIMIT_BYTES - Buffer.byteLength(note, 'utf8') - 4096)
  cut = cut.slice(0, cut.lastIndexOf('\n'))
  return cut + note
}
