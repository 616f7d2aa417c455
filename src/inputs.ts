import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as os from 'node:os'
import { DESCRIPTION_MAX, EC2_TAGS_MAX, TAG_KEY_MAX, TAG_VALUE_MAX, mostBackupTags } from './backup-tags.js'
import { ACCOUNT_RE, DB_ID_RE, REGION_RE } from './aws-names.js'
import { S3_KEY_MAX_BYTES, longestMetadataKey } from './metadata-key.js'
import { logLine } from './escape.js'
import { actionRoots, checkedPath, PathError, type PathKind } from './paths.js'
import { LOCK_DAYS_MAX, LOCK_MODES, type LockMode } from './lock-state.js'
import { FAIL_ON, RULE_IDS, type FailOn, type RuleId } from './rules.js'
import { volumeKey, type Service } from './types.js'
import { isTagSelector, parseTagSelector, SelectorError, type TagSelector } from './tag-selector.js'
import type { RetentionCounts } from './copy-policy.js'
import { COPY_TAGS_ADDED, parseCopyKmsKeys, parseCopyRegions } from './copy-inputs.js'

/** The action's input names, as action.yml declares them. */
export const Inputs = {
  mode: 'mode',
  regions: 'regions',
  services: 'services',
  roleToAssume: 'role-to-assume',
  awsRegion: 'aws-region',
  roleSessionName: 'role-session-name',
  audience: 'audience',
  csvPath: 'csv-path',
  artifactName: 'artifact-name',
  failOnRegionError: 'fail-on-region-error',
  volume: 'volume',
  dbInstance: 'db-instance',
  dbCluster: 'db-cluster',
  instance: 'instance',
  excludeBootVolume: 'exclude-boot-volume',
  excludeVolumeTags: 'exclude-volume-tags',
  bucket: 'bucket',
  metadataPrefix: 'metadata-prefix',
  retentionDays: 'retention-days',
  lockDays: 'lock-days',
  lockMode: 'lock-mode',
  keepLast: 'keep-last',
  keepDaily: 'keep-daily',
  keepWeekly: 'keep-weekly',
  keepMonthly: 'keep-monthly',
  dryRun: 'dry-run',
  pruneTags: 'prune-tags',
  tags: 'tags',
  description: 'description',
  wait: 'wait',
  waitTimeoutMinutes: 'wait-timeout-minutes',
  allowedAccounts: 'allowed-accounts',
  maxAgeDays: 'max-age-days',
  maxBackupAgeHours: 'max-backup-age-hours',
  ignoreRules: 'ignore-rules',
  failOn: 'fail-on',
  maxAnnotations: 'max-annotations',
  githubToken: 'github-token',
  comment: 'comment',
  accounts: 'accounts',
  memberRoleName: 'member-role-name',
  maxParallelAccounts: 'max-parallel-accounts',
  mergePath: 'merge-path',
  sliceSize: 'slice-size',
  compareWith: 'compare-with',
  failOnNewOnly: 'fail-on-new-only',
  measureIncremental: 'measure-incremental',
  copyToRegions: 'copy-to-regions',
  copyKmsKey: 'copy-kms-key',
  copyRetentionDays: 'copy-retention-days',
  copyKeepLast: 'copy-keep-last',
  copyKeepDaily: 'copy-keep-daily',
  copyKeepWeekly: 'copy-keep-weekly',
  copyKeepMonthly: 'copy-keep-monthly',
  archiveAfterDays: 'archive-after-days'
} as const

export const MODES = ['inventory', 'backup', 'prune', 'backup-and-prune', 'check', 'merge', 'list-accounts'] as const
export type Mode = (typeof MODES)[number]

export const SERVICE_INPUTS = ['ebs', 'rds', 'efs'] as const
export type ServiceInput = (typeof SERVICE_INPUTS)[number]

/** A volume named by the user: its id and the region it lives in. */
export interface VolumeRef {
  region: string
  volumeId: string
}

/** An EC2 instance named by the user: its id and the region it runs in. */
export interface InstanceRef {
  region: string
  instanceId: string
}

/** The most lineages measure-incremental measures in one run. */
export const MEASURE_INCREMENTAL_MAX = 100_000

/** An RDS DB instance or Aurora DB cluster named by the user: its identifier (lower case, as RDS keeps it) and region. */
export interface DbRef {
  region: string
  id: string
}

/** The parsed, validated inputs of one run. */
export interface Config {
  mode: Mode
  /** 'all' or an explicit list of region names. */
  regions: 'all' | string[]
  services: ServiceInput[]
  roleToAssume: string | null
  awsRegion: string
  roleSessionName: string
  audience: string
  csvPath: string
  artifactName: string
  failOnRegionError: boolean
  volumes: VolumeRef[]
  /** RDS DB instances (db-instance input). */
  dbInstances: DbRef[]
  /** Aurora DB clusters (db-cluster input). */
  dbClusters: DbRef[]
  /** Tag selectors given in the volume input, resolved to volumes at run time. */
  volumeSelectors: TagSelector[]
  /** Tag selectors given in the db-instance input. */
  dbInstanceSelectors: TagSelector[]
  /** Tag selectors given in the db-cluster input. */
  dbClusterSelectors: TagSelector[]
  /** EC2 instances whose volumes backup snapshots together (instance input). */
  instances: InstanceRef[]
  /** Tag selectors given in the instance input. */
  instanceSelectors: TagSelector[]
  /** Instance backups leave out the boot volume. */
  excludeBootVolume: boolean
  /** Instance backups leave out volumes carrying any of these tags. */
  excludeVolumeTags: { key: string; value: string }[]
  bucket: string | null
  metadataPrefix: string
  retentionDays: number
  /** Backup: days to lock each new snapshot for (0: no lock). */
  lockDays: number
  /** Backup: the lock's mode. */
  lockMode: LockMode
  keepLast: number
  keepDaily: number
  keepWeekly: number
  keepMonthly: number
  dryRun: boolean
  pruneTags: Record<string, string>
  tags: Record<string, string>
  description: string
  wait: boolean
  waitTimeoutMinutes: number
  allowedAccounts: string[]
  maxAgeDays: number
  maxBackupAgeHours: number
  ignoreRules: RuleId[]
  failOn: FailOn
  maxAnnotations: number
  githubToken: string
  comment: boolean
  /** null: the account of the starting credentials only. */
  accounts: 'organization' | string[] | null
  memberRoleName: string | null
  maxParallelAccounts: number
  mergePath: string | null
  /** list-accounts: accounts per matrix slice. */
  sliceSize: number
  /** The earlier result to compare with: a path (a result JSON or a folder), the previous run's artifact, or none. */
  compareWith: CompareWith
  /** Check: fail only on findings that the compared check did not have. */
  failOnNewOnly: boolean
  /** Inventory: how many of the most expensive EBS lineages to measure with the EBS direct APIs (0: none). */
  measureIncremental: number
  /** Backup: the regions every new snapshot is copied into (empty: no copies). */
  copyToRegions: string[]
  /** Backup: the KMS key (id, ARN or alias) to encrypt the copies of each copy region with. */
  copyKmsKey: Record<string, string>
  /** Prune: the retention of copies (retention-days and keep-last default to the originals'). */
  copyRetention: RetentionCounts
  /**
   * Prune: move kept managed EBS snapshots at least this many days old to the archive tier where it pays; null: off.
   * Check: the age from which archive-candidate reports a snapshot; null: its default.
   */
  archiveAfterDays: number | null
}

/** Where the earlier result comes from. */
export type CompareWith = { kind: 'none' } | { kind: 'previous-run' } | { kind: 'path'; path: string }

/** The compare-with value that stands for the previous successful run's artifact. */
export const PREVIOUS_RUN = 'previous-run'

/** An input that is not acceptable; its message is one line naming the input. */
export class InputError extends Error {
  constructor(input: string, problem: string) {
    super(`Input '${input}' ${problem}`)
    this.name = 'InputError'
  }
}

/**
 * Where the inputs and the environment come from. The runner sets an INPUT_* variable for every input with a
 * default in action.yml, which is the only place a default is written: an input that has one is never missing, and
 * empty only when the workflow set it so.
 */
export interface InputSource {
  getInput(name: string): string
  env: NodeJS.ProcessEnv
}

/** The runner's inputs, read through @actions/core, and the process environment. */
export function runnerInputSource(): InputSource {
  return { getInput: (name) => core.getInput(name), env: process.env }
}

/**
 * The value of an input whose default action.yml derives from the mode (and the accounts): artifact-name, csv-path
 * and fail-on-region-error.
 */
export const AUTO = 'auto'

const VOLUME_RE = /^vol-[0-9a-f]{8}([0-9a-f]{9})?$/
const ROLE_ARN_RE = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const SESSION_NAME_RE = /^[\w+=,.@-]{2,64}$/
const ROLE_NAME_RE = /^[\w+=,.@/-]{1,64}$/
/** The characters AWS documents for tag keys and values: letters, digits, separators (spaces) and _ . : / = + - @. */
const TAG_CHARS_RE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
/** IAM's longest role name. */
const ROLE_NAME_MAX = 64
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_RE = /[\u0000-\u001f\u007f]/

/** Splits a comma- or newline-separated list, trimming entries and dropping empty ones. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** The value of an input that action.yml gives a default; empty means the workflow set it empty, which is refused. */
function given(input: string, raw: string): string {
  const value = raw.trim()
  if (value === '') throw new InputError(input, 'is empty: remove it to use the default or set a value')
  return value
}

function oneOf<T extends string>(input: string, raw: string, allowed: readonly T[]): T {
  const value = given(input, raw)
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(input, `must be one of ${allowed.join(', ')}; got '${printable(value)}'`)
}

function printable(value: string): string {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value)
  return shown.slice(1, -1)
}

function integer(input: string, raw: string, min: number, max: number): number {
  const value = given(input, raw)
  if (!/^\d+$/.test(value)) {
    throw new InputError(input, `must be a whole number from ${min} to ${max}; got '${printable(value)}'`)
  }
  const n = Number(value)
  if (n < min || n > max) throw new InputError(input, `must be a whole number from ${min} to ${max}; got ${value}`)
  return n
}

/** The longest archive-after-days (100 years, like lock-days). */
export const ARCHIVE_AFTER_DAYS_MAX = 36500

/** archive-after-days: '' or 'off' (null: no archiving), or a whole number of days. */
function archiveAfterDays(raw: string): number | null {
  const value = raw.trim()
  if (value === '' || value === 'off') return null
  if (!/^\d+$/.test(value) || Number(value) > ARCHIVE_AFTER_DAYS_MAX)
    throw new InputError(
      Inputs.archiveAfterDays,
      `must be 'off' or a whole number of days from 0 to ${ARCHIVE_AFTER_DAYS_MAX}; got '${printable(value)}'`
    )
  return Number(value)
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function boolean(input: string, raw: string): boolean {
  const value = given(input, raw)
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(input, `must be true or false; got '${printable(value)}'`)
}

/** fail-on-region-error: true or false, or auto (true in the modes that delete, false in the others). */
function failOnRegionError(raw: string, mode: Mode): boolean {
  const value = given(Inputs.failOnRegionError, raw)
  if (value === AUTO) return mode === 'prune' || mode === 'backup-and-prune'
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(Inputs.failOnRegionError, `must be true, false or ${AUTO}; got '${printable(value)}'`)
}

function regionName(input: string, value: string): string {
  if (!REGION_RE.test(value))
    throw new InputError(input, `has '${printable(value)}', which is not an AWS region name (like us-east-1)`)
  return value
}

function parseRegions(raw: string): 'all' | string[] {
  const list = splitList(given(Inputs.regions, raw))
  if (list.length === 0) throw new InputError(Inputs.regions, "names no region: 'all' or a list of region names")
  if (list.length === 1 && list[0] === 'all') return 'all'
  if (list.includes('all')) throw new InputError(Inputs.regions, "must be 'all' or a list of region names, not both")
  return [...new Set(list.map((r) => regionName(Inputs.regions, r)))]
}

function parseServices(raw: string): ServiceInput[] {
  const list = splitList(given(Inputs.services, raw))
  if (list.length === 0) throw new InputError(Inputs.services, `names no service: any of ${SERVICE_INPUTS.join(', ')}`)
  for (const s of list) {
    if (!(SERVICE_INPUTS as readonly string[]).includes(s)) {
      throw new InputError(Inputs.services, `accepts ${SERVICE_INPUTS.join(', ')}; got '${printable(s)}'`)
    }
  }
  return [...new Set(list as ServiceInput[])]
}

/** The tag selectors of a list input (its `tag:` items), parsed; a bad one is an InputError naming the input. */
export function parseSelectors(input: string, raw: string): TagSelector[] {
  const out: TagSelector[] = []
  for (const item of splitList(raw).filter(isTagSelector)) {
    try {
      const selector = parseTagSelector(item)
      if (!out.some((s) => s.key === selector.key && s.value === selector.value)) out.push(selector)
    } catch (err) {
      if (err instanceof SelectorError) throw new InputError(input, err.message)
      throw err
    }
  }
  return out
}

function parseVolumes(raw: string, homeRegion: string): VolumeRef[] {
  const seen = new Set<string>()
  const out: VolumeRef[] = []
  for (const item of splitList(raw).filter((i) => !isTagSelector(i))) {
    const slash = item.indexOf('/')
    const region = slash >= 0 ? regionName(Inputs.volume, item.slice(0, slash)) : homeRegion
    const volumeId = slash >= 0 ? item.slice(slash + 1) : item
    if (!VOLUME_RE.test(volumeId)) {
      throw new InputError(
        Inputs.volume,
        `has '${printable(item)}', which is not a volume id (vol- and 8 or 17 hex digits, optionally REGION/ before it)`
      )
    }
    const key = volumeKey(null, region, volumeId)
    if (!seen.has(key)) out.push({ region, volumeId })
    seen.add(key)
  }
  return out
}

const INSTANCE_RE = /^i-[0-9a-f]{8}([0-9a-f]{9})?$/

function parseInstances(raw: string, homeRegion: string): InstanceRef[] {
  const seen = new Set<string>()
  const out: InstanceRef[] = []
  for (const item of splitList(raw).filter((i) => !isTagSelector(i))) {
    const slash = item.indexOf('/')
    const region = slash >= 0 ? regionName(Inputs.instance, item.slice(0, slash)) : homeRegion
    const instanceId = slash >= 0 ? item.slice(slash + 1) : item
    if (!INSTANCE_RE.test(instanceId))
      throw new InputError(
        Inputs.instance,
        `has '${printable(item)}', which is not an instance id (i- and 8 or 17 hex digits, optionally REGION/ before it) or a tag:KEY=VALUE selector`
      )
    if (!seen.has(`${region}/${instanceId}`)) out.push({ region, instanceId })
    seen.add(`${region}/${instanceId}`)
  }
  return out
}

/** Whether a DB instance or cluster identifier follows RDS's naming rules (case-insensitive, as RDS treats them). */
export function isDbIdentifier(id: string): boolean {
  return DB_ID_RE.test(id.toLowerCase())
}

function parseDbRefs(input: string, raw: string, homeRegion: string, noun: string): DbRef[] {
  const seen = new Set<string>()
  const out: DbRef[] = []
  for (const item of splitList(raw).filter((i) => !isTagSelector(i))) {
    const slash = item.indexOf('/')
    const region = slash >= 0 ? regionName(input, item.slice(0, slash)) : homeRegion
    const id = slash >= 0 ? item.slice(slash + 1) : item
    if (!isDbIdentifier(id)) {
      throw new InputError(
        input,
        `has '${printable(item)}', which is not a ${noun} identifier (1-63 letters, digits and hyphens, a letter first, no '--', no trailing '-'; optionally REGION/ before it)`
      )
    }
    const ref = { region, id: id.toLowerCase() }
    const key = `${ref.region}/${ref.id}`
    if (!seen.has(key)) out.push(ref)
    seen.add(key)
  }
  return out
}

/** Checks a bucket name against S3's naming rules for general purpose buckets. */
export function isValidBucketName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !name.includes('..') &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(name) &&
    !name.startsWith('xn--') &&
    !name.startsWith('sthree-') &&
    !name.endsWith('-s3alias') &&
    !name.endsWith('--ol-s3')
  )
}

function parseBucket(raw: string): string | null {
  const value = raw.trim()
  if (value === '') return null
  if (!isValidBucketName(value)) {
    throw new InputError(
      Inputs.bucket,
      `'${printable(value)}' breaks S3's bucket naming rules (3-63 lower-case letters, digits, dots and hyphens)`
    )
  }
  return value
}

function parsePrefix(raw: string): string {
  const value = given(Inputs.metadataPrefix, raw)
  if (CONTROL_RE.test(value) || value.startsWith('/') || value.split('/').includes('..')) {
    throw new InputError(
      Inputs.metadataPrefix,
      `must be an S3 key prefix without control characters, a leading '/' or '..'; got '${printable(value)}'`
    )
  }
  const prefix = value.endsWith('/') ? value : `${value}/`
  const longest = Buffer.byteLength(longestMetadataKey(prefix), 'utf8')
  if (longest > S3_KEY_MAX_BYTES) {
    throw new InputError(
      Inputs.metadataPrefix,
      `makes metadata keys (<prefix><volume-id>/<snapshot-id>.json) up to ${longest} bytes long, more than S3's ${S3_KEY_MAX_BYTES}: shorten it by ${longest - S3_KEY_MAX_BYTES} bytes`
    )
  }
  return prefix
}

/** Parses `key=value` lines (or comma-separated pairs) into a tag map, rejecting what EC2 would not accept. */
export function parseTagLines(input: string, raw: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of raw.split('\n')) {
    const entry = line.replace(/\r$/, '').trim()
    if (entry === '') continue
    const eq = entry.indexOf('=')
    if (eq <= 0) throw new InputError(input, `needs key=value lines; got '${printable(entry)}'`)
    const key = entry.slice(0, eq).trim()
    const value = entry.slice(eq + 1).trim()
    if (CONTROL_RE.test(entry) || !TAG_CHARS_RE.test(key) || !TAG_CHARS_RE.test(value)) {
      throw new InputError(
        input,
        `has a tag EC2 would not accept: '${printable(entry)}' (keys and values allow letters, digits, spaces and _ . : / = + - @)`
      )
    }
    const keyChars = Array.from(key).length
    const valueChars = Array.from(value).length
    if (keyChars === 0 || keyChars > TAG_KEY_MAX)
      throw new InputError(
        input,
        `has a tag key of ${keyChars} characters, more than EC2's ${TAG_KEY_MAX}: '${printable(key)}'`
      )
    if (valueChars > TAG_VALUE_MAX)
      throw new InputError(
        input,
        `has a value of ${valueChars} characters for tag '${printable(key)}', more than EC2's ${TAG_VALUE_MAX}`
      )
    if (key.toLowerCase().startsWith('aws:'))
      throw new InputError(input, `cannot use the reserved 'aws:' tag prefix: '${printable(key)}'`)
    if (key in out) throw new InputError(input, `names tag '${printable(key)}' twice`)
    out[key] = value
  }
  return out
}

function parsePruneTags(raw: string): Record<string, string> {
  for (const line of raw.split('\n')) {
    const m = /^\s*([^=]+?)\s*=\s*\*?\s*$/.exec(line)
    if (m)
      throw new InputError(
        Inputs.pruneTags,
        `needs an exact value for '${printable(m[1] ?? '')}': an empty or '*' value would match every snapshot with that key`
      )
  }
  const tags = parseTagLines(Inputs.pruneTags, raw)
  const count = Object.keys(tags).length
  if (count > EC2_TAGS_MAX)
    throw new InputError(
      Inputs.pruneTags,
      `names ${count} tags; a snapshot carries at most ${EC2_TAGS_MAX}, so no snapshot could match them all`
    )
  for (const key of Object.keys(tags)) {
    if (key.startsWith('snapshot-hygiene:')) {
      throw new InputError(
        Inputs.pruneTags,
        `cannot name the action's own tag '${printable(key)}'; managed snapshots are already eligible`
      )
    }
  }
  return tags
}

/** The backup tags: each as parseTagLines checks it, and no more in all, with the action's own, than EC2 allows. */
function parseBackupTags(raw: string): Record<string, string> {
  const tags = parseTagLines(Inputs.tags, raw)
  const total = mostBackupTags(tags)
  if (total > EC2_TAGS_MAX) {
    const own = total - Object.keys(tags).length
    throw new InputError(
      Inputs.tags,
      `has ${Object.keys(tags).length} tags; with the ${own} more a backup adds (Name and the snapshot-hygiene: tags) a snapshot would carry ${total}, more than EC2's ${EC2_TAGS_MAX}: remove ${total - EC2_TAGS_MAX}`
    )
  }
  return tags
}

/** The accounts input as a list: comma- or newline-separated, or a JSON array of strings (list-accounts' accounts-json). */
function accountsList(raw: string): string[] {
  if (!raw.trim().startsWith('[')) return splitList(raw)
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new InputError(Inputs.accounts, `starts with '[' but is not a JSON array: '${printable(raw.trim())}'`)
  }
  if (!Array.isArray(parsed) || !parsed.every((a): a is string => typeof a === 'string')) {
    throw new InputError(Inputs.accounts, `must be a JSON array of account id strings; got '${printable(raw.trim())}'`)
  }
  return parsed.map((a) => a.trim()).filter((a) => a !== '')
}

function parseAccounts(raw: string): 'organization' | string[] | null {
  const list = accountsList(raw)
  if (list.length === 0) return null
  if (list.length === 1 && list[0] === 'organization') return 'organization'
  for (const a of list) {
    if (!ACCOUNT_RE.test(a))
      throw new InputError(Inputs.accounts, `must be 'organization' or 12-digit account ids; got '${printable(a)}'`)
  }
  return [...new Set(list)]
}

function accountList(input: string, raw: string): string[] {
  const list = splitList(raw)
  for (const a of list) {
    if (!ACCOUNT_RE.test(a)) throw new InputError(input, `must list 12-digit account ids; got '${printable(a)}'`)
  }
  return [...new Set(list)]
}

function ruleList(raw: string): RuleId[] {
  const list = splitList(raw)
  for (const r of list) {
    if (!(RULE_IDS as readonly string[]).includes(r))
      throw new InputError(Inputs.ignoreRules, `accepts ${RULE_IDS.join(', ')}; got '${printable(r)}'`)
  }
  return [...new Set(list as RuleId[])]
}

/** Characters no path input may hold: C0 and C1 controls, line and paragraph separators, bidi overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const PATH_CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/** A path input resolved against the workspace and checked to lie inside the workspace or the runner's temp folder. */
function safePath(input: string, value: string, env: NodeJS.ProcessEnv, kind: PathKind): string {
  if (PATH_CONTROL_RE.test(value)) throw new InputError(input, 'must not contain control characters')
  return checkedInput(input, value, path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), value), env, kind)
}

/** csv-path: auto is RUNNER_TEMP/snapshot-hygiene-<mode>.csv; any other value a path like {@link safePath}'s. */
function csvPath(raw: string, mode: Mode, env: NodeJS.ProcessEnv): string {
  const value = given(Inputs.csvPath, raw)
  if (value !== AUTO) return safePath(Inputs.csvPath, value, env, 'file')
  const tempRoot = path.resolve(env.RUNNER_TEMP ?? os.tmpdir())
  return checkedInput(Inputs.csvPath, '', path.join(tempRoot, `snapshot-hygiene-${mode}.csv`), env, 'file')
}

function checkedInput(input: string, value: string, wanted: string, env: NodeJS.ProcessEnv, kind: PathKind): string {
  try {
    return checkedPath(wanted, kind, actionRoots(env))
  } catch (err) {
    if (!(err instanceof PathError)) throw err
    throw new InputError(
      input,
      `must be a path inside the workspace or the runner's temp folder; '${printable(value || wanted)}' ${logLine(err.reason)}`
    )
  }
}

function homeRegion(source: InputSource, mode: Mode): string {
  const raw =
    source.getInput(Inputs.awsRegion).trim() ||
    (source.env.AWS_REGION ?? '').trim() ||
    (source.env.AWS_DEFAULT_REGION ?? '').trim()
  // Merge reads files and makes no AWS call: it needs no home region.
  if (raw === '' && mode === 'merge') return ''
  if (raw === '') {
    throw new InputError(
      Inputs.awsRegion,
      'is not set and neither is AWS_REGION or AWS_DEFAULT_REGION: set aws-region (for example us-east-1)'
    )
  }
  return regionName(Inputs.awsRegion, raw)
}

function roleArn(raw: string): string | null {
  const value = raw.trim()
  if (value === '') return null
  if (!ROLE_ARN_RE.test(value)) {
    throw new InputError(
      Inputs.roleToAssume,
      `must be an IAM role ARN like arn:aws:iam::123456789012:role/name; got '${printable(value)}'`
    )
  }
  const name = value.slice(value.lastIndexOf('/') + 1)
  if (name.length === 0 || name.length > ROLE_NAME_MAX)
    throw new InputError(
      Inputs.roleToAssume,
      `names a role of ${name.length} characters; IAM role names have 1 to ${ROLE_NAME_MAX}: '${printable(value)}'`
    )
  return value
}

function matches(input: string, value: string, re: RegExp, what: string): string {
  if (!re.test(value)) throw new InputError(input, `must be ${what}; got '${printable(value)}'`)
  return value
}

/** What an artifact name may not hold: the characters the artifact service refuses, and controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const ARTIFACT_NAME_FORBIDDEN_RE = /[\\/":<>|*?\u0000-\u001f]/

/**
 * The artifact name `auto` stands for: snapshot-hygiene-<mode>, then, with accounts, `-organization` or the first
 * 8 hex digits of the SHA-256 of the sorted account ids joined by commas; so steps of one run do not collide.
 */
export function derivedArtifactName(mode: Mode, accounts: 'organization' | readonly string[] | null): string {
  const base = `snapshot-hygiene-${mode}`
  if (accounts === null) return base
  if (accounts === 'organization') return `${base}-organization`
  const digest = createHash('sha256')
    .update([...accounts].sort().join(','))
    .digest('hex')
  return `${base}-${digest.slice(0, 8)}`
}

function artifactName(raw: string, mode: Mode, accounts: 'organization' | readonly string[] | null): string {
  const value = raw.trim()
  if (value === '') return ''
  if (value === AUTO) return derivedArtifactName(mode, accounts)
  if (ARTIFACT_NAME_FORBIDDEN_RE.test(value) || value.length > 200) {
    throw new InputError(
      Inputs.artifactName,
      `must not contain / \\ " : < > | * ? or control characters; got '${printable(value)}'`
    )
  }
  return value
}

/** Whether the inputs name any source to back up: an id or a tag selector in volume, db-instance, db-cluster or instance. */
export function namesSources(
  config: Pick<Config, 'volumes' | 'dbInstances' | 'dbClusters'> &
    Partial<
      Pick<Config, 'volumeSelectors' | 'dbInstanceSelectors' | 'dbClusterSelectors' | 'instances' | 'instanceSelectors'>
    >
): boolean {
  return (
    (config.instances?.length ?? 0) > 0 ||
    (config.instanceSelectors?.length ?? 0) > 0 ||
    config.volumes.length > 0 ||
    config.dbInstances.length > 0 ||
    config.dbClusters.length > 0 ||
    (config.volumeSelectors?.length ?? 0) > 0 ||
    (config.dbInstanceSelectors?.length ?? 0) > 0 ||
    (config.dbClusterSelectors?.length ?? 0) > 0
  )
}

/** A copy count whose 'auto' (action.yml's default) means the same as the originals' value. */
function sameAsSource(input: string, raw: string, source: number, max: number): number {
  return raw.trim() === AUTO ? source : integer(input, raw, 0, max)
}

function requireFor(config: Config): void {
  // An id given explicitly in a copy region is a contradiction in the inputs; a tag selector's match there is not
  // known before the run, and backup copies it into the other copy regions only (see copyRegionsOf).
  const named = [
    ...config.volumes.map((v) => ({ input: Inputs.volume, region: v.region, id: v.volumeId })),
    ...config.dbInstances.map((d) => ({ input: Inputs.dbInstance, region: d.region, id: d.id })),
    ...config.dbClusters.map((d) => ({ input: Inputs.dbCluster, region: d.region, id: d.id })),
    ...config.instances.map((i) => ({ input: Inputs.instance, region: i.region, id: i.instanceId }))
  ]
  const sameRegion = named.find((s) => config.copyToRegions.includes(s.region))
  if (sameRegion !== undefined)
    throw new InputError(
      Inputs.copyToRegions,
      `names ${sameRegion.region}, where a named source already is (${sameRegion.id} in '${sameRegion.input}'): a copy in the source's own region does not survive that region's outage; name other regions`
    )
  const backs = config.mode === 'backup' || config.mode === 'backup-and-prune'
  if (backs && !namesSources(config))
    throw new InputError(
      Inputs.volume,
      `is required in ${config.mode} mode: name one or more vol- ids or tag:KEY=VALUE selectors (or DB identifiers or selectors in ${Inputs.dbInstance} or ${Inputs.dbCluster})`
    )
  if (backs && config.bucket === null)
    throw new InputError(Inputs.bucket, `is required in ${config.mode} mode: name the S3 bucket for snapshot metadata`)
  if (backs && config.lockDays > config.retentionDays)
    throw new InputError(
      Inputs.lockDays,
      `(${config.lockDays}) is longer than '${Inputs.retentionDays}' (${config.retentionDays}), which contradicts it: a snapshot would stay locked after it expires and prune could not delete it; set lock-days to at most retention-days`
    )
  if (backs && config.lockDays > 0 && !config.wait)
    throw new InputError(
      Inputs.lockDays,
      `(${config.lockDays}) needs '${Inputs.wait}: true': a snapshot is locked once it is completed, and without waiting backup would leave it unlocked; set wait to true or lock-days to 0`
    )
  if (config.mode === 'merge' && config.mergePath === null)
    throw new InputError(Inputs.mergePath, 'is required in merge mode: name the folder of downloaded results')
  if (config.mode === 'merge' && config.accounts === 'organization')
    throw new InputError(
      Inputs.accounts,
      "in merge mode lists the accounts the results must cover (ids, or list-accounts' accounts-json), not 'organization'"
    )
  if (config.mode === 'list-accounts' && config.accounts === null)
    throw new InputError(Inputs.accounts, "is required in list-accounts mode: 'organization' or a list of ids")
  if (config.archiveAfterDays !== null && !['prune', 'backup-and-prune', 'check'].includes(config.mode))
    throw new InputError(
      Inputs.archiveAfterDays,
      `applies to prune, backup-and-prune and check only, not ${config.mode}`
    )
  if (config.failOnNewOnly && config.mode !== 'check')
    throw new InputError(Inputs.failOnNewOnly, `applies to check mode only, not ${config.mode}`)
  if (config.failOnNewOnly && config.compareWith.kind === 'none')
    throw new InputError(Inputs.failOnNewOnly, "needs compare-with: the earlier check's result, or 'previous-run'")
  if (config.memberRoleName !== null && config.accounts === null)
    throw new InputError(Inputs.memberRoleName, "needs 'accounts' (a list of ids or 'organization')")
}

/** Reads and validates every input; throws an InputError naming the first bad one, before any AWS call. */
export function getConfig(source: InputSource = runnerInputSource()): Config {
  const get = (name: string): string => source.getInput(name)
  const env = source.env
  const mode = oneOf(Inputs.mode, get(Inputs.mode), MODES)
  const awsRegion = homeRegion(source, mode)
  const config: Config = {
    mode,
    regions: parseRegions(get(Inputs.regions)),
    services: parseServices(get(Inputs.services)),
    roleToAssume: roleArn(get(Inputs.roleToAssume)),
    awsRegion,
    roleSessionName: matches(
      Inputs.roleSessionName,
      given(Inputs.roleSessionName, get(Inputs.roleSessionName)),
      SESSION_NAME_RE,
      '2-64 letters, digits or +=,.@_-'
    ),
    audience: matches(
      Inputs.audience,
      given(Inputs.audience, get(Inputs.audience)),
      /^[\x21-\x7e]{1,256}$/,
      'a printable audience without spaces'
    ),
    csvPath: csvPath(get(Inputs.csvPath), mode, env),
    artifactName: artifactName(get(Inputs.artifactName), mode, null),
    failOnRegionError: failOnRegionError(get(Inputs.failOnRegionError), mode),
    volumes: parseVolumes(get(Inputs.volume), awsRegion),
    dbInstances: parseDbRefs(Inputs.dbInstance, get(Inputs.dbInstance), awsRegion, 'DB instance'),
    dbClusters: parseDbRefs(Inputs.dbCluster, get(Inputs.dbCluster), awsRegion, 'DB cluster'),
    volumeSelectors: parseSelectors(Inputs.volume, get(Inputs.volume)),
    dbInstanceSelectors: parseSelectors(Inputs.dbInstance, get(Inputs.dbInstance)),
    dbClusterSelectors: parseSelectors(Inputs.dbCluster, get(Inputs.dbCluster)),
    instances: parseInstances(get(Inputs.instance), awsRegion),
    instanceSelectors: parseSelectors(Inputs.instance, get(Inputs.instance)),
    excludeBootVolume: boolean(Inputs.excludeBootVolume, get(Inputs.excludeBootVolume)),
    excludeVolumeTags: Object.entries(parseTagLines(Inputs.excludeVolumeTags, get(Inputs.excludeVolumeTags))).map(
      ([key, value]) => ({ key, value })
    ),
    bucket: parseBucket(get(Inputs.bucket)),
    metadataPrefix: parsePrefix(get(Inputs.metadataPrefix)),
    retentionDays: integer(Inputs.retentionDays, get(Inputs.retentionDays), 0, 36500),
    lockDays: integer(Inputs.lockDays, get(Inputs.lockDays), 0, LOCK_DAYS_MAX),
    lockMode: oneOf(Inputs.lockMode, get(Inputs.lockMode), LOCK_MODES),
    keepLast: integer(Inputs.keepLast, get(Inputs.keepLast), 0, 10000),
    keepDaily: integer(Inputs.keepDaily, get(Inputs.keepDaily), 0, 3660),
    keepWeekly: integer(Inputs.keepWeekly, get(Inputs.keepWeekly), 0, 520),
    keepMonthly: integer(Inputs.keepMonthly, get(Inputs.keepMonthly), 0, 1200),
    dryRun: boolean(Inputs.dryRun, get(Inputs.dryRun)),
    pruneTags: parsePruneTags(get(Inputs.pruneTags)),
    tags: parseBackupTags(get(Inputs.tags)),
    description: description(get(Inputs.description)),
    wait: boolean(Inputs.wait, get(Inputs.wait)),
    waitTimeoutMinutes: integer(Inputs.waitTimeoutMinutes, get(Inputs.waitTimeoutMinutes), 1, 1440),
    allowedAccounts: accountList(Inputs.allowedAccounts, get(Inputs.allowedAccounts)),
    maxAgeDays: integer(Inputs.maxAgeDays, get(Inputs.maxAgeDays), 1, 36500),
    maxBackupAgeHours: integer(Inputs.maxBackupAgeHours, get(Inputs.maxBackupAgeHours), 1, 87600),
    ignoreRules: ruleList(get(Inputs.ignoreRules)),
    failOn: oneOf(Inputs.failOn, get(Inputs.failOn), FAIL_ON),
    maxAnnotations: integer(Inputs.maxAnnotations, get(Inputs.maxAnnotations), 0, 1000),
    githubToken: get(Inputs.githubToken).trim(),
    comment: boolean(Inputs.comment, get(Inputs.comment)),
    accounts: parseAccounts(get(Inputs.accounts)),
    memberRoleName: memberRole(get(Inputs.memberRoleName)),
    maxParallelAccounts: integer(Inputs.maxParallelAccounts, get(Inputs.maxParallelAccounts), 1, 256),
    mergePath: mergePath(get(Inputs.mergePath), env),
    sliceSize: integer(Inputs.sliceSize, get(Inputs.sliceSize), 1, 256),
    compareWith: compareWith(get(Inputs.compareWith), mode, env),
    failOnNewOnly: boolean(Inputs.failOnNewOnly, get(Inputs.failOnNewOnly)),
    measureIncremental: integer(Inputs.measureIncremental, get(Inputs.measureIncremental), 0, MEASURE_INCREMENTAL_MAX),
    copyToRegions: [],
    copyKmsKey: {},
    copyRetention: { retentionDays: 0, keepLast: 0, keepDaily: 0, keepWeekly: 0, keepMonthly: 0 },
    archiveAfterDays: archiveAfterDays(get(Inputs.archiveAfterDays))
  }
  config.copyToRegions = parseCopyRegions(get(Inputs.copyToRegions), (v) => regionName(Inputs.copyToRegions, v))
  const onCopy = mostBackupTags(config.tags) + COPY_TAGS_ADDED
  if (config.copyToRegions.length > 0 && onCopy > EC2_TAGS_MAX)
    throw new InputError(
      Inputs.tags,
      `has ${Object.keys(config.tags).length} tags; with the action's own and the copy tags (copy-of, source-region, source-id) a copy would carry ${onCopy}, more than EC2's ${EC2_TAGS_MAX}: remove ${onCopy - EC2_TAGS_MAX}`
    )
  config.copyKmsKey = parseCopyKmsKeys(get(Inputs.copyKmsKey), config.copyToRegions, (problem) => {
    throw new InputError(Inputs.copyKmsKey, problem)
  })
  config.copyRetention = {
    retentionDays: sameAsSource(Inputs.copyRetentionDays, get(Inputs.copyRetentionDays), config.retentionDays, 36500),
    keepLast: sameAsSource(Inputs.copyKeepLast, get(Inputs.copyKeepLast), config.keepLast, 10000),
    keepDaily: integer(Inputs.copyKeepDaily, get(Inputs.copyKeepDaily), 0, 3660),
    keepWeekly: integer(Inputs.copyKeepWeekly, get(Inputs.copyKeepWeekly), 0, 520),
    keepMonthly: integer(Inputs.copyKeepMonthly, get(Inputs.copyKeepMonthly), 0, 1200)
  }
  if (config.accounts !== null) config.artifactName = artifactName(get(Inputs.artifactName), mode, config.accounts)
  requireFor(config)
  return config
}

function mergePath(raw: string, env: NodeJS.ProcessEnv): string | null {
  const value = raw.trim()
  return value === '' ? null : safePath(Inputs.mergePath, value, env, 'folder')
}

function compareWith(raw: string, mode: Mode, env: NodeJS.ProcessEnv): CompareWith {
  const value = raw.trim()
  if (value === '') return { kind: 'none' }
  if (mode !== 'inventory' && mode !== 'check')
    throw new InputError(Inputs.compareWith, `applies to inventory and check modes, not ${mode}`)
  if (value === PREVIOUS_RUN) return { kind: 'previous-run' }
  const wanted = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), value)
  const folder = fs.statSync(wanted, { throwIfNoEntry: false })?.isDirectory() === true
  return { kind: 'path', path: safePath(Inputs.compareWith, value, env, folder ? 'folder' : 'file') }
}

function description(raw: string): string {
  const value = raw.trim()
  if (CONTROL_RE.test(value.replace(/\n/g, ' ')) || value.length > DESCRIPTION_MAX) {
    throw new InputError(
      Inputs.description,
      `must be at most ${DESCRIPTION_MAX} characters without control characters (EC2's limit on a snapshot description)`
    )
  }
  return value.replace(/\s*\n\s*/g, ' ')
}

function memberRole(raw: string): string | null {
  const value = raw.trim()
  if (value === '') return null
  return matches(Inputs.memberRoleName, value, ROLE_NAME_RE, 'an IAM role name (letters, digits, +=,.@_-/)')
}

/** The services a lister runs for, given the services input. */
export function listedServices(services: readonly ServiceInput[]): Service[] {
  const out: Service[] = []
  for (const s of services) {
    if (s === 'rds') out.push('rds', 'rds-cluster')
    else out.push(s)
  }
  return out
}
