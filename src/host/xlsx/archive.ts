import type JSZip from 'jszip';

/**
 * The parts of a zip package (an .xlsx), read on demand. Two openers give it: JSZip's in
 * every host (`openWithJszip`), and Node's own inflater on the command line
 * (`openWithNodeZlib`, several times faster and nothing to load).
 */
export interface PackageArchive {
  /** Every entry's name as stored, folders included ("xl/", "xl/workbook.xml"). */
  readonly names: readonly string[];
  /**
   * A file entry's text, decoded as UTF-8 (a byte-order mark kept), or null when there is
   * no such file (a folder entry is none). Rejects when the entry cannot be inflated.
   */
  text(name: string): Promise<string | null>;
}

/** Opens package bytes; rejects when they are not a zip it can read. */
export type ArchiveOpener = (bytes: Uint8Array) => Promise<PackageArchive>;

/**
 * Opens a package with JSZip (browser-safe; JSZip is loaded on first use).
 *
 * @example
 * const archive = await openWithJszip(bytes);
 * await archive.text('xl/workbook.xml') // "<?xml …"
 */
export const openWithJszip: ArchiveOpener = async (bytes) => {
  const { default: JSZipClass } = await import('jszip');
  const zip: JSZip = await JSZipClass.loadAsync(bytes);
  return {
    names: Object.keys(zip.files),
    text: async (name) => {
      const file = zip.file(name);
      return file === null ? null : file.async('string');
    },
  };
};
