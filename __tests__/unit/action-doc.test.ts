import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  inputsTable,
  outputsOf,
  outputsTable,
  parseOutputDescription,
  readActionDoc,
  renderReadme
} from '../../scripts/action-doc.js'
import { workflowShape, yamlBlocks } from '../../scripts/lint-workflows.js'

function actionFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-doc-'))
  fs.writeFileSync(path.join(dir, 'action.yml'), text)
  return path.join(dir, 'action.yml')
}

const ACTION = `name: x
inputs:
  member-role-name:
    description: 'The role (arn:aws:iam::<account>:role/<name>) | or *none*'
    required: false
  github-token:
    description: Token.
    default: \${{ github.token }}
  separator:
    description: "A | B"
    default: 'a|b\`c'
outputs:
  snapshot-count:
    description: '(inventory, check, merge) Number of snapshots listed.'
  matrix-json:
    description: '(list-accounts) {"include": [{"slice": 1}]} for strategy.matrix.'
`

describe('action.yml as documentation', () => {
  it('reads the modes that set each output from the start of its description', () => {
    const doc = readActionDoc(actionFile(ACTION))
    expect(doc.outputs).toEqual([
      { name: 'snapshot-count', modes: ['inventory', 'check', 'merge'], description: 'Number of snapshots listed.' },
      {
        name: 'matrix-json',
        modes: ['list-accounts'],
        description: '{"include": [{"slice": 1}]} for strategy.matrix.'
      }
    ])
    expect(outputsOf(doc, 'check')).toEqual(['snapshot-count'])
    expect(outputsOf(doc, 'backup')).toEqual([])
  })

  it('refuses an output description without modes, or with a mode that does not exist', () => {
    expect(() => parseOutputDescription('csv-path', 'Path of the CSV.')).toThrow(
      new Error(
        "action.yml output 'csv-path': the description must start with the modes that set it, e.g. '(inventory, check) ...'"
      )
    )
    expect(() => parseOutputDescription('csv-path', '(inventory, all) Path of the CSV.')).toThrow(
      new Error(
        "action.yml output 'csv-path': unknown mode(s) 'all'; modes are inventory, backup, prune, backup-and-prune, check, merge, list-accounts"
      )
    )
  })

  it('escapes markdown in the cells, so that a pipe, a tag or an asterisk in a description cannot break the table', () => {
    const doc = readActionDoc(actionFile(ACTION))
    expect(inputsTable(doc)).toBe(
      [
        '| input | default | description |',
        '| --- | --- | --- |',
        '| `member-role-name` |  | The role (arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;) \\| or \\*none\\* |',
        '| `github-token` | `${{ github.token }}` | Token. |',
        '| `separator` | ``a\\|b`c`` | A \\| B |'
      ].join('\n')
    )
    expect(outputsTable(doc)).toBe(
      [
        '| output | set by mode | description |',
        '| --- | --- | --- |',
        '| `snapshot-count` | inventory, check, merge | Number of snapshots listed. |',
        '| `matrix-json` | list-accounts | \\{"include": \\[\\{"slice": 1\\}\\]\\} for strategy.matrix. |'
      ].join('\n')
    )
  })

  it('rewrites only what is between the markers, and says so when they are missing', () => {
    const doc = readActionDoc(actionFile(ACTION))
    const readme =
      'intro\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\nmiddle\n<!-- outputs:start -->\n<!-- outputs:end -->\nend\n'
    const once = renderReadme(readme, doc)
    expect(once).toBe(
      `intro\n<!-- inputs:start -->\n${inputsTable(doc)}\n<!-- inputs:end -->\nmiddle\n<!-- outputs:start -->\n${outputsTable(doc)}\n<!-- outputs:end -->\nend\n`
    )
    expect(renderReadme(once, doc)).toBe(once)
    expect(() => renderReadme('no markers', doc)).toThrow(
      new Error("README.md has no '<!-- inputs:start -->' ... '<!-- inputs:end -->' markers")
    )
  })
})

describe('README workflow examples', () => {
  it('finds each yaml block with the line it starts on, and tells workflows, fragments and other yaml apart', () => {
    const md = [
      '# t', // 1
      '```yaml', // 2
      'on: push', // 3
      'jobs: {}', // 4
      '```', // 5
      '```yaml', // 6
      'jobs: {}', // 7
      '```', // 8
      '```yml', // 9
      '- uses: OWNER/snapshot-hygiene@v1', // 10
      '```', // 11
      '```json', // 12
      '{}', // 13
      '```' // 14
    ].join('\n')
    const blocks = yamlBlocks(md)
    expect(blocks).toEqual([
      { line: 3, text: 'on: push\njobs: {}\n' },
      { line: 7, text: 'jobs: {}\n' },
      { line: 10, text: '- uses: OWNER/snapshot-hygiene@v1\n' }
    ])
    expect(blocks.map((b) => workflowShape(b.text))).toEqual([
      { workflow: true, complete: true },
      { workflow: true, complete: false },
      { workflow: false, complete: false }
    ])
  })
})
