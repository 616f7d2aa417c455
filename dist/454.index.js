export const id = 454;
export const ids = [454];
export const modules = {

/***/ 76666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ KINDS),
  UL: () => (/* binding */ kindNamed),
  u0: () => (/* binding */ sourcesOf)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var dist_cjs = __webpack_require__(57202);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/kinds/kind.ts
var kind = __webpack_require__(53169);
// EXTERNAL MODULE: ./src/listers/rds.ts
var listers_rds = __webpack_require__(20827);
// EXTERNAL MODULE: ./src/tags.ts
var src_tags = __webpack_require__(9506);
// EXTERNAL MODULE: ./src/kinds/rds.ts
var rds = __webpack_require__(48096);
;// CONCATENATED MODULE: ./src/kinds/db-cluster.ts
/** The Aurora DB cluster kind: manual DB cluster snapshots. */






/** RDS's error codes for DB cluster snapshots, as code and as the SDK's shape name. */
const DB_CLUSTER_CODES = {
    notFound: ['DBClusterSnapshotNotFoundFault', 'DBClusterSnapshotNotFound'],
    invalidState: ['InvalidDBClusterSnapshotStateFault', 'InvalidDBClusterSnapshotState', 'InvalidDBSnapshotState'],
    sourceBusy: ['InvalidDBClusterStateFault', 'InvalidDBClusterState']
};
const CLUSTER_NOT_FOUND = ['DBClusterNotFoundFault', 'DBClusterNotFound'];
/** RDS accepts at most this many values in one filter. */
const FILTER_VALUES = 100;
/** Maps an RDS DB cluster snapshot to the fields the kinds use. */
function clusterSnapshotOf(s) {
    return {
        id: s.DBClusterSnapshotIdentifier ?? '',
        arn: s.DBClusterSnapshotArn ?? null,
        sourceId: s.DBClusterIdentifier ?? '',
        type: s.SnapshotType ?? '',
        status: s.Status ?? 'unknown',
        createdAt: s.SnapshotCreateTime ?? null,
        percentProgress: s.PercentProgress ?? null,
        allocatedStorageGib: s.AllocatedStorage ?? 0,
        encrypted: s.StorageEncrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        engine: s.Engine ?? null,
        engineVersion: s.EngineVersion ?? null,
        tags: (0,src_tags/* tagMap */.l)(s.TagList),
        record: (accountId, region) => (0,listers_rds/* clusterSnapshotRecord */.aU)(s, accountId, region)
    };
}
const api = {
    async *listManual(rds, sourceIds) {
        const chunks = [];
        if (sourceIds === undefined)
            chunks.push(undefined);
        else
            for (let i = 0; i < sourceIds.length; i += FILTER_VALUES)
                chunks.push(sourceIds.slice(i, i + FILTER_VALUES));
        for (const chunk of chunks) {
            const input = {
                SnapshotType: 'manual',
                ...(chunk === undefined ? {} : { Filters: [{ Name: 'db-cluster-id', Values: chunk }] })
            };
            for await (const page of (0,dist_cjs/* paginateDescribeDBClusterSnapshots */.G8v)({ client: rds, pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, input))
                yield (page.DBClusterSnapshots ?? []).map(clusterSnapshotOf);
        }
    },
    async describeSnapshot(rds, snapshotId) {
        try {
            const out = await rds.send(new dist_cjs/* DescribeDBClusterSnapshotsCommand */.cWV({ DBClusterSnapshotIdentifier: snapshotId }));
            const found = out.DBClusterSnapshots?.find((s) => s.DBClusterSnapshotIdentifier === snapshotId);
            return found === undefined ? null : clusterSnapshotOf(found);
        }
        catch (err) {
            if (DB_CLUSTER_CODES.notFound.includes((0,errors/* errorCode */.CA)(err)))
                return null;
            throw err;
        }
    },
    async createSnapshot(rds, snapshotId, sourceId, tags) {
        const out = await rds.send(new dist_cjs/* CreateDBClusterSnapshotCommand */.Iv4({
            DBClusterSnapshotIdentifier: snapshotId,
            DBClusterIdentifier: sourceId,
            Tags: (0,src_tags/* tagList */.T)(tags)
        }));
        return clusterSnapshotOf(out.DBClusterSnapshot ?? { DBClusterSnapshotIdentifier: snapshotId, DBClusterIdentifier: sourceId });
    },
    async deleteSnapshot(rds, snapshotId) {
        const out = await rds.send(new dist_cjs/* DeleteDBClusterSnapshotCommand */.fW3({ DBClusterSnapshotIdentifier: snapshotId }));
        return (0,kind/* sdkAttempts */.zp)(out);
    },
    async describeSource(rds, id, region) {
        try {
            const out = await rds.send(new dist_cjs/* DescribeDBClustersCommand */.Kdv({ DBClusterIdentifier: id }));
            const c = out.DBClusters?.find((d) => d.DBClusterIdentifier === id);
            if (c === undefined)
                return null;
            return {
                id,
                arn: c.DBClusterArn ?? null,
                region,
                engine: c.Engine ?? null,
                engineVersion: c.EngineVersion ?? null,
                status: c.Status ?? null,
                instanceClass: c.DBClusterInstanceClass ?? null,
                allocatedStorageGib: c.AllocatedStorage ?? null,
                encrypted: c.StorageEncrypted ?? null,
                kmsKeyId: c.KmsKeyId ?? null,
                multiAz: c.MultiAZ ?? null,
                tags: (0,src_tags/* tagMap */.l)(c.TagList)
            };
        }
        catch (err) {
            if (CLUSTER_NOT_FOUND.includes((0,errors/* errorCode */.CA)(err)))
                return null;
            throw err;
        }
    }
};
/** The Aurora DB cluster kind. */
const dbClusterKind = (0,rds/* rdsKind */.kA)({
    name: 'db-cluster',
    service: 'rds-cluster',
    noun: 'DB cluster',
    input: 'db-cluster',
    deleteOperation: 'DeleteDBClusterSnapshot',
    listOperation: 'DescribeDBClusterSnapshots',
    listLabel: 'managed Aurora DB cluster snapshots',
    api,
    codes: DB_CLUSTER_CODES
});

;// CONCATENATED MODULE: ./src/kinds/db-instance.ts
/** The RDS DB instance kind: manual DB snapshots. */






/** RDS's error codes for DB snapshots, as code and as the SDK's shape name. */
const DB_INSTANCE_CODES = {
    notFound: ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'],
    invalidState: ['InvalidDBSnapshotState', 'InvalidDBSnapshotStateFault'],
    sourceBusy: ['InvalidDBInstanceState', 'InvalidDBInstanceStateFault']
};
const INSTANCE_NOT_FOUND = ['DBInstanceNotFound', 'DBInstanceNotFoundFault'];
/** RDS accepts at most this many values in one filter. */
const db_instance_FILTER_VALUES = 100;
/** Maps an RDS DB snapshot to the fields the kinds use. */
function dbSnapshotOf(s) {
    return {
        id: s.DBSnapshotIdentifier ?? '',
        arn: s.DBSnapshotArn ?? null,
        sourceId: s.DBInstanceIdentifier ?? '',
        type: s.SnapshotType ?? '',
        status: s.Status ?? 'unknown',
        createdAt: s.SnapshotCreateTime ?? null,
        percentProgress: s.PercentProgress ?? null,
        allocatedStorageGib: s.AllocatedStorage ?? 0,
        encrypted: s.Encrypted ?? false,
        kmsKeyId: s.KmsKeyId ?? null,
        engine: s.Engine ?? null,
        engineVersion: s.EngineVersion ?? null,
        tags: (0,src_tags/* tagMap */.l)(s.TagList),
        record: (accountId, region) => (0,listers_rds/* dbSnapshotRecord */.iD)(s, accountId, region)
    };
}
const db_instance_api = {
    async *listManual(rds, sourceIds) {
        const chunks = [];
        if (sourceIds === undefined)
            chunks.push(undefined);
        else
            for (let i = 0; i < sourceIds.length; i += db_instance_FILTER_VALUES)
                chunks.push(sourceIds.slice(i, i + db_instance_FILTER_VALUES));
        for (const chunk of chunks) {
            const input = {
                SnapshotType: 'manual',
                ...(chunk === undefined ? {} : { Filters: [{ Name: 'db-instance-id', Values: chunk }] })
            };
            for await (const page of (0,dist_cjs/* paginateDescribeDBSnapshots */.iKM)({ client: rds, pageSize: listers_rds/* RDS_PAGE_SIZE */.g4 }, input))
                yield (page.DBSnapshots ?? []).map(dbSnapshotOf);
        }
    },
    async describeSnapshot(rds, snapshotId) {
        try {
            const out = await rds.send(new dist_cjs/* DescribeDBSnapshotsCommand */.KKI({ DBSnapshotIdentifier: snapshotId }));
            const found = out.DBSnapshots?.find((s) => s.DBSnapshotIdentifier === snapshotId);
            return found === undefined ? null : dbSnapshotOf(found);
        }
        catch (err) {
            if (DB_INSTANCE_CODES.notFound.includes((0,errors/* errorCode */.CA)(err)))
                return null;
            throw err;
        }
    },
    async createSnapshot(rds, snapshotId, sourceId, tags) {
        const out = await rds.send(new dist_cjs/* CreateDBSnapshotCommand */.SQw({
            DBSnapshotIdentifier: snapshotId,
            DBInstanceIdentifier: sourceId,
            Tags: (0,src_tags/* tagList */.T)(tags)
        }));
        return dbSnapshotOf(out.DBSnapshot ?? { DBSnapshotIdentifier: snapshotId, DBInstanceIdentifier: sourceId });
    },
    async deleteSnapshot(rds, snapshotId) {
        const out = await rds.send(new dist_cjs/* DeleteDBSnapshotCommand */.PHQ({ DBSnapshotIdentifier: snapshotId }));
        return (0,kind/* sdkAttempts */.zp)(out);
    },
    async describeSource(rds, id, region) {
        try {
            const out = await rds.send(new dist_cjs/* DescribeDBInstancesCommand */.hhJ({ DBInstanceIdentifier: id }));
            const db = out.DBInstances?.find((d) => d.DBInstanceIdentifier === id);
            if (db === undefined)
                return null;
            return {
                id,
                arn: db.DBInstanceArn ?? null,
                region,
                engine: db.Engine ?? null,
                engineVersion: db.EngineVersion ?? null,
                status: db.DBInstanceStatus ?? null,
                instanceClass: db.DBInstanceClass ?? null,
                allocatedStorageGib: db.AllocatedStorage ?? null,
                encrypted: db.StorageEncrypted ?? null,
                kmsKeyId: db.KmsKeyId ?? null,
                multiAz: db.MultiAZ ?? null,
                tags: (0,src_tags/* tagMap */.l)(db.TagList)
            };
        }
        catch (err) {
            if (INSTANCE_NOT_FOUND.includes((0,errors/* errorCode */.CA)(err)))
                return null;
            throw err;
        }
    }
};
/** The RDS DB instance kind. */
const dbInstanceKind = (0,rds/* rdsKind */.kA)({
    name: 'db-instance',
    service: 'rds',
    noun: 'DB instance',
    input: 'db-instance',
    deleteOperation: 'DeleteDBSnapshot',
    listOperation: 'DescribeDBSnapshots',
    listLabel: 'managed RDS DB snapshots',
    api: db_instance_api,
    codes: DB_INSTANCE_CODES
});

// EXTERNAL MODULE: ./src/kinds/ebs.ts + 1 modules
var ebs = __webpack_require__(58128);
;// CONCATENATED MODULE: ./src/kinds/index.ts
/** The snapshot kinds backup and prune handle, in the order they run and report. */



/** Every kind, EBS first. */
const KINDS = [ebs/* ebsKind */.Bo, dbInstanceKind, dbClusterKind];
/** The kind of a name. */
function kindNamed(name) {
    const kind = KINDS.find((k) => k.name === name);
    if (kind === undefined)
        throw new Error(`Unknown snapshot kind ${name}`);
    return kind;
}
/** The sources of each kind named by the volume, db-instance and db-cluster inputs. */
function sourcesOf(config) {
    return {
        ebs: config.volumes.map((v) => ({ region: v.region, id: v.volumeId })),
        'db-instance': config.dbInstances,
        'db-cluster': config.dbClusters
    };
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Gw: () => (/* binding */ infoLines),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22988);


/** An annotation's properties with its title made inert for the log. */
function props(p) {
    return p?.title === undefined ? p : { ...p, title: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(p.title) };
}
/** Writes one line to the job log, made inert by {@link logLine}. */
function info(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text));
}
/** Writes every line of a multi-line text to the job log, each made inert by {@link logLine}. */
function infoLines(text) {
    for (const line of text.split('\n'))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(line));
}
/** A warning annotation whose message and title are made inert by {@link logLine}. */
function warning(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}
/** An error annotation whose message and title are made inert by {@link logLine}. */
function error(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.error((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}
/** A notice annotation whose message and title are made inert by {@link logLine}. */
function notice(text, properties) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP)(text), props(properties));
}


/***/ }),

/***/ 4617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L2: () => (/* binding */ writeResultJson),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   VS: () => (/* binding */ resultJsonPath),
/* harmony export */   mz: () => (/* binding */ uploadArtifact)
/* harmony export */ });
/* unused harmony export artifactNotice */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25625);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83758);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51666);
/** Where a report goes on GitHub: the job summary, the result JSON beside the CSV, and the workflow artifact. */







/** The markdown that opens a summary when the artifact failed ('' otherwise). */
function artifactNotice(upload) {
    if (upload.status !== 'failed')
        return '';
    return (`> **The artifact \`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.md)(upload.name)}\` was not uploaded**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__.md)(upload.reason)}\n>\n` +
        '> The CSV and the result JSON were written on the runner only, and go with it when the job ends; the step fails. ' +
        'Re-run the job to upload them.\n\n');
}
/** Writes the job summary once, cut to GitHub's limit, opened by the artifact's failure if any; a failure to write it is a warning. */
async function writeSummary(markdown, fullReportHint, upload) {
    // The notice goes first: a summary too long for GitHub is cut at its end.
    const text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitSummary */ .mW)((upload === undefined ? '' : artifactNotice(upload)) + markdown, fullReportHint);
    if (!process.env.GITHUB_STEP_SUMMARY) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoLines */ .Gw(text);
        return;
    }
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(text, true).write();
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Could not write the job summary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
    }
}
/** Where the machine-readable result goes: next to the CSV, named after it. */
function resultJsonPath(csvPath) {
    return csvPath.replace(/\.csv$/i, '') + '.summary.json';
}
/** Writes the machine-readable result next to the CSV (never through a symbolic link) and returns its path. */
function writeResultJson(csvPath, result) {
    const file = resultJsonPath(csvPath);
    (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileChecked */ .NN)(file, JSON.stringify((0,_result_js__WEBPACK_IMPORTED_MODULE_6__/* .resultDocument */ .jP)(result), null, 2) + '\n');
    return file;
}
/** Hides the signature of signed URLs that an error message may quote. */
function withoutSignatures(text) {
    return text.replace(/([?&](?:sig|se|sp|sv|st|skoid|sktid)=)[^&\s'"]*/gi, '$1***');
}
/**
 * Uploads files as a workflow artifact when the runner provides the artifact service. The client retries what can
 * be retried; a failure is returned, not thrown, so that the step reports everything before it fails.
 */
async function uploadArtifact(name, files) {
    if (name === '')
        return { status: 'skipped', name };
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`No artifact service on this runner; the files stay at ${files.join(', ')}`);
        return { status: 'skipped', name };
    }
    const root = commonRoot(files);
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
        const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
        if (res.id === undefined)
            return { status: 'failed', name, reason: 'the artifact service returned no artifact id' };
        return { status: 'uploaded', name, id: String(res.id) };
    }
    catch (err) {
        return { status: 'failed', name, reason: withoutSignatures((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)) };
    }
}
function commonRoot(files) {
    const dirs = files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(f)));
    let root = dirs[0] ?? process.cwd();
    while (!dirs.every((d) => d === root || d.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)))
        root = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(root);
    return root;
}


/***/ }),

/***/ 54012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ selectionOutcome)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25625);
/* harmony import */ var _selected_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47317);


/**
 * Logs what each selector matched, and returns the problems (a selector that matched nothing, a region that could
 * not be searched) for the step to fail on under fail-on-region-error; otherwise they are warnings and none is returned.
 */
function selectionOutcome(config) {
    const report = config.selection;
    if (report === undefined)
        return [];
    for (const m of report.matches)
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Selector ${m.selector} (${m.input}) matched ${m.count} in ${m.region}, account ${m.accountId}${m.count > 0 ? `: ${m.ids.join(', ')}` : ''}`);
    const problems = (0,_selected_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .selectionProblems */ .r)(report);
    if (config.failOnRegionError)
        return problems;
    for (const p of problems)
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(p);
    return [];
}


/***/ }),

/***/ 35045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ endStep),
/* harmony export */   Ge: () => (/* binding */ setResultOutputs),
/* harmony export */   IY: () => (/* binding */ setTotalsOutputs),
/* harmony export */   Rz: () => (/* binding */ workflowContext),
/* harmony export */   Tz: () => (/* binding */ setBackupOutputs),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   XI: () => (/* binding */ logCreated),
/* harmony export */   ff: () => (/* binding */ failWith),
/* harmony export */   l0: () => (/* binding */ unreadProblem),
/* harmony export */   mk: () => (/* binding */ publish)
/* harmony export */ });
/* unused harmony exports artifactId, ArtifactUploadError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77094);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8211);
/* harmony import */ var _inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76722);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25625);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89133);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4617);
/**
 * What the reports of the modes (each mode's step) share: the workflow context a backup records, publishing a result (result JSON, artifact, job
 * summary), the outputs every step sets, and ending the step with the problems it met (run() turns the error into
 * the step's failure).
 */






/** The URL of a workflow run, or '' when the repository or the run id is unknown. */
function runUrl(serverUrl, repository, runId) {
    return repository !== '' && runId !== '' ? `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}` : '';
}
/** The workflow run as plain data: repository, workflow, run id and URL, commit and actor ('' where unknown). */
function workflowContext(ctx, env = process.env) {
    const repository = (env.GITHUB_REPOSITORY ?? '').trim();
    const runId = ctx.runId ? String(ctx.runId) : '';
    return {
        repository,
        workflow: ctx.workflow ?? '',
        runId,
        runUrl: runUrl(ctx.serverUrl || 'https://github.com', repository, runId),
        sha: ctx.sha ?? '',
        actor: ctx.actor ?? ''
    };
}
/**
 * Writes the result JSON, uploads it with the files as the artifact, then writes the job summary (opened by the
 * artifact's failure, if it failed). Returns the result JSON's path and what became of the artifact.
 */
async function publish(config, p) {
    const resultJson = (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResultJson */ .L2)(p.csvPath, p.result);
    const upload = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadArtifact */ .mz)(config.artifactName, [...p.files, resultJson]);
    await (0,_publish_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(p.summary, p.fullReportHint, upload);
    return { resultJson, upload };
}
/** The artifact-id output: the id, or '' when nothing was uploaded. */
function artifactId(upload) {
    return upload.status === 'uploaded' ? upload.id : '';
}
/** Sets the outputs of every step that publishes a result: csv-path (when it wrote a CSV), summary-json-path, artifact-id, failed-count. */
function setResultOutputs(o) {
    if (o.csvPath !== null)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('csv-path', o.csvPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('summary-json-path', o.resultJson);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('artifact-id', artifactId(o.upload));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('failed-count', o.failedCount);
}
/** Sets the totals outputs of inventory, check and merge: snapshot-count, total-size-gib, estimated-monthly-cost-usd. */
function setTotalsOutputs(snapshotCount, aggregate) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('snapshot-count', snapshotCount);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('total-size-gib', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(aggregate.total.sizeGib, 3));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('estimated-monthly-cost-usd', (0,_inventory_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .round */ .LI)(aggregate.total.costUsd, 2));
}
/** Sets the backup outputs from a result. */
function setBackupOutputs(r) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('snapshot-ids', r.created.map((c) => c.snapshotId).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('metadata-keys', r.created
        .map((c) => c.metadataKey)
        .filter((k) => k !== null)
        .join(','));
}
/** Logs each created snapshot. */
function logCreated(r, bucket) {
    for (const c of r.created) {
        const meta = c.metadataKey === null ? 'no metadata written' : `metadata s3://${bucket ?? ''}/${c.metadataKey}`;
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Created ${c.snapshotId} of ${c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`} in ${c.region} (account ${c.accountId}), state ${c.state}; ${meta}`);
    }
}
/**
 * The problem a step ends with when fail-on-region-error is true and a region or service could not be read
 * (`what`: 'listed', 'checked'), naming the first; null otherwise.
 */
function unreadProblem(config, failures, what) {
    const first = failures[0];
    if (!config.failOnRegionError || first === undefined)
        return null;
    return `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(failures.length, 'region or service', 'regions or services')} could not be ${what} (fail-on-region-error is true): ${(0,_accounts_js__WEBPACK_IMPORTED_MODULE_5__/* .failureLine */ .P)(first)}`;
}
/** The step's artifact could not be uploaded; raised once the step has written its summary, files and outputs. */
class ArtifactUploadError extends Error {
    artifactName;
    reason;
    constructor(artifactName, reason, others = []) {
        super(`The artifact ${artifactName} was not uploaded: ${reason}` + others.map((o) => `. Also: ${o}`).join(''));
        this.artifactName = artifactName;
        this.reason = reason;
    }
}
/**
 * Ends a step that has reported everything: throws an ArtifactUploadError when the artifact failed (naming the
 * other problems too), else an Error naming the problems; returns when there are none.
 */
function endStep(upload, problems = []) {
    const others = problems.filter((p) => p !== null && p !== '');
    if (upload.status === 'failed')
        throw new ArtifactUploadError(upload.name, upload.reason, others);
    if (others.length > 0)
        throw new Error(others.join('. Also: '));
}
/** Turns a list of problems into annotations and one error that ends the step; a failed artifact upload ends it too. */
function failWith(problems, one, many, upload) {
    if (problems.length === 0) {
        if (upload)
            endStep(upload);
        return;
    }
    const shown = 50;
    for (const p of problems.slice(0, shown))
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3(p);
    for (const p of problems.slice(shown))
        _log_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`error: ${p}`);
    const listed = problems.slice(0, 10).join('; ');
    const more = problems.length > 10 ? `; and ${problems.length - 10} more (see the log and the summary)` : '';
    const message = `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(problems.length, one, many)}: ${listed}${more}`;
    if (upload)
        endStep(upload, [message]);
    throw new Error(message);
}


/***/ }),

/***/ 51666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ RESULT_TOOL),
/* harmony export */   jP: () => (/* binding */ resultDocument),
/* harmony export */   tS: () => (/* binding */ RESULT_SCHEMA_VERSION)
/* harmony export */ });
/** The machine-readable result JSON each mode's report writes (and the findings file) and merge reads: what opens every one. */
/** Version of the result JSON; merge refuses other major versions. */
const RESULT_SCHEMA_VERSION = 1;
/** The `tool` every result JSON names. */
const RESULT_TOOL = 'snapshot-hygiene';
/** A result as it is written: the schema version and the tool, then the mode's result. */
function resultDocument(result) {
    return { schema_version: RESULT_SCHEMA_VERSION, tool: RESULT_TOOL, ...result };
}


/***/ }),

/***/ 47317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hasSelectors: () => (/* binding */ hasSelectors),
/* harmony export */   r: () => (/* binding */ selectionProblems),
/* harmony export */   resolveSelections: () => (/* binding */ resolveSelections)
/* harmony export */ });
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16586);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41130);
/* harmony import */ var _modes_inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79213);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41973);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16141);






/** Whether the config has any selector to resolve. */
function hasSelectors(config) {
    return (config.volumeSelectors.length +
        config.dbInstanceSelectors.length +
        config.dbClusterSelectors.length +
        (config.instanceSelectors?.length ?? 0) >
        0);
}
function resolvers(config) {
    const ids = (found, id) => found.map((f) => ({ resource: id(f.resource), selectors: f.selectors }));
    return [
        {
            input: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.volume,
            selectors: config.volumeSelectors,
            select: async (t, r, s) => ids(await (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectVolumes */ .kh)(t.clients.ec2(r), r, s), (v) => v.volumeId)
        },
        {
            input: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.dbInstance,
            selectors: config.dbInstanceSelectors,
            select: async (t, r, s) => ids(await (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectDbInstances */ .pg)(t.clients.rds(r), r, s), (d) => d.identifier)
        },
        {
            input: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.dbCluster,
            selectors: config.dbClusterSelectors,
            select: async (t, r, s) => ids(await (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectDbClusters */ .Wi)(t.clients.rds(r), r, s), (d) => d.identifier)
        },
        {
            input: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.instance,
            selectors: config.instanceSelectors ?? [],
            select: async (t, r, s) => ids(await (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectInstances */ .l5)(t.clients.ec2(r), r, s), (i) => i.instanceId)
        }
    ];
}
/**
 * Resolves every selector in every region of every target account (an account whose role could not be assumed is
 * skipped: its failure is reported by the mode). Returns the config with the matched sources added to the ids, and
 * what each selector matched. Never throws: a region that cannot be described is a failure in the report.
 */
async function resolveSelections(config, targets) {
    const matches = [];
    const failures = [];
    const volumes = [];
    const dbInstances = [];
    const dbClusters = [];
    const instances = [];
    const active = resolvers(config).filter((r) => r.selectors.length > 0);
    await (0,_bounded_js__WEBPACK_IMPORTED_MODULE_4__/* .forEachBounded */ .a)(targets.filter((t) => t.failure === undefined), config.maxParallelAccounts, async (target) => {
        let regions;
        try {
            regions = await (0,_modes_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .accountRegions */ .Ze)(config, target);
        }
        catch (err) {
            for (const r of active)
                failures.push({
                    input: r.input,
                    accountId: target.accountId,
                    region: config.awsRegion,
                    message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)
                });
            return;
        }
        await Promise.all(active.flatMap((r) => regions.map(async (region) => {
            try {
                const found = await r.select(target, region, r.selectors);
                const counts = (0,_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorCounts */ .gh)(r.selectors, new Map([[region, found]]));
                for (const c of counts)
                    matches.push({
                        input: r.input,
                        selector: c.selector,
                        accountId: target.accountId,
                        region,
                        count: c.count,
                        ids: found
                            .filter((f) => f.selectors.includes(c.selector))
                            .map((f) => f.resource)
                            .sort()
                    });
                for (const f of found) {
                    if (r.input === _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.volume)
                        volumes.push({ region, volumeId: f.resource });
                    else if (r.input === _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.dbInstance)
                        dbInstances.push({ region, id: f.resource });
                    else if (r.input === _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.dbCluster)
                        dbClusters.push({ region, id: f.resource });
                    else
                        instances.push({ region, instanceId: f.resource });
                }
            }
            catch (err) {
                failures.push({
                    input: r.input,
                    accountId: target.accountId,
                    region,
                    message: `Could not resolve ${r.input} selectors in ${region}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`
                });
            }
        })));
    });
    const unmatched = active.flatMap((r) => r.selectors
        .filter((s) => !matches.some((m) => m.input === r.input && m.selector === s.text && m.count > 0))
        .map((s) => ({ input: r.input, selector: s.text })));
    const order = (a, b) => a.input.localeCompare(b.input) ||
        ('selector' in a && 'selector' in b ? a.selector.localeCompare(b.selector) : 0) ||
        a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region);
    return {
        config: {
            ...config,
            volumes: unique([...config.volumes, ...byPlace(volumes, (v) => v.volumeId)], (v) => (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .volumeKey */ .O$)(null, v.region, v.volumeId)),
            dbInstances: unique([...config.dbInstances, ...byPlace(dbInstances, (d) => d.id)], (d) => `${d.region}/${d.id}`),
            dbClusters: unique([...config.dbClusters, ...byPlace(dbClusters, (d) => d.id)], (d) => `${d.region}/${d.id}`),
            ...(config.instanceSelectors === undefined
                ? {}
                : {
                    instances: unique([...(config.instances ?? []), ...byPlace(instances, (i) => i.instanceId)], (i) => `${i.region}/${i.instanceId}`)
                })
        },
        report: { matches: matches.sort(order), unmatched, failures: failures.sort(order) }
    };
}
/** Sorted by region, then id, so that the run's order does not depend on which region answered first. */
function byPlace(items, id) {
    return [...items].sort((a, b) => a.region.localeCompare(b.region) || id(a).localeCompare(id(b)));
}
/** Keeps the first of each key, in order: ids given first, then what selectors found. */
function unique(items, key) {
    const seen = new Set();
    return items.filter((i) => {
        const k = key(i);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** The report's problems as lines: a selector that matched nothing, a region that could not be resolved. */
function selectionProblems(report) {
    return [
        ...report.unmatched.map((u) => `Input '${u.input}': the selector ${u.selector} matched nothing in any region searched; check the tag, or the regions input`),
        ...report.failures.map((f) => `${f.message} (account ${f.accountId})`)
    ];
}


/***/ }),

/***/ 67790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ selectionSection)
/* harmony export */ });
/* unused harmony export MAX_SELECTION_ROWS */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22988);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83758);
/** The summary section of what the tag selectors matched, per account and region. */


/** How many rows the section shows; the log lists every one. */
const MAX_SELECTION_ROWS = 200;
/** The matches table, then the selectors that matched nothing and the regions that could not be searched. */
function selectionSection(report) {
    if (report === undefined)
        return '';
    const accounts = new Set(report.matches.map((m) => m.accountId));
    const rows = report.matches
        .slice(0, MAX_SELECTION_ROWS)
        .map((m) => [
        m.input,
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(m.selector),
        ...(accounts.size > 1 ? [m.accountId] : []),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(m.region),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(m.count)
    ]);
    const header = ['input', 'selector', ...(accounts.size > 1 ? ['account'] : []), 'region', 'matched'];
    const more = report.matches.length > MAX_SELECTION_ROWS
        ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Wh)(report.matches.length - MAX_SELECTION_ROWS)} more rows are in the log.`
        : '';
    const align = header.map((_, i) => (i === header.length - 1 ? 'r' : 'l'));
    const parts = [
        `### Tag selectors\n\n${rows.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(header, rows, align) : 'No region was searched.'}${more}`
    ];
    for (const u of report.unmatched)
        parts.push(`:warning: ${u.input} selector ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(u.selector)} matched nothing in any region searched.`);
    for (const f of report.failures)
        parts.push(`:warning: ${f.input} selectors could not be resolved in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__.md)(f.region)} (account ${f.accountId}).`);
    return parts.join('\n\n');
}


/***/ })

};
