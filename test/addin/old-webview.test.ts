import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { messagesZhCN } from '../../src/core/diagnostics/messages.zh-CN';
import { CHROMIUM, CHROMIUM_ARGS, serveFolder, serveOfficeJs } from '../helpers/browser';

/**
 * The old-webview guard of taskpane.html and commands.html in real headless Chromium: an IE11
 * user agent, or a webview without the features the bundles need, gets the Chinese message
 * and no bundle; a modern one gets the task pane. Uses the built pages (dist-addin/; built
 * here when missing, as test/e2e does).
 */

const root = resolve(__dirname, '..', '..');
const dist = join(root, 'dist-addin');
const IE11 =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const TITLE = messagesZhCN['guard.title'];

const describeIfChromium = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`test/addin/old-webview skipped: ${CHROMIUM} not found`);

describeIfChromium('old Office webviews (IE11, EdgeHTML) get a message, not a blank pane', () => {
  jest.setTimeout(120_000);
  let server: Server;
  let origin: string;
  let userDataDir: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(join(dist, 'taskpane.html'))) {
      execFileSync('npx', ['webpack', '--mode', 'development'], { cwd: root, stdio: 'inherit' });
    }
    ({ server, origin } = await serveFolder(dist));
    userDataDir = mkdtempSync(join(tmpdir(), 'park-stats-old-webview-'));
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await new Promise((done) => server?.close(done));
    if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
  });

  /** A fresh browser context (own profile), optionally with another user agent. */
  async function context(userAgent?: string): Promise<BrowserContext> {
    const made = await chromium.launchPersistentContext(
      mkdtempSync(join(userDataDir, 'profile-')),
      {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 350, height: 700 },
        ...(userAgent === undefined ? {} : { userAgent }),
        args: [...CHROMIUM_ARGS],
      },
    );
    // No network: office.js from node_modules.
    await serveOfficeJs(made);
    contexts.push(made);
    return made;
  }

  /** Opens a page; the bundles of ours it requested and the errors it threw. */
  async function open(made: BrowserContext, page: string, initScript?: string) {
    const tab: Page = await made.newPage();
    const bundles: string[] = [];
    const errors: string[] = [];
    tab.on('request', (r) => {
      const url = r.url();
      if (url.startsWith(origin) && url.endsWith('.js')) bundles.push(url.slice(origin.length));
    });
    tab.on('pageerror', (e) => errors.push(e.message));
    if (initScript !== undefined) await tab.addInitScript({ content: initScript });
    await tab.goto(`${origin}/${page}`);
    return { tab, bundles, errors };
  }

  async function expectMessage(tab: Page) {
    const alert = tab.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe(TITLE);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(messagesZhCN['guard.standalone']);
    expect(text).toContain(messagesZhCN['guard.cli-example']);
    expect(await alert.getByRole('link', { name: `${origin}/standalone.html` }).count()).toBe(1);
    expect(await alert.getByRole('link', { name: '使用帮助' }).getAttribute('href')).toBe(
      `${origin}/help.html`,
    );
    expect(await tab.locator('#root').count()).toBe(0);
  }

  it.each(['taskpane.html', 'commands.html'])(
    'the built %s has one inline script, the guard, still ES5 after the HTML minifier',
    (page) => {
      const html = readFileSync(join(dist, page), 'utf8');
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      expect(inline).toHaveLength(1);
      expect(() => parse(inline[0] ?? '', { ecmaVersion: 5 })).not.toThrow();
      // Every other script is office.js: the bundles come only through the guard.
      const external = [...html.matchAll(/<script src=["']?([^"'\s>]+)/g)].map((m) => m[1]);
      expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    },
  );

  it('taskpane.html with an IE11 user agent: the message, and no bundle requested', async () => {
    const { tab, bundles, errors } = await open(await context(IE11), 'taskpane.html');
    await expectMessage(tab);
    await tab.waitForTimeout(300);
    expect(bundles).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['no Proxy', 'delete window.Proxy;'],
    ['no fetch', 'delete window.fetch;'],
    [
      'no optional chaining (?. is a SyntaxError)',
      `(() => {
        const RealFunction = Function;
        window.Function = function (...args) {
          if (args.join(',').includes('?.')) throw new SyntaxError("Expected identifier");
          return RealFunction(...args);
        };
      })();`,
    ],
  ])('taskpane.html in a webview with %s: the message, no bundle', async (_name, init) => {
    const { tab, bundles } = await open(await context(), 'taskpane.html', init);
    await expectMessage(tab);
    expect(bundles).toEqual([]);
  });

  it('commands.html (the ribbon) in IE11: runOneClick opens the message instead of doing nothing', async () => {
    const made = await context(IE11);
    const { bundles } = await open(made, 'commands.html');
    const { tab } = await open(made, 'commands.html?old-webview=1');
    await expectMessage(tab);
    expect(await tab.evaluate('typeof window.runOneClick')).toBe('function');
    expect(bundles).toEqual([]);
  });

  it('in a modern Chromium the guard loads the bundles: the task pane renders', async () => {
    const made = await context();
    const { tab, bundles, errors } = await open(made, 'taskpane.html');
    await tab.getByRole('heading', { name: '园区统计汇总' }).waitFor();
    expect(await tab.getByRole('alert').count()).toBe(0);
    expect(bundles.some((b) => /^\/taskpane\.[0-9a-f]+\.js$/.test(b))).toBe(true);
    const commands = await open(made, 'commands.html');
    await commands.tab.waitForLoadState('load');
    expect(commands.bundles.some((b) => /^\/commands\.[0-9a-f]+\.js$/.test(b))).toBe(true);
    expect(await commands.tab.getByRole('alert').count()).toBe(0);
    expect([...errors, ...commands.errors]).toEqual([]);
  });
});
