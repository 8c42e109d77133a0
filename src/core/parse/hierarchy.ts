/**
 * Which rows are items (其中) of which: from 其中/# markers and from indentation.
 */

/** What the hierarchy needs to know about one indicator row, in sheet order. */
export interface HierarchyInput {
  /** Indentation in levels: alignment indent plus leading spaces (2 half-width or 1 full-width = 1). */
  readonly indent: number;
  /** The label starts with 其中 or #. */
  readonly childMarker: boolean;
  /** Width of the 其中/numbering prefix, for items aligned under the text after "其中：". */
  readonly prefixWidth: number;
}

/**
 * The rows still open to take items, innermost last, as parallel arrays (no object per
 * row): `length` of them are in use.
 */
interface OpenRows {
  length: number;
  readonly index: number[];
  /** Whole indentation levels, for comparisons (a single stray space does not count). */
  readonly width: number[];
  /** Exact indentation, for alignment under a 其中 prefix. */
  readonly raw: number[];
  readonly prefixWidth: number[];
  /** The row is a 其中 item or a sibling of one. */
  readonly group: boolean[];
  /** The 其中 group is indented deeper than its parent (so same-indent rows join it). */
  readonly indentedGroup: boolean[];
}

/** Makes row `index` an item of the innermost open row (or a main row), and opens it. */
function attach(
  open: OpenRows,
  parents: number[],
  index: number,
  row: HierarchyInput,
  group: boolean,
): void {
  const width = Math.floor(row.indent);
  const top = open.length - 1;
  parents[index] = top >= 0 ? (open.index[top] as number) : -1;
  const at = open.length;
  open.index[at] = index;
  open.width[at] = width;
  open.raw[at] = row.indent;
  open.prefixWidth[at] = row.prefixWidth;
  open.group[at] = group;
  open.indentedGroup[at] = group && top >= 0 && width > (open.width[top] as number);
  open.length = at + 1;
}

/**
 * The last input and its parents: the township sheets of one template give the same input
 * one after the other, and the answer depends on nothing else.
 */
let last: {
  readonly indent: readonly number[];
  readonly childMarker: readonly boolean[];
  readonly prefixWidth: readonly number[];
  readonly parents: readonly number[];
} | null = null;

function sameInput(rows: readonly HierarchyInput[], previous: NonNullable<typeof last>): boolean {
  if (rows.length !== previous.indent.length) return false;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as HierarchyInput;
    if (
      row.indent !== previous.indent[i] ||
      row.childMarker !== previous.childMarker[i] ||
      row.prefixWidth !== previous.prefixWidth[i]
    ) {
      return false;
    }
  }
  return true;
}

/**
 * Each row's parent: the index (into the input) of the row it is an item of, −1 for a main
 * row. Rules:
 * - a 其中/# row is an item of the nearest preceding row that is less indented, or equally
 *   indented and not itself a 其中 item (consecutive 其中 rows at one indentation are siblings);
 * - a row indented deeper than the previous row is its item;
 * - after an *indented* 其中 row, rows at the same indentation are its siblings; so are rows
 *   indented under the 其中 row up to the text after "其中：" (a clerk's "\u3000\u3000高新技术产业产值"
 *   under "其中：规模以上工业产值" lists a second item, not an item of the first); a row
 *   indented deeper than that text is an item of the 其中 row;
 * - otherwise a row closes every open row at its indentation or deeper.
 *
 * @example
 * assignParents([
 *   { indent: 0, childMarker: false, prefixWidth: 0 },
 *   { indent: 0, childMarker: true, prefixWidth: 3 },
 *   { indent: 0, childMarker: false, prefixWidth: 0 },
 * ]) // [-1, 0, -1]
 *
 * The result is shared with the next call on the same input: read it, do not change it.
 */
export function assignParents(rows: readonly HierarchyInput[]): readonly number[] {
  if (last !== null && sameInput(rows, last)) return last.parents;
  const parents = computeParents(rows);
  last = {
    indent: rows.map((row) => row.indent),
    childMarker: rows.map((row) => row.childMarker),
    prefixWidth: rows.map((row) => row.prefixWidth),
    parents,
  };
  return parents;
}

function computeParents(rows: readonly HierarchyInput[]): number[] {
  const open: OpenRows = {
    length: 0,
    index: [],
    width: [],
    raw: [],
    prefixWidth: [],
    group: [],
    indentedGroup: [],
  };
  const parents: number[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as HierarchyInput;
    const width = Math.floor(row.indent);
    if (row.childMarker) {
      while (open.length > 0) {
        const last = open.length - 1;
        const lastWidth = open.width[last] as number;
        if (!(lastWidth > width || (lastWidth === width && open.group[last] === true))) break;
        open.length = last;
      }
      attach(open, parents, index, row, true);
      continue;
    }
    const top = open.length - 1;
    if (top >= 0 && open.group[top] === true) {
      const topWidth = open.width[top] as number;
      const sameIndent = open.indentedGroup[top] === true && width === topWidth;
      const aligned =
        width > topWidth &&
        row.indent <= (open.raw[top] as number) + (open.prefixWidth[top] as number) + 0.5;
      if (sameIndent || aligned) {
        // A sibling of the open 其中 row: it takes that row's place, with its indentation.
        parents[index] = top >= 1 ? (open.index[top - 1] as number) : -1;
        open.index[top] = index;
        continue;
      }
    }
    while (open.length > 0 && (open.width[open.length - 1] as number) >= width) open.length -= 1;
    attach(open, parents, index, row, false);
  }
  return parents;
}
