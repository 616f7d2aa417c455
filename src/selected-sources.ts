/**
 * Resolving the tag selectors of the volume, db-instance and db-cluster inputs into sources: in every region the
 * run covers, in every target account, before backup, prune or check runs. The sources found join the ids given
 * (an id and a selector naming the same resource name it once), so the modes see only ids.
 */
import type { AccountTarget } from './accounts.js'
import { forEachBounded } from './bounded.js'
import { errorMessage } from './errors.js'
import { Inputs, type Config, type DbRef, type InstanceRef, type VolumeRef } from './inputs.js'
import { accountRegions } from './modes/inventory.js'
import {
  selectDbClusters,
  selectDbInstances,
  selectInstances,
  selectVolumes,
  selectorCounts,
  type Selected
} from './selection.js'
import type { TagSelector } from './tag-selector.js'
import { volumeKey } from './types.js'

/** The inputs that take selectors. */
export type SelectorInput =
  typeof Inputs.volume | typeof Inputs.dbInstance | typeof Inputs.dbCluster | typeof Inputs.instance

/** How many resources one selector matched in one region of one account. */
export interface SelectorMatch {
  input: SelectorInput
  selector: string
  accountId: string
  region: string
  count: number
  /** The ids matched (volume ids, DB identifiers), sorted. */
  ids: string[]
}

/** A region where selectors could not be resolved, and why. */
export interface SelectionFailure {
  input: SelectorInput
  accountId: string
  region: string
  message: string
}

/** What the selectors matched: per selector, account and region; the selectors that matched nothing; failures. */
export interface SelectionReport {
  matches: SelectorMatch[]
  /** Selectors (with their input) that matched nothing in any region of any account. */
  unmatched: { input: SelectorInput; selector: string }[]
  failures: SelectionFailure[]
}

/** The config fields the resolver reads and extends. */
export type SelectionConfig = Pick<
  Config,
  | 'regions'
  | 'awsRegion'
  | 'volumes'
  | 'dbInstances'
  | 'dbClusters'
  | 'volumeSelectors'
  | 'dbInstanceSelectors'
  | 'dbClusterSelectors'
  | 'maxParallelAccounts'
> &
  Partial<Pick<Config, 'instances' | 'instanceSelectors'>>

/** A config whose selectors were resolved: the matched sources are among its ids, and the report says what matched. */
export type SelectedConfig<C extends object> = C & { selection?: SelectionReport }

/** Whether the config has any selector to resolve. */
export function hasSelectors(
  config: Pick<Config, 'volumeSelectors' | 'dbInstanceSelectors' | 'dbClusterSelectors'> &
    Partial<Pick<Config, 'instanceSelectors'>>
): boolean {
  return (
    config.volumeSelectors.length +
      config.dbInstanceSelectors.length +
      config.dbClusterSelectors.length +
      (config.instanceSelectors?.length ?? 0) >
    0
  )
}

interface Resolver {
  input: SelectorInput
  selectors: readonly TagSelector[]
  select: (target: AccountTarget, region: string, selectors: readonly TagSelector[]) => Promise<Selected<string>[]>
}

function resolvers(config: SelectionConfig): Resolver[] {
  const ids = <T>(found: Selected<T>[], id: (t: T) => string): Selected<string>[] =>
    found.map((f) => ({ resource: id(f.resource), selectors: f.selectors }))
  return [
    {
      input: Inputs.volume,
      selectors: config.volumeSelectors,
      select: async (t, r, s) => ids(await selectVolumes(t.clients.ec2(r), r, s), (v) => v.volumeId)
    },
    {
      input: Inputs.dbInstance,
      selectors: config.dbInstanceSelectors,
      select: async (t, r, s) => ids(await selectDbInstances(t.clients.rds(r), r, s), (d) => d.identifier)
    },
    {
      input: Inputs.dbCluster,
      selectors: config.dbClusterSelectors,
      select: async (t, r, s) => ids(await selectDbClusters(t.clients.rds(r), r, s), (d) => d.identifier)
    },
    {
      input: Inputs.instance,
      selectors: config.instanceSelectors ?? [],
      select: async (t, r, s) => ids(await selectInstances(t.clients.ec2(r), r, s), (i) => i.instanceId)
    }
  ]
}

/**
 * Resolves every selector in every region of every target account (an account whose role could not be assumed is
 * skipped: its failure is reported by the mode). Returns the config with the matched sources added to the ids, and
 * what each selector matched. Never throws: a region that cannot be described is a failure in the report.
 */
export async function resolveSelections<C extends SelectionConfig>(
  config: C,
  targets: readonly AccountTarget[]
): Promise<{ config: C; report: SelectionReport }> {
  const matches: SelectorMatch[] = []
  const failures: SelectionFailure[] = []
  const volumes: VolumeRef[] = []
  const dbInstances: DbRef[] = []
  const dbClusters: DbRef[] = []
  const instances: InstanceRef[] = []
  const active = resolvers(config).filter((r) => r.selectors.length > 0)
  await forEachBounded(
    targets.filter((t) => t.failure === undefined),
    config.maxParallelAccounts,
    async (target) => {
      let regions: string[]
      try {
        regions = await accountRegions(config, target)
      } catch (err) {
        for (const r of active)
          failures.push({
            input: r.input,
            accountId: target.accountId,
            region: config.awsRegion,
            message: errorMessage(err)
          })
        return
      }
      await Promise.all(
        active.flatMap((r) =>
          regions.map(async (region) => {
            try {
              const found = await r.select(target, region, r.selectors)
              const counts = selectorCounts(r.selectors, new Map([[region, found]]))
              for (const c of counts)
                matches.push({
                  input: r.input,
                  selector: c.selector,
                  accountId: target.accountId,
                  region,
                  count: c.count,
                  ids: found
                    .filter((f) => f.selectors.includes(c.selector))
                    .map((f) => f.resource)
                    .sort()
                })
              for (const f of found) {
                if (r.input === Inputs.volume) volumes.push({ region, volumeId: f.resource })
                else if (r.input === Inputs.dbInstance) dbInstances.push({ region, id: f.resource })
                else if (r.input === Inputs.dbCluster) dbClusters.push({ region, id: f.resource })
                else instances.push({ region, instanceId: f.resource })
              }
            } catch (err) {
              failures.push({
                input: r.input,
                accountId: target.accountId,
                region,
                message: `Could not resolve ${r.input} selectors in ${region}: ${errorMessage(err)}`
              })
            }
          })
        )
      )
    }
  )
  const unmatched = active.flatMap((r) =>
    r.selectors
      .filter((s) => !matches.some((m) => m.input === r.input && m.selector === s.text && m.count > 0))
      .map((s) => ({ input: r.input, selector: s.text }))
  )
  const order = (a: SelectorMatch | SelectionFailure, b: SelectorMatch | SelectionFailure): number =>
    a.input.localeCompare(b.input) ||
    ('selector' in a && 'selector' in b ? a.selector.localeCompare(b.selector) : 0) ||
    a.accountId.localeCompare(b.accountId) ||
    a.region.localeCompare(b.region)
  return {
    config: {
      ...config,
      volumes: unique([...config.volumes, ...byPlace(volumes, (v) => v.volumeId)], (v) =>
        volumeKey(null, v.region, v.volumeId)
      ),
      dbInstances: unique([...config.dbInstances, ...byPlace(dbInstances, (d) => d.id)], (d) => `${d.region}/${d.id}`),
      dbClusters: unique([...config.dbClusters, ...byPlace(dbClusters, (d) => d.id)], (d) => `${d.region}/${d.id}`),
      ...(config.instanceSelectors === undefined
        ? {}
        : {
            instances: unique(
              [...(config.instances ?? []), ...byPlace(instances, (i) => i.instanceId)],
              (i) => `${i.region}/${i.instanceId}`
            )
          })
    },
    report: { matches: matches.sort(order), unmatched, failures: failures.sort(order) }
  }
}

/** Sorted by region, then id, so that the run's order does not depend on which region answered first. */
function byPlace<T extends { region: string }>(items: readonly T[], id: (t: T) => string): T[] {
  return [...items].sort((a, b) => a.region.localeCompare(b.region) || id(a).localeCompare(id(b)))
}

/** Keeps the first of each key, in order: ids given first, then what selectors found. */
function unique<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((i) => {
    const k = key(i)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** The report's problems as lines: a selector that matched nothing, a region that could not be resolved. */
export function selectionProblems(report: SelectionReport): string[] {
  return [
    ...report.unmatched.map(
      (u) =>
        `Input '${u.input}': the selector ${u.selector} matched nothing in any region searched; check the tag, or the regions input`
    ),
    ...report.failures.map((f) => `${f.message} (account ${f.accountId})`)
  ]
}
