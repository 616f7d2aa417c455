/**
 * `npm run docs`: writes README.md's inputs and outputs tables from action.yml.
 * `npm run docs -- --check`: changes nothing and fails when the tables are out of date.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readActionDoc, renderReadme } from './action-doc.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const readmePath = path.join(root, 'README.md')
const check = process.argv.includes('--check')

try {
  const readme = fs.readFileSync(readmePath, 'utf8')
  const updated = renderReadme(readme, readActionDoc(path.join(root, 'action.yml')))
  if (updated === readme) {
    console.log('README.md inputs and outputs tables match action.yml')
  } else if (check) {
    console.error(
      "README.md's inputs or outputs table differs from action.yml: run 'npm run docs' and commit README.md"
    )
    process.exitCode = 1
  } else {
    fs.writeFileSync(readmePath, updated)
    console.log('README.md inputs and outputs tables rewritten from action.yml')
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err))
  process.exitCode = 1
}
