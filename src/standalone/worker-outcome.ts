import type { RunOutcome } from '../app/host-actions';
import type { Consolidation } from '../core/model/consolidation';

/**
 * A run's outcome as it crosses from the engine's worker to the page: plain data (the
 * consolidation's figures are views that a structured clone would lose), the workbook's
 * bytes transferred, and the consolidation as JSON text that the page parses only when
 * the template preview first reads it.
 */
export interface WorkerOutcome extends Omit<RunOutcome, 'consolidation'> {
  /** JSON of the parts of the consolidation the narrative reads (townships, indicators, period). */
  readonly consolidationJson: string;
}

/**
 * The outcome made plain for the page (in the worker).
 *
 * @example postMessage(toWorkerOutcome(outcome))
 */
export function toWorkerOutcome(outcome: RunOutcome): WorkerOutcome {
  const { consolidation, ...rest } = outcome;
  const { townships, indicators, period } = consolidation;
  return {
    ...(JSON.parse(JSON.stringify({ ...rest, output: null })) as Omit<RunOutcome, 'consolidation'>),
    output: rest.output,
    consolidationJson: JSON.stringify({ townships, indicators, period }),
  };
}

/**
 * The outcome back on the page: `consolidation` is parsed from its JSON when first read
 * (by the template preview), and kept.
 *
 * @example fromWorkerOutcome(await engine.run(request, progress)).counts.townships
 */
export function fromWorkerOutcome(outcome: WorkerOutcome): RunOutcome {
  const { consolidationJson, ...rest } = outcome;
  let consolidation: Consolidation | null = null;
  return {
    ...rest,
    get consolidation(): Consolidation {
      if (consolidation === null) {
        const read = JSON.parse(consolidationJson) as Pick<
          Consolidation,
          'townships' | 'indicators' | 'period'
        >;
        consolidation = { ...read, tables: [], reportedTotals: [], issues: [] };
      }
      return consolidation;
    },
  };
}
