import {
  ConflictError,
  type Page,
  type PipelineDocument,
  type PipelineSummary,
  type PipelineVersion,
  type PipelineVersionSummary,
  PipelineNameSchema,
  UserError,
  pipelineArn,
} from '@pipewright/shared';
import type { Clock, StoreDatabase } from './database';
import { type PageRequest, decodePageToken, pageSize, toPage } from './pagination';
import { findPipelineId, pipelineNotFound, versionNotFound } from './pipeline-lookup';

/** A new pipeline, or a new version of one. */
export interface SavePipelineInput {
  name: string;
  document: PipelineDocument;
  /** What changed, like a commit message. */
  message?: string;
}

interface PipelineRow {
  id: number;
  name: string;
  latest_version: number;
  created_at: string;
  modified_at: string;
  latest_message: string | null;
  last_execution_at: string | null;
}

interface VersionRow {
  name: string;
  version: number;
  message: string | null;
  created_at: string;
}

const noKey = Number.MAX_SAFE_INTEGER;

/**
 * Pipelines and their versions. Every save is a new, immutable version numbered from 1; an
 * execution always names the version it runs, so what ran can always be shown.
 */
export class PipelineRepository {
  private readonly sql;

  constructor(
    private readonly db: StoreDatabase,
    private readonly now: Clock = () => new Date(),
  ) {
    this.sql = db.sql;
  }

  /** Creates a pipeline with `document` as its version 1. A taken name is a conflict. */
  create(input: SavePipelineInput): PipelineVersion {
    const name = checkName(input.name);
    return this.db.writeTransaction(() => {
      if (this.findId(name) !== undefined) {
        throw new ConflictError(`A pipeline named "${name}" already exists.`, {
          path: 'PipelineName',
          hint: 'Choose another name, or save a new version of that pipeline.',
        });
      }
      const createdAt = this.now().toISOString();
      const { lastInsertRowid } = this.sql
        .prepare(
          'INSERT INTO pipelines (name, latest_version, created_at, modified_at) VALUES (?, 1, ?, ?)',
        )
        .run(name, createdAt, createdAt);
      this.insertVersion(Number(lastInsertRowid), 1, input, createdAt);
      return this.get(name, 1);
    });
  }

  /** Saves `document` as the next version of an existing pipeline; earlier versions stay as they were. */
  saveVersion(input: SavePipelineInput): PipelineVersion {
    return this.db.writeTransaction(() => {
      const pipeline = this.sql
        .prepare<[string], { id: number; latest_version: number }>(
          'SELECT id, latest_version FROM pipelines WHERE name = ?',
        )
        .get(input.name);
      if (!pipeline) throw pipelineNotFound(input.name);
      const version = pipeline.latest_version + 1;
      const createdAt = this.now().toISOString();
      this.insertVersion(pipeline.id, version, input, createdAt);
      this.sql
        .prepare('UPDATE pipelines SET latest_version = ?, modified_at = ? WHERE id = ?')
        .run(version, createdAt, pipeline.id);
      return this.get(input.name, version);
    });
  }

  /** Pipelines, newest created first. */
  list(request: PageRequest = {}): Page<PipelineSummary> {
    const limit = pageSize(request.limit);
    const rows = this.sql
      .prepare<[number, number], PipelineRow>(
        `SELECT p.id, p.name, p.latest_version, p.created_at, p.modified_at,
           v.message AS latest_message,
           (SELECT e.created_at FROM executions e WHERE e.pipeline_id = p.id
             ORDER BY e.pk DESC LIMIT 1) AS last_execution_at
         FROM pipelines p
         JOIN pipeline_versions v ON v.pipeline_id = p.id AND v.version = p.latest_version
         WHERE p.id < ? ORDER BY p.id DESC LIMIT ?`,
      )
      .all(decodePageToken(request.pageToken) ?? noKey, limit + 1);
    return toPage(rows, limit, (row) => row.id, toSummary);
  }

  /** A pipeline's latest version, or version `version`, with its document. */
  get(name: string, version?: number): PipelineVersion {
    const row = this.sql
      .prepare<[string, number | null], VersionRow & { document: string }>(
        `SELECT p.name, v.version, v.message, v.created_at, v.document
         FROM pipelines p JOIN pipeline_versions v ON v.pipeline_id = p.id
         WHERE p.name = ? AND v.version = coalesce(?, p.latest_version)`,
      )
      .get(name, version ?? null);
    if (!row) {
      if (this.findId(name) === undefined) throw pipelineNotFound(name);
      throw versionNotFound(name, version);
    }
    return {
      ...toVersionSummary(row),
      Definition: JSON.parse(row.document) as PipelineDocument,
    };
  }

  /** A pipeline's versions without their documents, newest first. */
  listVersions(name: string, request: PageRequest = {}): Page<PipelineVersionSummary> {
    const limit = pageSize(request.limit);
    const id = this.findId(name);
    if (id === undefined) throw pipelineNotFound(name);
    const rows = this.sql
      .prepare<[string, number, number, number], VersionRow>(
        `SELECT ? AS name, version, message, created_at FROM pipeline_versions
         WHERE pipeline_id = ? AND version < ? ORDER BY version DESC LIMIT ?`,
      )
      .all(name, id, decodePageToken(request.pageToken) ?? noKey, limit + 1);
    return toPage(rows, limit, (row) => row.version, toVersionSummary);
  }

  /**
   * Deletes a pipeline with all its versions, executions, events and step properties. Refused
   * while one of its executions is running, so the engine never loses the ground under it.
   */
  delete(name: string): void {
    this.db.writeTransaction(() => {
      const id = this.findId(name);
      if (id === undefined) throw pipelineNotFound(name);
      const running = this.sql
        .prepare<[number], number>(
          `SELECT count(*) FROM executions
           WHERE pipeline_id = ? AND status IN ('Executing', 'Stopping')`,
        )
        .pluck()
        .get(id);
      if (running) {
        throw new ConflictError(
          `Pipeline "${name}" has ${running} running execution${running === 1 ? '' : 's'}, so it cannot be deleted now.`,
          { hint: 'Stop its executions (or wait for them to finish), then delete it.' },
        );
      }
      this.sql.prepare('DELETE FROM pipelines WHERE id = ?').run(id);
    });
  }

  private findId(name: string): number | undefined {
    return findPipelineId(this.sql, name);
  }

  private insertVersion(
    pipelineId: number,
    version: number,
    input: SavePipelineInput,
    createdAt: string,
  ): void {
    const message = input.message?.trim() || null;
    this.sql
      .prepare(
        `INSERT INTO pipeline_versions (pipeline_id, version, message, document, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(pipelineId, version, message, JSON.stringify(input.document), createdAt);
  }
}

function checkName(name: string): string {
  const result = PipelineNameSchema.safeParse(name);
  if (!result.success) {
    throw new UserError(`"${name}" is not a valid pipeline name.`, {
      path: 'PipelineName',
      hint: result.error.issues[0]?.message,
    });
  }
  return result.data;
}

function toSummary(row: PipelineRow): PipelineSummary {
  return {
    PipelineArn: pipelineArn(row.name),
    PipelineName: row.name,
    LatestVersion: row.latest_version,
    ...(row.latest_message !== null && { LatestVersionMessage: row.latest_message }),
    CreationTime: row.created_at,
    LastModifiedTime: row.modified_at,
    ...(row.last_execution_at !== null && { LastExecutionTime: row.last_execution_at }),
  };
}

function toVersionSummary(row: VersionRow): PipelineVersionSummary {
  return {
    PipelineArn: pipelineArn(row.name),
    PipelineName: row.name,
    Version: row.version,
    ...(row.message !== null && { Message: row.message }),
    CreationTime: row.created_at,
  };
}
