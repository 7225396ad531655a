/** The direction of dependencies from architecture §2: client → shared ← server; http and collab never meet. */
module.exports = {
  forbidden: [
    { name: 'shared-stays-pure', severity: 'error', comment: 'shared/ is used by browser and server alike',
      from: { path: '^shared/' }, to: { path: '^(client|server)/|^node:|better-sqlite3|drizzle-orm|solid-js', dependencyTypesNot: ['type-only'] } },
    { name: 'shared-has-no-node-builtins', severity: 'error', from: { path: '^shared/' }, to: { dependencyTypes: ['core'] } },
    { name: 'client-never-imports-server', severity: 'error', from: { path: '^client/' }, to: { path: '^server/' } },
    { name: 'server-never-imports-client', severity: 'error', from: { path: '^server/' }, to: { path: '^client/' } },
    { name: 'http-and-collab-stay-apart', severity: 'error', from: { path: '^server/http/' }, to: { path: '^server/collab/' } },
    { name: 'collab-and-http-stay-apart', severity: 'error', from: { path: '^server/collab/' }, to: { path: '^server/http/' } },
    { name: 'only-repositories-touch-the-database', severity: 'error',
      from: { path: '^server/', pathNot: '^server/(db/|normdraft-server\\.ts$)' }, to: { path: '^server/db/(client|schema)\\.ts$', dependencyTypesNot: ['type-only'] } },
    { name: 'policies-are-pure', severity: 'error', from: { path: '^server/policies/' }, to: { path: '^server/(db|http|collab|commands|auth)/' } },
    { name: 'only-collab-creates-providers', severity: 'error',
      from: { path: '^client/', pathNot: '^client/collab/' }, to: { path: '@hocuspocus/provider', dependencyTypesNot: ['type-only'] } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
