// Builds the Excel add-in (task pane, ribbon commands) and the standalone page into
// dist-addin/ (dist/ is the CLI's). `npm run build` (production, minified), `npm run
// build:dev`, `npm run dev-server` (https://localhost:3000 when scripts/dev-certs.sh has
// made certs/, plain http otherwise).
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { BundleBudgetPlugin } = require('./scripts/lib/bundle-budgets');
const ts = require('typescript');

/** A TypeScript module without imports, compiled on the fly (the config itself is CommonJS). */
function requireStandaloneTs(file) {
  const source = fs.readFileSync(path.resolve(__dirname, file), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module = { exports: {} };
  new Function('module', 'exports', outputText)(module, module.exports);
  return module.exports;
}

const { manifestForBaseUrl } = requireStandaloneTs('scripts/lib/manifest-base-url.ts');

const PORT = 3000;
const certDir = path.resolve(__dirname, 'certs');
const certFile = path.join(certDir, 'localhost.crt');
const keyFile = path.join(certDir, 'localhost.key');
const pfxFile = path.join(certDir, 'localhost.pfx');

/** Each page: its entry, its HTML template, the output file. */
const pages = [
  {
    name: 'taskpane',
    entry: './src/taskpane/index.tsx',
    template: './src/taskpane/taskpane.html',
    filename: 'taskpane.html',
    // The page's inline ES5 guard loads the bundles (old Office webviews get a message).
    guarded: true,
  },
  {
    name: 'commands',
    entry: './src/commands/commands.ts',
    template: './src/commands/commands.html',
    filename: 'commands.html',
    guarded: true,
  },
  {
    name: 'standalone',
    entry: './src/standalone/index.tsx',
    template: './src/standalone/standalone.html',
    filename: 'standalone.html',
  },
];

/** The dev server's https options: PEM files (scripts/dev-certs.sh) or a PFX (dev-certs.ps1). */
function devCertificate() {
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    return { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
  }
  if (fs.existsSync(pfxFile)) {
    const passphrase = process.env.DEV_CERT_PASSPHRASE || 'park-stats-dev';
    return { pfx: fs.readFileSync(pfxFile), passphrase };
  }
  return null;
}

function devServerOptions() {
  const certificate = devCertificate();
  return {
    port: PORT,
    hot: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    server: certificate !== null ? { type: 'https', options: certificate } : 'http',
    client: { overlay: { warnings: false, errors: true } },
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const addinBaseUrl = process.env.ADDIN_BASE_URL;
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? false : 'source-map',
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, 'dist-addin'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.web.json',
              transpileOnly: true,
              // ES modules for the bundler (tree shaking); tsconfig.web.json keeps CommonJS for jest.
              compilerOptions: { module: 'es2020', sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            template: page.template,
            chunks: [page.name],
            inject: page.guarded ? false : 'body',
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // ADDIN_BASE_URL=https://stats.example.gov.cn/addin: every URL of the manifest on
          // that server (docs/deploy.md); unset, the development server's localhost:3000.
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              addinBaseUrl ? manifestForBaseUrl(content.toString('utf8'), addinBaseUrl) : content,
          },
          // The help page the manifest's SupportUrl names (plain HTML, no script).
          { from: 'src/help/help.html', to: 'help.html' },
        ],
      }),
      // Gzip budgets of each page's initial JavaScript (scripts/lib/bundle-budgets.js):
      // over budget fails a production build; every build writes bundle-report.json.
      new BundleBudgetPlugin({ enforce: production }),
    ],
    performance: {
      hints: production ? 'warning' : false,
      maxAssetSize: 2_000_000,
      maxEntrypointSize: 2_000_000,
    },
    devServer: devServerOptions(),
  };
};
