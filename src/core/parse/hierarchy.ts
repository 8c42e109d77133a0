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

export interface HierarchyNode {
  readonly level: number;
  /** Index (into the input) of the row this one is an item of. */
  readonly parent: number | null;
}

interface Entry {
  readonly index: number;
  readonly level: number;
  /** Whole indentation levels, for comparisons (a single stray space does not count). */
  readonly width: number;
  /** Exact indentation, for alignment under a 其中 prefix. */
  readonly raw: number;
  readonly prefixWidth: number;
  /** The row is a 其中 item or a sibling of one. */
  readonly group: boolean;
  /** The 其中 group is indented deeper than its parent (so same-indent rows join it). */
  readonly indentedGroup: boolean;
}

/** Makes row `index` an item of the open row on top of the stack (or a main row). */
function attach(
  stack: Entry[],
  nodes: HierarchyNode[],
  index: number,
  row: HierarchyInput,
  group: boolean,
): void {
  const width = Math.floor(row.indent);
  const parent = stack[stack.length - 1];
  const level = parent === undefined ? 0 : parent.level + 1;
  nodes.push({ level, parent: parent?.index ?? null });
  stack.push({
    index,
    level,
    width,
    raw: row.indent,
    prefixWidth: row.prefixWidth,
    group,
    indentedGroup: group && parent !== undefined && width > parent.width,
  });
}

/**
 * Assigns levels and parents. Rules:
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
 * assignHierarchy([
 *   { indent: 0, childMarker: false, prefixWidth: 0 },
 *   { indent: 0, childMarker: true, prefixWidth: 3 },
 *   { indent: 0, childMarker: false, prefixWidth: 0 },
 * ]) // [{ level: 0, parent: null }, { level: 1, parent: 0 }, { level: 0, parent: null }]
 */
export function assignHierarchy(rows: readonly HierarchyInput[]): HierarchyNode[] {
  const stack: Entry[] = [];
  const nodes: HierarchyNode[] = [];
  rows.forEach((row, index) => {
    const width = Math.floor(row.indent);
    const top = stack[stack.length - 1];
    if (row.childMarker) {
      while (stack.length > 0) {
        const last = stack[stack.length - 1];
        if (last === undefined || !(last.width > width || (last.width === width && last.group)))
          break;
        stack.pop();
      }
      attach(stack, nodes, index, row, true);
      return;
    }
    if (top?.group === true) {
      const sameIndent = top.indentedGroup && width === top.width;
      const aligned = width > top.width && row.indent <= top.raw + top.prefixWidth + 0.5;
      if (sameIndent || aligned) {
        stack.pop();
        const parent = stack[stack.length - 1];
        nodes.push({ level: top.level, parent: parent?.index ?? null });
        stack.push({ ...top, index });
        return;
      }
    }
    while (stack.length > 0) {
      const last = stack[stack.length - 1];
      if (last === undefined || last.width < width) break;
      stack.pop();
    }
    attach(stack, nodes, index, row, false);
  });
  return nodes;
}
