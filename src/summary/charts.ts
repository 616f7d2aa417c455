/**
 * Mermaid charts (xychart-beta, which GitHub renders) for the summaries. Every chart stays small whatever it is given:
 * at most a dozen bars (the rest grouped as "other") or a year of weekly points; labels from outside are escaped with
 * {@link mermaidLabel}; a chart with nothing to draw is '' rather than an invalid block.
 */
import { AGE_RANGES, type InventoryAggregate, type Totals } from '../aggregate.js'
import { mermaidLabel } from '../escape.js'
import type { HistoryEntry } from '../history.js'

/** The most bars a chart shows; past it the smallest are one bar, "other". */
export const MAX_BARS = 12
/** The most points a trend line shows (a year of weekly runs). */
export const MAX_POINTS = 52
/** Up to this many points each get their date on the x-axis; past it the axis numbers the runs. */
export const MAX_LABELLED_POINTS = 8

/**
 * A label a chart can show: escaped, never empty (Mermaid refuses an empty label), and short. A run of `%` is cut to
 * one, since Mermaid reads `%%{...}%%` as a directive wherever it stands, even inside quotes.
 */
function label(text: string, max = 40): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text
  const quoted = mermaidLabel(short).replace(/%{2,}/g, '%')
  return quoted === '""' ? '"(none)"' : quoted
}

/** A number as Mermaid reads it: finite, at most two decimals, never in exponent form. */
function value(n: number): string {
  if (!Number.isFinite(n)) return '0'
  const fixed = (Math.round(n * 100) / 100).toFixed(2)
  return fixed.replace(/\.?0+$/, '') || '0'
}

/** The largest entries, and the rest summed into one "other" entry when there are more than `max`. */
export function groupTail(entries: readonly (readonly [string, number])[], max = MAX_BARS): [string, number][] {
  const sorted = [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  if (sorted.length <= max) return sorted.map(([k, v]) => [k, v])
  const head = sorted.slice(0, max - 1).map(([k, v]): [string, number] => [k, v])
  const rest = sorted.slice(max - 1).reduce((n, [, v]) => n + v, 0)
  return [...head, [`other (${sorted.length - max + 1})`, rest]]
}

/**
 * The front matter every chart starts with: a small plot (Mermaid's default is 700 by 500 pixels; a horizontal chart
 * grows with its bars, so that each label has a line) in a colour that reads on light and dark pages alike.
 */
function chartConfig(height: number): string[] {
  return [
    '---',
    'config:',
    '  xyChart:',
    '    width: 640',
    `    height: ${height}`,
    '  themeVariables:',
    '    xyChart:',
    "      plotColorPalette: '#2f81f7'",
    '---'
  ]
}

/** One series of an xychart: bars or a line. */
interface Series {
  kind: 'bar' | 'line'
  values: readonly number[]
}

/**
 * A fenced xychart-beta block; '' when there is nothing on the x-axis. The x-axis is either labels (one per value)
 * or a numbered axis of `count` points under a title, for series too long to label each point legibly. Horizontal
 * charts put the labels one under the other, so that long ones (account ids, regions) do not overlap.
 */
export function xyChart(o: {
  title: string
  labels: readonly string[] | { title: string; count: number }
  yAxis: string
  series: readonly Series[]
  horizontal?: boolean
}): string {
  const axis = o.labels
  const points = 'count' in axis ? axis.count : axis.length
  if (points === 0) return ''
  const top = Math.max(0, ...o.series.flatMap((s) => s.values.filter(Number.isFinite)))
  // A range of 0 to 0 draws nothing useful; give the axis room above the largest value.
  const max = top > 0 ? top * 1.1 : 1
  const xAxis =
    'count' in axis
      ? `${label(axis.title, 80)} 1 --> ${Math.max(2, axis.count)}`
      : `[${axis.map((l) => label(l)).join(', ')}]`
  return [
    '```mermaid',
    ...chartConfig(o.horizontal === true ? Math.max(160, 60 + 22 * points) : 240),
    o.horizontal === true ? 'xychart-beta horizontal' : 'xychart-beta',
    `  title ${label(o.title, 80)}`,
    `  x-axis ${xAxis}`,
    `  y-axis ${label(o.yAxis)} 0 --> ${value(max)}`,
    ...o.series.map((s) => `  ${s.kind} [${s.values.map(value).join(', ')}]`),
    '```'
  ].join('\n')
}

/** Bars of one figure of a totals map, the long tail grouped; '' when every value is zero or the map is empty. */
export function totalsChart(
  title: string,
  map: Readonly<Record<string, Totals>>,
  figure: keyof Totals,
  yAxis: string,
  max = MAX_BARS
): string {
  const entries = Object.entries(map).map(([k, t]): [string, number] => [k, t[figure]])
  if (entries.every(([, v]) => v <= 0)) return ''
  const bars = groupTail(entries, max)
  return xyChart({
    title,
    labels: bars.map(([k]) => k),
    yAxis,
    series: [{ kind: 'bar', values: bars.map(([, v]) => v) }],
    horizontal: true
  })
}

/** Estimated $/month per service, largest first. */
export function costByServiceChart(a: Pick<InventoryAggregate, 'byService'>): string {
  return totalsChart('Estimated cost by service ($/month)', a.byService, 'costUsd', '$/month')
}

/** Estimated $/month per account, the largest accounts and the rest as "other". */
export function costByAccountChart(a: Pick<InventoryAggregate, 'byAccount'>): string {
  return totalsChart('Estimated cost by account ($/month)', a.byAccount, 'costUsd', '$/month')
}

/** How many snapshots fall in each age range, youngest first; '' when there are none. */
export function ageHistogram(a: Pick<InventoryAggregate, 'byAge' | 'total'>): string {
  if (a.total.count === 0) return ''
  const labels = AGE_RANGES.map((r) => r.label)
  return xyChart({
    title: 'Snapshots by age',
    labels,
    yAxis: 'snapshots',
    series: [{ kind: 'bar', values: labels.map((l) => a.byAge[l]?.count ?? 0) }]
  })
}

/** The x-axis labels of a history: the date, with the time (to the minute, or the second) where runs share one. */
function pointLabels(points: readonly HistoryEntry[]): string[] {
  const unique = (labels: string[]): boolean => new Set(labels).size === labels.length
  const days = points.map((p) => p.at.slice(0, 10))
  if (unique(days)) return days
  const minutes = points.map((p) => `${p.at.slice(0, 10)} ${p.at.slice(11, 16)}`)
  return unique(minutes) ? minutes : points.map((p) => `${p.at.slice(0, 10)} ${p.at.slice(11, 19)}`)
}

/** Two line charts over the runs of a history, estimated cost and snapshot count; '' with fewer than two runs. */
export function trendCharts(history: readonly HistoryEntry[]): string {
  const points = history.slice(-MAX_POINTS)
  if (points.length < 2) return ''
  const first = points[0]?.at.slice(0, 10) ?? ''
  const last = points[points.length - 1]?.at.slice(0, 10) ?? ''
  const labels =
    points.length <= MAX_LABELLED_POINTS
      ? pointLabels(points)
      : { title: `the last ${points.length} runs, ${first} to ${last}`, count: points.length }
  const cost = xyChart({
    title: 'Estimated cost over time ($/month)',
    labels,
    yAxis: '$/month',
    series: [{ kind: 'line', values: points.map((p) => p.costUsd) }]
  })
  const count = xyChart({
    title: 'Snapshots over time',
    labels,
    yAxis: 'snapshots',
    series: [{ kind: 'line', values: points.map((p) => p.count) }]
  })
  return `${cost}\n\n${count}`
}

/**
 * Puts each chart right after the section whose heading it names (the section's first line); a chart whose section
 * is not there goes after the last section, so that a renamed heading moves a chart rather than loses it.
 */
export function withCharts(sections: readonly string[], charts: Readonly<Record<string, string>>): string[] {
  const out: string[] = []
  const placed = new Set<string>()
  for (const s of sections) {
    out.push(s)
    const heading = s.split('\n', 1)[0] ?? ''
    const chart = charts[heading]
    if (chart !== undefined && chart !== '') {
      out.push(chart)
      placed.add(heading)
    }
  }
  for (const [heading, chart] of Object.entries(charts)) if (!placed.has(heading) && chart !== '') out.push(chart)
  return out
}

/** One decision of a prune, as the reclaimed-storage chart needs it. */
interface ReclaimedDecision {
  region: string
  sizeGib: number
  outcome: string
}

/** The GiB deleted (or, under dry-run, to be deleted) per region, the largest regions first; '' when nothing is. */
export function reclaimedChart(decisions: readonly ReclaimedDecision[], dryRun: boolean): string {
  const byRegion = new Map<string, number>()
  for (const d of decisions)
    if (d.outcome === 'deleted' || d.outcome === 'would-delete')
      byRegion.set(d.region, (byRegion.get(d.region) ?? 0) + d.sizeGib)
  if ([...byRegion.values()].every((v) => v <= 0)) return ''
  const bars = groupTail([...byRegion.entries()])
  return xyChart({
    title: dryRun ? 'Storage to reclaim by region (GiB)' : 'Storage reclaimed by region (GiB)',
    labels: bars.map(([k]) => k),
    yAxis: 'GiB',
    series: [{ kind: 'bar', values: bars.map(([, v]) => v) }],
    horizontal: true
  })
}
