import { NotFoundError } from '@pipewright/shared';
import type { SqliteDatabase } from './database';

/** The row id of the pipeline named `name`, if there is one. */
export function findPipelineId(sql: SqliteDatabase, name: string): number | undefined {
  return sql.prepare<[string], number>('SELECT id FROM pipelines WHERE name = ?').pluck().get(name);
}

/** Throws unless pipeline `pipelineId` has version `version`. */
export function requireVersion(
  sql: SqliteDatabase,
  pipelineId: number,
  name: string,
  version: number,
): void {
  const found = sql
    .prepare<[number, number], number>(
      'SELECT 1 FROM pipeline_versions WHERE pipeline_id = ? AND version = ?',
    )
    .pluck()
    .get(pipelineId, version);
  if (found === undefined) throw versionNotFound(name, version);
}

export function pipelineNotFound(name: string): NotFoundError {
  return new NotFoundError(`There is no pipeline named "${name}".`, { path: 'PipelineName' });
}

export function versionNotFound(name: string, version: number | undefined): NotFoundError {
  return new NotFoundError(`Pipeline "${name}" has no version ${version}.`, {
    path: 'version',
    hint: 'List its versions to see which exist.',
  });
}
