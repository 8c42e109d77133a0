export { consolidate } from './consolidate';
export type { ConsolidateOptions, Derivation } from './options';
