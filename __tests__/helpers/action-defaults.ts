/**
 * action.yml's input defaults, passed the way the runner passes them: every input with a default gets its INPUT_*
 * variable unless the step sets the input itself. Tests, the demo and the benchmark take the defaults from here, so
 * that action.yml stays the one place a default is written.
 */
import { fileURLToPath } from 'node:url'
import { readActionDoc, type ActionInput } from '../../scripts/action-doc.js'
import type { InputSource } from '../../src/inputs.js'

/** The action's metadata file. */
export const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url))

/** What the runner knows when it evaluates a default's `${{ }}` expression; action.yml uses only github.token. */
export interface ExpressionContext {
  githubToken: string
}

let declared: ActionInput[] | undefined

/** Every input action.yml declares, read once. */
export function declaredInputs(): ActionInput[] {
  declared ??= readActionDoc(ACTION_YML).inputs
  return declared
}

function evaluate(input: string, text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.token') return context.githubToken
    throw new Error(`action.yml input '${input}': the tests cannot evaluate \${{ ${expr} }} in its default`)
  })
}

/** Each input's default from action.yml, by name, its expressions evaluated (github.token is '' unless given). */
export function actionDefaults(context: ExpressionContext = { githubToken: '' }): Record<string, string> {
  const out: Record<string, string> = {}
  for (const input of declaredInputs()) {
    if (input.default !== null) out[input.name] = evaluate(input.name, input.default, context)
  }
  return out
}

/** The inputs a step receives: action.yml's defaults, with the step's own values over them. */
export function withDefaults(
  inputs: Readonly<Record<string, string>>,
  context?: ExpressionContext
): Record<string, string> {
  return { ...actionDefaults(context), ...inputs }
}

/** An InputSource for getConfig that sees what the runner would pass: the inputs over action.yml's defaults. */
export function runnerInputs(inputs: Readonly<Record<string, string>>, env: NodeJS.ProcessEnv): InputSource {
  const all = withDefaults(inputs)
  return { getInput: (name) => all[name] ?? '', env }
}
