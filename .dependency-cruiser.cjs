// `npm run lint` runs this over src/: the layers of docs/architecture (core at the bottom; client and
// server beside each other; hooks, components and the framework entries above) and no import cycle,
// type-only imports included (tsPreCompilationDeps reads `import type` as an edge).
//
//   nextjs/ react-router/   -> server, client, schemas, core
//   components/             -> hooks, client, i18n, schemas, core
//   hooks/                  -> client, i18n, schemas, core
//   server/                 -> client, schemas, core          (never React, never a catalog)
//   client/                 -> schemas, core                  (its entry may gather i18n's helpers)
//   i18n/  schemas/         -> core
//   core/                   -> nothing of ours
//   testing/                -> anything but React's layers (it stands beside, for tests and stories)
const layer = (name, allowed) => ({
  name: `${name}-imports-only-below`,
  comment: `${name}/ may import only ${allowed.join(', ') || 'itself'}: no import runs up the layers`,
  severity: 'error',
  from: { path: `^src/${name}/`, pathNot: name === 'client' ? '^src/client/index\\.ts$' : undefined },
  to: { path: '^src/', pathNot: `^src/(${[name, ...allowed].join('|')})/` },
});
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycle', comment: 'no import cycle, type-only ones included', severity: 'error', from: {}, to: { circular: true } },
    layer('core', []),
    layer('schemas', ['core']),
    layer('i18n', ['core']),
    layer('client', ['schemas', 'core']),
    { name: 'client-entry-gathers-only-i18n', severity: 'error', from: { path: '^src/client/index\\.ts$' }, to: { path: '^src/', pathNot: '^src/(client|schemas|core|i18n)/' } },
    layer('server', ['client', 'schemas', 'core']),
    layer('hooks', ['client', 'i18n', 'schemas', 'core']),
    layer('components', ['hooks', 'client', 'i18n', 'schemas', 'core']),
    layer('nextjs', ['server', 'client', 'schemas', 'core']),
    layer('react-router', ['server', 'client', 'schemas', 'core']),
    layer('testing', ['server', 'client', 'schemas', 'core']),
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
