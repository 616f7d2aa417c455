/**
 * The demo: starts the moto server, seeds a small demo account (EBS in three regions, an RDS instance,
 * an Aurora cluster) and runs the bundled action's inventory against it as the runner would.
 */
import * as path from 'node:path'
import { startMoto } from '../__tests__/helpers/moto.js'
import { runAction, ROOT } from '../__tests__/helpers/action.js'
import { seedDemoAccount, SEED_REGIONS } from '../__tests__/helpers/seed.js'

console.log('Starting the moto server and seeding a demo account ...')
const moto = await startMoto()
try {
  const seeded = await seedDemoAccount(moto.url)
  console.log(
    `Seeded ${seeded.length} snapshots in ${SEED_REGIONS.join(', ')} on the moto server at ${moto.url};\nmoto adds an automated snapshot of its own for the DB instance and for the Aurora cluster.\n`
  )
  console.log('Running the action (dist/index.js) in inventory mode ...\n')
  const run = await runAction({
    inputs: { mode: 'inventory', regions: SEED_REGIONS.join(','), 'artifact-name': 'snapshot-hygiene' },
    env: { AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' },
    node: path.join(ROOT, 'node_modules', '.bin', 'node'),
    workDir: path.join(ROOT, 'demo-output')
  })
  console.log(run.summary)
  console.log('Step outputs:')
  for (const [k, v] of Object.entries(run.outputs)) console.log(`  ${k}: ${v}`)
  if (run.outputs['artifact-id'] === '')
    console.log(
      "\nartifact-id is empty: the artifact service exists only on GitHub's runner, so outside it nothing is uploaded\nand the CSV and the result JSON stay in the runner's temp folder (here demo-output/runner-temp)."
    )
  console.log(`\nCSV: ${run.outputs['csv-path'] ?? '(none)'}`)
  if (run.code !== 0) {
    console.error(run.stdout, run.stderr)
    process.exitCode = 1
  }
} finally {
  await moto.stop()
}
