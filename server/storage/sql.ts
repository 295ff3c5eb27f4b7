/**
 * The one seam between the stores and a database: statements with `?` placeholders, run asynchronously, so
 * that every store is written once for SQLite (embedded default) and PostgreSQL (DATABASE_URL). The few
 * spellings the two databases do not share come from `dialect`.
 */
export type Param = string | number | bigint | Buffer | null;

export interface SqlRunner {
  all(sql: string, params?: readonly Param[]): Promise<unknown[]>;
  get(sql: string, params?: readonly Param[]): Promise<unknown>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
}

export interface Dialect {
  /** Length of a JSON array stored as text. */
  jsonArrayLength(column: string): string;
  /** Case-insensitive LIKE (SQLite's LIKE already ignores ASCII case). */
  like: 'LIKE' | 'ILIKE';
  /** Row lock for a read-modify-write inside a transaction (SQLite locks the whole file instead). */
  forUpdate: string;
}

export interface SqlDb extends SqlRunner {
  readonly kind: 'sqlite' | 'postgres';
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction on one connection; statements inside must use the runner it is given. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /**
   * After user data was deleted: SQLite moves the WAL into the file so that no copy of the text survives there.
   * PostgreSQL only marks the rows dead; VACUUM (autovacuum or the operator's) reclaims them.
   */
  afterDelete(): Promise<void>;
  /** Throws when the database does not answer (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
