/**
 * The findings of a compared check, as the keys that say whether a finding of this run is new: the same rule about the
 * same resource (account, region, service and id) is an existing finding. The findings file comes from an artifact and
 * is read as hostile input: bounded, and only the fields of the key are read, each checked.
 */
import { RULE_IDS } from './rules.js'
import { RESULT_SCHEMA_VERSION, RESULT_TOOL } from './result.js'
import type { Finding } from './findings.js'

/** The most findings a compared findings file may hold. */
export const MAX_BASELINE_FINDINGS = 2_000_000

const SERVICES = ['ebs', 'rds', 'rds-cluster', 'efs']
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL_RE = /[\u0000-\u001f\u007f]/

/** The key that identifies a finding across runs. */
export function findingKey(f: Pick<Finding, 'rule' | 'accountId' | 'region' | 'service' | 'resourceId'>): string {
  return JSON.stringify([f.rule, f.accountId, f.region, f.service, f.resourceId])
}

/** A findings file that is not what the action writes; it names the file and the field. */
export class FindingsFileError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: field '${field}' ${problem}`)
  }
}

/** The keys of every finding in a findings JSON's text. */
export function baselineKeys(file: string, content: string): Set<string> {
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch (err) {
    throw new FindingsFileError(file, '(the whole file)', `is not valid JSON (${(err as Error).message})`)
  }
  const bad = (field: string, problem: string): never => {
    throw new FindingsFileError(file, field, problem)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return bad('(the whole file)', 'must be an object')
  const o = json as Record<string, unknown>
  if (o.tool !== RESULT_TOOL) bad('tool', `must be "${RESULT_TOOL}"`)
  if (typeof o.schema_version !== 'number' || Math.floor(o.schema_version) !== RESULT_SCHEMA_VERSION)
    bad('schema_version', `must be ${RESULT_SCHEMA_VERSION}: the findings were written by an incompatible version`)
  if (!Array.isArray(o.findings)) return bad('findings', 'must be an array')
  if (o.findings.length > MAX_BASELINE_FINDINGS) bad('findings', `has more than ${MAX_BASELINE_FINDINGS} entries`)
  const keys = new Set<string>()
  o.findings.forEach((v: unknown, i) => {
    const at = `findings[${i}]`
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad(at, 'must be an object')
    const f = v as Record<string, unknown>
    const text = (name: string, max: number): string => {
      const s = f[name]
      if (typeof s !== 'string' || s.length > max || CONTROL_RE.test(s))
        return bad(`${at}.${name}`, `must be a string of at most ${max} characters without control characters`)
      return s
    }
    const rule = text('rule', 64)
    if (!(RULE_IDS as readonly string[]).includes(rule)) bad(`${at}.rule`, `must be one of ${RULE_IDS.join(', ')}`)
    const service = text('service', 32)
    if (!SERVICES.includes(service)) bad(`${at}.service`, `must be one of ${SERVICES.join(', ')}`)
    keys.add(JSON.stringify([rule, text('accountId', 12), text('region', 64), service, text('resourceId', 1024)]))
  })
  return keys
}
