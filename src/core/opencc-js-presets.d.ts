// opencc-js ships its one-way builds as package subpaths (`exports`), which this project's
// `moduleResolution: node` does not read: they have the full build's types.
declare module 'opencc-js/t2cn' {
  export * from 'opencc-js';
}
declare module 'opencc-js/cn2t' {
  export * from 'opencc-js';
}
