export { consolidate } from './consolidate';
export type { ConsolidateOptions, Derivation } from './options';
export { DEFAULT_DERIVATIONS } from './options';
