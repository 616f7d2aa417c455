import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  getConfig,
  InputError,
  isValidBucketName,
  parseTagLines,
  splitList,
  type InputSource
} from '../../src/inputs.js'
import { EC2_TAGS_MAX, backupTags, mostBackupTags } from '../../src/backup-tags.js'
import { S3_KEY_MAX_BYTES, longestMetadataKey } from '../../src/metadata-key.js'
import { actionDefaults, declaredInputs, runnerInputs } from '../helpers/action-defaults.js'

const WORKSPACE = '/home/runner/work/repo/repo'
const TEMP = '/home/runner/work/_temp'

/** The inputs as the runner passes them, over action.yml's defaults. */
function source(inputs: Record<string, string>, env: Record<string, string> = {}): InputSource {
  return runnerInputs(inputs, { GITHUB_WORKSPACE: WORKSPACE, RUNNER_TEMP: TEMP, AWS_REGION: 'us-east-1', ...env })
}

function failure(inputs: Record<string, string>, env: Record<string, string> = {}): string {
  try {
    getConfig(source(inputs, env))
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('expected an InputError')
}

describe("getConfig with action.yml's defaults", () => {
  it('reads them as an inventory of every region and service, auto values derived from the mode', () => {
    const d = actionDefaults()
    const c = getConfig(source({}))
    expect(c).toMatchObject({
      mode: 'inventory',
      regions: 'all',
      services: ['ebs', 'rds', 'efs'],
      roleToAssume: null,
      awsRegion: 'us-east-1',
      audience: d.audience,
      roleSessionName: d['role-session-name'],
      csvPath: path.join(TEMP, 'snapshot-hygiene-inventory.csv'),
      artifactName: 'snapshot-hygiene-inventory',
      failOnRegionError: false,
      retentionDays: Number(d['retention-days']),
      keepLast: Number(d['keep-last']),
      metadataPrefix: d['metadata-prefix'],
      failOn: d['fail-on'],
      wait: true,
      githubToken: ''
    })
  })

  it('takes the home region from AWS_DEFAULT_REGION when AWS_REGION is unset', () => {
    expect(getConfig(source({}, { AWS_REGION: '', AWS_DEFAULT_REGION: 'eu-central-1' })).awsRegion).toBe('eu-central-1')
  })

  it('derives fail-on-region-error auto from the mode: true for the modes that delete', () => {
    const modes = ['inventory', 'backup', 'prune', 'backup-and-prune', 'check', 'merge'] as const
    const needs: Record<string, string> = { bucket: 'my-backups', volume: 'vol-12345678', 'merge-path': 'r' }
    expect(modes.map((mode) => getConfig(source({ ...needs, mode })).failOnRegionError)).toEqual([
      false,
      false,
      true,
      true,
      false,
      false
    ])
    expect(getConfig(source({ mode: 'prune', 'fail-on-region-error': 'false' })).failOnRegionError).toBe(false)
    expect(failure({ 'fail-on-region-error': 'yes' })).toBe(
      "Input 'fail-on-region-error' must be true, false or auto; got 'yes'"
    )
  })

  it('derives csv-path auto from the mode, in the runner temp folder', () => {
    expect(getConfig(source({ mode: 'check' })).csvPath).toBe(path.join(TEMP, 'snapshot-hygiene-check.csv'))
  })

  it('needs no home region in merge, which makes no AWS call', () => {
    expect(getConfig(source({ mode: 'merge', 'merge-path': 'r' }, { AWS_REGION: '' })).awsRegion).toBe('')
  })
})

describe('action.yml is the only place a default is written', () => {
  /** The inputs whose empty value has a meaning of its own, which their description states. */
  const EMPTY_MEANS: Record<string, [unknown, string]> = {
    'artifact-name': ['', 'empty for no upload'],
    'github-token': ['', 'empty for no comment'],
    'compare-with': [{ kind: 'none' }, 'empty for no comparison'],
    'copy-to-regions': [[], 'Empty: no copies'],
    'copy-kms-key': [{}, 'Empty: no key'],
    'archive-after-days': [null, 'or empty): never']
  }
  const needs: Record<string, string> = { mode: 'backup', bucket: 'my-backups', volume: 'vol-12345678' }
  const defaulted = declaredInputs().filter((i) => i.default !== null)

  it('declares defaults for the inputs the code reads as required', () => {
    expect(defaulted.map((i) => i.name)).toContain('retention-days')
    expect(defaulted.length).toBeGreaterThanOrEqual(20)
  })

  it.each(defaulted.map((i) => [i.name]))("an empty '%s' is refused, naming it, unless empty has a meaning", (name) => {
    const inputs = { ...needs, [name]: '' }
    const meaning = EMPTY_MEANS[name]
    if (meaning !== undefined) {
      const config = getConfig(source(inputs)) as unknown as Record<string, unknown>
      const key = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
      expect(config[key]).toEqual(meaning[0])
      expect(declaredInputs().find((i) => i.name === name)?.description).toContain(meaning[1])
      return
    }
    expect(failure(inputs)).toBe(`Input '${name}' is empty: remove it to use the default or set a value`)
    expect(failure({ ...needs, [name]: ' \n ' })).toBe(
      `Input '${name}' is empty: remove it to use the default or set a value`
    )
  })

  it('refuses a list input that names nothing', () => {
    expect(failure({ regions: ' , ' })).toBe("Input 'regions' names no region: 'all' or a list of region names")
    expect(failure({ services: ',' })).toBe("Input 'services' names no service: any of ebs, rds, efs")
  })
})

describe('getConfig parsing', () => {
  it('splits regions and services on commas and newlines, dropping blanks and duplicates', () => {
    const c = getConfig(source({ regions: 'us-east-1,\n eu-west-1 \n\nus-east-1', services: 'rds\nebs' }))
    expect(c.regions).toEqual(['us-east-1', 'eu-west-1'])
    expect(c.services).toEqual(['rds', 'ebs'])
  })

  it('reads volumes with and without a region', () => {
    const c = getConfig(
      source({ mode: 'backup', bucket: 'my-backups', volume: 'vol-0123456789abcdef0, eu-west-1/vol-12345678' })
    )
    expect(c.volumes).toEqual([
      { region: 'us-east-1', volumeId: 'vol-0123456789abcdef0' },
      { region: 'eu-west-1', volumeId: 'vol-12345678' }
    ])
  })

  it('reads tag lines, keeping = inside values', () => {
    expect(parseTagLines('tags', 'team=payments\nnote = a=b \n')).toEqual({ team: 'payments', note: 'a=b' })
  })

  it('resolves csv-path against the workspace', () => {
    expect(getConfig(source({ 'csv-path': 'out/inv.csv' })).csvPath).toBe(path.join(WORKSPACE, 'out/inv.csv'))
  })

  it('splits lists', () => {
    expect(splitList(' a, b\n\nc ,')).toEqual(['a', 'b', 'c'])
  })

  it('checks bucket names against S3 rules', () => {
    expect(['my-bucket', 'a.b.c', 'abc'].map(isValidBucketName)).toEqual([true, true, true])
    expect(['My-Bucket', 'ab', 'a..b', '192.168.1.1', '-abc', 'abc-', 'xn--abc', 'a_b'].map(isValidBucketName)).toEqual(
      Array(8).fill(false)
    )
  })
})

describe('bad input fails with one line naming the input', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'unknown mode',
      { mode: 'delete-everything' },
      "Input 'mode' must be one of inventory, backup, prune, backup-and-prune, check, merge, list-accounts; got 'delete-everything'"
    ],
    ['wrong-case mode', { mode: 'Inventory' }, "Input 'mode' must be one of"],
    ['unknown service', { services: 'ebs,s3' }, "Input 'services' accepts ebs, rds, efs; got 's3'"],
    [
      'unknown region',
      { regions: 'us-east-1,moon-1' },
      "Input 'regions' has 'moon-1', which is not an AWS region name"
    ],
    ['all mixed with regions', { regions: 'all,us-east-1' }, "Input 'regions' must be 'all' or a list"],
    [
      'malformed role ARN',
      { 'role-to-assume': 'arn:aws:iam::12345:role/x' },
      "Input 'role-to-assume' must be an IAM role ARN"
    ],
    [
      'non-numeric retention',
      { 'retention-days': '15d' },
      "Input 'retention-days' must be a whole number from 0 to 36500; got '15d'"
    ],
    ['negative keep-last', { 'keep-last': '-1' }, "Input 'keep-last' must be a whole number"],
    [
      'huge number',
      { 'retention-days': '99999999999999999999' },
      "Input 'retention-days' must be a whole number from 0 to 36500"
    ],
    ['fractional keep-daily', { 'keep-daily': '1.5' }, "Input 'keep-daily' must be a whole number"],
    [
      'volume with trailing junk',
      { volume: 'vol-0123456789abcdef0;rm' },
      "Input 'volume' has 'vol-0123456789abcdef0;rm'"
    ],
    ['backup without volume', { mode: 'backup', bucket: 'my-bucket' }, "Input 'volume' is required in backup mode"],
    ['backup without bucket', { mode: 'backup', volume: 'vol-12345678' }, "Input 'bucket' is required in backup mode"],
    ['bad bucket', { bucket: 'My_Bucket' }, "Input 'bucket' 'My_Bucket' breaks S3's bucket naming rules"],
    ['newline injection in tags', { tags: 'team=a\u0007b' }, "Input 'tags' has a tag EC2 would not accept"],
    ['reserved aws: tag', { tags: 'aws:backup=1' }, "Input 'tags' cannot use the reserved 'aws:' tag prefix"],
    [
      'prune-tags matching everything',
      { 'prune-tags': 'backup=*' },
      "Input 'prune-tags' needs an exact value for 'backup'"
    ],
    [
      'csv-path outside the workspace',
      { 'csv-path': '../../../../etc/passwd' },
      "Input 'csv-path' must be a path inside the workspace"
    ],
    [
      'bidi override in csv-path',
      { 'csv-path': 'out/\u202evsc.exe' },
      "Input 'csv-path' must not contain control characters"
    ],
    ['bad boolean', { 'dry-run': 'yes' }, "Input 'dry-run' must be true or false; got 'yes'"],
    ['bad fail-on', { 'fail-on': 'critical' }, "Input 'fail-on' must be one of error, warning, notice, never"],
    ['unknown rule', { 'ignore-rules': 'public-snapshot,everything' }, "Input 'ignore-rules' accepts"],
    ['bad account', { accounts: '1234' }, "Input 'accounts' must be 'organization' or 12-digit account ids"],
    ['no home region', { 'aws-region': '' }, "Input 'aws-region' is not set and neither is AWS_REGION"]
  ]
  it.each(cases)('%s', (_name, inputs, expected) => {
    const env = _name === 'no home region' ? { AWS_REGION: '', AWS_DEFAULT_REGION: '' } : {}
    const message = failure(inputs, env)
    expect(message.startsWith(expected)).toBe(true)
    expect(message).not.toContain('\n')
  })
})

describe("AWS's documented limits, checked before any call", () => {
  const tagLines = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}=v`).join('\n')
  const mostOwn = mostBackupTags({})

  it('counts the tags a backup adds from the code that adds them: Name, managed, expires-at and six workflow tags', () => {
    expect(mostOwn).toBe(9)
    expect(
      Object.keys(
        backupTags(
          { tags: {}, retentionDays: 1 },
          { name: 'db' },
          { repository: 'r', workflow: 'w', runId: '1', runUrl: 'u', sha: 's', actor: 'a' },
          new Date(0)
        )
      )
    ).toHaveLength(mostOwn)
  })

  it('takes as many tags as fit in EC2_TAGS_MAX with the action own, and refuses one more', () => {
    const fit = EC2_TAGS_MAX - mostOwn
    expect(Object.keys(getConfig(source({ tags: tagLines(fit) })).tags)).toHaveLength(fit)
    expect(failure({ tags: tagLines(fit + 1) })).toBe(
      `Input 'tags' has ${fit + 1} tags; with the ${mostOwn} more a backup adds (Name and the snapshot-hygiene: tags) a snapshot would carry 51, more than EC2's 50: remove 1`
    )
    // A user tag that the action overrides (or Name, which replaces the volume's) takes no extra slot.
    expect(Object.keys(getConfig(source({ tags: `${tagLines(fit)}\nName=db` })).tags)).toHaveLength(fit + 1)
    expect(
      Object.keys(getConfig(source({ tags: `${tagLines(fit)}\nsnapshot-hygiene:managed=true` })).tags)
    ).toHaveLength(fit + 1)
  })

  it('refuses a tag key over 128 characters, a value over 256, counted in characters, and characters AWS does not allow', () => {
    expect(getConfig(source({ tags: `${'k'.repeat(128)}=${'é'.repeat(256)}` })).tags).toEqual({
      ['k'.repeat(128)]: 'é'.repeat(256)
    })
    expect(getConfig(source({ tags: `${'𝐀'.repeat(128)}=x` })).tags).toEqual({ ['𝐀'.repeat(128)]: 'x' })
    expect(failure({ tags: `${'k'.repeat(129)}=v` })).toBe(
      `Input 'tags' has a tag key of 129 characters, more than EC2's 128: '${'k'.repeat(60)}...'`
    )
    expect(failure({ tags: `k=${'v'.repeat(257)}` })).toBe(
      "Input 'tags' has a value of 257 characters for tag 'k', more than EC2's 256"
    )
    for (const bad of ['k\ufeffx=v', 'k=v#', 'k!=v', 'k=e\u0301', 'k=\u200b', 'k=a\u0085b', 'k=😀'])
      expect(failure({ tags: bad }), JSON.stringify(bad)).toMatch(/^Input 'tags' has a tag EC2 would not accept: /)
    expect(getConfig(source({ tags: 'team name=a b\u00a0c_.:/=+-@' })).tags).toEqual({
      'team name': 'a b\u00a0c_.:/=+-@'
    })
  })

  it('refuses prune-tags no snapshot could carry all of (more than 50)', () => {
    expect(Object.keys(getConfig(source({ mode: 'prune', 'prune-tags': tagLines(50) })).pruneTags)).toHaveLength(50)
    expect(failure({ mode: 'prune', 'prune-tags': tagLines(51) })).toBe(
      "Input 'prune-tags' names 51 tags; a snapshot carries at most 50, so no snapshot could match them all"
    )
    expect(failure({ mode: 'prune', 'prune-tags': `${'k'.repeat(129)}=v` })).toMatch(
      /^Input 'prune-tags' has a tag key of 129/
    )
  })

  it('refuses a metadata-prefix that makes the longest key the action writes over 1,024 bytes of UTF-8', () => {
    const longest = Buffer.byteLength(longestMetadataKey(''), 'utf8')
    expect(longest).toBe(`vol-${'0'.repeat(17)}/snap-${'0'.repeat(17)}.json`.length)
    const fits = `${'a'.repeat(S3_KEY_MAX_BYTES - longest - 1)}/`
    expect(getConfig(source({ 'metadata-prefix': fits })).metadataPrefix).toBe(fits)
    expect(failure({ 'metadata-prefix': `a${fits}` })).toBe(
      "Input 'metadata-prefix' makes metadata keys (<prefix><volume-id>/<snapshot-id>.json) up to 1025 bytes long, more than S3's 1024: shorten it by 1 bytes"
    )
    // 330 characters, but 990 bytes.
    expect(failure({ 'metadata-prefix': '日'.repeat(330) })).toMatch(
      /^Input 'metadata-prefix' makes metadata keys .* up to 1040 bytes/
    )
  })

  it('refuses a role-to-assume whose role name is longer than IAM allows, and a description over 255 characters', () => {
    const arn = `arn:aws:iam::123456789012:role/path/${'r'.repeat(65)}`
    expect(failure({ 'role-to-assume': arn })).toMatch(
      /^Input 'role-to-assume' names a role of 65 characters; IAM role names have 1 to 64: /
    )
    expect(getConfig(source({ 'role-to-assume': arn.slice(0, -1) })).roleToAssume).toBe(arn.slice(0, -1))
    expect(failure({ description: 'd'.repeat(256) })).toBe(
      "Input 'description' must be at most 255 characters without control characters (EC2's limit on a snapshot description)"
    )
    expect(getConfig(source({ description: 'd'.repeat(255) })).description).toBe('d'.repeat(255))
  })
})

describe('compare-with and fail-on-new-only', () => {
  it('reads a path below the workspace, previous-run, and empty as no comparison', () => {
    expect(getConfig(source({ 'compare-with': 'previous' })).compareWith).toEqual({
      kind: 'path',
      path: path.join(WORKSPACE, 'previous')
    })
    expect(getConfig(source({ mode: 'check', 'compare-with': 'previous-run' })).compareWith).toEqual({
      kind: 'previous-run'
    })
    expect(getConfig(source({})).compareWith).toEqual({ kind: 'none' })
    expect(getConfig(source({})).failOnNewOnly).toBe(false)
  })

  it('refuses a path outside the workspace and the temp folder, and a mode that does not compare', () => {
    expect(failure({ 'compare-with': '/etc/passwd' })).toBe(
      "Input 'compare-with' must be a path inside the workspace or the runner's temp folder; '/etc/passwd' is outside the workspace and the runner's temp folder"
    )
    expect(failure({ mode: 'prune', 'compare-with': 'previous-run' })).toBe(
      "Input 'compare-with' applies to inventory and check modes, not prune"
    )
  })

  it('refuses fail-on-new-only without compare-with, or outside check mode', () => {
    expect(failure({ mode: 'check', 'fail-on-new-only': 'true' })).toBe(
      "Input 'fail-on-new-only' needs compare-with: the earlier check's result, or 'previous-run'"
    )
    expect(failure({ 'fail-on-new-only': 'true', 'compare-with': 'previous-run' })).toBe(
      "Input 'fail-on-new-only' applies to check mode only, not inventory"
    )
    expect(failure({ mode: 'check', 'fail-on-new-only': 'maybe' })).toMatch(/^Input 'fail-on-new-only' /)
  })
})
