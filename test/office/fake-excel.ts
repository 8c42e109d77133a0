/**
 * A small in-memory fake of the Excel JavaScript API: just the part the office host uses,
 * with office-js's batching semantics: operations are queued and run in order at
 * `context.sync()`, loaded properties can only be read after a sync, and a failing
 * operation rejects the sync. It counts syncs and meters each request's size (JSON bytes
 * of values, number formats, hyperlinks and cell properties set or loaded in that batch).
 * It also mimics Excel's input coercion: a string written to a cell that is not formatted
 * as Text ("@") becomes a formula when it starts with "=", and a number when it looks like
 * one ("+86", "-5", "12%").
 */
/* eslint-disable @typescript-eslint/no-this-alias -- the proxies' getters have their own `this` */
import { fromA1 } from '../../src/core/grid';

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  format?: string;
  bold?: boolean;
  wrap?: boolean;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
  indent?: number;
  fontColor?: string;
}

export interface FakeSheetInit {
  readonly name: string;
  readonly rows?: readonly (readonly (string | number | boolean | null)[])[];
  /** Number formats, same shape as rows (null = General). */
  readonly formats?: readonly (readonly (string | null)[])[];
  /** Indent levels by A1 address. */
  readonly indents?: Readonly<Record<string, number>>;
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** 0-based columns formatted down to row 1,048,576 (as a user formats a whole column). */
  readonly formattedColumns?: readonly number[];
}

export class FakeSheet {
  name: string;
  visibility: string;
  readonly cells: (FakeCell | undefined)[][] = [];
  readonly columnWidths = new Map<number, number>();
  readonly merges: string[] = [];
  readonly properties = new Map<string, string>();
  frozen: { rows: number; columns: number } = { rows: 0, columns: 0 };
  readonly formattedColumns: readonly number[];
  /** Native charts added with `charts.add`, in order. */
  readonly charts: FakeChart[] = [];

  constructor(init: FakeSheetInit) {
    this.name = init.name;
    this.formattedColumns = init.formattedColumns ?? [];
    this.visibility = init.visibility ?? 'Visible';
    init.rows?.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = init.formats?.[r]?.[c] ?? null;
        if (value !== null || format !== null) {
          this.cell(r, c).value = value;
          if (format !== null) this.cell(r, c).format = format;
        }
      }),
    );
    for (const [address, indent] of Object.entries(init.indents ?? {})) {
      const { row, col } = fromA1(address);
      this.cell(row, col).indent = indent;
    }
  }

  cell(row: number, col: number): FakeCell {
    const cells = (this.cells[row] ??= []);
    return (cells[col] ??= { value: null });
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells[row]?.[col];
  }

  /** Values as a 2-D array from A1 to the last used cell (null = empty). */
  valuesFromA1(): (string | number | boolean | null)[][] {
    const used = this.usedBounds(true);
    if (used === null) return [];
    const rows: (string | number | boolean | null)[][] = [];
    for (let r = 0; r <= used.r1; r++) {
      const row: (string | number | boolean | null)[] = [];
      for (let c = 0; c <= used.c1; c++) row.push(this.peek(r, c)?.value ?? null);
      rows.push(row);
    }
    return rows;
  }

  usedBounds(valuesOnly: boolean): Bounds | null {
    let bounds: Bounds | null = null;
    this.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell === undefined) return;
        const used = valuesOnly ? cell.value !== null : true;
        if (!used) return;
        bounds =
          bounds === null
            ? { r0: r, c0: c, r1: r, c1: c }
            : {
                r0: Math.min(bounds.r0, r),
                c0: Math.min(bounds.c0, c),
                r1: Math.max(bounds.r1, r),
                c1: Math.max(bounds.c1, c),
              };
      }),
    );
    if (!valuesOnly) {
      for (const c of this.formattedColumns) {
        const b: Bounds = bounds ?? { r0: 0, c0: c, r1: 0, c1: c };
        bounds = { r0: 0, c0: Math.min(b.c0, c), r1: MAX_ROWS - 1, c1: Math.max(b.c1, c) };
      }
    }
    return bounds;
  }
}

interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** The fake workbook and its request context. */
/** An error like office-js's `OfficeExtension.Error`: a message and a `code`. */
/** A native chart as the fake recorded it. */
export interface FakeChart {
  readonly type: string;
  /** The source range's address ("A5:B12"). */
  readonly source: string;
  readonly seriesBy: string;
  title: string | null;
  legendVisible: boolean | null;
  showValue: boolean | null;
  valueAxisTitle: string | null;
  position: { start: string; end: string } | null;
  /** Chart types set on series, by index (ExcelApi 1.7). */
  readonly seriesTypes: Map<number, string>;
}

/**
 * The chart members the fake offers, with the ExcelApi requirement set of each (from
 * office-js's typings). Any other member is missing: reading it gives undefined, setting it
 * throws (the chart objects are sealed).
 */
export const FAKE_CHART_MEMBERS: Readonly<Record<string, string>> = {
  'worksheet.charts.add': '1.1',
  'chart.title.text': '1.1',
  'chart.legend.visible': '1.1',
  'chart.dataLabels.showValue': '1.1',
  'chart.axes.valueAxis.title.text': '1.1',
  'chart.setPosition': '1.1',
  'chart.series.getItemAt': '1.1',
  'series.chartType': '1.7',
};

/** The address of a fake range proxy (not an office-js member). */
const RANGE_ADDRESS = Symbol('fake range address');

export class FakeOfficeError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export interface FakeExcelOptions {
  /**
   * Excel on the web's payload limit: a sync whose request (values, formats, links set) is
   * bigger is refused as a whole before anything runs (RequestPayloadSizeLimitExceeded);
   * one whose loaded data is bigger fails with ResponsePayloadSizeLimitExceeded.
   */
  readonly payloadLimit?: number;
}

export class FakeExcel {
  readonly sheets: FakeSheet[];
  /** Request bytes of each completed sync, in order. */
  readonly requestBytes: number[] = [];
  /** Syncs refused for their request's or response's size, in order (their bytes). */
  readonly refusedBytes: number[] = [];
  /** Cells whose values or formats were loaded, over all syncs. */
  cellsLoaded = 0;
  /** How many times the calculation was suspended, per sync. */
  readonly suspendedSyncs: boolean[] = [];
  selection: { sheet: string; address: string } | null = null;
  /** Chart members called or set, over all syncs (`FAKE_CHART_MEMBERS` names). */
  readonly chartMembers = new Set<string>();
  active: string | null = null;
  private queue: (() => void)[] = [];
  private pendingBytes = 0;
  private suspended = false;
  private syncs = 0;
  private pendingRequest = 0;
  private failures = new Map<number, { afterOps: number; error: Error }>();
  private readonly payloadLimit: number;

  constructor(sheets: readonly FakeSheetInit[], options: FakeExcelOptions = {}) {
    this.sheets = sheets.map((init) => new FakeSheet(init));
    this.payloadLimit = options.payloadLimit ?? Infinity;
  }

  /**
   * Makes the `nth` sync from now (1 = the next) fail after running `afterOps` of its
   * queued operations, as Excel does: the operations before the failing one stay done.
   */
  failSync(
    nth: number,
    afterOps = 0,
    error: Error = new FakeOfficeError('GeneralException'),
  ): void {
    this.failures.set(this.syncs + nth, { afterOps, error });
  }

  get syncCount(): number {
    return this.syncs;
  }

  /** The object to pass as `Excel.RequestContext` (cast in tests). */
  get context(): unknown {
    return {
      workbook: { worksheets: this.worksheetCollection() },
      application: {
        suspendApiCalculationUntilNextSync: () => this.enqueue(() => (this.suspended = true)),
      },
      sync: () => this.sync(),
    };
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (sheet === undefined) throw new Error(`ItemNotFound: ${name}`);
    return sheet;
  }

  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Resets the meters between runs. */
  resetMeters(): void {
    this.requestBytes.length = 0;
    this.suspendedSyncs.length = 0;
    this.syncs = 0;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const request = this.pendingRequest;
    this.queue = [];
    // The request's own bytes were metered when queued; loads add the response's.
    this.pendingBytes = request;
    this.pendingRequest = 0;
    this.suspended = false;
    const failure = this.failures.get(this.syncs + 1);
    if (request > this.payloadLimit) {
      this.syncs++;
      this.refusedBytes.push(request);
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded');
    }
    try {
      queue.forEach((op, i) => {
        if (failure !== undefined && i === failure.afterOps) throw failure.error;
        op();
      });
      if (failure !== undefined && queue.length <= failure.afterOps) throw failure.error;
      if (this.pendingBytes - request > this.payloadLimit) {
        this.refusedBytes.push(this.pendingBytes - request);
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
      }
    } finally {
      this.syncs++;
      this.requestBytes.push(this.pendingBytes);
      this.suspendedSyncs.push(this.suspended);
    }
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  meter(value: unknown): void {
    this.pendingBytes += Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  }

  /** Meters data sent with the request (at queue time: the request is sized before it runs). */
  meterRequest(value: unknown): void {
    const bytes = Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
    this.pendingRequest += bytes;
    this.pendingBytes += bytes;
  }

  private worksheetCollection(): unknown {
    const fake = this;
    let items: unknown[] | null = null;
    return {
      load(_props: string) {
        fake.enqueue(() => {
          items = fake.sheets.map((sheet) => fake.worksheetProxy(() => sheet, true));
        });
      },
      get items() {
        if (items === null) throw new Error('PropertyNotLoaded: items');
        return items;
      },
      add(name: string) {
        let created: FakeSheet | null = null;
        fake.enqueue(() => {
          fake.checkNewName(name, null);
          created = new FakeSheet({ name });
          fake.sheets.push(created);
        });
        return fake.worksheetProxy(() => {
          if (created === null) throw new Error('InvalidReference: sheet not created yet');
          return created;
        }, false);
      },
      getItem(name: string) {
        return fake.worksheetProxy(() => fake.sheet(name), false);
      },
    };
  }

  private checkNewName(name: string, self: FakeSheet | null): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new Error(`InvalidArgument: sheet name ${name}`);
    }
    const clash = this.sheets.find(
      (s) => s !== self && s.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash !== undefined) throw new Error(`ItemAlreadyExists: ${name}`);
  }

  private worksheetProxy(resolve: () => FakeSheet, loaded: boolean): unknown {
    const fake = this;
    // Scalar properties of collection items are loaded with the collection.
    const snapshot = loaded ? { name: resolve().name, visibility: resolve().visibility } : null;
    return {
      get name() {
        if (snapshot === null) throw new Error('PropertyNotLoaded: name');
        return snapshot.name;
      },
      set name(value: string) {
        fake.enqueue(() => {
          fake.checkNewName(value, resolve());
          resolve().name = value;
        });
      },
      get visibility() {
        if (snapshot === null) throw new Error('PropertyNotLoaded: visibility');
        return snapshot.visibility;
      },
      set visibility(value: string) {
        fake.enqueue(() => (resolve().visibility = value));
      },
      delete() {
        fake.enqueue(() => {
          const sheet = resolve();
          const visible = fake.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet);
          if (visible.length === 0) throw new Error('InvalidOperation: last visible sheet');
          fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
        });
      },
      activate() {
        fake.enqueue(() => (fake.active = resolve().name));
      },
      getRange(address?: string) {
        return fake.rangeProxy(resolve, () =>
          address === undefined
            ? { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 }
            : parseAddress(address),
        );
      },
      getUsedRange(valuesOnly?: boolean) {
        return fake.rangeProxy(resolve, () => {
          return resolve().usedBounds(valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
        });
      },
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        return fake.rangeProxy(resolve, () => resolve().usedBounds(valuesOnly === true));
      },
      freezePanes: {
        freezeRows: (rows: number) => fake.enqueue(() => (resolve().frozen = { rows, columns: 0 })),
        freezeColumns: (columns: number) =>
          fake.enqueue(() => (resolve().frozen = { rows: 0, columns })),
        freezeAt: (address: string) =>
          fake.enqueue(() => {
            const b = parseAddress(address);
            resolve().frozen = { rows: b.r1 + 1, columns: b.c1 + 1 };
          }),
      },
      charts: {
        add: (type: string, source: { [RANGE_ADDRESS]?: () => string }, seriesBy: string) => {
          fake.chartMembers.add('worksheet.charts.add');
          let chart: FakeChart | null = null;
          const address = source[RANGE_ADDRESS];
          if (address === undefined) throw new Error('InvalidArgument: source is not a range');
          fake.enqueue(() => {
            chart = {
              type,
              source: address(),
              seriesBy,
              title: null,
              legendVisible: null,
              showValue: null,
              valueAxisTitle: null,
              position: null,
              seriesTypes: new Map(),
            };
            resolve().charts.push(chart);
          });
          return fake.chartProxy(() => {
            if (chart === null) throw new Error('InvalidReference: chart not created yet');
            return chart;
          });
        },
      },
      customProperties: {
        add: (key: string, value: string) =>
          fake.enqueue(() => resolve().properties.set(key, value)),
        getItemOrNullObject: (key: string) => {
          let result: { isNullObject: boolean; value: string } | null = null;
          return {
            load: () =>
              fake.enqueue(() => {
                const value = resolve().properties.get(key);
                result = { isNullObject: value === undefined, value: value ?? '' };
              }),
            get isNullObject() {
              if (result === null) throw new Error('PropertyNotLoaded: isNullObject');
              return result.isNullObject;
            },
            get value() {
              if (result === null) throw new Error('PropertyNotLoaded: value');
              return result.value;
            },
          };
        },
      },
    };
  }

  /** A chart proxy with only the members of `FAKE_CHART_MEMBERS`, each recorded when used. */
  private chartProxy(chartOf: () => FakeChart): unknown {
    const fake = this;
    const set = (member: string, apply: (chart: FakeChart) => void) => {
      fake.chartMembers.add(member);
      fake.enqueue(() => apply(chartOf()));
    };
    const sealed = <T extends object>(value: T): T => Object.seal(value);
    return sealed({
      title: sealed({
        set text(value: string) {
          set('chart.title.text', (c) => (c.title = value));
        },
      }),
      legend: sealed({
        set visible(value: boolean) {
          set('chart.legend.visible', (c) => (c.legendVisible = value));
        },
      }),
      dataLabels: sealed({
        set showValue(value: boolean) {
          set('chart.dataLabels.showValue', (c) => (c.showValue = value));
        },
      }),
      axes: sealed({
        valueAxis: sealed({
          title: sealed({
            set text(value: string) {
              set('chart.axes.valueAxis.title.text', (c) => (c.valueAxisTitle = value));
            },
          }),
        }),
      }),
      setPosition(start: string, end: string) {
        set('chart.setPosition', (c) => (c.position = { start, end }));
      },
      series: sealed({
        getItemAt(index: number) {
          fake.chartMembers.add('chart.series.getItemAt');
          return sealed({
            set chartType(value: string) {
              set('series.chartType', (c) => c.seriesTypes.set(index, value));
            },
          });
        },
      }),
    });
  }

  private rangeProxy(sheetOf: () => FakeSheet, boundsOf: () => Bounds | null): unknown {
    const fake = this;
    let memo: Bounds | null | undefined;
    const bounds = (): Bounds => {
      if (memo === undefined) memo = boundsOf();
      if (memo === null) throw new Error('InvalidOperation: null object');
      return memo;
    };
    const loaded = new Map<string, unknown>();
    const each = (fn: (cell: FakeCell, r: number, c: number) => void): void => {
      const b = bounds();
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) fn(sheetOf().cell(r, c), r - b.r0, c - b.c0);
    };
    const read = <T>(fn: (cell: FakeCell | undefined) => T): T[][] => {
      const b = bounds();
      const out: T[][] = [];
      for (let r = b.r0; r <= b.r1; r++) {
        const row: T[] = [];
        for (let c = b.c0; c <= b.c1; c++) row.push(fn(sheetOf().peek(r, c)));
        out.push(row);
      }
      return out;
    };
    const getLoaded = (prop: string): unknown => {
      if (!loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
      return loaded.get(prop);
    };
    let loadedColor: string | null | undefined;
    const fontOps = {
      set bold(value: boolean) {
        fake.enqueue(() => each((cell) => (cell.bold = value)));
      },
      set color(value: string) {
        fake.enqueue(() => each((cell) => (cell.fontColor = value)));
      },
      /** Like Excel: the colour of a uniform range, null when its cells differ. */
      get color(): string {
        if (loadedColor === undefined) throw new Error('PropertyNotLoaded: color');
        return loadedColor as string;
      },
      load(_props: string) {
        fake.enqueue(() => {
          const colors = new Set(read((cell) => cell?.fontColor ?? '#000000').flat());
          loadedColor = colors.size === 1 ? ([...colors][0] ?? null) : null;
        });
      },
      set underline(_value: string) {
        fake.enqueue(() => undefined);
      },
    };
    return {
      [RANGE_ADDRESS]: () => {
        const b = bounds();
        return `${toA1(b.r0, b.c0)}:${toA1(b.r1, b.c1)}`;
      },
      load(props: string) {
        fake.enqueue(() => {
          if (memo === undefined) memo = boundsOf();
          if (memo === null) {
            // A null object: only isNullObject is meaningful.
            loaded.set('isNullObject', true);
            return;
          }
          loaded.set('isNullObject', false);
          const b = bounds();
          for (const prop of props.split(',').map((p) => p.trim())) {
            if (prop === 'isNullObject') continue;
            if (prop === 'values' || prop === 'numberFormat') {
              fake.cellsLoaded += (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
            }
            if (prop === 'values') {
              const values = read((cell) => (cell?.value ?? '') as unknown);
              fake.meter(values);
              loaded.set(prop, values);
            } else if (prop === 'numberFormat') {
              const formats = read((cell) => cell?.format ?? 'General');
              fake.meter(formats);
              loaded.set(prop, formats);
            } else if (prop === 'rowIndex') loaded.set(prop, b.r0);
            else if (prop === 'columnIndex') loaded.set(prop, b.c0);
            else if (prop === 'rowCount') loaded.set(prop, b.r1 - b.r0 + 1);
            else if (prop === 'columnCount') loaded.set(prop, b.c1 - b.c0 + 1);
            else throw new Error(`fake: cannot load ${prop}`);
          }
        });
      },
      get values(): unknown[][] {
        return getLoaded('values') as unknown[][];
      },
      set values(values: unknown[][]) {
        fake.meterRequest(values);
        fake.enqueue(() => {
          checkShape(bounds(), values);
          each((cell, r, c) => writeCell(cell, values[r]?.[c]));
        });
      },
      get numberFormat(): unknown[][] {
        return getLoaded('numberFormat') as unknown[][];
      },
      set numberFormat(formats: unknown[][]) {
        fake.meterRequest(formats);
        fake.enqueue(() => {
          checkShape(bounds(), formats);
          each((cell, r, c) => (cell.format = String(formats[r]?.[c])));
        });
      },
      get isNullObject() {
        return getLoaded('isNullObject');
      },
      get rowIndex() {
        return getLoaded('rowIndex');
      },
      get columnIndex() {
        return getLoaded('columnIndex');
      },
      get rowCount() {
        return getLoaded('rowCount');
      },
      get columnCount() {
        return getLoaded('columnCount');
      },
      set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
        fake.meterRequest(link);
        fake.enqueue(() =>
          each((cell) => {
            cell.hyperlink = link;
            if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
          }),
        );
      },
      format: {
        set columnWidth(points: number) {
          fake.enqueue(() => {
            const b = bounds();
            for (let c = b.c0; c <= b.c1; c++) sheetOf().columnWidths.set(c, points);
          });
        },
        set wrapText(value: boolean) {
          fake.enqueue(() => each((cell) => (cell.wrap = value)));
        },
        set verticalAlignment(_value: string) {
          fake.enqueue(() => undefined);
        },
        font: fontOps,
      },
      merge(_across?: boolean) {
        fake.enqueue(() => {
          const b = bounds();
          sheetOf().merges.push(`${toA1(b.r0, b.c0)}:${toA1(b.r1, b.c1)}`);
        });
      },
      clear() {
        fake.enqueue(() => {
          const b = bounds();
          const sheet = sheetOf();
          sheet.cells.forEach((row, r) => {
            if (r < b.r0 || r > b.r1 || row === undefined) return;
            for (let c = b.c0; c <= Math.min(b.c1, row.length - 1); c++) delete row[c];
          });
        });
      },
      select() {
        fake.enqueue(() => {
          const b = bounds();
          fake.selection = { sheet: sheetOf().name, address: toA1(b.r0, b.c0) };
        });
      },
      getCellProperties(_options: unknown) {
        const result: { value: unknown } = {
          get value(): unknown {
            throw new Error('PropertyNotLoaded: value');
          },
        };
        fake.enqueue(() => {
          const value = read((cell) => ({ format: { indentLevel: cell?.indent ?? 0 } }));
          fake.meter(value);
          Object.defineProperty(result, 'value', { value });
        });
        return result;
      },
    };
  }
}

function checkShape(b: Bounds, data: unknown[][]): void {
  const rows = b.r1 - b.r0 + 1;
  const cols = b.c1 - b.c0 + 1;
  if (data.length !== rows || data.some((row) => row.length !== cols)) {
    throw new Error(`InvalidArgument: ${data.length}x${data[0]?.length} for ${rows}x${cols}`);
  }
}

/** Excel's coercion of typed-in text, unless the cell is formatted as Text. */
function writeCell(cell: FakeCell, value: unknown): void {
  delete cell.formula;
  if (value === '' || value === null || value === undefined) {
    cell.value = null;
    return;
  }
  if (typeof value !== 'string' || cell.format === '@') {
    cell.value = value as string | number | boolean;
    return;
  }
  if (value.startsWith('=')) {
    cell.formula = value;
    cell.value = '#FORMULA';
    return;
  }
  const number = /^[+-]?\d+(\.\d+)?%?$/.exec(value);
  if (number !== null) {
    const n = Number(value.replace('%', ''));
    cell.value = value.endsWith('%') ? n / 100 : n;
    return;
  }
  cell.value = value;
}

function parseAddress(address: string): Bounds {
  const [first = '', last = first] = address.replace(/\$/g, '').split(':');
  const column = /^[A-Z]+$/;
  if (column.test(first) && column.test(last)) {
    const c0 = fromA1(`${first}1`).col;
    const c1 = fromA1(`${last}1`).col;
    return { r0: 0, c0, r1: MAX_ROWS - 1, c1 };
  }
  const a = fromA1(first);
  const b = fromA1(last);
  return { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
}

function toA1(row: number, col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}
