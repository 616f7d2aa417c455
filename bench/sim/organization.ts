/**
 * A simulated AWS organisation: many accounts, each generated lazily (on its first request) with its own data, a
 * member role in each, and the temporary credentials STS AssumeRole hands out for them.
 */
import { hash32, hex } from './prng.js'
import { generateAccount, type AccountOptions, type SimAccount } from './data.js'
import { DAY_MS } from '../../src/clock.js'

/** The member role every account has unless listed in `withoutRole`. */
export const DEFAULT_MEMBER_ROLE = 'snapshot-hygiene-member'

/** What to generate. */
export interface OrganizationOptions {
  /** How many accounts the organisation has, the management account (index 0) included. */
  accounts: number
  /** The data of account `index` (0 is the management account); `accountId` is always the organisation's, `seed` defaults to the index. */
  accountOptions?: (index: number, accountId: string) => AccountOptions
  /** The role AssumeRole may assume in every account; default snapshot-hygiene-member. */
  memberRoleName?: string
  /** Accounts (ids) that lack the member role: AssumeRole is refused with AccessDenied. */
  withoutRole?: readonly string[]
  /** Accounts (ids) listed as SUSPENDED rather than ACTIVE. */
  suspended?: readonly string[]
  /** Reference time of every account's data (ms or Date); default now. */
  now?: number | Date
}

/** One account as Organizations ListAccounts reports it. */
export interface OrgAccountInfo {
  id: string
  index: number
  name: string
  email: string
  state: 'ACTIVE' | 'SUSPENDED'
  joinedMethod: 'CREATED' | 'INVITED'
  joinedAt: Date
}

/** The id of account `index`: twelve digits, increasing with the index (so sorted ids keep the index order). */
export function orgAccountId(index: number): string {
  return String(100_000_000_000 + index * 1_010_101)
}

/** A simulated organisation whose accounts are generated on first use. */
export class SimOrganization {
  readonly id: string
  readonly accounts: readonly OrgAccountInfo[]
  readonly memberRoleName: string
  private readonly byId: ReadonlyMap<string, OrgAccountInfo>
  private readonly generated = new Map<string, SimAccount>()
  private readonly withoutRole: ReadonlySet<string>
  private readonly now: number

  constructor(private readonly options: OrganizationOptions) {
    if (!Number.isInteger(options.accounts) || options.accounts < 1)
      throw new Error('an organisation has at least one account')
    this.now = options.now === undefined ? Date.now() : Number(options.now)
    this.id = `o-${hex(hash32(options.accounts, 7), 8)}${hex(hash32(options.accounts, 11), 2)}`
    this.memberRoleName = options.memberRoleName ?? DEFAULT_MEMBER_ROLE
    this.withoutRole = new Set(options.withoutRole ?? [])
    const suspended = new Set(options.suspended ?? [])
    this.accounts = Array.from({ length: options.accounts }, (_, index) => {
      const id = orgAccountId(index)
      return {
        id,
        index,
        name: index === 0 ? 'management' : `member-${String(index).padStart(3, '0')}`,
        email: `aws+${id}@example.com`,
        state: suspended.has(id) ? 'SUSPENDED' : 'ACTIVE',
        joinedMethod: index === 0 ? 'INVITED' : 'CREATED',
        joinedAt: new Date(Math.floor(this.now - (2000 - index) * DAY_MS))
      }
    })
    this.byId = new Map(this.accounts.map((a) => [a.id, a]))
  }

  /** The management account's id (the account of the starting credentials). */
  get managementAccountId(): string {
    return this.accounts[0]?.id ?? ''
  }

  /** Whether the organisation has this account. */
  has(accountId: string): boolean {
    return this.byId.has(accountId)
  }

  /** The ids of the ACTIVE accounts, sorted (the accounts `accounts: organization` works in). */
  activeAccountIds(): string[] {
    return this.accounts
      .filter((a) => a.state === 'ACTIVE')
      .map((a) => a.id)
      .sort()
  }

  /** Whether AssumeRole may assume this role name in this account. */
  hasRole(accountId: string, roleName: string): boolean {
    return this.has(accountId) && roleName === this.memberRoleName && !this.withoutRole.has(accountId)
  }

  /** The account's data, generated on first use; throws for an account outside the organisation. */
  account(accountId: string): SimAccount {
    const cached = this.generated.get(accountId)
    if (cached !== undefined) return cached
    const info = this.byId.get(accountId)
    if (info === undefined) throw new Error(`account ${accountId} is not in the organisation`)
    const account = generateAccount({
      seed: info.index,
      now: this.now,
      ...this.options.accountOptions?.(info.index, accountId),
      accountId
    })
    this.generated.set(accountId, account)
    return account
  }

  /** How many accounts have been generated so far. */
  get generatedCount(): number {
    return this.generated.size
  }
}

/** Creates an organisation (nothing is generated until an account is used). */
export function generateOrganization(options: OrganizationOptions): SimOrganization {
  return new SimOrganization(options)
}

/** Temporary credentials STS handed out, and for what. */
export interface Session {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  accountId: string
  roleName: string
  sessionName: string
  expiration: Date
}

const SESSION_KEY = /^ASIA(\d{12})[0-9A-Z]{4}$/

/** The account an AssumeRole access key id was issued for (`ASIA` + the 12-digit account + 4 characters), or null. */
export function sessionKeyAccount(accessKeyId: string): string | null {
  return SESSION_KEY.exec(accessKeyId)?.[1] ?? null
}

/** Whether an access key id has the shape of the temporary keys the simulator issues. */
export function isSessionKey(accessKeyId: string): boolean {
  return accessKeyId.startsWith('ASIA')
}

/** The credentials issued so far; a request signed with one of them is answered from that account's data. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>()
  private issued = 0

  /** Issues temporary credentials for a role in an account. */
  issue(accountId: string, roleName: string, sessionName: string, durationSeconds: number): Session {
    const n = this.issued++
    const suffix = (n % 36 ** 4).toString(36).toUpperCase().padStart(4, '0')
    const accessKeyId = `ASIA${accountId}${suffix}`
    const session: Session = {
      accessKeyId,
      secretAccessKey: `sim/${hex(hash32(n, 1), 8)}${hex(hash32(n, 2), 8)}${hex(hash32(n, 3), 8)}${hex(hash32(n, 4), 8)}`,
      sessionToken: Buffer.from(`simulated-session:${accountId}:${roleName}:${sessionName}:${n}`).toString('base64'),
      accountId,
      roleName,
      sessionName,
      expiration: new Date(Date.now() + durationSeconds * 1000)
    }
    this.sessions.set(accessKeyId, session)
    return session
  }

  /** The session of an access key id the simulator issued, or undefined. */
  get(accessKeyId: string): Session | undefined {
    return this.sessions.get(accessKeyId)
  }

  /** How many credentials were issued. */
  get count(): number {
    return this.issued
  }
}
