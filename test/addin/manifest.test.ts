import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifestPath = join(root, 'manifest.xml');
const schema = join(
  root,
  '..',
  'shared',
  'schemas',
  'office-addin-manifest',
  'OfficeAppManifestV1_1.xsd',
);
const manifest = readFileSync(manifestPath, 'utf8');

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

const xmllint = hasXmllint();
// The schemas live in the team's shared folder beside the clone; a clone elsewhere has none.
const schemas = existsSync(schema);
// CI installs libxml2-utils and has ../shared: there either missing is a failure, not a skip.
const itXmllint = (xmllint && schemas) || process.env['CI'] === 'true' ? it : it.skip;
if (!xmllint) {
  console.warn(
    'manifest.test: xmllint not found (apt-get install libxml2-utils); schema test skipped',
  );
} else if (!schemas) {
  console.warn(`manifest.test: no Office schemas at ${schema} (no ../shared); schema test skipped`);
}

describe('manifest.xml', () => {
  itXmllint(
    'validates against the Office add-in XML schemas (VersionOverrides V1_0 included)',
    () => {
      expect(existsSync(schema)).toBe(true);
      const result = spawnSync('xmllint', ['--noout', '--schema', schema, manifestPath], {
        encoding: 'utf8',
      });
      expect(result.stderr).toContain('validates');
      expect(result.status).toBe(0);
    },
  );

  itXmllint('the schema check can fail: a misspelt ribbon element is rejected', () => {
    const broken = manifest
      .replace('<FunctionName>', '<FunctionNme>')
      .replace('</FunctionName>', '</FunctionNme>');
    const result = spawnSync('xmllint', ['--noout', '--schema', schema, '-'], {
      input: broken,
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('FunctionNme');
  });

  it('is an Excel task pane add-in named 园区统计汇总 in zh-CN on ExcelApi 1.1', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest).toContain('<DisplayName DefaultValue="园区统计汇总"/>');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.1"/>');
    expect(manifest).toContain(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
    );
  });

  it('has the 一键汇总 (runOneClick) and 打开面板 buttons on the Home tab', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Group /);
    expect(manifest).toMatch(
      /xsi:type="ExecuteFunction">\s*<FunctionName>runOneClick<\/FunctionName>/,
    );
    expect(manifest).toMatch(/xsi:type="ShowTaskpane">/);
    expect(manifest).toContain('DefaultValue="一键汇总"');
    expect(manifest).toContain('DefaultValue="打开面板"');
    const commands = readFileSync(join(root, 'src', 'commands', 'commands.ts'), 'utf8');
    expect(commands).toMatch(/Office\.actions\.associate\(\s*'runOneClick'/);
  });

  it('defines every resource it refers to, and refers to every one it defines', () => {
    const used = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set(
      [...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]),
    );
    expect([...used].sort()).toEqual([...defined].sort());
  });

  it('points at icons that exist in assets/ with the size in their name', () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const [, file = '', size = ''] of icons) {
      const png = readFileSync(join(root, 'assets', file));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
  });

  it('uses only pages the add-in build produces', () => {
    const pages = new Set(
      [...manifest.matchAll(/https:\/\/localhost:3000\/([\w-]+\.html)/g)].map((m) => m[1]),
    );
    expect([...pages].sort()).toEqual(['commands.html', 'help.html', 'taskpane.html']);
    const config = readFileSync(join(root, 'webpack.config.js'), 'utf8');
    for (const page of pages) expect(config).toContain(`'${page}'`);
  });
});

describe('npm run validate', () => {
  itXmllint('runs the same offline check', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    expect(scripts['validate']).toContain('xmllint --noout --schema');
    const out = execFileSync('sh', ['-c', `${scripts['validate']} 2>&1`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('manifest.xml validates');
  });
});
