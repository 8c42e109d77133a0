import { parse } from 'acorn';
import { runInNewContext } from 'node:vm';
import { messagesZhCN } from '../../src/core/diagnostics/messages.zh-CN';
import { oldWebviewGuardScript } from '../../src/guard/old-webview-guard';

// acorn is webpack's own parser (always installed with the build): it reads the guard as
// IE11 would, ES5 only.
describe('oldWebviewGuardScript', () => {
  const script = oldWebviewGuardScript(['taskpane.1a2b3c4d.js', 'vendors.5e6f7a8b.js']);

  it('is plain ES5, as IE11 reads it', () => {
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
    // The check can fail: the same parser rejects what the bundles are made of.
    expect(() => parse('var a = {}; a?.b;', { ecmaVersion: 5 })).toThrow();
  });

  it('carries the catalogue texts and the bundles, and nothing that ends the inline script', () => {
    expect(script).toContain(JSON.stringify(['taskpane.1a2b3c4d.js', 'vendors.5e6f7a8b.js']));
    expect(script).toContain(messagesZhCN['guard.title']);
    expect(script).toContain(messagesZhCN['guard.cli-example']);
    expect(oldWebviewGuardScript(['</script><b>x.js'])).not.toContain('</script>');
  });

  /**
   * Runs the guard in a bare context standing for a browser: what it appended to <body>
   * (the page itself in real Chromium: test/addin/old-webview.test.ts).
   */
  function runIn(globals: Record<string, unknown>, userAgent: string) {
    const appended: { tag: string; src?: string; text: string }[] = [];
    const node = (tag: string) => {
      const made = {
        tag,
        src: undefined as string | undefined,
        text: '',
        style: {},
        nodeName: tag.toUpperCase(),
        setAttribute() {},
        appendChild(child: { text?: string }) {
          made.text += child.text ?? '';
          return child;
        },
      };
      return made;
    };
    const document = {
      createElement: node,
      createTextNode: (text: string) => ({ text }),
      body: {
        childNodes: [],
        appendChild(child: { tag: string; src?: string; text: string }) {
          appended.push(child);
        },
      },
    };
    const window: Record<string, unknown> = {
      ...globals,
      document,
      navigator: { userAgent },
      location: { href: 'https://stats.example.gov.cn/addin/taskpane.html?_host_Info=Excel' },
    };
    window['window'] = window;
    runInNewContext(script, window);
    return appended;
  }

  const CHROME =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0';
  const modern = {
    Promise,
    Proxy,
    Reflect,
    Symbol,
    WeakMap,
    fetch: () => undefined,
    CSS: { supports: () => true },
  };

  it('loads the bundles in order where they can run (WebView2 is "Edg/", not "Edge/")', () => {
    const appended = runIn(modern, CHROME);
    expect(appended.map((n) => [n.tag, n.src])).toEqual([
      ['script', 'taskpane.1a2b3c4d.js'],
      ['script', 'vendors.5e6f7a8b.js'],
    ]);
  });

  it.each([
    ['IE11', 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', modern],
    [
      'EdgeHTML',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/70.0 Safari/537.36 Edge/18.17763',
      modern,
    ],
    ['no Proxy', CHROME, { ...modern, Proxy: undefined }],
    ['no CSS variables', CHROME, { ...modern, CSS: undefined }],
  ])('loads no bundle and shows the message in %s', (_name, userAgent, globals) => {
    const appended = runIn(globals, userAgent);
    expect(appended.filter((n) => n.tag === 'script')).toEqual([]);
    const box = appended.find((n) => n.tag === 'div');
    expect(box?.text).toContain(messagesZhCN['guard.title']);
    expect(box?.text).toContain(messagesZhCN['guard.standalone']);
  });
});
