export const id = 71;
export const ids = [71];
export const modules = {

/***/ 79071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   ThrottleToCaller: () => (/* binding */ ThrottleToCaller),
/* harmony export */   createClientFactory: () => (/* binding */ createClientFactory),
/* harmony export */   hasCustomEndpoint: () => (/* binding */ hasCustomEndpoint),
/* harmony export */   withoutLogger: () => (/* binding */ withoutLogger)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35193);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57202);
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(379);
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(21663);
/* harmony import */ var _aws_sdk_client_ebs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67787);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53711);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71695);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61279);
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23609);









/** How many attempts the SDK makes for a call before the action sees the error. */
const MAX_ATTEMPTS = 10;
/**
 * Drops the SDK's logger middleware: the action configures no logger, yet with the default no-op logger that
 * middleware still copies every response through the schema's sensitive-data filter (about a tenth of the CPU
 * spent on a 1,000-snapshot page), only to throw the copy away.
 */
function withoutLogger(client) {
    client.middlewareStack.remove('loggerMiddleware');
    return client;
}
/**
 * Retries what the wrapped strategy retries, except throttling: a throttled call goes back to the caller at once,
 * so that its pacer, not the SDK's own backoff, decides when to try again.
 */
class ThrottleToCaller {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    acquireInitialRetryToken(scope) {
        return this.inner.acquireInitialRetryToken(scope);
    }
    refreshRetryTokenForRetry(token, errorInfo) {
        if (errorInfo.errorType === 'THROTTLING')
            return Promise.reject(new Error('throttling is left to the caller'));
        return this.inner.refreshRetryTokenForRetry(token, errorInfo);
    }
    recordSuccess(token) {
        this.inner.recordSuccess(token);
    }
}
/** Whether the environment points the SDK at a custom endpoint (an emulator or an S3-compatible store). */
function hasCustomEndpoint(env, service) {
    return Boolean(env.AWS_ENDPOINT_URL || env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`]);
}
/** Creates the client factory; endpoints come from the SDK's own AWS_ENDPOINT_URL(_SERVICE) handling. */
function createClientFactory(opts) {
    const env = opts.env ?? process.env;
    const handler = new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_0__.NodeHttpHandler({
        httpsAgent: { keepAlive: true, maxSockets: 256 },
        httpAgent: { keepAlive: true, maxSockets: 256 }
    });
    const caches = new Map();
    const base = (region) => ({
        region,
        maxAttempts: MAX_ATTEMPTS,
        retryMode: 'standard',
        requestHandler: handler,
        customUserAgent: opts.userAgent ?? 'snapshot-hygiene',
        ...(opts.credentials ? { credentials: opts.credentials } : {}),
        ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
        ...(opts.retryBackoffMs ? { retryStrategy: new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.ConfiguredRetryStrategy(MAX_ATTEMPTS, opts.retryBackoffMs) } : {})
    });
    function cached(kind, region, make) {
        const key = `${kind}:${region}`;
        let client = caches.get(key);
        if (client === undefined) {
            client = withoutLogger(make());
            caches.set(key, client);
        }
        return client;
    }
    return {
        accountId: opts.accountId,
        credentials: opts.credentials,
        ec2: (region) => cached('ec2', region, () => new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .EC2Client */ .gu5(base(region))),
        ec2Paced: (region) => cached('ec2-paced', region, () => {
            const inner = opts.retryBackoffMs
                ? new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.ConfiguredRetryStrategy(MAX_ATTEMPTS, opts.retryBackoffMs)
                : new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.StandardRetryStrategy(MAX_ATTEMPTS);
            return new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__/* .EC2Client */ .gu5({ ...base(region), retryStrategy: new ThrottleToCaller(inner) });
        }),
        ebs: (region) => cached('ebs', region, () => {
            const inner = opts.retryBackoffMs
                ? new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.ConfiguredRetryStrategy(MAX_ATTEMPTS, opts.retryBackoffMs)
                : new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.StandardRetryStrategy(MAX_ATTEMPTS);
            return new _aws_sdk_client_ebs__WEBPACK_IMPORTED_MODULE_3__/* .EBSClient */ .q({ ...base(region), retryStrategy: new ThrottleToCaller(inner) });
        }),
        rds: (region) => cached('rds', region, () => new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_4__/* .RDSClient */ .rYe(base(region))),
        rdsPaced: (region) => cached('rds-paced', region, () => {
            const inner = opts.retryBackoffMs
                ? new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.ConfiguredRetryStrategy(MAX_ATTEMPTS, opts.retryBackoffMs)
                : new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_1__.StandardRetryStrategy(MAX_ATTEMPTS);
            return new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_4__/* .RDSClient */ .rYe({ ...base(region), retryStrategy: new ThrottleToCaller(inner) });
        }),
        backup: (region) => cached('backup', region, () => new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_5__/* .BackupClient */ .M3I(base(region))),
        efs: (region) => cached('efs', region, () => new _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_6__/* .EFSClient */ .klU(base(region))),
        sts: (region) => cached('sts', region, () => new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_7__/* .STSClient */ .iM(base(region))),
        release: () => {
            for (const client of caches.values())
                client.destroy();
            caches.clear();
        },
        s3: (region) => cached('s3', region, () => new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__/* .S3Client */ .YxF({ ...base(region), forcePathStyle: Boolean(opts.endpoint) || hasCustomEndpoint(env, 's3') }))
    };
}


/***/ })

};
