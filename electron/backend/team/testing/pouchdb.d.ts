/** The parts of PouchDB Server's pieces (dev dependencies without bundled types) the test server uses. */
declare module 'pouchdb-core' {
  interface PouchStatic {
    plugin(plugin: unknown): PouchStatic;
    defaults(options: Record<string, unknown>): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  function expressPouchdb(
    PouchDB: unknown,
    options: { mode: 'fullCouchDB' | 'minimumForPouchDB'; inMemoryConfig?: boolean; logPath?: string },
  ): RequestListener;
  export default expressPouchdb;
}
