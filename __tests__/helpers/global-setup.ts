import { execFileSync } from 'node:child_process'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Makes sure the moto server is installed in .venv before any test starts it. */
export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  execFileSync('bash', [path.join(root, 'scripts', 'setup-moto.sh')], { stdio: 'inherit' })
}
