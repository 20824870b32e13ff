/** The part of better-sqlite3 (a dev dependency without bundled types) the FTS5 baseline uses. */
declare module 'better-sqlite3' {
  interface Statement {
    run(...params: unknown[]): unknown;
    all(...params: unknown[]): { id: string }[];
    get(...params: unknown[]): Record<string, number>;
  }
  interface Database {
    exec(sql: string): void;
    prepare(sql: string): Statement;
    transaction(fn: () => void): () => void;
    close(): void;
  }
  const Database: new (file: string) => Database;
  export default Database;
}
