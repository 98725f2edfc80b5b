import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from './database';
import { useTempDirs } from './store-test-helpers';

describe('openDatabase', () => {
  const tempDir = useTempDirs();

  it('creates the data directory and the database file with durable settings', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const db = openDatabase(dataDir, { busyTimeoutMs: 1234 });
    try {
      expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
      expect(db.path).toBe(join(dataDir, DATABASE_FILE));
      expect(db.sql.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.sql.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      expect(db.sql.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.sql.pragma('busy_timeout', { simple: true })).toBe(1234);
    } finally {
      db.close();
    }
  });

  it('commits what a write transaction returns from, and rolls back all of one that throws', () => {
    const db = openDatabase(tempDir());
    try {
      db.sql.exec('CREATE TABLE t (n INTEGER)');
      db.writeTransaction(() => db.sql.prepare('INSERT INTO t VALUES (1)').run());
      expect(() =>
        db.writeTransaction(() => {
          db.sql.prepare('INSERT INTO t VALUES (2)').run();
          throw new Error('half way');
        }),
      ).toThrow('half way');
      expect(db.sql.prepare('SELECT n FROM t').pluck().all()).toEqual([1]);
    } finally {
      db.close();
    }
  });

  it('takes the write lock when the transaction begins, before its first write', () => {
    const dataDir = tempDir();
    const db = openDatabase(dataDir);
    const other = new Database(join(dataDir, DATABASE_FILE), { timeout: 0 });
    try {
      db.writeTransaction(() => {
        expect(db.sql.inTransaction).toBe(true);
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
      });
      other.exec('BEGIN IMMEDIATE; ROLLBACK');
    } finally {
      other.close();
      db.close();
    }
  });
});
