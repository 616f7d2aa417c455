export const id = 874;
export const ids = [874];
export const modules = {

/***/ 16586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   a: () => (/* binding */ forEachBounded)
/* harmony export */ });
/**
 * Bounded concurrency, in the two shapes the action needs: a list worked through with at most `limit` calls in
 * flight (accounts, deletions, metadata objects), and a gate for calls that arrive one at a time while pages stream
 * in (the check's attribute calls), which no list holds up front.
 */
/** Runs fn for every item, at most `limit` at a time, started in the order of the items; the results in that order. */
async function forEachBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** A gate that lets at most n calls run at once; the others wait, and start in the order they arrived. */
function limiter(n) {
    let active = 0;
    const waiting = [];
    return async (fn) => {
        if (active < n)
            active++;
        else
            await new Promise((resolve) => {
                waiting.push(resolve);
            });
        try {
            return await fn();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
}


/***/ }),

/***/ 74297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ TAG_COPY_OF),
/* harmony export */   $y: () => (/* binding */ TAG_SOURCE_ID),
/* harmony export */   Bo: () => (/* binding */ lineageKey),
/* harmony export */   _L: () => (/* binding */ TAG_SOURCE_REGION),
/* harmony export */   sN: () => (/* binding */ isCopy),
/* harmony export */   um: () => (/* binding */ copyRegionsOf),
/* harmony export */   yB: () => (/* binding */ lineageSourceId)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16141);
/**
 * Disaster recovery copies as the planner and the listings see them: the tags a copy carries, which snapshots are
 * copies, and the source resource a copy stands for (a copied EBS snapshot's VolumeId is the meaningless
 * vol-ffffffff, so a copy names its source in its own tags). Pure: no AWS call, no input parsing.
 */

/** The source snapshot a copy was made from. */
const TAG_COPY_OF = 'snapshot-hygiene:copy-of';
/** The region of the source snapshot. */
const TAG_SOURCE_REGION = 'snapshot-hygiene:source-region';
/** The source's own source: the volume id, or the DB instance or cluster identifier. */
const TAG_SOURCE_ID = 'snapshot-hygiene:source-id';
/**
 * The copy regions a source's snapshots go to: every one but the source's own region (a copy there would not survive
 * that region's outage; the inputs refuse an id given in a copy region, but a tag selector can match a source there).
 */
function copyRegionsOf(copyToRegions, sourceRegion) {
    return copyToRegions.filter((r) => r !== sourceRegion);
}
/** True when the snapshot is a managed copy made by backup (it names the snapshot it copies). */
function isCopy(s) {
    const of = s.tags[TAG_COPY_OF];
    return s.tags[_types_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_MANAGED */ .Jo] === 'true' && of !== undefined && of !== '';
}
/**
 * The source resource a snapshot's lineage follows: for a copy, the volume or DB its tags name (null when they name
 * none); for any other snapshot its own sourceId, null for the copy marker vol-ffffffff.
 */
function lineageSourceId(s) {
    if (isCopy(s)) {
        const id = s.tags[TAG_SOURCE_ID];
        return id === undefined || id === '' ? null : id;
    }
    if (s.sourceId === null || (s.service === 'ebs' && s.sourceId === _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COPY_VOLUME_ID */ .J4))
        return null;
    return s.sourceId;
}
/**
 * The lineage key of a snapshot, or null when it has no source of its own. Copies form their own lineage per source
 * region and source resource, apart from snapshots taken in the copy region (an RDS copy keeps its DB identifier,
 * which a DB of the copy region may share).
 */
function lineageKey(s) {
    const source = lineageSourceId(s);
    if (source === null)
        return null;
    if (isCopy(s))
        return JSON.stringify([s.accountId, s.region, s.service, 'copy', s.tags[TAG_SOURCE_REGION] ?? '', source]);
    return JSON.stringify([s.accountId, s.region, s.service, source]);
}


/***/ }),

/***/ 71712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _U: () => (/* binding */ listEbsSnapshots),
/* harmony export */   hC: () => (/* binding */ EBS_PAGE_SIZE),
/* harmony export */   k0: () => (/* binding */ ebsRecord)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35193);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9506);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16141);



/** EC2's largest DescribeSnapshots page. */
const EBS_PAGE_SIZE = 1000;
function ebsType(tags) {
    if (Object.keys(tags).some((k) => k.startsWith('aws:backup:')))
        return 'aws-backup';
    if ('aws:dlm:lifecycle-policy-id' in tags)
        return 'automated';
    return 'manual';
}
const BYTES_PER_GIB = 1024 ** 3;
/** Maps one EC2 snapshot to the common record. */
function ebsRecord(s, accountId, region) {
    const tags = (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagMap */ .l)(s.Tags);
    const volume = s.VolumeId && s.VolumeId !== _types_js__WEBPACK_IMPORTED_MODULE_1__/* .COPY_VOLUME_ID */ .J4 ? s.VolumeId : null;
    return {
        accountId: s.OwnerId ?? accountId,
        region,
        service: 'ebs',
        snapshotId: s.SnapshotId ?? '',
        arn: null,
        snapshotType: ebsType(tags),
        sourceId: volume,
        state: s.State ?? 'unknown',
        createdAt: s.StartTime ?? new Date(0),
        sizeGib: s.VolumeSize ?? 0,
        ...(typeof s.FullSnapshotSizeInBytes === 'number' && s.FullSnapshotSizeInBytes >= 0
            ? { fullSizeGib: s.FullSnapshotSizeInBytes / BYTES_PER_GIB }
            : {}),
        encrypted: s.Encrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        storageTier: s.StorageTier ?? 'standard',
        ...(s.RestoreExpiryTime ? { restoreExpiresAt: s.RestoreExpiryTime } : {}),
        tags
    };
}
/** Yields the account's own EBS snapshots in a region, a page at a time. */
async function* listEbsSnapshots(ec2, accountId, region) {
    for await (const page of (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .paginateDescribeSnapshots */ .CdA)({ client: ec2, pageSize: EBS_PAGE_SIZE }, { OwnerIds: ['self'] })) {
        yield (page.Snapshots ?? []).map((s) => ebsRecord(s, accountId, region));
    }
}


/***/ }),

/***/ 17452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n2: () => (/* binding */ TokenBucketPacer),
/* harmony export */   rz: () => (/* binding */ withThrottleRetry)
/* harmony export */ });
/* unused harmony exports ThrottleRetryError, backoffDelay */
/** Float slack, so that rounding in fractional refills never costs an extra millisecond. */
const EPSILON = 1e-9;
/** A FIFO token bucket: `take()` resolves when a token is granted, and concurrent callers never overdraw. */
class TokenBucketPacer {
    burst;
    refillPerSecond;
    clock;
    tokens;
    /** Refill is accounted up to this instant; it lies in the future while a penalty pause lasts. */
    refilledAt;
    queue = [];
    pumping = false;
    /** Creates a full bucket. */
    constructor(opts) {
        if (!Number.isFinite(opts.burst) || opts.burst < 1)
            throw new RangeError(`burst must be >= 1, got ${opts.burst}`);
        if (!Number.isFinite(opts.refillPerSecond) || opts.refillPerSecond <= 0) {
            throw new RangeError(`refillPerSecond must be > 0, got ${opts.refillPerSecond}`);
        }
        this.burst = opts.burst;
        this.refillPerSecond = opts.refillPerSecond;
        this.clock = opts.clock;
        this.tokens = opts.burst;
        this.refilledAt = opts.clock.now().getTime();
    }
    /** Resolves once a token is granted to this caller, in call order. */
    take() {
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            if (!this.pumping)
                void this.pump();
        });
    }
    /** After a throttle: empties the bucket, and stops refill for `pauseMs` more, so refill alone governs what follows. */
    penalize(pauseMs = 0) {
        const now = this.refill();
        this.tokens = 0;
        this.refilledAt = Math.max(this.refilledAt, now + Math.max(0, pauseMs));
    }
    /** Tokens available right now (fractional while refilling); for tests and logs. */
    available() {
        this.refill();
        return this.tokens;
    }
    /** Callers waiting for a token. */
    get waiting() {
        return this.queue.length;
    }
    /** The single loop that grants tokens to queued callers, sleeping on the clock while the bucket is empty. */
    async pump() {
        this.pumping = true;
        try {
            while (this.queue.length > 0) {
                const waitMs = this.msUntilToken();
                if (waitMs > 0)
                    await this.clock.sleep(waitMs);
                else
                    this.grant();
            }
        }
        catch (err) {
            for (const waiter of this.queue.splice(0))
                waiter.reject(err);
        }
        finally {
            this.pumping = false;
        }
    }
    grant() {
        this.tokens -= 1;
        this.queue.shift()?.resolve();
    }
    /** 0 when a token is available now, else the milliseconds until one will be. */
    msUntilToken() {
        const now = this.refill();
        if (this.tokens >= 1 - EPSILON)
            return 0;
        const pause = Math.max(0, this.refilledAt - now);
        return pause + Math.ceil(((1 - this.tokens) * 1000) / this.refillPerSecond);
    }
    /** Adds the tokens earned since the last refill; returns the current time in ms. */
    refill() {
        const now = this.clock.now().getTime();
        if (now > this.refilledAt) {
            this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) * this.refillPerSecond) / 1000);
            this.refilledAt = now;
        }
        return now;
    }
}
/** Thrown when every attempt was throttled; `cause` is the last throttling error. */
class ThrottleRetryError extends Error {
    attempts;
    /** Wraps the last throttling error with the operation and attempt count. */
    constructor(label, attempts, cause) {
        super(`${label}: still throttled after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${describe(cause)}`, {
            cause
        });
        this.name = 'ThrottleRetryError';
        this.attempts = attempts;
    }
}
/** Runs `fn`, taking a pacer token before each attempt and retrying throttles with capped exponential backoff and full jitter. */
async function withThrottleRetry(fn, opts) {
    if (!Number.isSafeInteger(opts.maxAttempts) || opts.maxAttempts < 1) {
        throw new RangeError(`maxAttempts must be an integer >= 1, got ${opts.maxAttempts}`);
    }
    let lastError;
    for (let attempt = 1; attempt <= opts.maxAttempts; attempt++) {
        await opts.pacer.take();
        try {
            return await fn();
        }
        catch (err) {
            if (!opts.isThrottle(err))
                throw err;
            lastError = err;
            opts.pacer.penalize();
            if (attempt < opts.maxAttempts)
                await opts.clock.sleep(backoffDelay(attempt, opts));
        }
    }
    throw new ThrottleRetryError(opts.label ?? 'request', opts.maxAttempts, lastError);
}
/** Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs * 2^(attempt-1))), whole milliseconds. */
function backoffDelay(attempt, opts) {
    const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1));
    const r = (opts.random ?? Math.random)();
    return Math.floor(Math.min(Math.max(r, 0), 1) * Math.max(cap, 0));
}
function describe(err) {
    if (err instanceof Error)
        return `${err.name}: ${err.message}`;
    return String(err);
}


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ tagList),
/* harmony export */   l: () => (/* binding */ tagMap)
/* harmony export */ });
/** Turns an AWS tag list (EC2, RDS and S3 all use Key/Value pairs) into a plain object. */
function tagMap(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? '';
    return out;
}
/** Turns a plain object into an AWS tag list. */
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}


/***/ })

};
