import type { Issue } from '../../diagnostics';
import type { ListItem, ListNode, SourceLocation, TemplateAst, TemplateNode } from './ast';
import { templateIssue } from './template-issue';

/** Heads of a list, and its form: {分别增长: …}, {并列增长: …}. */
const LIST_HEADS: ReadonlyMap<string, ListNode['form']> = new Map([
  ['分别增长', 'respectively'],
  ['分别', 'respectively'],
  ['respectively', 'respectively'],
  ['并列增长', 'parallel'],
  ['并列', 'parallel'],
  ['parallel', 'parallel'],
]);
const EXPRESSION = /^([^.\s{}[\]:：]+)(?:\.([^.\s{}[\]:：]+))?$/;
const BLOCK = /^#\s*([^()（）\s]+)\s*(?:[(（]\s*([^()（）]*?)\s*[)）])?$/;
const LIST_ITEM = /^(?:([^=＝\s]+)\s*[=＝]\s*)?([^=＝\s]+)$/;

interface Frame {
  readonly kind: 'root' | 'optional' | 'block';
  readonly children: TemplateNode[];
  readonly loc: SourceLocation;
  readonly name: string;
  readonly arg: string | null;
  readonly source: string;
}

export interface ParsedTemplate {
  readonly ast: TemplateAst;
  readonly issues: readonly Issue[];
}

/**
 * Parses a narrative template into nodes with locations. Never throws: bad syntax gives
 * an error node (shown as a visible fallback) and an issue naming the place.
 *
 * Syntax: literal text; {指标} {指标.写法} placeholders; {时期} {主体} variables;
 * [ … ] optional segments; {分别增长: 产值=工业总产值, 销售=销售收入} and {并列增长: …} lists;
 * {#前三位(指标)} … {/} loops; \\{ \\} \\[ \\] for literal brackets.
 *
 * @example
 * parseTemplate('{时期}，{主体}实现工业总产值{工业总产值}', '主要指标').ast.nodes.length // 4
 */
export function parseTemplate(source: string, name: string): ParsedTemplate {
  const issues: Issue[] = [];
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const locate = (offset: number): SourceLocation => {
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
    return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1, offset };
  };

  const root: Frame = {
    kind: 'root',
    children: [],
    loc: locate(0),
    name: '',
    arg: null,
    source: '',
  };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1] ?? root;
  let text = '';
  let textStart = 0;
  const flush = (end: number): void => {
    if (text !== '') top().children.push({ type: 'text', value: text, loc: locate(textStart) });
    text = '';
    textStart = end;
  };
  const error = (start: number, bad: string, code: Parameters<typeof templateIssue>[0]): void => {
    const loc = locate(start);
    top().children.push({ type: 'error', source: bad, loc });
    issues.push(templateIssue(code, 'error', name, loc, bad));
  };
  /** Closes an unclosed frame: its children go to the parent, unwrapped. */
  const unwind = (frame: Frame): void => {
    if (frame.kind === 'optional') {
      issues.push(templateIssue('narrative.unclosed-optional', 'error', name, frame.loc, '['));
      top().children.push({ type: 'text', value: '[', loc: frame.loc });
    } else {
      issues.push(
        templateIssue('narrative.unclosed-block', 'error', name, frame.loc, frame.source),
      );
      top().children.push({ type: 'error', source: frame.source, loc: frame.loc });
    }
    top().children.push(...frame.children);
  };

  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    const next = source[i + 1];
    if (ch === '\\' && next !== undefined && '{}[]\\'.includes(next)) {
      if (text === '') textStart = i;
      text += next;
      i += 2;
      continue;
    }
    if (ch === '{') {
      flush(i);
      let end = i + 1;
      while (end < source.length && !'{}\n'.includes(source[end] ?? '')) end++;
      if (source[end] !== '}') {
        error(i, source.slice(i, end), 'narrative.unclosed-placeholder');
        i = end;
        continue;
      }
      const whole = source.slice(i, end + 1);
      const content = source.slice(i + 1, end).trim();
      const loc = locate(i);
      i = end + 1;
      if (content.startsWith('#')) {
        const match = BLOCK.exec(content);
        if (!match) {
          issues.push(templateIssue('narrative.bad-placeholder', 'error', name, loc, whole));
          top().children.push({ type: 'error', source: whole, loc });
          continue;
        }
        stack.push({
          kind: 'block',
          children: [],
          loc,
          name: match[1] ?? '',
          arg: match[2] ? match[2] : null,
          source: whole,
        });
        continue;
      }
      if (content.startsWith('/')) {
        let frame = top();
        while (frame.kind === 'optional' && stack.length > 1) {
          stack.pop();
          unwind(frame);
          frame = top();
        }
        if (frame.kind !== 'block') {
          issues.push(templateIssue('narrative.stray-close', 'error', name, loc, whole));
          top().children.push({ type: 'error', source: whole, loc });
          continue;
        }
        stack.pop();
        top().children.push({
          type: 'block',
          name: frame.name,
          arg: frame.arg,
          children: frame.children,
          source: frame.source,
          loc: frame.loc,
        });
        continue;
      }
      const colon = content.search(/[:：]/);
      const form = colon >= 0 ? LIST_HEADS.get(content.slice(0, colon).trim()) : undefined;
      if (form !== undefined) {
        const items: ListItem[] = [];
        let ok = true;
        for (const part of content.slice(colon + 1).split(/[,，、;；]/)) {
          const trimmed = part.trim();
          if (trimmed === '') continue;
          const match = LIST_ITEM.exec(trimmed);
          if (!match) ok = false;
          else items.push({ label: match[1] ?? null, subject: match[2] ?? '', loc });
        }
        if (!ok || items.length === 0) {
          issues.push(templateIssue('narrative.bad-placeholder', 'error', name, loc, whole));
          top().children.push({ type: 'error', source: whole, loc });
        } else {
          top().children.push({ type: 'list', form, items, source: whole, loc });
        }
        continue;
      }
      const match = EXPRESSION.exec(content);
      if (!match) {
        issues.push(templateIssue('narrative.bad-placeholder', 'error', name, loc, whole));
        top().children.push({ type: 'error', source: whole, loc });
        continue;
      }
      top().children.push({
        type: 'placeholder',
        subject: match[1] ?? '',
        fn: match[2] ?? null,
        source: whole,
        loc,
      });
      continue;
    }
    if (ch === '}') {
      flush(i);
      error(i, '}', 'narrative.stray-close');
      i++;
      continue;
    }
    if (ch === '[') {
      flush(i);
      stack.push({
        kind: 'optional',
        children: [],
        loc: locate(i),
        name: '',
        arg: null,
        source: '[',
      });
      i++;
      continue;
    }
    if (ch === ']') {
      flush(i);
      const frame = top();
      if (frame.kind !== 'optional') {
        error(i, ']', 'narrative.stray-close');
      } else {
        stack.pop();
        top().children.push({ type: 'optional', children: frame.children, loc: frame.loc });
      }
      i++;
      continue;
    }
    if (text === '') textStart = i;
    text += ch;
    i++;
  }
  flush(source.length);
  while (stack.length > 1) {
    const frame = stack.pop();
    if (frame) unwind(frame);
  }
  return { ast: { name, nodes: root.children }, issues };
}
