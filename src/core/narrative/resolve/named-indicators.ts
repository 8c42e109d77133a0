import type { TemplateNode } from '../template';
import type { ResolveContext } from './context';
import { isSilentZero } from './indicator-functions';
import { viewOf } from './indicator-view';
import { isVariableSubject } from './resolve-template';

function collect(nodes: readonly TemplateNode[], names: Set<string>): void {
  for (const node of nodes) {
    if (node.type === 'placeholder' && !isVariableSubject(node.subject)) names.add(node.subject);
    if (node.type === 'list') for (const item of node.items) names.add(item.subject);
    if (node.type === 'block' || node.type === 'optional') {
      if (node.type === 'block' && node.arg !== null && !isVariableSubject(node.arg)) {
        names.add(node.arg);
      }
      collect(node.children, names);
    }
  }
}

/**
 * The indicators a template names (not its variables nor a loop's 此项), in order.
 *
 * @example
 * namedIndicators(parseTemplate('{时期}[产值{工业总产值}，{工业总产值.增长}]', 't').ast.nodes)
 * // ["工业总产值"]
 */
export function namedIndicators(nodes: readonly TemplateNode[]): string[] {
  const names = new Set<string>();
  collect(nodes, names);
  return [...names];
}

/**
 * Whether the township of `ctx` (or the area) has a 本期 figure worth saying for none of
 * the indicators the template names: absent, not reported, or zero. False for a template
 * that names none (a caveat, a structure paragraph over 此项).
 *
 * @example
 * hasNoneOf(nodes, { ...ctx, township: '丙乡' }) // true when 丙乡 reports none of them
 */
export function hasNoneOf(nodes: readonly TemplateNode[], ctx: ResolveContext): boolean {
  const names = namedIndicators(nodes);
  return (
    names.length > 0 &&
    names.every((name) => {
      const indicator = ctx.index.find(name);
      const view = indicator && viewOf(indicator, ctx.township);
      return !view || view.current === null || isSilentZero(view.indicator, view.current);
    })
  );
}
