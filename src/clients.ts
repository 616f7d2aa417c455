import { EC2Client } from '@aws-sdk/client-ec2'
import { RDSClient } from '@aws-sdk/client-rds'
import { BackupClient } from '@aws-sdk/client-backup'
import { EFSClient } from '@aws-sdk/client-efs'
import { EBSClient } from '@aws-sdk/client-ebs'
import { S3Client } from '@aws-sdk/client-s3'
import { STSClient } from '@aws-sdk/client-sts'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { ConfiguredRetryStrategy, StandardRetryStrategy } from '@smithy/core/retry'
import type { AwsCredentialIdentityProvider, RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types'

/** How many attempts the SDK makes for a call before the action sees the error. */
export const MAX_ATTEMPTS = 10

/** Builds and caches one SDK client per service and region for one set of credentials. */
export interface ClientFactory {
  readonly accountId: string
  ec2(region: string): EC2Client
  /** EC2 for paced mutating calls (DeleteSnapshot): the SDK retries transient errors but leaves throttling to the caller's pacer. */
  ec2Paced(region: string): EC2Client
  rds(region: string): RDSClient
  /** RDS for paced mutating calls (snapshot deletes): like {@link ec2Paced}, throttling is left to the caller's pacer. */
  rdsPaced?(region: string): RDSClient
  backup(region: string): BackupClient
  efs(region: string): EFSClient
  /** The EBS direct APIs, throttling left to the caller's pacer. */
  ebs(region: string): EBSClient
  s3(region: string): S3Client
  sts(region: string): STSClient
  /** Closes every client made so far and forgets them (an account that is done); later calls make new ones. */
  release(): void
  readonly credentials: AwsCredentialIdentityProvider | undefined
}

interface BaseConfig {
  region: string
  maxAttempts: number
  retryMode: 'standard'
  retryStrategy?: RetryStrategyV2
  endpoint?: string
  requestHandler: NodeHttpHandler
  customUserAgent: string
  credentials?: AwsCredentialIdentityProvider
}

/** A client whose middleware stack can be edited. */
interface Quiet {
  middlewareStack: { remove(name: string): boolean }
}

/**
 * Drops the SDK's logger middleware: the action configures no logger, yet with the default no-op logger that
 * middleware still copies every response through the schema's sensitive-data filter (about a tenth of the CPU
 * spent on a 1,000-snapshot page), only to throw the copy away.
 */
export function withoutLogger<T extends Quiet>(client: T): T {
  client.middlewareStack.remove('loggerMiddleware')
  return client
}

/**
 * Retries what the wrapped strategy retries, except throttling: a throttled call goes back to the caller at once,
 * so that its pacer, not the SDK's own backoff, decides when to try again.
 */
export class ThrottleToCaller implements RetryStrategyV2 {
  constructor(private readonly inner: RetryStrategyV2) {}

  acquireInitialRetryToken(scope: string): Promise<RetryToken> {
    return this.inner.acquireInitialRetryToken(scope)
  }

  refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    if (errorInfo.errorType === 'THROTTLING') return Promise.reject(new Error('throttling is left to the caller'))
    return this.inner.refreshRetryTokenForRetry(token, errorInfo)
  }

  recordSuccess(token: RetryToken): void {
    this.inner.recordSuccess(token)
  }
}

/** Whether the environment points the SDK at a custom endpoint (an emulator or an S3-compatible store). */
export function hasCustomEndpoint(env: NodeJS.ProcessEnv, service: string): boolean {
  return Boolean(env.AWS_ENDPOINT_URL || env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`])
}

/** Creates the client factory; endpoints come from the SDK's own AWS_ENDPOINT_URL(_SERVICE) handling. */
export function createClientFactory(opts: {
  accountId: string
  credentials: AwsCredentialIdentityProvider | undefined
  env?: NodeJS.ProcessEnv
  userAgent?: string
  /** An explicit endpoint for every service (otherwise the SDK reads AWS_ENDPOINT_URL itself). */
  endpoint?: string
  /** Delay before retry number `attempt`; the SDK's exponential backoff with jitter by default. Tests pass () => 0. */
  retryBackoffMs?: (attempt: number) => number
}): ClientFactory {
  const env = opts.env ?? process.env
  const handler = new NodeHttpHandler({
    httpsAgent: { keepAlive: true, maxSockets: 256 },
    httpAgent: { keepAlive: true, maxSockets: 256 }
  })
  const caches = new Map<string, unknown>()
  const base = (region: string): BaseConfig => ({
    region,
    maxAttempts: MAX_ATTEMPTS,
    retryMode: 'standard',
    requestHandler: handler,
    customUserAgent: opts.userAgent ?? 'snapshot-hygiene',
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    ...(opts.retryBackoffMs ? { retryStrategy: new ConfiguredRetryStrategy(MAX_ATTEMPTS, opts.retryBackoffMs) } : {})
  })
  function cached<T extends Quiet>(kind: string, region: string, make: () => T): T {
    const key = `${kind}:${region}`
    let client = caches.get(key) as T | undefined
    if (client === undefined) {
      client = withoutLogger(make())
      caches.set(key, client)
    }
    return client
  }
  return {
    accountId: opts.accountId,
    credentials: opts.credentials,
    ec2: (region) => cached('ec2', region, () => new EC2Client(base(region))),
    ec2Paced: (region) =>
      cached('ec2-paced', region, () => {
        const inner = opts.retryBackoffMs
          ? new ConfiguredRetryStrategy(MAX_ATTEMPTS, opts.retryBackoffMs)
          : new StandardRetryStrategy(MAX_ATTEMPTS)
        return new EC2Client({ ...base(region), retryStrategy: new ThrottleToCaller(inner) })
      }),
    ebs: (region) =>
      cached('ebs', region, () => {
        const inner = opts.retryBackoffMs
          ? new ConfiguredRetryStrategy(MAX_ATTEMPTS, opts.retryBackoffMs)
          : new StandardRetryStrategy(MAX_ATTEMPTS)
        return new EBSClient({ ...base(region), retryStrategy: new ThrottleToCaller(inner) })
      }),
    rds: (region) => cached('rds', region, () => new RDSClient(base(region))),
    rdsPaced: (region) =>
      cached('rds-paced', region, () => {
        const inner = opts.retryBackoffMs
          ? new ConfiguredRetryStrategy(MAX_ATTEMPTS, opts.retryBackoffMs)
          : new StandardRetryStrategy(MAX_ATTEMPTS)
        return new RDSClient({ ...base(region), retryStrategy: new ThrottleToCaller(inner) })
      }),
    backup: (region) => cached('backup', region, () => new BackupClient(base(region))),
    efs: (region) => cached('efs', region, () => new EFSClient(base(region))),
    sts: (region) => cached('sts', region, () => new STSClient(base(region))),
    release: () => {
      for (const client of caches.values()) (client as { destroy(): void }).destroy()
      caches.clear()
    },
    s3: (region) =>
      cached(
        's3',
        region,
        () => new S3Client({ ...base(region), forcePathStyle: Boolean(opts.endpoint) || hasCustomEndpoint(env, 's3') })
      )
  }
}
