import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type {
  FoundSheet,
  HostActions,
  RunOutcome,
  RunProgress,
  SheetChoice,
} from '../app/host-actions';
import type { UiMessageCode } from '../core/diagnostics/messages.en';
import { isIncludedByDefault } from '../app/pipeline-view';
import { readDraftText } from '../app/read-draft';
import { formatMessage } from '../core/diagnostics/format';
import { readFileBytes } from './download';
import { errorText } from './error-text';
import type { Translate } from './i18n';
import { defaultTemplateText, readEditorTemplates } from './editor-templates';
import { narrativePreview, type RenderPreview } from './template-preview';

export interface AppStateOptions {
  readonly actions: HostActions;
  readonly t: Translate;
  /** Copies text to the clipboard; default `navigator.clipboard.writeText`. */
  readonly copyText?: (text: string) => Promise<void>;
}

/**
 * The task pane's state and what the user can do, on top of the host actions. Every
 * failure ends up in `errors` (shown in MessageBars), none is swallowed; what the user does
 * next (a run, files added or removed, a new scan) starts with no errors shown.
 */
/**
 * The host's question before a run replaces output sheets the user has edited: their
 * names, and the answer (true: replace them; false: keep them, write the results beside).
 */
export interface ReplaceAsk {
  readonly sheets: readonly string[];
  readonly answer: (replace: boolean) => void;
}

export function useAppState({ actions, t, copyText }: AppStateOptions) {
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [fileNames, setFileNames] = useState<readonly string[]>([]);
  const [sheets, setSheets] = useState<readonly FoundSheet[]>([]);
  const [included, setIncluded] = useState<Readonly<Record<string, boolean>>>({});
  const [period, setPeriod] = useState('');
  const [area, setArea] = useState('');
  const [unitWord, setUnitWord] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  // The last successful run, kept while a new run goes on: the template preview's data.
  const [lastRun, setLastRun] = useState<RunOutcome | null>(null);
  const [templates, setTemplatesText] = useState(defaultTemplateText);
  const [templatesSaved, setTemplatesSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const [replaceAsk, setReplaceAsk] = useState<ReplaceAsk | null>(null);
  // 文稿核对: the draft lives in the pane's memory only, never in the document settings.
  const [draftText, setDraftText] = useState('');
  const [draftFile, setDraftFile] = useState<string | null>(null);

  const fail = useCallback(
    (code: UiMessageCode, error: unknown, params: Record<string, string> = {}) =>
      setErrors((list) => [...list, t(code, { ...params, reason: errorText(error) })]),
    [t],
  );

  const scan = useCallback(async () => {
    setBusy(true);
    try {
      setSheets(await actions.scan());
    } catch (error) {
      fail('ui.error.scan', error);
    } finally {
      setBusy(false);
    }
  }, [actions, fail]);

  useEffect(() => {
    actions.loadTemplates().then(
      // Saved text, else the defaults: users edit the defaults rather than a blank box.
      (text) =>
        setTemplatesText(text !== null && text.trim() !== '' ? text : defaultTemplateText()),
      (error: unknown) => fail('ui.error.templates-load', error),
    );
    // The period, area and sheet choices of the last run in this workbook (the ribbon's
    // 一键汇总 uses the same), so the pane opens as the user left it.
    actions.loadRunChoices?.().then(
      (saved) => {
        if (saved === null) return;
        setPeriod(saved.period);
        setArea(saved.area);
        setUnitWord(saved.unitWord ?? '');
        setIncluded(Object.fromEntries(saved.sheets.map((c) => [c.id, c.included])));
      },
      () => undefined, // none readable: the defaults stand, as on a first run
    );
    if (actions.files === undefined) void scan();
  }, [actions, fail, scan]);

  async function addFiles(files: readonly File[]) {
    if (actions.files === undefined) return;
    setErrors([]);
    try {
      const chosen = await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: await readFileBytes(file) })),
      );
      setFileNames(await actions.files.add(chosen));
      setOutcome(null);
    } catch (error) {
      fail('ui.error.scan', error);
      return;
    }
    await scan();
  }

  // A file that cannot be read fails the scan of all: take it off and scan the others.
  async function removeFile(name: string) {
    if (actions.files === undefined) return;
    setErrors([]);
    let left: readonly string[];
    try {
      left = await actions.files.remove(name);
    } catch (error) {
      fail('ui.error.scan', error);
      return;
    }
    setFileNames(left);
    setOutcome(null);
    if (left.length > 0) {
      await scan();
    } else {
      setSheets([]);
      setIncluded({});
    }
  }

  async function clearFiles() {
    setErrors([]);
    try {
      await actions.files?.clear();
    } catch (error) {
      fail('ui.error.scan', error);
    }
    setFileNames([]);
    setSheets([]);
    setIncluded({});
    setOutcome(null);
  }

  async function run() {
    const choices: SheetChoice[] = sheets
      .filter((s) => s.role !== 'skipped')
      .map((s) => ({
        id: s.id,
        sheet: s.sheet,
        included: included[s.id] ?? isIncludedByDefault(s),
      }));
    setBusy(true);
    setErrors([]); // a new run: the last run's errors no longer hold
    setOutcome(null);
    setProgress({ stage: 'read', fraction: 0 });
    try {
      const { set } = readEditorTemplates(templates);
      const request = {
        period,
        area,
        unitWord,
        sheets: choices,
        ...(set !== null ? { templates: set } : {}),
        ...(draftText.trim() !== ''
          ? {
              draft: {
                text: draftText,
                // The source names the draft in the 文稿核对 sheet: always in Chinese.
                source: draftFile ?? formatMessage('draft.pasted'),
              },
            }
          : {}),
      };
      // Asked by the host before it replaces output sheets the user edited since we wrote them.
      const confirmReplace = (names: readonly string[]) =>
        new Promise<boolean>((resolve) =>
          setReplaceAsk({
            sheets: names,
            answer: (replace) => {
              setReplaceAsk(null);
              resolve(replace);
            },
          }),
        );
      const result = await actions.run(request, setProgress, confirmReplace);
      // The findings, narrative and preview of a county render as a transition, in slices
      // between frames: a large result never freezes the page.
      startTransition(() => {
        setOutcome(result);
        setLastRun(result);
      });
    } catch (error) {
      fail('ui.error.run', error);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  /** Reads a chosen .txt or .docx draft into the text box (a .docx loads mammoth first). */
  async function chooseDraftFile(file: File) {
    setErrors([]);
    try {
      const text = await readDraftText(file.name, await readFileBytes(file));
      setDraftText(text);
      setDraftFile(file.name);
    } catch (error) {
      fail('ui.draft.error-read', error, { file: file.name });
    }
  }

  async function selectCell(sheet: string, cell: string) {
    try {
      await actions.selectCell(sheet, cell);
    } catch (error) {
      fail('ui.error.select', error, { address: `${sheet}!${cell}` });
    }
  }

  async function copy(text: string) {
    setCopied(false);
    try {
      await (copyText ?? ((value: string) => navigator.clipboard.writeText(value)))(text);
      setCopied(true);
    } catch (error) {
      fail('ui.error.copy', error);
    }
  }

  async function saveTemplates() {
    setTemplatesSaved(false);
    try {
      await actions.saveTemplates(templates);
      setTemplatesSaved(true);
    } catch (error) {
      fail('ui.error.templates-save', error);
    }
  }

  // The preview renders against the last run; before any run there is nothing to render.
  const renderPreview = useMemo<RenderPreview | null>(
    () =>
      lastRun === null
        ? null
        : narrativePreview({
            consolidation: lastRun.consolidation,
            // The group word as the next run will use it ('' = inferred from the names).
            words: unitWord.trim() === '' ? lastRun.words : { ...lastRun.words, unit: unitWord },
            findings: lastRun.counts,
          }),
    [lastRun, unitWord],
  );

  return {
    replaceAsk,
    errors,
    dismissError: (index: number) => setErrors((list) => list.filter((_, i) => i !== index)),
    fileNames,
    addFiles,
    removeFile,
    clearFiles,
    sheets,
    included,
    toggleSheet: (id: string, on: boolean) => setIncluded((map) => ({ ...map, [id]: on })),
    scan,
    /** 重新扫描: a new scan, so the errors of the last one go. */
    rescan: () => {
      setErrors([]);
      return scan();
    },
    period,
    setPeriod,
    area,
    setArea,
    unitWord,
    setUnitWord,
    busy,
    progress,
    outcome,
    run,
    selectCell,
    /** A failed 导出 Word, shown with the other errors. */
    failWordExport: (error: unknown) => fail('ui.error.export-word', error),
    copied,
    copy,
    templates,
    setTemplates: (text: string) => {
      setTemplatesText(text);
      setTemplatesSaved(false);
    },
    templatesSaved,
    saveTemplates,
    resetTemplates: () => {
      setTemplatesText(defaultTemplateText());
      setTemplatesSaved(false);
    },
    renderPreview,
    draftText,
    setDraftText,
    draftFile,
    chooseDraftFile,
    removeDraftFile: () => {
      setDraftText('');
      setDraftFile(null);
    },
  };
}
