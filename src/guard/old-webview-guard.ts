import { messagesZhCN } from '../core/diagnostics/messages.zh-CN';

/**
 * The inline guard of `taskpane.html` and `commands.html`. Office 2016/2019 perpetual on
 * Windows shows add-ins in IE11 (Trident) or old Edge (EdgeHTML), where React 19, Fluent UI 9
 * and the bundles' `?.`/`??` cannot run: the pane would be blank and the ribbon button dead.
 * The guard is plain ES5 and runs first. In a modern webview it loads the page's bundles, in
 * order; in an old one it loads none and says, in Chinese, that this Excel is too old and
 * where to go instead (the standalone page beside this one, the command line, the help page).
 * On commands.html (the ribbon's function file, no UI) an old webview gets a `runOneClick`
 * that opens this page as a dialog, so the button shows the message instead of doing nothing.
 */

/** The catalogue texts the guard shows (Chinese only: the message is for Chinese offices). */
const GUARD_TEXT = {
  title: messagesZhCN['guard.title'],
  why: messagesZhCN['guard.why'],
  standalone: messagesZhCN['guard.standalone'],
  cli: messagesZhCN['guard.cli'],
  cliExample: messagesZhCN['guard.cli-example'],
  help: messagesZhCN['guard.help'],
};

/** A value as a JavaScript literal that is safe inside an inline `<script>`. */
function scriptLiteral(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The guard's ES5 source for an inline `<script>` at the end of `<body>`, given the page's
 * bundle URLs (html-webpack-plugin's `htmlWebpackPlugin.files.js`, the page built with
 * `inject: false`).
 *
 * @example
 * // in taskpane.html (a lodash template):
 * // <script><%= require('../guard/old-webview-guard.ts').oldWebviewGuardScript(htmlWebpackPlugin.files.js) %></script>
 * oldWebviewGuardScript(['taskpane.1a2b3c4d.js']).startsWith('(function () {') // true
 */
export function oldWebviewGuardScript(bundles: readonly string[]): string {
  return `(function () {
  var bundles = ${scriptLiteral(bundles)};
  var text = ${scriptLiteral(GUARD_TEXT)};

  /* What the bundles need: no IE/EdgeHTML, ES2015+ built-ins, fetch, CSS variables, ?. and ??. */
  function modernWebview() {
    var ua = navigator.userAgent || '';
    if (/Trident\\/|MSIE |Edge\\/\\d/.test(ua)) return false;
    if (typeof Promise === 'undefined' || typeof Proxy === 'undefined') return false;
    if (typeof Reflect === 'undefined' || typeof Symbol === 'undefined') return false;
    if (typeof WeakMap === 'undefined' || typeof fetch === 'undefined') return false;
    if (!(window.CSS && CSS.supports && CSS.supports('--park-stats', '0'))) return false;
    try {
      new Function('var a = {}; return a?.b ?? 1;')();
    } catch (e) {
      /* A SyntaxError: the engine cannot read ?. or ??. Anything else (a policy that forbids
         new Function) says nothing about the engine: go on. */
      if (e instanceof SyntaxError) return false;
    }
    return true;
  }

  function loadBundles() {
    for (var i = 0; i < bundles.length; i++) {
      var script = document.createElement('script');
      script.src = bundles[i];
      script.async = false; /* in order, as the build lists them */
      document.body.appendChild(script);
    }
  }

  function here(page) {
    return location.href.replace(/[?#].*$/, '').replace(/[^\\/]*$/, page);
  }

  function element(tag, content, parent) {
    var node = document.createElement(tag);
    if (content) node.appendChild(document.createTextNode(content));
    parent.appendChild(node);
    return node;
  }

  function link(url, label, parent) {
    var a = element('a', label || url, parent);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener';
    return a;
  }

  function showMessage() {
    var box = document.createElement('div');
    box.id = 'old-webview';
    box.setAttribute('role', 'alert');
    box.style.fontFamily = "'Microsoft YaHei', 'PingFang SC', sans-serif";
    box.style.fontSize = '14px';
    box.style.lineHeight = '1.6';
    box.style.margin = '16px';
    element('h1', text.title, box).style.fontSize = '18px';
    element('p', text.why, box);
    var standalone = element('p', text.standalone, box);
    element('br', '', standalone);
    link(here('standalone.html'), '', standalone);
    var cli = element('p', text.cli, box);
    element('br', '', cli);
    element('code', text.cliExample, cli);
    link(here('help.html'), text.help, element('p', '', box));
    var children = document.body.childNodes;
    for (var i = children.length - 1; i >= 0; i--) {
      if (children[i].nodeName !== 'SCRIPT') document.body.removeChild(children[i]);
    }
    document.body.appendChild(box);
  }

  /* The ribbon's function file: Office 2016 calls a global function of the FunctionName. */
  function answerRibbon() {
    if (typeof Office === 'undefined') return;
    Office.initialize = function () {};
    window.runOneClick = function (event) {
      try {
        Office.context.ui.displayDialogAsync(here('commands.html') + '?old-webview=1',
          { height: 40, width: 40, displayInIframe: true },
          function () { event.completed(); });
      } catch (e) {
        event.completed();
      }
    };
  }

  if (modernWebview()) {
    loadBundles();
  } else {
    answerRibbon();
    showMessage();
  }
})();`;
}
