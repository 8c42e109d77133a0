/** Where a node starts in its template: 1-based line and column, 0-based offset. */
export interface SourceLocation {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Literal text, copied as it is. */
export interface TextNode {
  readonly type: 'text';
  readonly value: string;
  readonly loc: SourceLocation;
}

/** {工业总产值.增长}: a subject (indicator or variable) and what to say of it. */
export interface PlaceholderNode {
  readonly type: 'placeholder';
  readonly subject: string;
  /** The function as written (增长, 占比…), null for the value itself. */
  readonly fn: string | null;
  /** The text between {}, for fallbacks and messages. */
  readonly source: string;
  readonly loc: SourceLocation;
}

export interface ListItem {
  /** What the sentence calls it (产值), null to use the indicator's name. */
  readonly label: string | null;
  readonly subject: string;
  readonly loc: SourceLocation;
}

/**
 * {分别增长: 产值=工业总产值, 销售=销售收入}: several indicators sharing one verb, with their
 * values ('respectively'); {并列增长: …}: their changes alone, without 分别 ('parallel').
 */
export interface ListNode {
  readonly type: 'list';
  readonly form: 'respectively' | 'parallel';
  readonly items: readonly ListItem[];
  readonly source: string;
  readonly loc: SourceLocation;
}

/** [ … ]: said only when every placeholder inside has data. */
export interface OptionalNode {
  readonly type: 'optional';
  readonly children: readonly TemplateNode[];
  readonly loc: SourceLocation;
}

/** {#前三位(工业总产值)} … {/}: the body once per township (or 其中 item). */
export interface BlockNode {
  readonly type: 'block';
  /** The loop as written: 前三位, 前5位, 每个乡镇, 其中项. */
  readonly name: string;
  /** The indicator in (…), if any. */
  readonly arg: string | null;
  readonly children: readonly TemplateNode[];
  readonly source: string;
  readonly loc: SourceLocation;
}

/** Text that could not be parsed; rendered as a visible fallback. */
export interface ErrorNode {
  readonly type: 'error';
  readonly source: string;
  readonly loc: SourceLocation;
}

export type TemplateNode =
  TextNode | PlaceholderNode | ListNode | OptionalNode | BlockNode | ErrorNode;

/** A parsed template: its name (for messages) and nodes. */
export interface TemplateAst {
  readonly name: string;
  readonly nodes: readonly TemplateNode[];
}
