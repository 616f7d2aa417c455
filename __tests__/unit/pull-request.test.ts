import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FORK_NOTICE,
  forkSkipNotice,
  pullRequestOf,
  readEventContext,
  type EventContext
} from '../../src/pull-request.js'

const ROLE = 'arn:aws:iam::123456789012:role/check'

function prEvent(head: { fork?: boolean; full_name?: string } | null, eventName = 'pull_request'): EventContext {
  return {
    eventName,
    payload: { pull_request: { number: 7, head: { repo: head }, base: { repo: { full_name: 'acme/infra' } } } },
    repository: 'acme/infra'
  }
}

describe('the fork decision', () => {
  const check = { mode: 'check' as const, roleToAssume: ROLE }

  it('skips a pull request from a fork (fork flag, other repository, or deleted fork) when role-to-assume has no OIDC token', () => {
    expect(forkSkipNotice(check, {}, prEvent({ fork: true, full_name: 'someone/infra' }))).toBe(FORK_NOTICE)
    expect(forkSkipNotice(check, {}, prEvent({ fork: false, full_name: 'someone/infra' }))).toBe(FORK_NOTICE)
    expect(forkSkipNotice(check, {}, prEvent(null))).toBe(FORK_NOTICE)
    expect(FORK_NOTICE).toContain('no OIDC token and a read-only GITHUB_TOKEN')
    expect(FORK_NOTICE).toContain('the check is skipped')
  })

  it('goes on for a same-repository pull request, when a token is on offer, without role-to-assume, on other events and in other modes', () => {
    expect(forkSkipNotice(check, {}, prEvent({ fork: false, full_name: 'acme/infra' }))).toBeNull()
    expect(forkSkipNotice(check, { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token' }, prEvent({ fork: true }))).toBeNull()
    expect(forkSkipNotice({ mode: 'check', roleToAssume: null }, {}, prEvent({ fork: true }))).toBeNull()
    expect(forkSkipNotice(check, {}, prEvent({ fork: true }, 'pull_request_target'))).toBeNull()
    expect(forkSkipNotice(check, {}, { eventName: 'schedule', payload: {}, repository: 'acme/infra' })).toBeNull()
    expect(forkSkipNotice({ mode: 'inventory', roleToAssume: ROLE }, {}, prEvent({ fork: true }))).toBeNull()
  })
})

describe('the pull request to comment on', () => {
  it('is the payload number on pull_request and pull_request_target, in GITHUB_REPOSITORY', () => {
    expect(pullRequestOf(prEvent({ fork: false }))).toEqual({ owner: 'acme', repo: 'infra', number: 7 })
    expect(pullRequestOf(prEvent({ fork: false }, 'pull_request_target'))).toEqual({
      owner: 'acme',
      repo: 'infra',
      number: 7
    })
    expect(pullRequestOf({ ...prEvent({}), eventName: 'push' })).toBeNull()
    expect(pullRequestOf({ eventName: 'pull_request', payload: {}, repository: 'acme/infra' })).toBeNull()
  })

  it('reads the event from GITHUB_EVENT_NAME, GITHUB_EVENT_PATH and GITHUB_REPOSITORY', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sh-event-')), 'event.json')
    fs.writeFileSync(file, JSON.stringify({ pull_request: { number: 42, head: { repo: { fork: true } } } }))
    const ctx = readEventContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'acme/infra'
    })
    expect(pullRequestOf(ctx)).toEqual({ owner: 'acme', repo: 'infra', number: 42 })
    expect(
      readEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path.join(path.dirname(file), 'missing.json') })
        .payload
    ).toEqual({})
  })
})
