/// <reference types="office-js" />

import { noticeUrl } from './notice-url';

/**
 * Shows a short notice from a ribbon command, which has no UI of its own: a small Office
 * dialog (DialogApi 1.1) with the text. Resolves once the dialog is open, or at once when it
 * cannot open (the text then goes to the console: there is nowhere else to show it).
 *
 * @example
 * await showNotice('汇总完成，已生成：汇总、分乡镇');
 */
export function showNotice(message: string): Promise<void> {
  return new Promise((resolve) => {
    const url = noticeUrl(window.location.href, message);
    Office.context.ui.displayDialogAsync(
      url,
      { height: 25, width: 30, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) console.error(message);
        resolve();
      },
    );
  });
}

/**
 * Fills the page with a notice's text (commands.html opened as the dialog).
 *
 * @example
 * renderNotice(document, '汇总完成');
 */
export function renderNotice(page: Document, message: string): void {
  const box = page.createElement('p');
  box.className = 'notice';
  box.style.whiteSpace = 'pre-line'; // a notice may have several lines
  box.textContent = message;
  page.body.replaceChildren(box);
}
