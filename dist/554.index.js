export const id = 554;
export const ids = [554];
export const modules = {

/***/ 8211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ failureLine)
/* harmony export */ });
/** Describes a failure for a warning line. */
function failureLine(f) {
    const where = f.service === 'regions' || f.service === 'account'
        ? `account ${f.accountId}`
        : `${f.service} in ${f.region} (account ${f.accountId})`;
    return `${where}: ${f.message}`;
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

/***/ 3219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mW: () => (/* binding */ fitSummary),
  $l: () => (/* binding */ gib),
  Wh: () => (/* binding */ markdown_int),
  md: () => (/* binding */ md),
  tp: () => (/* binding */ table),
  XI: () => (/* binding */ totalsRows),
  dR: () => (/* binding */ usd)
});

// UNUSED EXPORTS: SUMMARY_LIMIT_BYTES

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(22988);
;// CONCATENATED MODULE: ./src/markdown.ts


/** GitHub's limit on one step's job summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** A markdown table with right-aligned numeric columns after the first. */
function table(header, rows, align) {
    const cells = [header, ...rows.map((r) => r.map((c) => String(c)))];
    return markdownTable(cells, { align: align ?? header.map((_, i) => (i === 0 ? 'l' : 'r')) });
}
/** Escapes text from outside for a markdown table cell or a line of prose (see {@link markdownText}). */
function md(text) {
    return (0,src_escape/* markdownText */.p7)(text);
}
/** A number with thousands separators. */
function markdown_int(n) {
    return Math.round(n).toLocaleString('en-US');
}
/** A size in GiB with one decimal under 100, none above. */
function gib(n) {
    return n < 100 ? n.toLocaleString('en-US', { maximumFractionDigits: 1 }) : markdown_int(n);
}
/** A dollar amount with cents. */
function usd(n) {
    return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
/** Rows of count, size and cost for each entry of a totals map, largest first. */
function totalsRows(map, order) {
    const keys = order ?? Object.keys(map).sort((a, b) => (map[b]?.sizeGib ?? 0) - (map[a]?.sizeGib ?? 0) || a.localeCompare(b));
    return keys.map((k) => {
        const t = map[k] ?? { count: 0, sizeGib: 0, costUsd: 0 };
        return [md(k), markdown_int(t.count), gib(t.sizeGib), usd(t.costUsd)];
    });
}
/** Cuts markdown to fit GitHub's summary limit, saying where the full report is. */
function fitSummary(markdown, fullReportHint) {
    if (Buffer.byteLength(markdown, 'utf8') <= SUMMARY_LIMIT_BYTES)
        return markdown;
    const note = `\n\n> The report was cut to fit GitHub's 1 MiB summary limit. ${fullReportHint}\n`;
    let cut = markdown.slice(0, SUMMARY_LIMIT_BYTES - Buffer.byteLength(note, 'utf8') - 4096);
    cut = cut.slice(0, cut.lastIndexOf('\n'));
    return cut + note;
}


/***/ }),

/***/ 89133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** A count and its noun, singular for exactly one: `plural(1, 'snapshot')` is '1 snapshot', `plural(1500, 'snapshot')` '1,500 snapshots'. */
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
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
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3219);
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

/***/ 55958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   T_: () => (/* binding */ MAX_ACCOUNT_ROWS),
/* harmony export */   UC: () => (/* binding */ backupFailureSection),
/* harmony export */   a: () => (/* binding */ breakdownSections),
/* harmony export */   h8: () => (/* binding */ priceSection),
/* harmony export */   l$: () => (/* binding */ backupHeadline),
/* harmony export */   mo: () => (/* binding */ failureSection),
/* harmony export */   pJ: () => (/* binding */ accountSection),
/* harmony export */   w2: () => (/* binding */ createdSection)
/* harmony export */ });
/* unused harmony export BACKUP_ROWS_MAX */
/* harmony import */ var _aggregate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(920);
/* harmony import */ var _accounts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8211);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22988);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3219);
/* harmony import */ var _pricing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94309);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89133);
/**
 * The summary sections more than one mode's summary shows: the inventory's headline, breakdowns, accounts, price
 * table and unlisted regions (inventory, check, merge, prune) and the backup's created snapshots and failures
 * (backup, backup-and-prune).
 */






const TOTALS_HEADER = ['', 'snapshots', 'GiB', 'est. $/month'];
/** How many accounts the summary's tables show; the CSV and result JSON hold all. */
const MAX_ACCOUNT_ROWS = 200;
/** Totals per account, largest first, capped so that 1,000 accounts stay far under the summary limit. */
function accountSection(a) {
    const rows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byAccount);
    const more = rows.length > MAX_ACCOUNT_ROWS
        ? `\n\n${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(rows.length - MAX_ACCOUNT_ROWS, 'smaller account')} ${rows.length - MAX_ACCOUNT_ROWS === 1 ? 'is' : 'are'} in the CSV and the result JSON.`
        : '';
    return `### Accounts, largest first\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['account', 'snapshots', 'GiB', 'est. $/month'], rows.slice(0, MAX_ACCOUNT_ROWS))}${more}`;
}
/** The headline line: how many snapshots, how large, what they cost (a low–high range when one is given). */
function headline(a, accounts, regions, range) {
    const where = accounts > 1 ? `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(accounts, 'account')}, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(regions, 'region')}` : (0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(regions, 'region');
    const low = range === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .usd */ .dR)(range.lowUsd);
    const high = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .usd */ .dR)(range === undefined ? a.total.costUsd : range.highUsd);
    const cost = low === '' || low === high ? high : `${low}–${high}`;
    return `**${(0,_plural_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .L)(a.total.count, 'snapshot')}**, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .gib */ .$l)(a.total.sizeGib)} GiB, about **${cost} a month** (estimate) across ${where}.`;
}
/** The sections that break the aggregate down: service, region, age, encryption, tier, type, sources. */
function breakdownSections(a, opts = {}) {
    const regionRows = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byRegion);
    const maxRegions = opts.maxRegions ?? 40;
    const sections = [
        `### By service\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['service', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byService))}`,
        `### By region\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['region', ...TOTALS_HEADER.slice(1)], regionRows.slice(0, maxRegions))}` +
            (regionRows.length > maxRegions ? `\n\n${regionRows.length - maxRegions} more regions are in the CSV.` : ''),
        `### By age\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['age', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byAge, _aggregate_js__WEBPACK_IMPORTED_MODULE_0__/* .AGE_RANGES */ .J$.map((r) => r.label)))}`,
        `### Encryption\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byEncryption))}`,
        `### Storage tier\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['service/tier', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byTier))}`,
        `### Made by\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['type', ...TOTALS_HEADER.slice(1)], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .totalsRows */ .XI)(a.byType))}\n\n` +
            `Managed by snapshot-hygiene: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(a.managed.count)}. No known source (EBS copies): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(a.noSource.count)}.`
    ];
    const sources = sourcesSection(a);
    if (sources !== '')
        sections.push(sources);
    return sections;
}
/** The largest sources (volumes, DB instances, file systems) by size; '' when none was seen. */
function sourcesSection(a) {
    if (a.topSources.length === 0)
        return '';
    const rows = a.topSources.map((s) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(s.sourceId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(s.service),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(s.region),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(s.accountId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(s.count),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .gib */ .$l)(s.sizeGib),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .usd */ .dR)(s.costUsd)
    ]);
    const approx = a.sourcesApproximate
        ? '\n\nMore sources were seen than are tracked exactly; the smallest were dropped while counting.'
        : '';
    return `### Largest sources\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['source', 'service', 'region', 'account', 'snapshots', 'GiB', 'est. $/month'], rows, ['l', 'l', 'l', 'l', 'r', 'r', 'r'])}${approx}`;
}
/** The price table the estimates used, stated as an estimate. */
function priceSection() {
    const rows = _pricing_js__WEBPACK_IMPORTED_MODULE_3__/* .PRICE_TABLE */ .dq.map((p) => [p.service, p.tier, `$${p.usdPerGibMonth}`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(p.note)]);
    return ('<details><summary>How the cost is estimated</summary>\n\n' +
        'Costs are estimates: size times the us-east-1 list price per GB-month below; other regions differ by a few percent. ' +
        'An EBS snapshot alone is priced on its full size (FullSnapshotSizeInBytes), or its source volume size where AWS ' +
        'returns none: an upper bound, since AWS bills a lineage of incremental snapshots for the first full copy and the ' +
        'changed blocks. The inventory shows the range a lineage is billed in.\n\n' +
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['service', 'tier', 'USD per GB-month', 'note'], rows, ['l', 'l', 'r', 'l'])}\n\n</details>`);
}
/** The regions, services or accounts that could not be listed. */
function failureSection(failures, max = 100) {
    if (failures.length === 0)
        return '';
    const lines = failures.slice(0, max).map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)((0,_accounts_js__WEBPACK_IMPORTED_MODULE_5__/* .failureLine */ .P)(f))}`);
    const more = failures.length > max ? `\n- ... and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(failures.length - max)} more` : '';
    return `### Not listed\n\nThese could not be listed; the totals above leave them out.\n\n${lines.join('\n')}${more}`;
}
/** At most this many rows in the created and failed lists. */
const BACKUP_ROWS_MAX = 200;
function createdRow(c, multiAccount) {
    const id = c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`;
    const volume = c.volumeName ? `${id} (${c.volumeName})` : id;
    return [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(volume),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.region),
        ...(multiAccount ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.accountId)] : []),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.snapshotId),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.state),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .gib */ .$l)(c.sizeGib),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(c.expiresAt),
        c.metadataKey === null ? 'not written' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(c.metadataKey)
    ];
}
/** The headline: how many snapshots were created, and how many volumes failed. */
function backupHeadline(r) {
    const failed = r.failures.length > 0 ? ` **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(r.failures.length)} failed.**` : '';
    return `Created **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(r.created.length)} snapshot${r.created.length === 1 ? '' : 's'}**.${failed}`;
}
/** The table of created snapshots, bounded. */
function createdSection(created, heading = '### Created') {
    if (created.length === 0)
        return '';
    const multi = new Set(created.map((c) => c.accountId)).size > 1;
    const header = [
        created.some((c) => c.kind !== undefined) ? 'source' : 'volume',
        'region',
        ...(multi ? ['account'] : []),
        'snapshot',
        'state',
        'GiB',
        'expires at',
        'metadata'
    ];
    const align = header.map((h) => (h === 'GiB' ? 'r' : 'l'));
    const rows = created.slice(0, BACKUP_ROWS_MAX).map((c) => createdRow(c, multi));
    const more = created.length > BACKUP_ROWS_MAX ? `\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(created.length - BACKUP_ROWS_MAX)} more are in the result JSON.` : '';
    return `${heading}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(header, rows, align)}${more}`;
}
/** The sources whose backup failed, each with its message, and a word when RDS's manual-snapshot quota was full. */
function backupFailureSection(failures) {
    if (failures.length === 0)
        return '';
    const lines = failures.slice(0, BACKUP_ROWS_MAX).map((f) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md)(f.message)}`);
    const more = failures.length > BACKUP_ROWS_MAX ? `\n- ... and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(failures.length - BACKUP_ROWS_MAX)} more` : '';
    const full = [
        ...new Set(failures.filter((f) => f.quotaFull === true).map((f) => `${f.region} (account ${f.accountId})`))
    ];
    const quota = full.length === 0
        ? ''
        : `\n\n**RDS refused backups because the manual snapshot quota is full** in ${full.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__.md).join(', ')}: RDS allows 100 manual snapshots per region by default. Prune old manual snapshots, or ask AWS for a higher quota.`;
    return `### Backup failures\n\n${lines.join('\n')}${more}${quota}`;
}


/***/ })

};
