import * as core from '@actions/core'
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient, type Credentials } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { MINUTE_MS, type Clock } from './clock.js'
import { errorMessage } from './errors.js'

/** What the credential code needs from the runner, injectable for tests. */
export interface CredentialDeps {
  getIDToken(audience: string): Promise<string>
  setSecret: (secret: string) => void
  env: NodeJS.ProcessEnv
  clock: Clock
}

/** The runner's real OIDC token endpoint and log masking. */
export function runnerCredentialDeps(clock: Clock): CredentialDeps {
  return {
    getIDToken: (aud) => core.getIDToken(aud),
    setSecret: (s) => {
      core.setSecret(s)
    },
    env: process.env,
    clock
  }
}

const REFRESH_MARGIN_MS = 5 * MINUTE_MS

/** Caches credentials and fetches new ones five minutes before they expire. */
export function refreshing(fetch: () => Promise<AwsCredentialIdentity>, clock: Clock): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | null = null
  return async () => {
    const cached = current ? await current.catch(() => null) : null
    const fresh =
      cached && (!cached.expiration || cached.expiration.getTime() - REFRESH_MARGIN_MS > clock.now().getTime())
    if (cached && fresh) return cached
    current = fetch()
    return current
  }
}

function fromSts(creds: Credentials | undefined, what: string, setSecret: (s: string) => void): AwsCredentialIdentity {
  if (!creds?.AccessKeyId || !creds.SecretAccessKey) throw new Error(`${what}: STS returned no credentials`)
  setSecret(creds.AccessKeyId)
  setSecret(creds.SecretAccessKey)
  if (creds.SessionToken) setSecret(creds.SessionToken)
  return {
    accessKeyId: creds.AccessKeyId,
    secretAccessKey: creds.SecretAccessKey,
    ...(creds.SessionToken ? { sessionToken: creds.SessionToken } : {}),
    ...(creds.Expiration ? { expiration: creds.Expiration } : {})
  }
}

/** Exchanges the runner's OIDC token for the role's credentials with STS AssumeRoleWithWebIdentity. */
export function oidcCredentials(
  opts: { roleArn: string; audience: string; sessionName: string; region: string },
  deps: CredentialDeps
): AwsCredentialIdentityProvider {
  const sts = new STSClient({ region: opts.region, maxAttempts: 5 })
  return refreshing(async () => {
    if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      throw new Error(
        "Could not get a GitHub OIDC token: the job lacks 'permissions: id-token: write' (add it to the workflow or job), or this is a pull request from a fork, which gets no token"
      )
    }
    let token: string
    try {
      token = await deps.getIDToken(opts.audience)
    } catch (err) {
      throw new Error(`Could not get a GitHub OIDC token for audience ${opts.audience}: ${errorMessage(err)}`, {
        cause: err
      })
    }
    deps.setSecret(token)
    try {
      const out = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: opts.roleArn,
          RoleSessionName: opts.sessionName,
          WebIdentityToken: token,
          DurationSeconds: 3600
        })
      )
      return fromSts(out.Credentials, `Could not assume role ${opts.roleArn}`, deps.setSecret)
    } catch (err) {
      throw new Error(
        `Could not assume role ${opts.roleArn} with GitHub OIDC: ${errorMessage(err)}. Check the role's trust policy names this repository and audience ${opts.audience}`,
        { cause: err }
      )
    }
  }, deps.clock)
}

/** Assumes a role from existing credentials (role chaining), for member accounts of an organisation. */
export function chainedCredentials(
  opts: { roleArn: string; sessionName: string; region: string; source: AwsCredentialIdentityProvider | undefined },
  deps: Pick<CredentialDeps, 'setSecret' | 'clock'>
): AwsCredentialIdentityProvider {
  const sts = new STSClient({
    region: opts.region,
    maxAttempts: 5,
    ...(opts.source ? { credentials: opts.source } : {})
  })
  return refreshing(async () => {
    try {
      const out = await sts.send(
        new AssumeRoleCommand({ RoleArn: opts.roleArn, RoleSessionName: opts.sessionName, DurationSeconds: 3600 })
      )
      return fromSts(out.Credentials, `Could not assume role ${opts.roleArn}`, deps.setSecret)
    } catch (err) {
      throw new Error(
        `Could not assume role ${opts.roleArn}: ${errorMessage(err)}. Check the role exists and trusts the job's role`,
        { cause: err }
      )
    }
  }, deps.clock)
}
