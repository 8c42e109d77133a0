/** Query parameter that turns commands.html into a notice dialog showing its text. */
export const NOTICE_PARAM = 'notice';

/**
 * The URL of commands.html showing `message` as a notice (for `displayDialogAsync`).
 *
 * @example
 * noticeUrl('https://localhost:3000/commands.html', '汇总完成')
 * // "https://localhost:3000/commands.html?notice=%E6%B1%87%E6%80%BB%E5%AE%8C%E6%88%90"
 */
export function noticeUrl(pageUrl: string, message: string): string {
  const base = pageUrl.split(/[?#]/)[0] ?? pageUrl;
  return `${base}?${NOTICE_PARAM}=${encodeURIComponent(message)}`;
}

/**
 * The notice text carried by a page URL's query, or null when there is none.
 *
 * @example
 * noticeFromSearch('?notice=%E5%A5%BD') // "好"
 */
export function noticeFromSearch(search: string): string | null {
  return new URLSearchParams(search).get(NOTICE_PARAM);
}
