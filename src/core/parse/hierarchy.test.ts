import { assignParents, type HierarchyInput } from './hierarchy';

const main = (indent = 0): HierarchyInput => ({ indent, childMarker: false, prefixWidth: 0 });
const item = (indent = 0, prefixWidth = 3): HierarchyInput => ({
  indent,
  childMarker: true,
  prefixWidth,
});

describe('assignParents', () => {
  it('makes consecutive 其中 rows at one indentation siblings under the row above', () => {
    // 工业总产值 / 其中：规上 / 其中：高新 / 销售收入
    expect(assignParents([main(), item(), item(), main()])).toEqual([-1, 0, 0, -1]);
  });

  it('makes a deeper-indented row an item of the row above it', () => {
    // 工业总产值 / ␣␣规上 / ␣␣␣␣其中：外资 / 销售收入
    expect(assignParents([main(), main(1), item(2), main()])).toEqual([-1, 0, 1, -1]);
  });

  it('lists a row indented under the text after 其中： as a sibling of the 其中 row', () => {
    // 工业总产值 / 其中：规上 (prefix 3) / "\u3000\u3000\u3000高新" (indent 3)
    expect(assignParents([main(), item(0, 3), main(3)])).toEqual([-1, 0, 0]);
  });

  it('makes a row indented deeper than the text after 其中： an item of the 其中 row', () => {
    expect(assignParents([main(), item(0, 3), main(4)])).toEqual([-1, 0, 1]);
  });

  it('joins rows at the indentation of an indented 其中 group to the group', () => {
    // 工业总产值 / ␣␣其中：规上 / ␣␣高新 / 销售收入
    expect(assignParents([main(), item(1), main(1), main()])).toEqual([-1, 0, 0, -1]);
  });

  it('gives an empty sheet no parents', () => {
    expect(assignParents([])).toEqual([]);
  });
});

describe('assignParents on the same input again', () => {
  it('gives the same parents, and a changed input its own', () => {
    const sheet = [main(), item(), item(), main()];
    const first = assignParents(sheet);
    expect(assignParents([main(), item(), item(), main()])).toBe(first);
    expect(assignParents([main(), item(), main(), main()])).toEqual([-1, 0, -1, -1]);
    expect(assignParents([main(), item(1), main(1), main()])).toEqual([-1, 0, 0, -1]);
  });
});
