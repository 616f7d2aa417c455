/** Where a report goes on GitHub: the job summary, the result JSON beside the CSV, and the workflow artifact. */
import * as core from '@actions/core'
import * as path from 'node:path'
import { errorMessage } from '../errors.js'
import * as log from '../log.js'
import { fitSummary, md } from '../markdown.js'
import { writeFileChecked } from '../paths.js'
import { resultDocument } from '../result.js'

/** What became of a step's artifact. */
export type ArtifactUpload =
  | { status: 'uploaded'; name: string; id: string }
  /** No artifact-name, or no artifact service on this runner: nothing was tried. */
  | { status: 'skipped'; name: string }
  | { status: 'failed'; name: string; reason: string }

/** The markdown that opens a summary when the artifact failed ('' otherwise). */
export function artifactNotice(upload: ArtifactUpload): string {
  if (upload.status !== 'failed') return ''
  return (
    `> **The artifact \`${md(upload.name)}\` was not uploaded**: ${md(upload.reason)}\n>\n` +
    '> The CSV and the result JSON were written on the runner only, and go with it when the job ends; the step fails. ' +
    'Re-run the job to upload them.\n\n'
  )
}

/** Writes the job summary once, cut to GitHub's limit, opened by the artifact's failure if any; a failure to write it is a warning. */
export async function writeSummary(markdown: string, fullReportHint: string, upload?: ArtifactUpload): Promise<void> {
  // The notice goes first: a summary too long for GitHub is cut at its end.
  const text = fitSummary((upload === undefined ? '' : artifactNotice(upload)) + markdown, fullReportHint)
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

/** Where the machine-readable result goes: next to the CSV, named after it. */
export function resultJsonPath(csvPath: string): string {
  return csvPath.replace(/\.csv$/i, '') + '.summary.json'
}

/** Writes the machine-readable result next to the CSV (never through a symbolic link) and returns its path. */
export function writeResultJson(csvPath: string, result: object): string {
  const file = resultJsonPath(csvPath)
  writeFileChecked(file, JSON.stringify(resultDocument(result), null, 2) + '\n')
  return file
}

/** Hides the signature of signed URLs that an error message may quote. */
function withoutSignatures(text: string): string {
  return text.replace(/([?&](?:sig|se|sp|sv|st|skoid|sktid)=)[^&\s'"]*/gi, '$1***')
}

/**
 * Uploads files as a workflow artifact when the runner provides the artifact service. The client retries what can
 * be retried; a failure is returned, not thrown, so that the step reports everything before it fails.
 */
export async function uploadArtifact(name: string, files: readonly string[]): Promise<ArtifactUpload> {
  if (name === '') return { status: 'skipped', name }
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    log.info(`No artifact service on this runner; the files stay at ${files.join(', ')}`)
    return { status: 'skipped', name }
  }
  const root = commonRoot(files)
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], root)
    if (res.id === undefined) return { status: 'failed', name, reason: 'the artifact service returned no artifact id' }
    return { status: 'uploaded', name, id: String(res.id) }
  } catch (err) {
    return { status: 'failed', name, reason: withoutSignatures(errorMessage(err)) }
  }
}

function commonRoot(files: readonly string[]): string {
  const dirs = files.map((f) => path.dirname(path.resolve(f)))
  let root = dirs[0] ?? process.cwd()
  while (!dirs.every((d) => d === root || d.startsWith(root + path.sep))) root = path.dirname(root)
  return root
}
