/** AWS's per-(region, action group) request token buckets, as documented for EC2, RDS and AWS Backup. */

/** The request buckets the simulator keeps apart. */
export type BucketGroup =
  | 'ec2-describe'
  | 'ec2-unpaginated'
  | 'ec2-mutate'
  | 'ec2-create-snapshot'
  | 'ec2-copy-snapshot'
  | 'rds'
  | 'backup-list'
  | 'ebs-list-blocks'
  | 'ebs-changed-blocks'
  | 's3'

/** A bucket's capacity and its refill rate in tokens per second. */
export interface BucketSpec {
  burst: number
  refill: number
}

/** How to shape the buckets: turn them off, scale every burst and refill rate, or replace single groups. */
export interface BucketOptions {
  enabled?: boolean
  scale?: { burst?: number; refill?: number }
  overrides?: Partial<Record<BucketGroup, BucketSpec>>
}

/** The documented defaults (AWS-NOTES.md). */
export const DEFAULT_BUCKETS: Readonly<Record<BucketGroup, BucketSpec>> = {
  'ec2-describe': { burst: 100, refill: 20 },
  'ec2-unpaginated': { burst: 50, refill: 10 },
  'ec2-mutate': { burst: 100, refill: 5 },
  // CreateSnapshot and CreateSnapshots share one bucket; CopySnapshot has its own (AWS-NOTES.md).
  'ec2-create-snapshot': { burst: 100, refill: 5 },
  'ec2-copy-snapshot': { burst: 50, refill: 5 },
  rds: { burst: 300, refill: 12 },
  'backup-list': { burst: 20, refill: 20 },
  // EBS direct APIs: ListSnapshotBlocks and ListChangedBlocks, 50 requests a second each per account and region.
  'ebs-list-blocks': { burst: 50, refill: 50 },
  'ebs-changed-blocks': { burst: 50, refill: 50 },
  // S3 PutObject: 3,500 a second per prefix; never the bound here.
  s3: { burst: 3500, refill: 3500 }
}

/** One token bucket that refills continuously. */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly spec: BucketSpec,
    now: number
  ) {
    this.tokens = spec.burst
    this.last = now
  }

  /** Takes one token if there is one; false means the request is throttled. */
  take(now: number): boolean {
    this.tokens = Math.min(this.spec.burst, this.tokens + ((now - this.last) / 1000) * this.spec.refill)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}

/** Resolves the effective spec of a group under the given options. */
export function bucketSpec(group: BucketGroup, options: BucketOptions = {}): BucketSpec {
  const override = options.overrides?.[group]
  if (override !== undefined) return override
  const base = DEFAULT_BUCKETS[group]
  return {
    burst: Math.max(1, Math.round(base.burst * (options.scale?.burst ?? 1))),
    refill: base.refill * (options.scale?.refill ?? 1)
  }
}

/** All buckets, created lazily per (account, region, group): AWS keeps each account's buckets apart. */
export class BucketSet {
  private readonly buckets = new Map<string, TokenBucket>()

  constructor(
    private readonly options: BucketOptions = {},
    private readonly clock: () => number = () => performance.now()
  ) {}

  /** Takes a token from the (account, region, group) bucket; always true when buckets are disabled. */
  take(region: string, group: BucketGroup, account = ''): boolean {
    if (this.options.enabled === false) return true
    const key = `${account}/${region}/${group}`
    const now = this.clock()
    let bucket = this.buckets.get(key)
    if (bucket === undefined) {
      bucket = new TokenBucket(bucketSpec(group, this.options), now)
      this.buckets.set(key, bucket)
    }
    return bucket.take(now)
  }

  /** Refills every bucket to its burst. */
  reset(): void {
    this.buckets.clear()
  }
}
