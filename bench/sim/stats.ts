/** Call counters for the simulator and the fault proxy. */

/** A snapshot of the simulator's counters. Timestamps are epoch milliseconds (fractional, from performance.now()). */
export interface SimStats {
  calls: number
  /** Calls per `service:Action` (e.g. `ec2:DescribeSnapshots`), including refused ones. */
  byAction: Record<string, number>
  byRegion: Record<string, number>
  /** Calls per account (the account of the access key that signed them), and per account and `service:Action`. */
  byAccount: Record<string, number>
  byAccountAction: Record<string, Record<string, number>>
  /** Answers refused by an empty token bucket. */
  throttled: number
  throttledByAction: Record<string, number>
  /** Injected faults. */
  faults: number
  /** Calls refused because their region is in failRegions or not in the account. */
  denied: number
  /** Calls to operations the simulator does not implement. */
  unknown: number
  unknownByAction: Record<string, number>
  firstRequestAt: number | null
  lastResponseAt: number | null
  /** When the first and the last call of each `service:Action` arrived (epoch ms), to split a run into its phases. */
  firstCallAt: Record<string, number>
  lastCallAt: Record<string, number>
  /** Longest chain of dependent page requests per `region service:listing`. */
  longestChain: Record<string, number>
  /** Most requests in flight at once. */
  maxInFlight: number
}

/** Epoch milliseconds with sub-millisecond precision, comparable across processes. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now()
}

function bump(map: Record<string, number>, key: string, by = 1): void {
  map[key] = (map[key] ?? 0) + by
}

/** Accumulates SimStats. */
export class StatsRecorder {
  private stats: SimStats = StatsRecorder.empty()
  private inFlight = 0

  private static empty(): SimStats {
    return {
      calls: 0,
      byAction: {},
      byRegion: {},
      byAccount: {},
      byAccountAction: {},
      throttled: 0,
      throttledByAction: {},
      faults: 0,
      denied: 0,
      unknown: 0,
      unknownByAction: {},
      firstRequestAt: null,
      lastResponseAt: null,
      firstCallAt: {},
      lastCallAt: {},
      longestChain: {},
      maxInFlight: 0
    }
  }

  /** Records a request's arrival. */
  arrive(): void {
    this.stats.firstRequestAt ??= epochMs()
    this.inFlight++
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.inFlight)
  }

  /** Records which call an arrived request is, and for which account (omitted: a call no account signed). */
  call(service: string, action: string, region: string, account?: string): void {
    this.stats.calls++
    const key = `${service}:${action}`
    const at = epochMs()
    this.stats.firstCallAt[key] ??= at
    this.stats.lastCallAt[key] = at
    bump(this.stats.byAction, key)
    bump(this.stats.byRegion, region)
    if (account === undefined) return
    bump(this.stats.byAccount, account)
    bump((this.stats.byAccountAction[account] ??= {}), `${service}:${action}`)
  }

  /** Records how a call was refused or answered. */
  outcome(kind: 'throttled' | 'fault' | 'denied' | 'unknown' | 'ok', service: string, action: string): void {
    const key = `${service}:${action}`
    if (kind === 'throttled') {
      this.stats.throttled++
      bump(this.stats.throttledByAction, key)
    } else if (kind === 'fault') this.stats.faults++
    else if (kind === 'denied') this.stats.denied++
    else if (kind === 'unknown') {
      this.stats.unknown++
      bump(this.stats.unknownByAction, key)
    }
  }

  /** Records that a page request was the `depth`-th of its chain. */
  chain(key: string, depth: number): void {
    this.stats.longestChain[key] = Math.max(this.stats.longestChain[key] ?? 0, depth)
  }

  /** Records a response written. */
  respond(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
    this.stats.lastResponseAt = epochMs()
  }

  /** A deep copy of the counters. */
  snapshot(): SimStats {
    return structuredClone(this.stats)
  }

  /** Zeroes the counters (requests in flight still finish). */
  reset(): void {
    this.stats = StatsRecorder.empty()
  }
}
