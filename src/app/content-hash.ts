/**
 * Hex SHA-256 of a file's bytes with the Web Crypto API (browsers, Node 20): what tells two
 * chosen files with the same content apart from two different ones. Browser-safe.
 *
 * @example
 * await sha256Hex(new TextEncoder().encode('abc'))
 * // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A view on a plain ArrayBuffer: digest does not take one on a SharedArrayBuffer.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
