/**
 * action.yml as documentation: its inputs and outputs, which modes set each output (the leading
 * `(mode, mode)` of the output's description), and the README tables rendered from them.
 */
import * as fs from 'node:fs'
import { parse } from 'yaml'
import { md } from '../src/markdown.js'
import { MODES, type Mode } from '../src/inputs.js'

/** One input of action.yml. */
export interface ActionInput {
  name: string
  description: string
  default: string | null
  required: boolean
}

/** One output of action.yml, with the modes that set it. */
export interface ActionOutput {
  name: string
  modes: Mode[]
  description: string
}

/** What the README tables are made of. */
export interface ActionDoc {
  inputs: ActionInput[]
  outputs: ActionOutput[]
}

interface RawAction {
  inputs?: Record<string, { description?: unknown; default?: unknown; required?: unknown } | null>
  outputs?: Record<string, { description?: unknown } | null>
}

/** A YAML scalar as text ('' when absent); a list or mapping where text belongs is an error naming the field. */
export function scalar(value: unknown, field: string): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw new Error(`action.yml ${field} must be a string, not ${Array.isArray(value) ? 'a list' : 'a mapping'}`)
}

function isMode(word: string): word is Mode {
  return (MODES as readonly string[]).includes(word)
}

/** Splits an output description into its modes and the rest; throws naming the output when the prefix is missing or wrong. */
export function parseOutputDescription(name: string, description: string): ActionOutput {
  const m = /^\(([^)]*)\)\s+(\S[\s\S]*)$/.exec(description.trim())
  if (!m)
    throw new Error(
      `action.yml output '${name}': the description must start with the modes that set it, e.g. '(inventory, check) ...'`
    )
  const words = (m[1] ?? '').split(',').map((w) => w.trim())
  const unknown = words.filter((w) => !isMode(w))
  if (unknown.length > 0 || words.length === 0)
    throw new Error(
      `action.yml output '${name}': unknown mode(s) ${unknown.map((w) => `'${w}'`).join(', ')}; modes are ${MODES.join(', ')}`
    )
  const modes = MODES.filter((mode) => words.includes(mode))
  return { name, modes, description: (m[2] ?? '').trim() }
}

/** Reads action.yml's inputs and outputs, in the order they are declared. */
export function readActionDoc(file: string): ActionDoc {
  const raw = parse(fs.readFileSync(file, 'utf8')) as RawAction
  const inputs = Object.entries(raw.inputs ?? {}).map(([name, spec]) => ({
    name,
    description: scalar(spec?.description, `input '${name}' description`).trim(),
    default:
      spec?.default === undefined || spec.default === null ? null : scalar(spec.default, `input '${name}' default`),
    required: spec?.required === true
  }))
  const outputs = Object.entries(raw.outputs ?? {}).map(([name, spec]) =>
    parseOutputDescription(name, scalar(spec?.description, `output '${name}' description`))
  )
  return { inputs, outputs }
}

/** The outputs a mode sets, by name. */
export function outputsOf(doc: ActionDoc, mode: Mode): string[] {
  return doc.outputs.filter((o) => o.modes.includes(mode)).map((o) => o.name)
}

/** Text as an inline code span for a table cell: a fence longer than any backtick run inside, pipes escaped. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')}${pad}${fence}`
}

/** The inputs table. */
export function inputsTable(doc: ActionDoc): string {
  const rows = doc.inputs.map((i) => {
    const dflt = i.default === null || i.default === '' ? '' : code(i.default)
    return `| ${code(i.name)} | ${dflt} | ${md(i.description)} |`
  })
  return ['| input | default | description |', '| --- | --- | --- |', ...rows].join('\n')
}

/** The outputs table. */
export function outputsTable(doc: ActionDoc): string {
  const rows = doc.outputs.map((o) => `| ${code(o.name)} | ${o.modes.join(', ')} | ${md(o.description)} |`)
  return ['| output | set by mode | description |', '| --- | --- | --- |', ...rows].join('\n')
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`; throws when the markers are missing. */
export function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md has no '${start}' ... '${end}' markers`)
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`
}

/** The README with both tables brought up to date from action.yml. */
export function renderReadme(readme: string, doc: ActionDoc): string {
  return replaceBetween(replaceBetween(readme, 'inputs', inputsTable(doc)), 'outputs', outputsTable(doc))
}
