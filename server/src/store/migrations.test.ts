import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from './database';
import {
  DatabaseVersionError,
  type Migration,
  migrate,
  migrations,
  userVersion,
} from './migrations';
import { useTempDirs } from './store-test-helpers';

const tables = (sql: Database.Database) =>
  sql
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all();

describe('migrations', () => {
  const tempDir = useTempDirs();

  it('brings a fresh database to the latest version', () => {
    const db = openDatabase(tempDir());
    try {
      expect(userVersion(db.sql)).toBe(migrations.length);
      expect(tables(db.sql)).toEqual(
        expect.arrayContaining([
          'pipelines',
          'pipeline_versions',
          'executions',
          'events',
          'step_properties',
        ]),
      );
    } finally {
      db.close();
    }
  });

  it('applies nothing when the database is already up to date', () => {
    const dataDir = tempDir();
    openDatabase(dataDir).close();
    const sql = new Database(join(dataDir, DATABASE_FILE));
    try {
      expect(migrate(sql)).toEqual({
        from: migrations.length,
        to: migrations.length,
        applied: [],
      });
    } finally {
      sql.close();
    }
  });

  it('applies only the migrations a database has not had yet, in order', () => {
    const dataDir = tempDir();
    const first: Migration = {
      version: 1,
      description: 'a',
      up: (sql) => sql.exec('CREATE TABLE a (x)'),
    };
    const second: Migration = {
      version: 2,
      description: 'b',
      up: (sql) => sql.exec('ALTER TABLE a ADD COLUMN y'),
    };
    openDatabase(dataDir, { migrations: [first] }).close();
    const sql = new Database(join(dataDir, DATABASE_FILE));
    try {
      expect(migrate(sql, [first, second])).toEqual({ from: 1, to: 2, applied: [2] });
      expect(sql.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('a')).toEqual([
        'x',
        'y',
      ]);
    } finally {
      sql.close();
    }
  });

  it('refuses a database written by a newer Pipewright, and leaves it as it was', () => {
    const dataDir = tempDir();
    openDatabase(dataDir).close();
    const sql = new Database(join(dataDir, DATABASE_FILE));
    sql.pragma(`user_version = ${migrations.length + 1}`);
    sql.close();
    expect(() => openDatabase(dataDir)).toThrow(DatabaseVersionError);
    expect(() => openDatabase(dataDir)).toThrow(
      new RegExp(`schema version ${migrations.length + 1}.*newer Pipewright`),
    );
    const after = new Database(join(dataDir, DATABASE_FILE));
    expect(userVersion(after)).toBe(migrations.length + 1);
    after.close();
  });

  it('rolls back a migration that fails half way, version bump included', () => {
    const dataDir = tempDir();
    const broken: Migration = {
      version: 1,
      description: 'broken',
      up: (sql) => sql.exec('CREATE TABLE half (x); CREATE TABLE half (x);'),
    };
    expect(() => openDatabase(dataDir, { migrations: [broken] })).toThrow(/already exists/);
    const sql = new Database(join(dataDir, DATABASE_FILE));
    try {
      expect(userVersion(sql)).toBe(0);
      expect(tables(sql)).toEqual([]);
    } finally {
      sql.close();
    }
  });

  it('refuses a migration list with a gap in its versions', () => {
    const sql = new Database(':memory:');
    const skipping: Migration = { version: 2, description: 'skips 1', up: () => undefined };
    expect(() => migrate(sql, [skipping])).toThrow(/expected 1/);
    sql.close();
  });
});
