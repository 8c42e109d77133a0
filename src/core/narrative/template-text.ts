import { formatMessage } from '../diagnostics/format';
import { issue, type Issue, type IssueLevel } from '../diagnostics/issue';
import type { MessageCode } from '../diagnostics/messages.zh-CN';
import type { NarrativeLocaleId } from './locale';
import type { ParagraphKind } from './paragraph';
import type { ParagraphTemplate, TemplateSet } from './template-set';

/**
 * The plain-text form of a template set, for statisticians to edit (task pane editor):
 *
 *     ## 主要指标
 *     {时期}，{主体}[实现工业总产值{工业总产值}…]。
 *
 *     ## 分乡镇（每个乡镇）
 *     {乡镇}{时期}…
 *
 *     ## 别名
 *     产值=工业总产值
 *
 * Each template starts with a heading line `## 名称`; `（每个乡镇）` after the name writes it
 * once per township. The lines up to the next heading are its body (blank lines around it
 * are dropped; line breaks inside are layout only). The kind follows the default names;
 * `## 别名` holds indicator aliases. Text without any heading is one custom template.
 */

/** The kind of the default templates' names (zh-CN and en); other names are custom. */
const KIND_OF_NAME: Readonly<Record<string, ParagraphKind>> = {
  主要指标: 'main',
  结构: 'structure',
  乡镇排名: 'ranking',
  分乡镇: 'township',
  目标进度: 'targets',
  审核说明: 'caveat',
  main: 'main',
  structure: 'structure',
  ranking: 'ranking',
  township: 'township',
  targets: 'targets',
  caveat: 'caveat',
};

/** The heading of the aliases section. */
const ALIASES_HEADING = '别名';
/** Heading suffixes meaning `each: 'township'`; the first is written for zh-CN, the last for en. */
const EACH_SUFFIXES = ['（每个乡镇）', '(每个乡镇)', '(each township)'] as const;
/** `##` then the rest; other runs of `#` are caught by LOOSE_HEADING. */
const HEADING = /^##(?!#)\s*(.*)$/;
const LOOSE_HEADING = /^(#|#{3,})\s+(\S.*)$/;
const ALIAS = /^\s*([^=＝]+?)\s*[=＝]\s*(.+?)\s*$/;

/**
 * The kind of a template named `name`: the default names give their kind, others `custom`.
 *
 * @example
 * kindOfTemplateName('乡镇排名') // "ranking"
 * kindOfTemplateName('园区亮点') // "custom"
 */
export function kindOfTemplateName(name: string): ParagraphKind {
  return Object.prototype.hasOwnProperty.call(KIND_OF_NAME, name)
    ? (KIND_OF_NAME[name] ?? 'custom')
    : 'custom';
}

/**
 * Writes a template set as editable text: a `## 名称` heading per template (with
 * `（每个乡镇）` for per-township ones), its source, a blank line between templates, and a
 * `## 别名` section when the set has aliases.
 *
 * @example
 * templateSetToText({ locale: 'zh-CN', templates: [{ name: '主要指标', kind: 'main', source: '{时期}…' }] })
 * // "## 主要指标\n{时期}…\n"
 */
export function templateSetToText(set: TemplateSet): string {
  const suffix = set.locale === 'en' ? EACH_SUFFIXES[2] : EACH_SUFFIXES[0];
  const blocks = set.templates.map(
    (t) => `## ${t.name}${t.each === 'township' ? suffix : ''}\n${t.source}`,
  );
  const aliases = Object.entries(set.aliases ?? {});
  if (aliases.length > 0) {
    blocks.push(
      [`## ${ALIASES_HEADING}`, ...aliases.map(([alias, name]) => `${alias}=${name}`)].join('\n'),
    );
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** A template set read from text, with the problems found in its headings. */
export interface TemplateTextRead {
  readonly set: TemplateSet;
  /** Heading and alias problems (catalogue codes `narrative.text.*`); never thrown. */
  readonly issues: readonly Issue[];
}

interface Section {
  /** 1-based line of the heading (or of the first line, for text before any heading). */
  readonly line: number;
  readonly name: string;
  readonly each: boolean;
  readonly body: string[];
}

/**
 * Reads the text form of a template set (see `templateSetToText`). Never throws: a heading
 * without a name, a heading with one or three `#`, a repeated name, text before the first
 * heading and a bad alias line each give an issue naming the line, and the text is still used.
 *
 * @example
 * templateSetFromText('## 主要指标\n{时期}，{主体}实现{工业总产值}\n\n## 分乡镇（每个乡镇）\n{乡镇}…').set.templates
 * // [{ name: '主要指标', kind: 'main', source: '{时期}，{主体}实现{工业总产值}' },
 * //  { name: '分乡镇', kind: 'township', source: '{乡镇}…', each: 'township' }]
 * templateSetFromText('{时期}，{主体}情况').set.templates
 * // [{ name: '模板1', kind: 'custom', source: '{时期}，{主体}情况' }]
 */
export function templateSetFromText(
  text: string,
  locale: NarrativeLocaleId = 'zh-CN',
): TemplateTextRead {
  const issues: Issue[] = [];
  const report = (code: MessageCode, level: IssueLevel, params: Record<string, string | number>) =>
    issues.push(issue(code, level, {}, params));
  const sections: Section[] = [];
  const unnamed = () => formatMessage('narrative.text.unnamed', { index: sections.length + 1 });
  let current: Section | null = null;
  const preamble: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const lineNo = i + 1;
    const heading = headingOf(line);
    if (heading === null) {
      (current?.body ?? preamble).push(line);
      continue;
    }
    if (current === null && preamble.some((l) => l.trim() !== '')) {
      const first = preamble.findIndex((l) => l.trim() !== '') + 1;
      const section = { line: first, name: unnamed(), each: false, body: [...preamble] };
      sections.push(section);
      report('narrative.text.before-heading', 'info', { line: first, name: section.name });
    }
    if (heading.loose)
      report('narrative.text.heading-level', 'verify', { line: lineNo, text: line.trim() });
    let { name } = heading;
    if (name === '') {
      name = unnamed();
      report('narrative.text.heading-empty', 'verify', { line: lineNo, text: line.trim(), name });
    } else if (name !== ALIASES_HEADING && sections.some((s) => s.name === name)) {
      report('narrative.text.heading-duplicate', 'info', { line: lineNo, name });
    }
    current = { line: lineNo, name, each: heading.each, body: [] };
    sections.push(current);
  }
  if (current === null && preamble.some((l) => l.trim() !== '')) {
    sections.push({ line: 1, name: unnamed(), each: false, body: preamble });
  }

  const templates: ParagraphTemplate[] = [];
  const aliases: Record<string, string> = {};
  for (const section of sections) {
    if (section.name === ALIASES_HEADING && !section.each) {
      readAliases(section, aliases, report);
      continue;
    }
    templates.push({
      name: section.name,
      kind: kindOfTemplateName(section.name),
      source: trimBlankLines(section.body).join('\n'),
      ...(section.each ? { each: 'township' as const } : {}),
    });
  }
  const set: TemplateSet =
    Object.keys(aliases).length > 0 ? { locale, templates, aliases } : { locale, templates };
  return { set, issues };
}

function headingOf(line: string): { name: string; each: boolean; loose: boolean } | null {
  const strict = HEADING.exec(line.trim());
  const loose = strict === null ? LOOSE_HEADING.exec(line.trim()) : null;
  const rest = strict?.[1] ?? loose?.[2];
  if (rest === undefined) return null;
  let name = rest.trim();
  const suffix = EACH_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix !== undefined) name = name.slice(0, -suffix.length).trim();
  return { name, each: suffix !== undefined, loose: loose !== null };
}

function readAliases(
  section: Section,
  aliases: Record<string, string>,
  report: (code: MessageCode, level: IssueLevel, params: Record<string, string | number>) => void,
): void {
  for (const [i, line] of section.body.entries()) {
    if (line.trim() === '') continue;
    const match = ALIAS.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) {
      report('narrative.text.bad-alias', 'verify', {
        line: section.line + i + 1,
        text: line.trim(),
      });
      continue;
    }
    aliases[match[1]] = match[2];
  }
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start += 1;
  while (end > start && lines[end - 1]?.trim() === '') end -= 1;
  return lines.slice(start, end);
}
