/**
 * The add-in's manifest for a server: `manifest.xml` names https://localhost:3000 (the
 * development server); a build for an office's intranet replaces it with the base URL the
 * IT person gives (`ADDIN_BASE_URL=https://stats.example.gov.cn/addin npm run build`).
 * Used by webpack.config.js when it copies manifest.xml into dist-addin/.
 */

/** The origin every URL of the checked-in manifest.xml starts with. */
export const DEV_BASE_URL = 'https://localhost:3000';

/**
 * Checks a base URL for the manifest and gives it without a trailing slash. Office loads
 * add-in pages over https only, and a query or fragment would end up in the middle of
 * every page URL, so both are refused with a message naming the variable.
 *
 * @example normalBaseUrl('https://stats.example.gov.cn/addin/') // "https://stats.example.gov.cn/addin"
 */
export function normalBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${baseUrl}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_BASE_URL must start with https:// (Office loads add-ins over https only): "${baseUrl}"`,
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(
      `ADDIN_BASE_URL must be a plain folder URL, without ?query, #fragment or user: "${baseUrl}"`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The manifest with every development URL pointing at `baseUrl` instead: pages, icons,
 * SupportUrl (the help page); `<AppDomain>` gets the base URL's origin (a domain, not a
 * folder). The result mentions localhost nowhere.
 *
 * @example
 * manifestForBaseUrl(xml, 'https://stats.example.gov.cn/addin')
 * // <SourceLocation DefaultValue="https://stats.example.gov.cn/addin/taskpane.html"/> …
 */
export function manifestForBaseUrl(manifest: string, baseUrl: string): string {
  const base = normalBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const out = manifest
    .replace(
      /<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g,
      `<AppDomain>${escapeXml(origin)}</AppDomain>`,
    )
    .split(DEV_BASE_URL)
    .join(escapeXml(base));
  if (/localhost/i.test(out)) {
    throw new Error('manifest.xml names localhost in a form the base URL does not replace');
  }
  return out;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
