/** The inventory summary's cost section: the estimate as a range per service, region and source, with its method. */
import { COST_METHODS, type CostMethod, type CostRange, type LineageCost, type RangeTotals } from '../cost-range.js'
import type { CostReport, MeasurementReport } from '../cost-report.js'
import { gib, int, md, table, usd } from '../markdown.js'
import { plural } from '../plural.js'

/** How many rows the per-region and source tables show; the result JSON holds the rest. */
export const COST_ROWS_MAX = 40

const METHOD_LABEL: Record<CostMethod, string> = {
  'full-size': 'full size',
  mixed: 'full size + volume size',
  'volume-size': 'volume size',
  'listed-size': 'listed size'
}

const METHOD_TEXT: Record<CostMethod, string> = {
  'full-size':
    'EBS lineages (the snapshots of one volume in one account and region) whose snapshots all carry a full size ' +
    '(FullSnapshotSizeInBytes): AWS bills the first full copy and then the blocks each snapshot changed, so the ' +
    'standard storage lies between the largest full size (everything shared) and the sum of the full sizes (nothing shared).',
  mixed:
    'EBS lineages where only some snapshots carry a full size: low end the largest full size, high end the sum of ' +
    'full sizes with the volume size for the others.',
  'volume-size':
    'EBS lineages where AWS returned no full size: every snapshot counts at its source volume size, an upper bound ' +
    'used at both ends.',
  'listed-size': 'RDS, Aurora and AWS Backup (EFS): the listed size at both ends (see the price table).'
}

/** A cost range as "$low–$high", or one amount when both ends agree to the cent. */
export function usdRange(r: CostRange): string {
  const low = usd(r.lowUsd)
  const high = usd(r.highUsd)
  return low === high ? low : `${low}–${high}`
}

function methods(t: Pick<RangeTotals, 'methods'>): string {
  return COST_METHODS.filter((m) => (t.methods[m] ?? 0) > 0)
    .map((m) => `${METHOD_LABEL[m]} ${int(t.methods[m] ?? 0)}`)
    .join(', ')
}

function regionRows(byServiceRegion: Record<string, RangeTotals>): string[][] {
  return Object.entries(byServiceRegion)
    .sort(([ka, a], [kb, b]) => b.highUsd - a.highUsd || ka.localeCompare(kb))
    .map(([key, t]) => {
      const slash = key.indexOf('/')
      return [
        md(key.slice(0, slash)),
        md(key.slice(slash + 1)),
        int(t.lineages),
        int(t.snapshots),
        usd(t.lowUsd),
        usd(t.highUsd),
        methods(t)
      ]
    })
}

function sourceRow(l: LineageCost): string[] {
  return [
    md(l.sourceId ?? '(no source)'),
    md(l.service),
    md(l.region),
    md(l.accountId),
    int(l.snapshots),
    usd(l.lowUsd),
    usd(l.highUsd),
    METHOD_LABEL[l.method] + (l.archived > 0 ? `, ${int(l.archived)} archived` : '')
  ]
}

const RIGHT = 'r' as const
const LEFT = 'l' as const

/** The measured lineages: their exact cost, what it settles of the range, and what could not be measured. */
export function measurementSection(m: MeasurementReport, maxRows = COST_ROWS_MAX): string {
  const share = m.rangeWidthUsd > 0 ? ` (${((100 * m.resolvedWidthUsd) / m.rangeWidthUsd).toFixed(1)}%)` : ''
  const lines = [
    `#### Measured (measure-incremental: ${int(m.requested)})`,
    '',
    `Measured ${int(m.measured.length)} of the ${plural(m.selected, 'most expensive EBS lineage')} with the EBS direct ` +
      `APIs (ListSnapshotBlocks for the oldest snapshot, ListChangedBlocks between neighbours): exact ` +
      `**${usd(m.exactUsd)} a month** where the estimate said ${usdRange(m.estimate)}. ` +
      (m.rangeWidthUsd > 0
        ? `This settles ${usd(m.resolvedWidthUsd)} of the ${usd(m.rangeWidthUsd)} width of the whole range${share}; `
        : 'The estimate had no width to settle (no full sizes: its bound was the volume size); ') +
      `with the measured lineages at their exact cost the estimate is **${usdRange(m.refined)} a month**.`,
    '',
    `Calls: ${int(m.calls.listSnapshotBlocks)} ListSnapshotBlocks, ${int(m.calls.listChangedBlocks)} ListChangedBlocks, ` +
      `${int(m.calls.throttled)} throttled and retried.` +
      (m.skippedArchived > 0
        ? ` ${plural(m.skippedArchived, 'archived snapshot')} in these lineages could not be measured (the EBS direct APIs ` +
          'cannot read archived snapshots) and count at their full size at the archive price.'
        : '')
  ]
  const rows = [...m.measured]
    .sort((a, b) => b.exactUsd - a.exactUsd || (a.lineage.sourceId ?? '').localeCompare(b.lineage.sourceId ?? ''))
    .slice(0, maxRows)
    .map((x) => [
      md(x.lineage.sourceId ?? ''),
      md(x.lineage.region),
      md(x.lineage.accountId),
      int(x.measuredSnapshots),
      usdRange(x.lineage),
      gib(x.exactGib),
      usd(x.exactUsd)
    ])
  if (rows.length > 0) {
    lines.push(
      '',
      table(
        ['source', 'region', 'account', 'measured snapshots', 'estimate $/month', 'exact GiB', 'exact $/month'],
        rows,
        [LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT]
      )
    )
    if (m.measured.length > maxRows) lines.push('', `${int(m.measured.length - maxRows)} more are in the result JSON.`)
  }
  if (m.failures.length > 0) {
    lines.push('', `${plural(m.failures.length, 'lineage')} could not be measured and keep their estimate:`, '')
    for (const f of m.failures.slice(0, maxRows)) {
      lines.push(
        `- ${md(`${f.lineage.sourceId ?? ''} in ${f.lineage.region} (account ${f.lineage.accountId}): ${f.message}`)}`
      )
    }
    if (m.failures.length > maxRows) lines.push(`- ... and ${int(m.failures.length - maxRows)} more`)
  }
  return lines.join('\n')
}

/** The whole cost section: total range, per service and region, the largest sources, the measurement, the method. */
export function costSection(report: CostReport, maxRows = COST_ROWS_MAX): string {
  const { ranges } = report
  if (ranges.total.lineages === 0) return ''
  const regions = regionRows(ranges.byServiceRegion)
  const parts = [
    '### Estimated cost',
    `About **${usdRange(ranges.total)} a month** (estimate) for ${plural(ranges.total.snapshots, 'snapshot')} in ` +
      `${plural(ranges.total.lineages, 'lineage')}. The \`estimated-monthly-cost-usd\` output and the other tables ` +
      'show the high end.',
    table(
      ['service', 'region', 'lineages', 'snapshots', 'low $/month', 'high $/month', 'method (lineages)'],
      regions.slice(0, maxRows),
      [LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, LEFT]
    ) + (regions.length > maxRows ? `\n\n${int(regions.length - maxRows)} more rows are in the result JSON.` : ''),
    '#### Largest sources by upper bound',
    table(
      ['source', 'service', 'region', 'account', 'snapshots', 'low $/month', 'high $/month', 'method'],
      ranges.topSources.slice(0, maxRows).map(sourceRow),
      [LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, LEFT]
    )
  ]
  if (report.measurement !== null) parts.push(measurementSection(report.measurement, maxRows))
  const used = COST_METHODS.filter((m) => (ranges.total.methods[m] ?? 0) > 0)
  parts.push(
    [
      'How each range is found:',
      '',
      ...used.map((m) => `- **${METHOD_LABEL[m]}**: ${METHOD_TEXT[m]}`),
      '- Archived EBS snapshots are full copies: their full size (or volume size) at the archive price, at both ends.'
    ].join('\n')
  )
  return parts.join('\n\n')
}
