import { beforeEach, describe, expect, it } from 'vitest'
import { mockClient } from 'aws-sdk-client-mock'
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { oidcCredentials, type CredentialDeps } from '../../src/credentials.js'
import { FakeClock } from '../helpers/fake-clock.js'

const sts = mockClient(STSClient)
const ROLE = 'arn:aws:iam::111122223333:role/reader'

function deps(
  clock: FakeClock,
  env: NodeJS.ProcessEnv = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }
) {
  const secrets: string[] = []
  const audiences: string[] = []
  const d: CredentialDeps = {
    getIDToken: (aud) => {
      audiences.push(aud)
      return Promise.resolve(`oidc-token-${audiences.length}`)
    },
    setSecret: (s) => secrets.push(s),
    env,
    clock
  }
  return { d, secrets, audiences }
}

beforeEach(() => sts.reset())

describe('oidcCredentials', () => {
  it('masks the token and every credential, and reuses them until five minutes before expiry', async () => {
    const clock = new FakeClock(new Date('2026-11-21T10:00:00Z'))
    let n = 0
    sts.on(AssumeRoleWithWebIdentityCommand).callsFake(() => {
      n++
      return {
        Credentials: {
          AccessKeyId: `ASIA${n}`,
          SecretAccessKey: `secret${n}`,
          SessionToken: `session${n}`,
          Expiration: new Date('2026-11-21T11:00:00Z')
        }
      }
    })
    const { d, secrets, audiences } = deps(clock)
    const provider = oidcCredentials(
      { roleArn: ROLE, audience: 'sts.amazonaws.com', sessionName: 's', region: 'us-east-1' },
      d
    )
    expect((await provider()).accessKeyId).toBe('ASIA1')
    expect((await provider()).accessKeyId).toBe('ASIA1')
    expect(secrets).toEqual(['oidc-token-1', 'ASIA1', 'secret1', 'session1'])
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input).toEqual({
      RoleArn: ROLE,
      RoleSessionName: 's',
      WebIdentityToken: 'oidc-token-1',
      DurationSeconds: 3600
    })
    await clock.advance(56 * 60 * 1000)
    expect((await provider()).accessKeyId).toBe('ASIA2')
    expect(audiences).toEqual(['sts.amazonaws.com', 'sts.amazonaws.com'])
  })

  it('names the missing id-token permission', async () => {
    const { d } = deps(new FakeClock(0), {})
    const provider = oidcCredentials(
      { roleArn: ROLE, audience: 'sts.amazonaws.com', sessionName: 's', region: 'us-east-1' },
      d
    )
    await expect(provider()).rejects.toThrow("the job lacks 'permissions: id-token: write'")
    expect(sts.calls()).toHaveLength(0)
  })

  it('wraps an STS refusal with the role and the trust-policy hint', async () => {
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(
        Object.assign(new Error('Not authorized to perform sts:AssumeRoleWithWebIdentity'), { name: 'AccessDenied' })
      )
    const { d } = deps(new FakeClock(0))
    const provider = oidcCredentials(
      { roleArn: ROLE, audience: 'sts.amazonaws.com', sessionName: 's', region: 'us-east-1' },
      d
    )
    await expect(provider()).rejects.toThrow(
      `Could not assume role ${ROLE} with GitHub OIDC: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity. Check the role's trust policy`
    )
  })
})
