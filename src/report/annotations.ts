import * as core from '@actions/core'
import { logLine } from '../escape.js'
import type { Finding } from '../findings.js'
import { plural } from '../plural.js'

/** Where annotations go: @actions/core by default. */
export interface AnnotationSink {
  error(message: string, properties: core.AnnotationProperties): void
  warning(message: string, properties: core.AnnotationProperties): void
  notice(message: string, properties?: core.AnnotationProperties): void
}

/** The text and title of one finding's annotation, each made inert for the log by {@link logLine}. */
export function annotationOf(f: Finding): { message: string; title: string } {
  return {
    title: logLine(`${f.rule}: ${f.resourceId}`),
    message: logLine(`[${f.accountId} ${f.region}] ${f.message}`)
  }
}

/**
 * Annotates the first `max` findings (they arrive most severe first) at their severity; when some are left out,
 * a final notice states the total and where every finding is. Returns how many findings were annotated.
 */
export function annotateFindings(
  findings: readonly Finding[],
  opts: { total: number; max: number; where: string },
  sink: AnnotationSink = core
): number {
  const shown = findings.slice(0, Math.min(opts.max, opts.total))
  for (const f of shown) {
    const { message, title } = annotationOf(f)
    sink[f.severity](message, { title })
  }
  if (shown.length < opts.total) {
    sink.notice(
      logLine(
        `${plural(opts.total, 'finding')} in all; ${shown.length} ${shown.length === 1 ? 'is' : 'are'} annotated (max-annotations ${opts.max}). Every finding is in ${opts.where}.`
      )
    )
  }
  return shown.length
}
