import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CreateSnapshotCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { startGitHubApi, type FakeGitHubApi } from '../helpers/github-api.js'
import { stopStarted } from '../helpers/teardown.js'

const REGION = 'us-east-1'
const MARKER = '<!-- snapshot-hygiene:check -->'
const PR = 'acme/infra#7'
const PLANTED = `${MARKER}\nAll clear, merge away.`

let moto: Moto
let api: FakeGitHubApi

beforeAll(async () => {
  ;[moto, api] = await Promise.all([startMoto(), startGitHubApi()])
  const { ec2 } = awsClients(moto.url, REGION)
  const vol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 8 }))
  await ec2.send(new CreateSnapshotCommand({ VolumeId: vol.VolumeId }))
})
afterAll(() => stopStarted(moto, api))
beforeEach(() => {
  api.requests.length = 0
  api.comments.clear()
  api.viewer = 'github-actions[bot]'
  api.tokenKind = 'installation'
  api.graphqlFailsWith = null
})

/** Runs check mode on pull request acme/infra#7 with the given token. */
async function checkOnPullRequest(token = 'ghs_installation') {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-owner-'))
  const eventPath = path.join(workDir, 'event.json')
  fs.writeFileSync(
    eventPath,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { repo: { fork: false, full_name: 'acme/infra' } },
        base: { repo: { full_name: 'acme/infra' } }
      }
    })
  )
  const r = await runAction({
    inputs: { mode: 'check', regions: REGION, services: 'ebs', 'fail-on': 'never', 'github-token': token },
    env: {
      AWS_ENDPOINT_URL: moto.url,
      AWS_REGION: REGION,
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/infra'
    },
    workDir
  })
  expect(r.code).toBe(0)
  return r
}

const comments = () => (api.comments.get(PR) ?? []).map((c) => ({ id: c.id, login: c.user.login, body: c.body }))
const writes = () =>
  api.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`)

describe('the sticky comment belongs to the account the token acts as', () => {
  it('leaves a marker comment planted by someone else untouched and creates its own; the next run updates its own', async () => {
    api.seed(PR, [PLANTED], 'mallory')
    const planted = comments()[0]
    const first = await checkOnPullRequest()
    const afterFirst = comments()
    expect(afterFirst).toHaveLength(2)
    expect(afterFirst[0]).toEqual(planted)
    const ours = afterFirst[1]
    expect(ours?.login).toBe('github-actions[bot]')
    expect(ours?.body.startsWith(`${MARKER}\n## Snapshot hygiene check`)).toBe(true)
    expect(writes()).toEqual(['POST /repos/acme/infra/issues/7/comments'])
    expect(first.stdout).toContain(
      `Created the check comment ${ours?.id} on pull request acme/infra#7 (1 comment(s) by others carry the marker and were left alone)`
    )

    api.requests.length = 0
    await checkOnPullRequest()
    expect(writes()).toEqual([`PATCH /repos/acme/infra/issues/comments/${ours?.id}`])
    const afterSecond = comments()
    expect(afterSecond).toHaveLength(2)
    expect(afterSecond[0]).toEqual(planted)
    expect(afterSecond[1]?.id).toBe(ours?.id)
  })

  it('with a personal token, updates that user comment and not the bot one', async () => {
    api.viewer = 'alice'
    api.tokenKind = 'user'
    api.seed(PR, [`${MARKER}\nby the bot`], 'github-actions[bot]')
    api.seed(PR, [`${MARKER}\nby alice`], 'alice')
    await checkOnPullRequest('ghp_alice')
    const [bot, alice] = comments()
    expect(bot?.body).toBe(`${MARKER}\nby the bot`)
    expect(alice?.body.startsWith(`${MARKER}\n## Snapshot hygiene check`)).toBe(true)
    expect(writes()).toEqual([`PATCH /repos/acme/infra/issues/comments/${alice?.id}`])
  })

  it('creates a new comment, updating none, when the token account cannot be learnt', async () => {
    api.graphqlFailsWith = 500
    api.seed(PR, [`${MARKER}\nan earlier report`], 'github-actions[bot]')
    const r = await checkOnPullRequest()
    expect(writes()).toEqual(['POST /repos/acme/infra/issues/7/comments'])
    expect(comments()[0]?.body).toBe(`${MARKER}\nan earlier report`)
    expect(comments()).toHaveLength(2)
    expect(r.stdout).toContain(
      '(the account github-token acts as could not be learnt, so no earlier comment was updated)'
    )
  })
})
