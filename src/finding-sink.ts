import * as fs from 'node:fs'
import { once } from 'node:events'
import { CsvWriter } from './csv.js'
import type { RuleCount } from './finding-counts.js'
import { findingKey } from './finding-baseline.js'
import { compareFindings, isSilenced, type Finding } from './findings.js'
import { writeStream } from './paths.js'
import { RESULT_SCHEMA_VERSION, RESULT_TOOL } from './result.js'
import { RULE_IDS, RULE_SEVERITY, type RuleId } from './rules.js'

/** The findings CSV's columns, in order. */
export const FINDING_COLUMNS = [
  'rule',
  'severity',
  'account_id',
  'region',
  'service',
  'resource_id',
  'message'
] as const

/** The findings a compared check did not have: how many, per rule, and the most severe of them. */
export interface NewFindings {
  count: number
  rules: RuleCount[]
  top: Finding[]
}

/** A finding and the tags of the snapshot it is about (null when it is not about a snapshot). */
export type TaggedFinding = readonly [Finding, Readonly<Record<string, string>> | null]

/** The findings JSON file's path for a CSV path: next to it, ending in .findings.json. */
export function findingsJsonPath(csvPath: string): string {
  return csvPath.replace(/\.csv$/i, '') + '.findings.json'
}

/** A JSON document `{..., "findings": [ ... ]}` written one batch of findings at a time. */
class JsonFindingsWriter {
  private readonly stream: fs.WriteStream
  private first = true
  private failure: Error | null = null

  constructor(
    readonly filePath: string,
    header: Record<string, unknown>
  ) {
    this.stream = writeStream(filePath)
    this.stream.on('error', (err) => (this.failure = err))
    const head = JSON.stringify(header)
    this.stream.write(`${head.slice(0, -1)},"findings":[`)
  }

  async write(findings: readonly Finding[]): Promise<void> {
    if (this.failure) throw this.failure
    if (findings.length === 0) return
    const text = findings.map((f, i) => `${this.first && i === 0 ? '' : ','}\n${JSON.stringify(f)}`).join('')
    this.first = false
    if (!this.stream.write(text)) await once(this.stream, 'drain')
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.stream.end('\n]}\n', () => {
        if (this.failure) reject(this.failure)
        else resolve()
      })
    )
    if (this.failure) throw this.failure
  }
}

/**
 * Receives findings as the check finds them: silenced ones are only counted; the others go to the CSV and the
 * findings JSON at once, and only the most severe `topLimit` of them stay in memory, for the summary and annotations.
 */
export class FindingSink {
  private readonly counts = new Map<RuleId, RuleCount>()
  private kept: Finding[] = []
  private total = 0
  private readonly newCounts = new Map<RuleId, RuleCount>()
  private keptNew: Finding[] = []
  private newTotal = 0

  private constructor(
    private readonly csv: CsvWriter<Finding>,
    private readonly json: JsonFindingsWriter,
    private readonly ignoreRules: readonly RuleId[],
    private readonly topLimit: number,
    /** The keys of the compared check's findings; null without a compared check (findings are then not marked). */
    private readonly baseline: ReadonlySet<string> | null
  ) {
    for (const rule of RULE_IDS) {
      this.counts.set(rule, { rule, severity: RULE_SEVERITY[rule], findings: 0, silenced: 0 })
      this.newCounts.set(rule, { rule, severity: RULE_SEVERITY[rule], findings: 0, silenced: 0 })
    }
  }

  /** Creates the CSV at csvPath and the findings JSON next to it. */
  static open(opts: {
    csvPath: string
    generatedAt: string
    ignoreRules: readonly RuleId[]
    topLimit: number
    /** The keys of the compared check's findings: each finding is then written with `new`, true when not among them. */
    baseline?: ReadonlySet<string> | null
  }): FindingSink {
    const csv = CsvWriter.open<Finding>(opts.csvPath, FINDING_COLUMNS, (f) => [
      f.rule,
      f.severity,
      f.accountId,
      f.region,
      f.service,
      f.resourceId,
      f.message
    ])
    const json = new JsonFindingsWriter(findingsJsonPath(opts.csvPath), {
      schema_version: RESULT_SCHEMA_VERSION,
      tool: RESULT_TOOL,
      generatedAt: opts.generatedAt
    })
    return new FindingSink(csv, json, opts.ignoreRules, opts.topLimit, opts.baseline ?? null)
  }

  /** Takes a batch of findings, each with the tags that may silence it. */
  async add(batch: readonly TaggedFinding[]): Promise<void> {
    const open: Finding[] = []
    for (const [f, tags] of batch) {
      const count = this.counts.get(f.rule)
      if (!count) continue
      if (isSilenced(f.rule, tags, this.ignoreRules)) {
        count.silenced += 1
        continue
      }
      count.findings += 1
      open.push(this.marked(f))
    }
    if (open.length === 0) return
    this.total += open.length
    this.keep(open)
    this.keepNew(open)
    await this.csv.write(open)
    await this.json.write(open)
  }

  /** The finding with `new` set when there is a compared check, counted per rule when it is new. */
  private marked(f: Finding): Finding {
    if (this.baseline === null) return f
    const isNew = !this.baseline.has(findingKey(f))
    if (isNew) {
      this.newTotal += 1
      const count = this.newCounts.get(f.rule)
      if (count) count.findings += 1
    }
    return { ...f, new: isNew }
  }

  private keepNew(findings: readonly Finding[]): void {
    if (this.baseline === null) return
    this.keptNew.push(...findings.filter((f) => f.new === true))
    if (this.keptNew.length > 2 * this.topLimit)
      this.keptNew = this.keptNew.sort(compareFindings).slice(0, this.topLimit)
  }

  /** The findings the compared check did not have; null without a compared check. */
  newFindings(): NewFindings | null {
    if (this.baseline === null) return null
    return {
      count: this.newTotal,
      rules: RULE_IDS.map((rule) => ({ ...(this.newCounts.get(rule) as RuleCount) })),
      top: [...this.keptNew].sort(compareFindings).slice(0, this.topLimit)
    }
  }

  private keep(findings: readonly Finding[]): void {
    this.kept.push(...findings)
    if (this.kept.length > 2 * this.topLimit) this.kept = this.kept.sort(compareFindings).slice(0, this.topLimit)
  }

  /** Findings that are not silenced, so far. */
  get findingsCount(): number {
    return this.total
  }

  /** Findings and silenced findings per rule, in rule order. */
  ruleCounts(): RuleCount[] {
    return RULE_IDS.map((rule) => ({ ...(this.counts.get(rule) as RuleCount) }))
  }

  /** The most severe findings (at most topLimit), in order. */
  top(): Finding[] {
    return [...this.kept].sort(compareFindings).slice(0, this.topLimit)
  }

  /** Where the findings JSON is. */
  get jsonPath(): string {
    return this.json.filePath
  }

  /** Where the findings CSV is. */
  get csvPath(): string {
    return this.csv.filePath
  }

  /** Flushes and closes both files. */
  async close(): Promise<void> {
    await this.csv.close()
    await this.json.close()
  }
}
