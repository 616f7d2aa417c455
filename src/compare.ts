/**
 * The result a run compares itself with: found at a path (a result JSON, or a folder holding one, as
 * actions/download-artifact leaves it), read as hostile input with the checks merge uses, and refused when it is not
 * comparable: another schema version, another mode or another set of accounts. Nothing here knows of GitHub.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { historyEntry, type HistoryEntry } from './history.js'
import { NO_FOLLOW, readableFile } from './paths.js'
import { parseResultFile, ResultFileError, type CheckSlice, type InventorySlice } from './result-file.js'

/** The largest compared result read; results of this version stay far below it. */
export const MAX_COMPARED_BYTES = 64 * 1024 * 1024
/** How deep below the compare-with folder a result is looked for, and how many files are looked at. */
const MAX_DEPTH = 4
const MAX_ENTRIES = 10_000

/** A compared result that cannot be used; the message names the file and the fix. */
export class CompareError extends Error {}

/** The modes whose results can be compared. */
export type ComparedMode = 'inventory' | 'check'

/** A compared result: its path, the folder it is in (where its CSV and findings file are), and what it holds. */
export type Compared =
  | { kind: 'inventory'; file: string; dir: string; slice: InventorySlice }
  | { kind: 'check'; file: string; dir: string; slice: CheckSlice }

/** What looking for the compared result gave: a result, or nothing (with the notice to show). */
export type CompareOutcome = { status: 'found'; compared: Compared } | { status: 'none'; notice: string }

/** The result JSON files below a folder, relative to it, in a stable order; links are not followed. */
function resultFilesBelow(root: string): string[] {
  const out: string[] = []
  let seen = 0
  const walk = (rel: string, depth: number): void => {
    const entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true })
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (++seen > MAX_ENTRIES) throw new CompareError(`compare-with ${root} holds more than ${MAX_ENTRIES} files`)
      const p = rel === '' ? e.name : path.join(rel, e.name)
      if (e.isDirectory() && depth < MAX_DEPTH) walk(p, depth + 1)
      else if ((e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.summary.json')) out.push(p)
    }
  }
  walk('', 0)
  return out
}

/** Reads a file that must not be a link, bounded in size. */
export function readBoundedFile(file: string, max: number): string {
  const fd = fs.openSync(readableFile(file), fs.constants.O_RDONLY | NO_FOLLOW)
  try {
    const size = fs.fstatSync(fd).size
    if (size > max) throw new CompareError(`${file} is ${size} bytes, more than a result holds (${max})`)
    return fs.readFileSync(fd, 'utf8')
  } finally {
    fs.closeSync(fd)
  }
}

function parse(file: string): ReturnType<typeof parseResultFile> {
  try {
    return parseResultFile(file, readBoundedFile(file, MAX_COMPARED_BYTES))
  } catch (err) {
    if (err instanceof ResultFileError)
      throw new CompareError(`compare-with: ${err.message}; name a result this version of snapshot-hygiene wrote`)
    throw err
  }
}

function sameAccounts(mine: readonly string[], theirs: readonly string[]): string | null {
  const a = new Set(mine)
  const b = new Set(theirs)
  const onlyMine = [...a].filter((id) => !b.has(id)).sort()
  const onlyTheirs = [...b].filter((id) => !a.has(id)).sort()
  if (onlyMine.length === 0 && onlyTheirs.length === 0) return null
  const list = (ids: string[]): string =>
    ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, and ${ids.length - 5} more` : '')
  const parts = [
    onlyMine.length > 0 ? `this run has ${list(onlyMine)}, which it does not` : '',
    onlyTheirs.length > 0 ? `it has ${list(onlyTheirs)}, which this run does not` : ''
  ].filter((p) => p !== '')
  return parts.join('; ')
}

/**
 * Finds and reads the result to compare with at `target` (a result JSON or a folder holding one) for a run of
 * `mode` over `accounts`. A missing path or a folder without a result is 'none' (a first run, an expired artifact);
 * a result of another schema version, mode or account set, or a folder with several candidates, is a CompareError.
 */
export function findCompared(target: string, mode: ComparedMode, accounts: readonly string[]): CompareOutcome {
  const st = fs.lstatSync(target, { throwIfNoEntry: false })
  if (st === undefined)
    return {
      status: 'none',
      notice: `No earlier result to compare with: ${target} does not exist (a first run, or an expired artifact).`
    }
  let files: string[]
  if (st.isDirectory()) {
    files = resultFilesBelow(target).map((f) => path.join(target, f))
    if (files.length === 0)
      return { status: 'none', notice: `No earlier result to compare with: ${target} holds no *.summary.json file.` }
  } else files = [target]
  const parsed = files.map((file) => ({ file, outcome: parse(file) }))
  const mine = parsed.filter((p) => p.outcome.status === 'slice' && p.outcome.slice.kind === mode) as {
    file: string
    outcome: { status: 'slice'; slice: InventorySlice | CheckSlice }
  }[]
  if (mine.length === 0) {
    const modes = parsed.map((p) => (p.outcome.status === 'slice' ? p.outcome.slice.kind : p.outcome.mode))
    throw new CompareError(
      `compare-with ${target} holds a result of mode ${[...new Set(modes)].join(', ')}, not ${mode}: compare with an earlier ${mode} result`
    )
  }
  if (mine.length > 1)
    throw new CompareError(
      `compare-with ${target} holds ${mine.length} ${mode} results (${mine
        .slice(0, 3)
        .map((p) => path.relative(target, p.file))
        .join(', ')}): name one of them`
    )
  const [{ file, outcome }] = mine as [(typeof mine)[number]]
  const mismatch = sameAccounts(accounts, outcome.slice.accounts)
  if (mismatch !== null)
    throw new CompareError(
      `compare-with ${file} is a result for other accounts (${mismatch}): compare runs over the same accounts`
    )
  const dir = path.dirname(file)
  return outcome.slice.kind === 'inventory'
    ? { status: 'found', compared: { kind: 'inventory', file, dir, slice: outcome.slice } }
    : { status: 'found', compared: { kind: 'check', file, dir, slice: outcome.slice } }
}

/** The history a compared inventory hands on: its own, or, for a result written without one, its headline alone. */
export function comparedHistory(slice: InventorySlice): HistoryEntry[] {
  if (slice.history !== null) return slice.history
  return slice.generatedAt === '' ? [] : [historyEntry(slice.generatedAt, slice.aggregate)]
}

/** The path of a file the compared result names beside it. */
export function besideCompared(compared: Compared, name: string): string {
  return path.join(compared.dir, name)
}
