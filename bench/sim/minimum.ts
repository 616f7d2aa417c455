/** The least work an ideal inventory of a simulated account needs: total list calls and the critical path. */
import type { SimAccount } from './data.js'
import type { SimOrganization } from './organization.js'

/** How the ideal lister behaves. */
export interface MinimumCallsOptions {
  /** The lister must ask DescribeDBSnapshots with SnapshotType=awsbackup separately (Aurora has no such type); default true. */
  rdsAwsBackupSeparate?: boolean
}

/** Minimum list calls, by action and region, and the critical-path floor in calls. */
export interface MinimumCalls {
  total: number
  byAction: Record<string, number>
  byRegion: Record<string, number>
  /** 1 + the longest chain of dependent page requests in any (region, listing). */
  criticalPath: number
  /** The (region, listing) with that longest chain, and its length. */
  longestChain: { key: string; pages: number }
}

const pages = (items: number, pageSize: number): number => Math.max(1, Math.ceil(items / pageSize))

/** Computes the minimum calls for the account as it is now (after any deletions or additions). */
export function minimumCalls(account: SimAccount, options: MinimumCallsOptions = {}): MinimumCalls {
  const separate = options.rdsAwsBackupSeparate ?? true
  const result: MinimumCalls = {
    total: 0,
    byAction: {},
    byRegion: {},
    criticalPath: 0,
    longestChain: { key: '', pages: 0 }
  }
  const add = (region: string, action: string, calls: number, chain: number): void => {
    result.total += calls
    result.byAction[action] = (result.byAction[action] ?? 0) + calls
    result.byRegion[region] = (result.byRegion[region] ?? 0) + calls
    if (chain > result.longestChain.pages) result.longestChain = { key: `${region} ${action}`, pages: chain }
  }
  add('global', 'sts:GetCallerIdentity', 1, 1)
  add('global', 'ec2:DescribeRegions', 1, 1)
  for (const region of account.regions) {
    const data = account.region(region)
    const ebs = pages(data.ebs.size, 1000)
    add(region, 'ec2:DescribeSnapshots', ebs, ebs)
    // The lock state of a region's snapshots, read once the region is seen to have some.
    if (data.ebs.size > 0) {
      const locks = pages(account.ebsLocks(region).length, 1000)
      add(region, 'ec2:DescribeLockedSnapshots', locks, locks)
    }
    const backup = data.db.all().filter((s) => s.snapshotType === 'awsbackup').length
    const db = pages(data.db.size - (separate ? backup : 0), 100)
    add(region, 'rds:DescribeDBSnapshots', db, db)
    if (separate) add(region, 'rds:DescribeDBSnapshots/awsbackup', pages(backup, 100), pages(backup, 100))
    const cluster = pages(data.cluster.size, 100)
    add(region, 'rds:DescribeDBClusterSnapshots', cluster, cluster)
    const vaults = [...data.vaults.values()]
    const vaultPages = pages(vaults.length, 1000)
    const pointPages = vaults.map((v) => pages(v.points.all().filter((p) => p.resourceType === 'EFS').length, 1000))
    add(region, 'backup:ListBackupVaults', vaultPages, vaultPages)
    add(
      region,
      'backup:ListRecoveryPointsByBackupVault',
      pointPages.reduce((a, b) => a + b, 0),
      vaultPages + Math.max(0, ...pointPages)
    )
  }
  result.criticalPath = 1 + result.longestChain.pages
  return result
}

/** How the ideal organisation run is shaped: the accounts it works in and how many at a time. */
export interface OrganizationMinimumOptions extends MinimumCallsOptions {
  /** Accounts worked on at once (the action's max-parallel-accounts). */
  maxParallelAccounts: number
  /** The accounts, in the order they are started; default the organisation's active accounts, sorted (as the action does). */
  accountIds?: readonly string[]
}

/** One account's share of an organisation run. */
export interface AccountMinimum {
  accountId: string
  /** Whether the account is reached through AssumeRole (every account but the management one). */
  member: boolean
  /** Minimum calls signed with this account's credentials, by `service:Action`. */
  byAction: Record<string, number>
  total: number
  /** Its own chain of dependent calls: (AssumeRole, GetCallerIdentity,) DescribeRegions, then its longest listing. */
  chain: number
  longestChain: { key: string; pages: number }
}

/** Minimum calls and critical-path floors (in calls) of an inventory of a whole organisation. */
export interface OrganizationMinimum {
  total: number
  byAction: Record<string, number>
  accounts: AccountMinimum[]
  listAccountsPages: number
  /** GetCallerIdentity, then the ListAccounts pages one after another: before any account can start. */
  startup: number
  /**
   * The floor: `startup` + the makespan of `maxParallelAccounts` slots, each account taking the first free slot in
   * order and holding it for its own chain (every call taking one latency).
   */
  floor: number
  /** The same with the action's two phases: every account's role first (AssumeRole + GetCallerIdentity), then the inventories. */
  twoPhaseFloor: number
  /** With every account at once: `startup` + the longest account chain. */
  unboundedFloor: number
  /** What no order of the accounts can beat with these slots: `startup` + max(longest chain, ⌈sum of the chains / slots⌉). */
  anyOrderFloor: number
  /** The account whose chain is longest, that chain in calls, and its longest listing (`region service:Action`, pages). */
  longestAccount: { accountId: string; chain: number; key: string; pages: number }
}

/** Organizations ListAccounts returns at most 20 accounts a page. */
const LIST_ACCOUNTS_PAGE = 20

/** The makespan, in calls, of running the durations in order on `slots` slots (each job takes the first free slot). */
export function boundedMakespan(durations: readonly number[], slots: number): number {
  const free = Array.from({ length: Math.max(1, Math.min(slots, durations.length)) }, () => 0)
  let end = 0
  for (const d of durations) {
    let k = 0
    for (let j = 1; j < free.length; j++) if ((free[j] ?? 0) < (free[k] ?? 0)) k = j
    const done = (free[k] ?? 0) + d
    free[k] = done
    end = Math.max(end, done)
  }
  return end
}

/**
 * The least work an ideal inventory of an organisation (`accounts: organization` with a member role) needs. Calls are
 * counted under the account whose credentials sign them: the management account's credentials make the starting
 * GetCallerIdentity, the ListAccounts pages and every AssumeRole; each member's own credentials its GetCallerIdentity,
 * DescribeRegions and listings. Generates every account it counts.
 */
export function organizationMinimumCalls(
  organization: SimOrganization,
  options: OrganizationMinimumOptions
): OrganizationMinimum {
  const management = organization.managementAccountId
  const ids = options.accountIds ?? organization.activeAccountIds()
  const listAccountsPages = pages(organization.accounts.length, LIST_ACCOUNTS_PAGE)
  const result: OrganizationMinimum = {
    total: 0,
    byAction: {},
    accounts: [],
    listAccountsPages,
    startup: 1 + listAccountsPages,
    floor: 0,
    twoPhaseFloor: 0,
    unboundedFloor: 0,
    anyOrderFloor: 0,
    longestAccount: { accountId: '', chain: 0, key: '', pages: 0 }
  }
  const add = (into: Record<string, number>, action: string, n: number): void => {
    into[action] = (into[action] ?? 0) + n
  }
  const members = ids.filter((id) => id !== management).length
  const mgmt: AccountMinimum = {
    accountId: management,
    member: false,
    byAction: {},
    total: 0,
    chain: 0,
    longestChain: { key: '', pages: 0 }
  }
  add(mgmt.byAction, 'sts:GetCallerIdentity', 1)
  add(mgmt.byAction, 'organizations:ListAccounts', listAccountsPages)
  if (members > 0) add(mgmt.byAction, 'sts:AssumeRole', members)
  const perAccount = new Map<string, AccountMinimum>([[management, mgmt]])
  for (const id of ids) {
    const single = minimumCalls(organization.account(id), options)
    const member = id !== management
    const entry = perAccount.get(id) ?? {
      accountId: id,
      member,
      byAction: {},
      total: 0,
      chain: 0,
      longestChain: single.longestChain
    }
    // minimumCalls counts one GetCallerIdentity per account: the management account's is the starting one (counted above).
    for (const [action, n] of Object.entries(single.byAction))
      if (member || action !== 'sts:GetCallerIdentity') add(entry.byAction, action, n)
    entry.longestChain = single.longestChain
    entry.chain = (member ? 2 : 0) + 1 + single.longestChain.pages
    perAccount.set(id, entry)
  }
  const inRun = new Set(ids)
  for (const entry of perAccount.values()) {
    entry.total = Object.values(entry.byAction).reduce((a, b) => a + b, 0)
    for (const [action, n] of Object.entries(entry.byAction)) add(result.byAction, action, n)
    result.total += entry.total
    if (inRun.has(entry.accountId)) result.accounts.push(entry)
    else result.accounts.unshift(entry) // the management account outside the run still makes the start-up calls
  }
  const ordered = ids.map((id) => perAccount.get(id) as AccountMinimum)
  const m = options.maxParallelAccounts
  result.floor =
    result.startup +
    boundedMakespan(
      ordered.map((a) => a.chain),
      m
    )
  result.twoPhaseFloor =
    result.startup +
    boundedMakespan(
      ordered.map((a) => (a.member ? 2 : 0)),
      m
    ) +
    boundedMakespan(
      ordered.map((a) => 1 + a.longestChain.pages),
      m
    )
  const longest = ordered.reduce<AccountMinimum | null>(
    (best, a) => (best === null || a.chain > best.chain ? a : best),
    null
  )
  result.unboundedFloor = result.startup + (longest?.chain ?? 0)
  result.anyOrderFloor =
    result.startup + Math.max(longest?.chain ?? 0, Math.ceil(ordered.reduce((n, a) => n + a.chain, 0) / Math.max(1, m)))
  result.longestAccount = {
    accountId: longest?.accountId ?? '',
    chain: longest?.chain ?? 0,
    key: longest?.longestChain.key ?? '',
    pages: longest?.longestChain.pages ?? 0
  }
  return result
}
