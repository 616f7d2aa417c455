/**
 * Runs the simulator standalone: prints `{"url": ..., "port": ..., ...}` as the first line of stdout, then serves until killed.
 * Usage: tsx bench/sim/cli.ts [--port N] [--latency MS] [--ebs N] [--rds N] [--rds-cluster N] [--efs N] [--seed N] [--skew F]
 *   [--account-id ID] [--managed N] [--managed-regions a,b] [--managed-expired F] [--fault-rate F] [--fault-seed N]
 *   [--fault-services ec2,rds] [--fail-regions a,b] [--no-buckets] [--burst-scale F] [--refill-scale F]
 *   [--org-accounts N] [--member-role-name NAME]
 * With --org-accounts N it serves an organisation of N accounts (the first the management account, which the starting
 * credentials belong to), each generated with the size options and its own seed (seed + index); ListAccounts and
 * AssumeRole into `member-role-name` (default snapshot-hygiene-member) work, and --account-id is not used.
 * Control endpoints (not counted as calls): GET /__sim/stats, POST /__sim/reset-stats, GET /__sim/minimum-calls.
 */
import { parseArgs } from 'node:util'
import { generateAccount, type AccountOptions } from './data.js'
import { DEFAULT_MEMBER_ROLE, generateOrganization } from './organization.js'
import { startSimulator, type SimOptions } from './server.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    latency: { type: 'string', default: '50' },
    ebs: { type: 'string', default: '0' },
    rds: { type: 'string', default: '0' },
    'rds-cluster': { type: 'string', default: '0' },
    efs: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    skew: { type: 'string', default: '0.6' },
    'account-id': { type: 'string', default: '123456789012' },
    managed: { type: 'string', default: '0' },
    'managed-regions': { type: 'string' },
    'managed-expired': { type: 'string', default: '1' },
    'fault-rate': { type: 'string', default: '0' },
    'fault-seed': { type: 'string', default: '1' },
    'fault-services': { type: 'string' },
    'fail-regions': { type: 'string' },
    'no-buckets': { type: 'boolean', default: false },
    'burst-scale': { type: 'string', default: '1' },
    'refill-scale': { type: 'string', default: '1' },
    'org-accounts': { type: 'string', default: '0' },
    'member-role-name': { type: 'string', default: DEFAULT_MEMBER_ROLE }
  }
})

const num = (text: string | undefined): number => {
  const value = Number(text)
  if (!Number.isFinite(value)) throw new Error(`not a number: ${String(text)}`)
  return value
}
const list = (text: string | undefined): string[] | undefined =>
  text === undefined ? undefined : text.split(',').filter((s) => s !== '')

const accountOptions: AccountOptions = {
  accountId: values['account-id'],
  ebs: num(values.ebs),
  rds: num(values.rds),
  rdsCluster: num(values['rds-cluster']),
  efs: num(values.efs),
  seed: num(values.seed),
  skew: num(values.skew)
}
const managedRegions = list(values['managed-regions'])
if (num(values.managed) > 0) {
  accountOptions.managed = {
    count: num(values.managed),
    expiredFraction: num(values['managed-expired']),
    ...(managedRegions === undefined ? {} : { regions: managedRegions })
  }
}
const faultServices = list(values['fault-services'])
const orgAccounts = num(values['org-accounts'])
const organization =
  orgAccounts > 0
    ? generateOrganization({
        accounts: orgAccounts,
        memberRoleName: values['member-role-name'],
        accountOptions: (index) => ({ ...accountOptions, seed: num(values.seed) + index })
      })
    : undefined
const options: SimOptions = {
  ...(organization === undefined ? { account: generateAccount(accountOptions) } : { organization }),
  port: num(values.port),
  latencyMs: num(values.latency),
  buckets: values['no-buckets']
    ? false
    : { scale: { burst: num(values['burst-scale']), refill: num(values['refill-scale']) } },
  failRegions: list(values['fail-regions']) ?? []
}
if (num(values['fault-rate']) > 0)
  options.faults = {
    rate: num(values['fault-rate']),
    seed: num(values['fault-seed']),
    ...(faultServices === undefined ? {} : { services: faultServices })
  }

const sim = await startSimulator(options)
process.stdout.write(
  `${JSON.stringify({ url: sim.url, port: sim.port, accountId: sim.account.accountId, regions: sim.account.regions.length, accounts: sim.organization?.accounts.length ?? 1, pid: process.pid })}\n`
)
const stop = (): void => {
  void sim.close().finally(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
