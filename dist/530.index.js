export const id = 530;
export const ids = [530];
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
