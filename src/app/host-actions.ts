import type { IssueLevel } from '../core/diagnostics/issue';
import type { UiMessageCode } from '../core/diagnostics/messages.en';
import type { DraftCheck, DraftInput } from '../core/draft-check/types';
import type { ChartSettings } from '../core/charts';
import type { Consolidation } from '../core/model/consolidation';
import type { Paragraph, TemplateSet } from '../core/narrative';
import type { OutputSheet } from '../core/output/output-sheet';

/**
 * The interface between the task pane UI and a host. The UI only ever talks to a host
 * through these actions, so it runs the same in Excel, in a plain browser and in tests.
 */

/** Which host the actions drive. */
export type HostKind = 'excel' | 'standalone';

/** What the engine makes of a sheet: summed (township), checked against (total), or skipped. */
export type SheetRole = 'township' | 'total' | 'skipped';

/** One worksheet found in the inputs. */
export interface FoundSheet {
  /** Stable identity of the sheet within the inputs (file and sheet name). */
  readonly id: string;
  /** The file the sheet came from (standalone), absent for the open workbook (Excel). */
  readonly file?: string;
  readonly sheet: string;
  readonly role: SheetRole;
  /** Why a sheet is skipped, or what a total sheet is used for (catalogue text). */
  readonly reason?: string;
  /**
   * Set when the sheet is hidden in its workbook (often an old draft): it is switched off
   * until the user switches it on (`isIncludedByDefault`).
   */
  readonly hidden?: 'hidden' | 'veryHidden';
}

/** The user's on/off choice for one sheet. */
export interface SheetChoice {
  readonly id: string;
  /** The sheet's name, passed to the engine when the user marks it as a total. */
  readonly sheet: string;
  readonly included: boolean;
  /** The user marks the sheet as a reported total (合计表), to check against, not to sum. */
  readonly asTotal?: boolean;
}

/** Options of one run, as the user set them in the task pane. */
export interface RunRequest {
  /** The time word (上半年…); '' = the inputs' own period. */
  readonly period: string;
  /** The subject word (全县, 园区…); '' = the default. */
  readonly area: string;
  /** The units' word (乡镇, 园区, 街道…); '' or absent = inferred from the names. */
  readonly unitWord?: string;
  /**
   * Sheets switched on or off; sheets not listed keep their default (on unless skipped or
   * hidden). A hidden sheet switched on is read.
   */
  readonly sheets: readonly SheetChoice[];
  /**
   * The user's narrative templates, read from the editor's text by the task pane (the one
   * place text becomes a set: `readEditorTemplates`); absent = the default templates.
   */
  readonly templates?: TemplateSet;
  /**
   * A draft report to check against the data (文稿核对): pasted, or read from a .txt or
   * .docx file by the task pane. Never saved with the run choices (it can be large and
   * private).
   */
  readonly draft?: DraftInput;
  /** The chart choices (图表设置); absent = the defaults. */
  readonly charts?: Partial<ChartSettings>;
}

/** Period, area and sheet choices as the workbook keeps them (Excel: document settings). */
export interface SavedRunChoices {
  readonly period: string;
  readonly area: string;
  /** The units' word; absent in settings saved before it existed. */
  readonly unitWord?: string;
  readonly sheets: readonly SheetChoice[];
}

/**
 * Asked before a run replaces output sheets the user has edited since they were written,
 * with their names: resolve true to replace them, false to keep them and write beside.
 */
export type ConfirmReplace = (sheets: readonly string[]) => Promise<boolean>;

/** Where a run is. */
export type RunStage = 'read' | 'compute' | 'write' | 'done';

export interface RunProgress {
  readonly stage: RunStage;
  /** 0..1 over the whole run. */
  readonly fraction: number;
  /**
   * What the stage is doing right now, when the host says more than the stage: the file
   * being read (`ui.progress.file`), the engine step (`ui.progress.step.*`).
   */
  readonly detail?: {
    readonly code: UiMessageCode;
    readonly params?: Readonly<Record<string, string | number>>;
  };
}

/** An audit finding (`Finding` of src/core/audit) as the UI shows it. */
export interface FindingView {
  /** Unique within one outcome. */
  readonly id: string;
  readonly level: IssueLevel;
  /** The audit rule code ('inter.total-mismatch'…), null when none. */
  readonly rule: string | null;
  /** The rule's name from the catalogue, null when there is no rule. */
  readonly ruleText: string | null;
  readonly file?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly indicator?: string;
  /** The message text (formatIssue). */
  readonly message: string;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
}

/** One narrative (综述) paragraph, each figure with the cells it came from. */
export type ParagraphView = Paragraph;

/** Number of findings per level. */
export type LevelCounts = Readonly<Record<IssueLevel, number>>;

export interface OutcomeCounts extends LevelCounts {
  readonly townships: number;
  readonly indicators: number;
}

/** What a run produced for the user: sheets written in the workbook, or a file to download. */
export type RunOutput =
  | {
      readonly kind: 'written';
      readonly sheetNames: readonly string[];
      /** What the user should know about the write (results written beside a sheet…). */
      readonly notices?: readonly string[];
    }
  | { readonly kind: 'download'; readonly fileName: string; readonly bytes: Uint8Array };

export interface RunOutcome {
  readonly findings: readonly FindingView[];
  readonly narrative: readonly ParagraphView[];
  readonly counts: OutcomeCounts;
  readonly output: RunOutput;
  /** The area and period words the run used (for previews). */
  readonly words: { readonly area: string; readonly period: string };
  /** The run's consolidation: the template preview renders against it. */
  readonly consolidation: Consolidation;
  /** The draft's figures checked against the data, when the request had a draft. */
  readonly draftCheck?: DraftCheck;
  /** The 汇总 and 分乡镇 sheets, for the Word report (导出 Word); absent: no Word export. */
  readonly reportSheets?: readonly OutputSheet[];
}

/** A file the user chose (standalone page). */
export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** File choice, for hosts that read files rather than an open workbook. */
export interface FileActions {
  /** Adds (or replaces, by name) files; resolves to every chosen file name. */
  add(files: readonly ChosenFile[]): Promise<readonly string[]>;
  /** Forgets one chosen file (a bad one, say); resolves to the file names left. */
  remove(name: string): Promise<readonly string[]>;
  /** Forgets every chosen file. */
  clear(): Promise<void>;
}

/**
 * Everything the task pane can ask of a host. Errors are rejected promises with a
 * user-readable message; the UI shows them in a MessageBar.
 */
export interface HostActions {
  readonly kind: HostKind;
  /** Present when the host reads chosen files (standalone). */
  readonly files?: FileActions;
  /** Reads the inputs and says what each sheet is. */
  scan(): Promise<readonly FoundSheet[]>;
  /**
   * Reads, consolidates, audits, narrates and writes (or prepares a download). In Excel,
   * `confirmReplace` is asked before output sheets the user edited are replaced; without it
   * they are kept and the results go beside them (said in `output.notices`).
   */
  run(
    request: RunRequest,
    onProgress: (progress: RunProgress) => void,
    confirmReplace?: ConfirmReplace,
  ): Promise<RunOutcome>;
  /** Whether `selectCell` can select a cell (Excel); otherwise the UI shows the address. */
  readonly canSelectCell: boolean;
  /** Selects a cell of a source sheet (Excel); rejects where not available. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * The period, area and sheet choices of the last run saved in the workbook (Excel; the
   * ribbon's 一键汇总 runs with them), or null. Absent where nothing is kept.
   */
  loadRunChoices?(): Promise<SavedRunChoices | null>;
  /** The saved narrative templates, or null when none were saved. */
  loadTemplates(): Promise<string | null>;
  saveTemplates(text: string): Promise<void>;
}
