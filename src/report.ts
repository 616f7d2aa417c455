import * as core from '@actions/core'
import * as path from 'node:path'
import { errorMessage } from './errors.js'
import * as log from './log.js'
import { fitSummary } from './markdown.js'
import { writeFileChecked } from './paths.js'

/** Version of the machine-readable result JSON; merge refuses other major versions. */
export const RESULT_SCHEMA_VERSION = 1

/** Writes the job summary once, cut to GitHub's limit; a failure to write it is a warning. */
export async function writeSummary(markdown: string, fullReportHint: string): Promise<void> {
  const text = fitSummary(markdown, fullReportHint)
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.infoLines(text)
    return
  }
  try {
    await core.summary.addRaw(text, true).write()
  } catch (err) {
    log.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}

/** Writes the machine-readable result next to the CSV (never through a symbolic link) and returns its path. */
export function writeResultJson(csvPath: string, result: object): string {
  const file = csvPath.replace(/\.csv$/i, '') + '.summary.json'
  writeFileChecked(
    file,
    JSON.stringify({ schema_version: RESULT_SCHEMA_VERSION, tool: 'snapshot-hygiene', ...result }, null, 2) + '\n'
  )
  return file
}

/** Uploads files as a workflow artifact when the runner provides the artifact service; returns its id or ''. */
export async function uploadArtifact(name: string, files: readonly string[]): Promise<string> {
  if (name === '') return ''
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.info(`No artifact service on this runner; the files stay at ${files.join(', ')}`)
    return ''
  }
  const root = commonRoot(files)
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], root)
    return res.id === undefined ? '' : String(res.id)
  } catch (err) {
    core.warning(`Could not upload artifact ${name}: ${errorMessage(err)}. The files stay at ${files.join(', ')}`)
    return ''
  }
}

function commonRoot(files: readonly string[]): string {
  const dirs = files.map((f) => path.dirname(path.resolve(f)))
  let root = dirs[0] ?? process.cwd()
  while (!dirs.every((d) => d === root || d.startsWith(root + path.sep))) root = path.dirname(root)
  return root
}
