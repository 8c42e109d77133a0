import type { ConsolidatedIndicator } from '../../model';
import {
  joinPhrases,
  parallelPhrase,
  respectivelyPhrase,
  words,
  attribute,
  profitOrLossPhrase,
  quantityPhrase,
  growthPhrase,
  type Phrase,
  type RespectivelyItem,
} from '../phrase';
import type {
  BlockNode,
  ListNode,
  OptionalNode,
  PlaceholderNode,
  SourceLocation,
  TemplateNode,
} from '../template';
import { templateIssue } from '../template';
import type { ResolveContext } from './context';
import { unitWordText } from './group-words';
import { FUNCTION_NAMES, indicatorFunction, isSilentZero } from './indicator-functions';
import { figureSource, viewOf } from './indicator-view';

/** No data: the enclosing optional segment (or loop iteration) is dropped. */
const MISSING = Symbol('missing');
type Resolved = Phrase | typeof MISSING;

const EMPTY: Phrase = { text: '', figures: [] };

/**
 * The visible fallback of a placeholder that cannot be rendered: "{工业产值?}".
 *
 * @example
 * fallbackText('{工业产值}') // "{工业产值?}"
 */
export function fallbackText(source: string): string {
  if (source.length <= 1) return source;
  const inner = source.replace(/^\{/, '').replace(/\}$/, '');
  return `{${inner}?}`;
}

function fallback(source: string): Phrase {
  return words(fallbackText(source));
}

function fail(
  ctx: ResolveContext,
  code: Parameters<typeof templateIssue>[0],
  loc: SourceLocation,
  source: string,
  params: Readonly<Record<string, string>> = {},
  level: 'error' | 'verify' = 'error',
): Phrase {
  ctx.issues.push(templateIssue(code, level, ctx.template, loc, source, params));
  return fallback(source);
}

/** Missing data: dropped inside [ ] and loops, else a fallback and a notice. */
function noData(ctx: ResolveContext, node: { loc: SourceLocation; source: string }): Resolved {
  if (ctx.optional) return MISSING;
  ctx.issues.push(templateIssue('narrative.no-data', 'info', ctx.template, node.loc, node.source));
  return fallback(node.source);
}

/** An unknown indicator: inside [ ] the segment is left out (with a notice), else a fallback. */
function unknownIndicator(
  ctx: ResolveContext,
  loc: SourceLocation,
  source: string,
  name: string,
): Resolved {
  if (ctx.optional) {
    ctx.issues.push(
      templateIssue('narrative.indicator-absent', 'info', ctx.template, loc, source, { name }),
    );
    return MISSING;
  }
  return fail(ctx, 'narrative.unknown-indicator', loc, source, { name }, 'verify');
}

function countVariable(ctx: ResolveContext, level: 'error' | 'verify' | 'info'): Resolved {
  const count = ctx.findings?.[level] ?? 0;
  if (count > 0) return words(String(count));
  return ctx.optional ? MISSING : words('0');
}

const VARIABLES: Readonly<Record<string, (ctx: ResolveContext) => Resolved | 'wrong-context'>> = {
  时期: (ctx) => words(ctx.words.period),
  period: (ctx) => words(ctx.words.period),
  主体: (ctx) => words(ctx.words.area),
  area: (ctx) => words(ctx.words.area),
  单位: (ctx) => words(unitWordText(ctx)),
  unit: (ctx) => words(unitWordText(ctx)),
  乡镇: (ctx) => (ctx.township === null ? 'wrong-context' : words(ctx.township)),
  township: (ctx) => (ctx.township === null ? 'wrong-context' : words(ctx.township)),
  错误数: (ctx) => countVariable(ctx, 'error'),
  核实数: (ctx) => countVariable(ctx, 'verify'),
  提示数: (ctx) => countVariable(ctx, 'info'),
};

const CONTEXT_SUBJECTS: ReadonlySet<string> = new Set(['此项', 'item', '上级', 'parent']);

/**
 * Whether a placeholder's subject is a variable ({时期}, {乡镇}, {错误数}…) or the item of a
 * loop ({此项}, {上级}) rather than an indicator named by the template.
 *
 * @example
 * isVariableSubject('时期') // true
 * isVariableSubject('工业总产值') // false
 */
export function isVariableSubject(subject: string): boolean {
  return VARIABLES[subject] !== undefined || CONTEXT_SUBJECTS.has(subject);
}

function subjectIndicator(
  ctx: ResolveContext,
  subject: string,
): ConsolidatedIndicator | null | 'wrong-context' {
  if (subject === '此项' || subject === 'item') return ctx.item ?? 'wrong-context';
  if (subject === '上级' || subject === 'parent') {
    if (ctx.item === null) return 'wrong-context';
    return ctx.item.parentKey === null ? null : ctx.index.byKey(ctx.item.parentKey);
  }
  return ctx.index.find(subject);
}

function resolvePlaceholder(node: PlaceholderNode, ctx: ResolveContext): Resolved {
  const variable = VARIABLES[node.subject];
  if (variable !== undefined) {
    if (node.fn !== null) {
      return fail(ctx, 'narrative.unknown-function', node.loc, node.source, {
        name: node.fn,
        known: '（变量不带写法）',
      });
    }
    const value = variable(ctx);
    return value === 'wrong-context'
      ? fail(ctx, 'narrative.wrong-context', node.loc, node.source)
      : value;
  }
  const fn = indicatorFunction(node.fn);
  const indicator = subjectIndicator(ctx, node.subject);
  if (indicator === 'wrong-context')
    return fail(ctx, 'narrative.wrong-context', node.loc, node.source);
  if (fn === undefined) {
    return fail(ctx, 'narrative.unknown-function', node.loc, node.source, {
      name: node.fn ?? '',
      known: FUNCTION_NAMES.join('、'),
    });
  }
  if (indicator === null) return unknownIndicator(ctx, node.loc, node.source, node.subject);
  const view = viewOf(indicator, ctx.township);
  if (view === null) return noData(ctx, node);
  const result = fn(view, ctx);
  if (result === 'wrong-context')
    return fail(ctx, 'narrative.wrong-context', node.loc, node.source);
  return result === null ? noData(ctx, node) : result;
}

function resolveList(node: ListNode, ctx: ResolveContext): Resolved {
  const items: RespectivelyItem[] = [];
  for (const item of node.items) {
    const indicator = ctx.index.find(item.subject);
    if (indicator === null) {
      const shown = unknownIndicator(ctx, item.loc, `{${item.subject}}`, item.subject);
      if (shown !== MISSING) items.push({ label: '', value: shown, change: null });
      continue;
    }
    const view = viewOf(indicator, ctx.township);
    if (view === null || view.current === null || isSilentZero(indicator, view.current)) continue;
    const label = item.label ?? indicator.name;
    // Below zero, a loss (利润亏损1286万元), as the change says 由盈转亏 or 减亏 of it.
    const value = attribute(
      view.current < 0
        ? profitOrLossPhrase(view.current, indicator.unit, ctx.locale, indicator.unitText, '')
        : quantityPhrase(view.current, indicator.unit, ctx.locale, indicator.unitText),
      figureSource(indicator, ctx.township, ['current']),
    );
    const change = growthPhrase(
      {
        current: view.current,
        previous: view.previous,
        pct: view.growthPct,
        changePp: view.changePp,
        unit: indicator.unit,
        unitText: indicator.unitText,
      },
      ctx.locale,
    );
    // A parallel list says changes alone: an indicator without one has nothing to say.
    if (node.form === 'parallel' && change === null) continue;
    const source = figureSource(indicator, ctx.township, ['current', 'previous']);
    items.push({
      label,
      value,
      change: change && {
        ...change,
        ...attribute(change, source),
        amount: change.amount && attribute(change.amount, source),
      },
    });
  }
  if (items.length === 0) return noData(ctx, node);
  return node.form === 'parallel'
    ? parallelPhrase(items, ctx.locale)
    : respectivelyPhrase(items, ctx.locale);
}

const TOP = /^(?:前([0-9]+|[一二三四五六七八九十])位|top([0-9]+))$/;
const CHINESE_COUNT = '一二三四五六七八九十';

function resolveBlock(node: BlockNode, ctx: ResolveContext): Resolved {
  const { consolidation, locale } = ctx;
  // {#其中项(此项)} inside a loop over items: the items of the current item.
  const indicator =
    node.arg === null
      ? null
      : (node.arg === '此项' || node.arg === 'item') && ctx.item !== null
        ? ctx.item
        : ctx.index.find(node.arg);
  if (node.arg !== null && indicator === null) {
    return unknownIndicator(ctx, node.loc, node.source, node.arg);
  }
  const body = { ...ctx, optional: true };
  const iterate = (contexts: readonly ResolveContext[], separator: string): Resolved => {
    const parts: Phrase[] = [];
    for (const inner of contexts) {
      const resolved = resolveNodes(node.children, inner);
      if (resolved !== MISSING && resolved.text !== '') parts.push(resolved);
    }
    return parts.length === 0 ? noData(ctx, node) : joinPhrases(parts, separator);
  };
  const top = TOP.exec(node.name);
  if (top) {
    if (indicator === null) return fail(ctx, 'narrative.unknown-block', node.loc, node.source);
    const written = top[1] ?? top[2] ?? '3';
    const n = /^[0-9]+$/.test(written) ? Number(written) : CHINESE_COUNT.indexOf(written) + 1;
    const leaders = indicator.townships
      .filter((t) => t.rank !== null && t.current !== null)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .slice(0, n);
    // "前三位" needs more townships than it names: with three or fewer it would list them
    // all ("合计占全县的100%") and say nothing.
    if (indicator.townships.filter((t) => t.rank !== null).length <= n) return noData(ctx, node);
    return iterate(
      leaders.map((t) => ({ ...body, township: t.township })),
      locale.punctuation.list,
    );
  }
  if (node.name === '每个乡镇' || node.name === 'each') {
    let names = [...consolidation.townships];
    if (indicator !== null) {
      const rankOf = (name: string): number =>
        indicator.townships.find((t) => t.township === name)?.rank ?? Number.MAX_SAFE_INTEGER;
      names = names.sort((a, b) => rankOf(a) - rankOf(b));
    }
    return iterate(
      names.map((township) => ({ ...body, township })),
      locale.punctuation.clause,
    );
  }
  if (node.name === '有其中项的指标' || node.name === 'parents') {
    // Indicators that have 其中 items, in table order: a structure paragraph names each
    // whole once, then its items ({#其中项(此项)}).
    const parentKeys = new Set(consolidation.indicators.map((i) => i.parentKey));
    const parents = consolidation.indicators.filter((i) => parentKeys.has(i.key));
    return iterate(
      parents.map((item) => ({ ...body, item })),
      locale.punctuation.clause,
    );
  }
  if (node.name === '其中项' || node.name === 'items') {
    const items = consolidation.indicators.filter((i) =>
      indicator === null ? i.level > 0 : i.parentKey === indicator.key,
    );
    return iterate(
      items.map((item) => ({ ...body, item })),
      locale.punctuation.clause,
    );
  }
  return fail(ctx, 'narrative.unknown-block', node.loc, node.source);
}

function resolveNode(node: TemplateNode, ctx: ResolveContext): Resolved {
  switch (node.type) {
    case 'text':
      // Line breaks only lay the template out: they and the indentation around them go.
      return words(
        node.value.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, ctx.locale.punctuation.lineBreak),
      );
    case 'placeholder':
      return resolvePlaceholder(node, ctx);
    case 'list':
      return resolveList(node, ctx);
    case 'optional': {
      const resolved = resolveNodes(node.children, { ...ctx, optional: true });
      if (resolved === MISSING) return EMPTY;
      // A sentence group ([目前，[入园企业…][；新竣工项目…]。]) goes with its clauses.
      return isSentenceGroup(node) && resolved.figures.length === 0 ? EMPTY : resolved;
    }
    case 'block':
      return resolveBlock(node, ctx);
    case 'error':
      return fallback(node.source);
  }
}

/**
 * Resolves template nodes against the data: a phrase whose figures carry their sources,
 * or MISSING when data is missing inside an optional segment or loop. An aside
 * ("（上年同期为零）") takes the place of its clause's words around it: the words before it
 * back to a separator ("，同比"), and those after it up to the next (" year on year").
 */
function resolveNodes(nodes: readonly TemplateNode[], ctx: ResolveContext): Resolved {
  const parts: Phrase[] = [];
  // A run of optional clauses whose first one opens the sentence and the others join it
  // with a separator ([A][；B][；C]): when the clauses before one were all left out, its
  // separator would follow nothing (上半年；销售收入…), so it goes. A run whose first clause
  // starts with a separator too ({X}[，同比…][，占…]) adds to what precedes it: kept.
  let opener: 'none' | 'bare' | 'joined' = 'none';
  let spoken = false;
  let dropped = false;
  let previous: TemplateNode | undefined;
  let afterAside = false;
  for (const node of nodes) {
    let resolved = resolveNode(node, ctx);
    if (resolved === MISSING) return MISSING;
    if (resolved.aside === true && previous?.type === 'text' && parts.length > 0) {
      parts[parts.length - 1] = words(
        beforeLastSeparator(parts[parts.length - 1]?.text ?? '', ctx),
      );
    }
    if (afterAside && node.type === 'text')
      resolved = words(fromFirstSeparator(resolved.text, ctx));
    afterAside = resolved.aside === true;
    previous = node;
    if (node.type === 'optional') {
      if (opener === 'none') opener = startsWithSeparator(node, ctx) ? 'joined' : 'bare';
      if (resolved.text === '') dropped = true;
      else {
        if (opener === 'bare' && dropped && !spoken) resolved = withoutSeparator(resolved, ctx);
        spoken = true;
      }
    } else if (resolved.text.trim() !== '') {
      opener = 'none';
      spoken = false;
      dropped = false;
    }
    parts.push(resolved);
  }
  return joinPhrases(parts, '');
}

/** Placeholders that are words of the narrative, never a figure: {时期}, {主体}, {单位}, {乡镇}. */
const WORD_SUBJECTS: ReadonlySet<string> = new Set([
  '时期',
  'period',
  '主体',
  'area',
  '单位',
  'unit',
  '乡镇',
  'township',
]);

/**
 * Whether an optional segment holds only words (text and {时期}, {主体}…) and optional
 * segments, at least one: a sentence group, whose words (目前，…。, 上半年，园区…) mean
 * nothing without its clauses.
 */
function isSentenceGroup(node: OptionalNode): boolean {
  return (
    node.children.some((c) => c.type === 'optional') &&
    node.children.every(
      (c) =>
        c.type === 'optional' ||
        c.type === 'text' ||
        (c.type === 'placeholder' && c.fn === null && WORD_SUBJECTS.has(c.subject)),
    )
  );
}

/** The clause and comma separators of the locale, without their spaces ("；", ";"). */
function separators(ctx: ResolveContext): string[] {
  const { clause, comma } = ctx.locale.punctuation;
  return [clause.trim(), comma.trim()].filter((s) => s !== '');
}

function startsWithSeparator(node: OptionalNode, ctx: ResolveContext): boolean {
  const first = node.children[0];
  if (first?.type !== 'text') return false;
  const text = first.value.trimStart();
  return separators(ctx).some((separator) => text.startsWith(separator));
}

/** Text up to its last separator ("工业总产值3亿元，同比" -> "工业总产值3亿元"); as it is if none. */
function beforeLastSeparator(text: string, ctx: ResolveContext): string {
  const at = Math.max(...separators(ctx).map((s) => text.lastIndexOf(s)));
  return at < 0 ? text : text.slice(0, at);
}

/** Text from its first separator on (" year on year, up" -> ", up"); nothing if none. */
function fromFirstSeparator(text: string, ctx: ResolveContext): string {
  const found = separators(ctx)
    .map((s) => text.indexOf(s))
    .filter((at) => at >= 0);
  return found.length === 0 ? '' : text.slice(Math.min(...found));
}

/**
 * A phrase without the separator it starts with; in a language that spaces its words
 * ("; sales…"), the space stays ("乙镇 sales…", not "乙镇sales…").
 */
function withoutSeparator(phrase: Phrase, ctx: ResolveContext): Phrase {
  const text = phrase.text.trimStart();
  const separator = separators(ctx).find((s) => text.startsWith(s));
  if (separator === undefined) return phrase;
  const space = ctx.locale.punctuation.clause.endsWith(' ') ? ' ' : '';
  return { text: space + text.slice(separator.length).trimStart(), figures: phrase.figures };
}

/**
 * Resolves a parsed template into one phrase (text and attributed figures). Never throws:
 * problems become fallbacks in the text and issues in `ctx.issues`; missing data drops
 * optional segments.
 *
 * @example
 * resolveTemplate(parseTemplate('{主体}实现工业总产值{工业总产值}', 't').ast.nodes, ctx).text
 * // "园区实现工业总产值18.5亿元"
 */
export function resolveTemplate(nodes: readonly TemplateNode[], ctx: ResolveContext): Phrase {
  const resolved = resolveNodes(nodes, ctx);
  return resolved === MISSING ? EMPTY : resolved;
}
