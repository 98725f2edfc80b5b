import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Migration, migrate, migrations } from './migrations';

/** The better-sqlite3 connection type, for code inside the store. */
export type SqliteDatabase = Database.Database;

/** Where repositories read the time they stamp on what they create; tests pass a fixed one. */
export type Clock = () => Date;

/** The database file's name inside the data directory. */
export const DATABASE_FILE = 'pipewright.db';

export interface OpenDatabaseOptions {
  /** How long a writer waits for another connection's write lock before failing. */
  busyTimeoutMs?: number;
  /** The schema migrations to apply; tests pass their own lists. */
  migrations?: readonly Migration[];
}

/**
 * The store's one connection to `<dataDir>/pipewright.db`. Only repositories use it
 * (house style §5); they write through `writeTransaction` so every change is one atomic commit.
 */
export class StoreDatabase {
  constructor(
    /** The raw connection, for repositories to prepare statements on. */
    readonly sql: SqliteDatabase,
  ) {}

  /** The database file's path. */
  get path(): string {
    return this.sql.name;
  }

  /**
   * Runs `fn` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so the
   * busy timeout applies and a read-then-write never fails with SQLITE_BUSY half way. Commits
   * when `fn` returns, rolls back everything when it throws. Nested calls become savepoints.
   */
  writeTransaction<T>(fn: () => T): T {
    return this.sql.transaction(fn).immediate();
  }

  /** Closes the connection; committed transactions are already durable. */
  close(): void {
    if (this.sql.open) this.sql.close();
  }
}

/**
 * Opens (creating it if needed) the database in `dataDir` and brings its schema up to date.
 * WAL with `synchronous=NORMAL`: a commit survives any crash of this process, `kill -9`
 * included; only an OS crash or power loss may drop the last commits, never corrupt the file
 * (reliability-performance.md §4).
 */
export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): StoreDatabase {
  mkdirSync(dataDir, { recursive: true });
  const sql = new Database(join(dataDir, DATABASE_FILE));
  try {
    sql.pragma('journal_mode = WAL');
    sql.pragma('synchronous = NORMAL');
    sql.pragma('foreign_keys = ON');
    sql.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    migrate(sql, options.migrations ?? migrations);
  } catch (error) {
    sql.close();
    throw error;
  }
  return new StoreDatabase(sql);
}
