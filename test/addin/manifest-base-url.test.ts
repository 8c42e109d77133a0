import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestForBaseUrl, normalBaseUrl } from '../../scripts/lib/manifest-base-url';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const schema = join(
  root,
  '..',
  'shared',
  'schemas',
  'office-addin-manifest',
  'OfficeAppManifestV1_1.xsd',
);
const BASE = 'https://stats.example.gov.cn/addin';

const canValidate = spawnSync('xmllint', ['--version']).status === 0 && existsSync(schema);
// As manifest.test.ts: CI has both; elsewhere a missing one skips with one line.
const itXmllint = canValidate || process.env['CI'] === 'true' ? it : it.skip;
if (!canValidate) {
  console.warn('manifest-base-url.test: no xmllint or no ../shared schemas; schema test skipped');
}

/** Every URL the manifest points Office at (values and app domains; not XML namespaces). */
function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<\s]+)/g)].map(
    (m) => m[1] ?? '',
  );
}

describe('manifestForBaseUrl (ADDIN_BASE_URL)', () => {
  const out = manifestForBaseUrl(manifest, BASE);

  it('points every URL at the base URL, and names localhost nowhere', () => {
    expect(out).not.toMatch(/localhost/i);
    const all = urls(out);
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const url of all) {
      if (url === 'https://stats.example.gov.cn') continue; // AppDomain: the origin
      expect(url.startsWith(`${BASE}/`)).toBe(true);
    }
    expect(out).toContain(`<SourceLocation DefaultValue="${BASE}/taskpane.html"/>`);
    expect(out).toContain(`<bt:Url id="Commands.Url" DefaultValue="${BASE}/commands.html"/>`);
    expect(out).toContain(`<bt:Image id="Icon.80x80" DefaultValue="${BASE}/assets/icon-80.png"/>`);
    expect(out).toContain('<AppDomain>https://stats.example.gov.cn</AppDomain>');
  });

  it('sends SupportUrl and 了解详细信息 to the help page, not to the task pane', () => {
    expect(out).toContain(`<SupportUrl DefaultValue="${BASE}/help.html"/>`);
    expect(out).toContain(
      `<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${BASE}/help.html"/>`,
    );
  });

  it('changes nothing else (id, version, names, buttons)', () => {
    const back = out.split(BASE).join('https://localhost:3000');
    expect(back.replace('<AppDomain>https://stats.example.gov.cn</AppDomain>', '')).toBe(
      manifest.replace('<AppDomain>https://localhost:3000</AppDomain>', ''),
    );
  });

  it('takes a trailing slash, and refuses http, a query or no URL at all', () => {
    expect(normalBaseUrl(' https://stats.example.gov.cn/addin/ ')).toBe(BASE);
    expect(normalBaseUrl('https://addin.example.gov.cn')).toBe('https://addin.example.gov.cn');
    expect(() => normalBaseUrl('http://stats.example.gov.cn/addin')).toThrow(/https/);
    expect(() => normalBaseUrl('https://stats.example.gov.cn/addin?v=1')).toThrow(/query/);
    expect(() => normalBaseUrl('stats.example.gov.cn')).toThrow(/not a URL/);
  });

  itXmllint('the manifest for a server still validates against the Office schemas', () => {
    const result = spawnSync('xmllint', ['--noout', '--schema', schema, '-'], {
      input: out,
      encoding: 'utf8',
    });
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });
});

describe('webpack.config.js copies the manifest for ADDIN_BASE_URL', () => {
  interface CopyPattern {
    from: string;
    to: string;
    transform?: (content: Buffer) => string | Buffer;
  }

  /** The CopyWebpackPlugin patterns of the production config with `env` set. */
  function copyPatterns(env: string | undefined): CopyPattern[] {
    const before = process.env['ADDIN_BASE_URL'];
    if (env === undefined) delete process.env['ADDIN_BASE_URL'];
    else process.env['ADDIN_BASE_URL'] = env;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require(join(root, 'webpack.config.js'))({}, { mode: 'production' }) as {
        plugins: { patterns?: CopyPattern[] }[];
      };
      return config.plugins.flatMap((plugin) => plugin.patterns ?? []);
    } finally {
      if (before === undefined) delete process.env['ADDIN_BASE_URL'];
      else process.env['ADDIN_BASE_URL'] = before;
    }
  }

  it('writes dist-addin/manifest.xml for the base URL, and ships the help page', () => {
    const patterns = copyPatterns(BASE);
    const copy = patterns.find((p) => p.from === 'manifest.xml');
    expect(copy?.to).toBe('manifest.xml');
    const written = String(copy?.transform?.(Buffer.from(manifest)));
    expect(written).toBe(manifestForBaseUrl(manifest, BASE));
    expect(patterns).toContainEqual({ from: 'src/help/help.html', to: 'help.html' });
  });

  it('keeps localhost:3000 without ADDIN_BASE_URL (the development server)', () => {
    const copy = copyPatterns(undefined).find((p) => p.from === 'manifest.xml');
    expect(String(copy?.transform?.(Buffer.from(manifest)))).toBe(manifest);
  });
});
