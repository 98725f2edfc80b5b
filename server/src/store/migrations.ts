import type Database from 'better-sqlite3';
import { initialSchema } from './schema-v1';
import { retryRequestsSchema } from './schema-v2';
import { modelRegistrySchema } from './schema-v3';
import { callbackTokensSchema } from './schema-v4';

/** One step of the schema's history. Applied once, in its own transaction, never edited. */
export interface Migration {
  /** 1, 2, 3…: the `PRAGMA user_version` the database has once this is applied. */
  version: number;
  description: string;
  up(sql: Database.Database): void;
}

/** Every migration, in order. Add new ones at the end; never change a released one. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'pipelines, versions, executions, events and step properties',
    up: (sql) => sql.exec(initialSchema),
  },
  {
    version: 2,
    description: 'idempotency keys of execution retries',
    up: (sql) => sql.exec(retryRequestsSchema),
  },
  {
    version: 3,
    description: 'models and the model registry: groups, versions and approval decisions',
    up: (sql) => sql.exec(modelRegistrySchema),
  },
  {
    version: 4,
    description: 'callback tokens of Callback steps',
    up: (sql) => sql.exec(callbackTokensSchema),
  },
];

/** The database was written by a newer Pipewright, whose schema this one does not know. */
export class DatabaseVersionError extends Error {
  override name = 'DatabaseVersionError';
}

/** What `migrate` did. */
export interface MigrationResult {
  from: number;
  to: number;
  applied: number[];
}

/**
 * Brings the schema up to the last migration in `list`, each migration in one IMMEDIATE
 * transaction with its `user_version` bump, so a crash leaves the database at a whole version.
 * Refuses a database from a newer schema instead of guessing at it.
 */
export function migrate(
  sql: Database.Database,
  list: readonly Migration[] = migrations,
): MigrationResult {
  checkOrder(list);
  const latest = list.at(-1)?.version ?? 0;
  const from = userVersion(sql);
  if (from > latest) {
    throw new DatabaseVersionError(
      `The database ${sql.name} has schema version ${from}, but this Pipewright only knows ` +
        `versions up to ${latest}: it was written by a newer Pipewright. Upgrade Pipewright, ` +
        'or start this one with another data directory.',
    );
  }
  const applied: number[] = [];
  for (const migration of list) {
    // Read the version inside the write lock: another process may have migrated meanwhile.
    sql
      .transaction(() => {
        if (userVersion(sql) >= migration.version) return;
        migration.up(sql);
        sql.pragma(`user_version = ${migration.version}`);
        applied.push(migration.version);
      })
      .immediate();
  }
  return { from, to: userVersion(sql), applied };
}

/** The schema version stored in the database header. */
export function userVersion(sql: Database.Database): number {
  return sql.pragma('user_version', { simple: true }) as number;
}

function checkOrder(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.description}" has version ${migration.version}; expected ${index + 1}.`,
      );
    }
  });
}
