// Import boundaries (npm run lint): ui → extension → core, cli → core, adapters → core's types only, core → nothing
// of the hosts. The layering is what lets one engine run unchanged in the content script, the service worker and the
// CLI; check-core.mjs also polices core's globals, which an import graph cannot see.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-host',
      comment: 'src/core runs in every host: it may not import the extension, the UI, the CLI or the adapters.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(extension|ui|cli|adapters)/' },
    },
    {
      name: 'core-imports-no-package-but-allowed',
      comment: 'src/core may use only host-free packages (parsing, public suffixes); Node built-ins come in by ports.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '\\.test\\.tsx?$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'core'],
        pathNot: 'node_modules/(@mozilla/readability|tldts|tldts-core)/',
      },
    },
    {
      name: 'extension-imports-no-ui',
      comment: 'The background and content scripts sit below the pages: ui → extension, never extension → ui.',
      severity: 'error',
      from: { path: '^src/extension/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(ui|cli)/' },
    },
    {
      name: 'ui-imports-no-cli',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-imports-only-core',
      comment: 'The CLI is another host of the engine: it shares core (and the Node adapters), not the extension.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/(extension|ui)/' },
    },
    {
      name: 'adapters-import-core-types-only',
      comment: "An adapter implements a core port: it needs core's types, not its code (which would make a cycle).",
      severity: 'error',
      from: { path: '^src/adapters/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/core/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'adapters-import-no-host',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(extension|ui|cli)/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a deleted module.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|test/fixtures|test/corpus|test/web)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.d.mts'],
    },
  },
};
