/**
 * Lints the repository's own workflows (.github/workflows) and every workflow example in README.md with
 * actionlint (shellcheck for `run:` scripts), as installed by scripts/setup-lint-tools.sh. A README ```yaml block
 * with `jobs:` is a workflow example and must be complete (`on:` too); problems are reported at README lines.
 */
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A fenced ```yaml block of a markdown file and the line its first content line is on (1-based). */
export interface YamlBlock {
  line: number
  text: string
}

/** The ```yaml (or ```yml) blocks of a markdown text. */
export function yamlBlocks(markdown: string): YamlBlock[] {
  const blocks: YamlBlock[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i] ?? '')) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? '')) end++
    blocks.push({ line: start + 1, text: lines.slice(start, end).join('\n') + '\n' })
    i = end
  }
  return blocks
}

/** Whether a YAML block is a workflow (a mapping with `jobs`), and whether it also has `on`. */
export function workflowShape(text: string): { workflow: boolean; complete: boolean } {
  let doc: unknown
  try {
    doc = parse(text)
  } catch {
    return { workflow: false, complete: false }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return { workflow: false, complete: false }
  const keys = Object.keys(doc)
  return { workflow: keys.includes('jobs'), complete: keys.includes('jobs') && keys.includes('on') }
}

function main(): number {
  const bin = path.join(root, '.tools', 'bin')
  const actionlint = path.join(bin, 'actionlint')
  if (!fs.existsSync(actionlint)) {
    console.error("actionlint is not installed: run 'bash scripts/ensure-deps.sh --lint'")
    return 1
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-workflows-'))
  const problems: string[] = []
  const examples = new Map<string, number>()
  for (const block of yamlBlocks(fs.readFileSync(path.join(root, 'README.md'), 'utf8'))) {
    const shape = workflowShape(block.text)
    if (!shape.workflow) continue
    if (!shape.complete) {
      problems.push(`README.md:${block.line}: a workflow example without 'on:': make it a complete workflow`)
      continue
    }
    const file = path.join(tmp, `readme-line-${block.line}.yml`)
    fs.writeFileSync(file, block.text)
    examples.set(file, block.line)
  }
  const own = fs
    .readdirSync(path.join(root, '.github', 'workflows'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join('.github', 'workflows', f))
  const result = spawnSync(
    actionlint,
    ['-no-color', '-oneline', '-shellcheck', path.join(bin, 'shellcheck'), '-pyflakes=', ...own, ...examples.keys()],
    { cwd: root, encoding: 'utf8' }
  )
  if (result.error) throw result.error
  for (const line of `${result.stdout}${result.stderr}`.split('\n')) {
    if (line.trim() === '') continue
    const m = /^(.+?):(\d+):(\d+): ([\s\S]*)$/.exec(line)
    const at = m ? examples.get(path.resolve(root, m[1] ?? '')) : undefined
    problems.push(m && at !== undefined ? `README.md:${at + Number(m[2]) - 1}:${m[3]}: ${m[4]}` : line)
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  if (problems.length > 0 || result.status !== 0) {
    for (const p of problems) console.error(p)
    console.error(`actionlint: ${problems.length} problem(s)`)
    return 1
  }
  console.log(
    `actionlint: ${own.length} workflows in .github/workflows and ${examples.size} README examples, no problems`
  )
  return 0
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main()
}
