// Mutation testing of the modules that decide what gets deleted and what gets printed: `npm run mutate`.
// Run by hand, not in CI (see README, "Mutation testing"). Reports go to reports/mutation/.
import { existsSync, readFileSync } from 'node:fs'
import { URL } from 'node:url'

/** The file when it exists (a module that replaces part of another may not exist yet). */
function ifExists(file) {
  return existsSync(new URL(file, import.meta.url)) ? [file] : []
}

/** The lines of one top-level function as a mutate range (`file:start-end`); none once the function has moved. */
function functionLines(file, name) {
  const url = new URL(file, import.meta.url)
  if (!existsSync(url)) return []
  const lines = readFileSync(url, 'utf8').split('\n')
  const start = lines.findIndex((l) => l.startsWith(`function ${name}(`) || l.startsWith(`export function ${name}(`))
  const end = lines.findIndex((l, i) => i > start && l === '}')
  return start === -1 || end === -1 ? [] : [`${file}:${start + 1}-${end + 1}`]
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/retention.ts',
    'src/modes/prune.ts',
    // The snapshot kinds: how each lists, deletes and sorts its errors (what prune may touch, and what counts as done).
    'src/kinds/*.ts',
    'src/metadata.ts',
    // The S3 key layout of the metadata documents (which keys a cleanup deletes).
    ...ifExists('src/metadata-key.ts'),
    // The workspace path checks: src/paths.ts, and safePath in inputs.ts, which applies them to the path inputs.
    ...functionLines('src/inputs.ts', 'safePath'),
    ...ifExists('src/paths.ts'),
    // Escaping: src/escape.ts, and md in markdown.ts, which delegates to it.
    ...functionLines('src/markdown.ts', 'md'),
    ...ifExists('src/escape.ts')
  ],
  testRunner: 'vitest',
  // The unit tests only: the integration tests run the bundle in dist/, which carries no mutants.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as the metadata key pattern) rerun every related unit test, a few
  // minutes in all. Ignoring them would drop those constants from the score, and would test code that a test file
  // also runs while loading only against the tests that cover it per test, reporting killable mutants as survivors.
  ignoreStatic: false,
  // Two shared cores: one test runner, and generous timeouts so that a busy machine does not read as a timeout.
  concurrency: 1,
  timeoutMS: 10_000,
  timeoutFactor: 3,
  incremental: false,
  // The sandbox needs src/, the tests and bench/ (the simulator the unit tests import), not the emulator or the bundle.
  ignorePatterns: ['.venv', '.tools', 'reports', 'dist', 'build', 'coverage', 'bench/out', 'demo-output', '*.log'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportMutants: true, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true
}
