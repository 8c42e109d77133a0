/** What the browser tests share: Debian's Chromium, its flags, and a static file server. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (apt-get install chromium); playwright's own browsers cannot be fetched. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, sandbox-free, and quiet on the network (this machine has none). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/**
 * Serves `folder` on 127.0.0.1 at a random port; `onRequest` sees every path asked for
 * (a worker's and lazy chunks' too). Paths outside the folder are 404.
 *
 * @example
 * const { server, origin } = await serveFolder(dist);
 * await page.goto(`${origin}/standalone.html`);
 * server.close();
 */
export function serveFolder(
  folder: string,
  onRequest: (path: string) => void = () => undefined,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    onRequest(path);
    const file = normalize(join(folder, path));
    if (!file.startsWith(folder + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

const OFFICE_DIST = resolve(
  __dirname,
  '..',
  '..',
  'node_modules',
  '@microsoft',
  'office-js',
  'dist',
);

/**
 * Serves office.js's CDN address from node_modules/@microsoft/office-js/dist (the CDN is
 * out of reach here); anything else of it is 404.
 *
 * @example
 * await serveOfficeJs(context);
 */
export async function serveOfficeJs(context: BrowserContext): Promise<void> {
  await context.route('https://appsforoffice.microsoft.com/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
    const file = normalize(join(OFFICE_DIST, path));
    if (!file.startsWith(OFFICE_DIST + sep) || !existsSync(file)) {
      return route.fulfill({ status: 404 });
    }
    return route.fulfill({
      status: 200,
      contentType: TYPES[extname(file)] ?? 'text/plain',
      body: readFileSync(file),
    });
  });
}

/** The built pages served and a fresh Chromium profile to open them in. */
export interface PageSession {
  readonly origin: string;
  readonly context: BrowserContext;
  /** Closes the browser and the server and removes the profile. */
  close(): Promise<void>;
}

/**
 * Builds the pages when `dist` has none (`npm test` builds them first), serves them, and
 * starts Debian's Chromium headless with a new profile that accepts downloads; office.js
 * comes from node_modules (the CDN is out of reach).
 *
 * @example
 * const session = await openPageSession(dist);
 * const page = await session.context.newPage();
 * await page.goto(`${session.origin}/standalone.html`);
 * await session.close();
 */
export async function openPageSession(
  dist: string,
  onRequest?: (path: string) => void,
): Promise<PageSession> {
  if (!existsSync(join(dist, 'standalone.html'))) {
    execFileSync('npx', ['webpack', '--mode', 'production'], {
      cwd: resolve(dist, '..'),
      stdio: 'inherit',
    });
  }
  const { server, origin } = await serveFolder(dist, onRequest);
  const profile = mkdtempSync(join(tmpdir(), 'park-stats-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 900, height: 1400 },
    args: [...CHROMIUM_ARGS],
  });
  await serveOfficeJs(context);
  return {
    origin,
    context,
    async close() {
      await context.close();
      await new Promise((done) => server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
