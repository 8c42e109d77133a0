import { Button, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { HostActions } from '../../app/host-actions';
import { downloadBytes } from '../download';
import { TranslateContext, translator, useTranslate, type UiLocale } from '../i18n';
import { useAppState } from '../use-app-state';
import { DraftCheckView } from './draft-check-view';
import { DraftInput } from './draft-input';
import { ChartPanel } from './chart-panel';
import { ErrorBar } from './error-bar';
import { ReplaceBar } from './replace-bar';
import { FilePicker } from './file-picker';
import { FindingsList } from './findings-list';
import { NarrativePreview } from './narrative-preview';
import { ResultBar } from './result-bar';
import { RunPanel } from './run-panel';
import { Section } from './section';
import { SheetList } from './sheet-list';
import { TemplateEditor } from './template-editor';
import { WordExport } from './word-export';
import type { ChartImageProvider } from '../word-report';

/**
 * The sheet list renders again only when its sheets, choices or busy state change, not on
 * every progress step of a run: a county of 100 sheets is 100 switches, 100 ms or more of
 * main-thread work per render on a slow machine (issue 13 §5).
 */
const StableSheetList = memo(SheetList);

const NO_WORDS = { area: '' };

/** A callback whose identity never changes and that always calls the latest `callback`. */
function useStableCallback<A extends unknown[]>(callback: (...args: A) => void) {
  const latest = useRef(callback);
  latest.current = callback;
  return useCallback((...args: A) => latest.current(...args), []);
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '960px',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

export interface AppProps {
  /** What the host can do: Excel (office-js) or the standalone page (files in memory). */
  readonly actions: HostActions;
  readonly locale?: UiLocale;
  /** Copies text; default `navigator.clipboard.writeText`. */
  readonly copyText?: (text: string) => Promise<void>;
  /** Offers the result workbook for download; default Blob + object URL. */
  readonly download?: (fileName: string, bytes: Uint8Array) => void;
  /** The chart images of 导出 Word's report; none by default. */
  readonly chartImages?: ChartImageProvider;
}

/** The task pane: the same UI in Excel, in the standalone page and in tests. */
export function App({ locale: initialLocale = 'zh-CN', ...props }: AppProps) {
  const [locale, setLocale] = useState<UiLocale>(initialLocale);
  const t = useMemo(() => translator(locale), [locale]);
  return (
    <TranslateContext.Provider value={t}>
      <AppBody
        {...props}
        onToggleLocale={() => setLocale((l) => (l === 'zh-CN' ? 'en' : 'zh-CN'))}
      />
    </TranslateContext.Provider>
  );
}

interface AppBodyProps extends Omit<AppProps, 'locale'> {
  readonly onToggleLocale: () => void;
}

function AppBody({
  actions,
  onToggleLocale,
  download = downloadBytes,
  chartImages,
  ...options
}: AppBodyProps) {
  const styles = useStyles();
  const tr = useTranslate();
  const state = useAppState({ actions, t: tr, ...options });
  const toggleSheet = useStableCallback(state.toggleSheet);
  const scanSheets = useStableCallback(() => void state.rescan());
  // A county's list (100 switches) renders as a transition, in slices between frames, so
  // listing the sheets or disabling them for a run never freezes the page.
  const listedSheets = useDeferredValue(state.sheets);
  const listDisabled = useDeferredValue(state.busy);
  return (
    <main className={styles.root}>
      <div className={styles.header}>
        <Title3 as="h1">{tr('ui.title')}</Title3>
        <Button appearance="subtle" size="small" onClick={onToggleLocale}>
          {tr('ui.language')}
        </Button>
      </div>
      <ErrorBar messages={state.errors} onDismiss={state.dismissError} />
      {actions.files !== undefined && (
        <Section title={tr('ui.files.heading')}>
          <FilePicker
            fileNames={state.fileNames}
            onFiles={(files) => void state.addFiles(files)}
            onRemove={(name) => void state.removeFile(name)}
            onClear={() => void state.clearFiles()}
            disabled={state.busy}
          />
        </Section>
      )}
      <Section title={tr('ui.sheets.heading')}>
        <StableSheetList
          sheets={listedSheets}
          included={state.included}
          onToggle={toggleSheet}
          onScan={scanSheets}
          disabled={listDisabled}
        />
      </Section>
      {/* Folded until wanted: most runs check no draft. */}
      <Section title={tr('ui.draft.heading')} defaultOpen={false}>
        <DraftInput
          text={state.draftText}
          onTextChange={state.setDraftText}
          fileName={state.draftFile}
          onFile={(file) => void state.chooseDraftFile(file)}
          onRemoveFile={state.removeDraftFile}
          disabled={state.busy}
        />
      </Section>
      <RunPanel
        period={state.period}
        area={state.area}
        onPeriodChange={state.setPeriod}
        onAreaChange={state.setArea}
        unitWord={state.unitWord}
        onUnitWordChange={state.setUnitWord}
        onRun={() => void state.run()}
        running={state.busy && state.progress !== null}
        progress={state.progress}
        disabled={state.busy}
      />
      {/* Beside the 一键汇总 button the user just pressed, not at the top of a long pane. */}
      <ReplaceBar ask={state.replaceAsk} />
      {state.outcome !== null && <ResultBar outcome={state.outcome} onDownload={download} />}
      {state.outcome?.reportSheets !== undefined && (
        <WordExport
          outcome={state.outcome}
          onDownload={download}
          onError={state.failWordExport}
          {...(chartImages !== undefined ? { chartImages } : {})}
        />
      )}
      {/* The draft check first: a user who gave a draft came for it. */}
      {state.outcome?.draftCheck !== undefined && (
        <Section title={tr('ui.draft.result-heading')}>
          <DraftCheckView
            check={state.outcome.draftCheck}
            canSelect={actions.canSelectCell}
            onSelect={(sheet, cell) => void state.selectCell(sheet, cell)}
          />
        </Section>
      )}
      {state.outcome !== null && (
        <Section title={tr('ui.findings.heading')}>
          <FindingsList
            findings={state.outcome.findings}
            canSelect={actions.canSelectCell}
            onSelect={(sheet, cell) => void state.selectCell(sheet, cell)}
          />
        </Section>
      )}
      <Section title={tr('ui.narrative.heading')}>
        <NarrativePreview
          paragraphs={state.outcome?.narrative ?? []}
          copied={state.copied}
          onCopy={(text) => void state.copy(text)}
          canSelect={actions.canSelectCell}
          onSelect={(sheet, cell) => void state.selectCell(sheet, cell)}
        />
      </Section>
      {/* Folded until wanted: ECharts is loaded when the section is opened. */}
      <Section title={tr('ui.charts.heading')} defaultOpen={false}>
        <ChartPanel
          consolidation={state.outcome?.consolidation ?? null}
          words={state.outcome?.words ?? NO_WORDS}
        />
      </Section>
      {/* Folded until wanted: open, its preview repeats the narrative above. */}
      <Section title={tr('ui.templates.heading')} defaultOpen={false}>
        <TemplateEditor
          value={state.templates}
          onChange={state.setTemplates}
          renderPreview={state.renderPreview}
          onSave={() => void state.saveTemplates()}
          onReset={state.resetTemplates}
          saved={state.templatesSaved}
        />
      </Section>
    </main>
  );
}
