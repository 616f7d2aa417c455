import { EC2Client } from '@aws-sdk/client-ec2'
import { RDSClient } from '@aws-sdk/client-rds'
import { S3Client } from '@aws-sdk/client-s3'
import { STSClient } from '@aws-sdk/client-sts'
import { BackupClient } from '@aws-sdk/client-backup'
import { IAMClient } from '@aws-sdk/client-iam'
import type { BuildHandlerOptions, BuildMiddleware } from '@smithy/types'

export const TEST_CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
}

interface Opts {
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  accountId?: string
}

function base(endpoint: string, region: string, opts: Opts) {
  return {
    endpoint,
    region,
    credentials: opts.credentials ?? TEST_CREDENTIALS,
    maxAttempts: 2
  }
}

/** The one overload of an SDK client's middlewareStack.add that this helper uses. */
interface BuildStep {
  middlewareStack: { add(middleware: BuildMiddleware<object, object>, options: BuildHandlerOptions): void }
}

function withAccount<T extends BuildStep>(client: T, accountId: string | undefined): T {
  if (accountId) {
    client.middlewareStack.add(
      (next) => (args) => {
        const request = args.request as { headers: Record<string, string> }
        request.headers['x-moto-account-id'] = accountId
        return next(args)
      },
      { step: 'build', name: 'motoAccount' }
    )
  }
  return client
}

/** SDK clients for a test to seed and inspect the emulator directly. */
export function awsClients(endpoint: string, region: string, opts: Opts = {}) {
  return {
    ec2: withAccount(new EC2Client(base(endpoint, region, opts)), opts.accountId),
    rds: withAccount(new RDSClient(base(endpoint, region, opts)), opts.accountId),
    s3: withAccount(new S3Client({ ...base(endpoint, region, opts), forcePathStyle: true }), opts.accountId),
    sts: withAccount(new STSClient(base(endpoint, region, opts)), opts.accountId),
    backup: withAccount(new BackupClient(base(endpoint, region, opts)), opts.accountId),
    iam: withAccount(new IAMClient(base(endpoint, region, opts)), opts.accountId)
  }
}

/** Reads every page of a paginator and returns how many there were, for tests that count the calls it makes. */
export async function countPages(pages: AsyncIterable<unknown>): Promise<number> {
  const iterator = pages[Symbol.asyncIterator]()
  let count = 0
  while (!(await iterator.next()).done) count++
  return count
}
