/** Reporting the tag selectors' resolution: every match in the log, and what matched nothing as a warning or a problem. */
import type { Config } from '../inputs.js'
import * as log from '../log.js'
import { selectionProblems, type SelectedConfig } from '../selected-sources.js'

/**
 * Logs what each selector matched, and returns the problems (a selector that matched nothing, a region that could
 * not be searched) for the step to fail on under fail-on-region-error; otherwise they are warnings and none is returned.
 */
export function selectionOutcome(config: SelectedConfig<Pick<Config, 'failOnRegionError'>>): string[] {
  const report = config.selection
  if (report === undefined) return []
  for (const m of report.matches)
    log.info(
      `Selector ${m.selector} (${m.input}) matched ${m.count} in ${m.region}, account ${m.accountId}${m.count > 0 ? `: ${m.ids.join(', ')}` : ''}`
    )
  const problems = selectionProblems(report)
  if (config.failOnRegionError) return problems
  for (const p of problems) log.warning(p)
  return []
}
