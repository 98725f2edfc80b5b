import {
  type ModelApprovalStatus,
  type ModelPackageDescription,
  type ModelPackageGroupSummary,
  type ModelPackageSummary,
  NotFoundError,
  type Page,
} from '@pipewright/shared';
import type { Clock, StoreDatabase } from './database';
import {
  type ApprovalRow,
  type GroupRow,
  type PackageRow,
  packageColumns,
  toGroupSummary,
  toPackageDescription,
  toPackageSummary,
} from './model-package-rows';
import { type PageRequest, decodePageToken, pageSize, toPage } from './pagination';

/** What a RegisterModel step records. */
export interface RegisterInput {
  groupName: string;
  approvalStatus: ModelApprovalStatus;
  /** The resolved CreateModelPackage request, echoed by DescribeModelPackage. */
  request: Record<string, unknown>;
  executionId: string;
  stepName: string;
  /** `MetadataProperties.GeneratedBy`: the ARN of the execution that registered it. */
  generatedBy: string;
}

/** An approval decision on one version. */
export interface DecisionInput {
  status: ModelApprovalStatus;
  by: string;
  note?: string;
}

const selectPackages = `SELECT ${packageColumns}
  FROM model_packages p JOIN model_package_groups g ON g.id = p.group_id`;

/**
 * The local model registry: model package groups, created by the first registration that names
 * them; versions numbered 1, 2, 3… per group; and each version's approval status with every
 * decision taken on it.
 */
export class ModelRegistryRepository {
  private readonly sql;

  constructor(
    private readonly db: StoreDatabase,
    private readonly now: Clock = () => new Date(),
  ) {
    this.sql = db.sql;
  }

  /**
   * Registers a new version in its group (creating the group if needed) and returns it. A
   * step that registered before in the same execution gets its version back instead, so an
   * attempt interrupted by a restart does not register twice.
   */
  register(input: RegisterInput): ModelPackageDescription {
    return this.db.writeTransaction(() => {
      const existing = this.sql
        .prepare<[string, string], PackageRow>(
          `${selectPackages} WHERE p.execution_id = ? AND p.step_name = ?`,
        )
        .get(input.executionId, input.stepName);
      if (existing) return this.withApprovals(existing);
      const at = this.now().toISOString();
      this.sql
        .prepare(
          'INSERT INTO model_package_groups (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
        )
        .run(input.groupName, at);
      const groupId = this.groupId(input.groupName) as number;
      const version = this.sql
        .prepare<[number], number>(
          'SELECT COALESCE(MAX(version), 0) + 1 FROM model_packages WHERE group_id = ?',
        )
        .pluck()
        .get(groupId) as number;
      this.sql
        .prepare(
          `INSERT INTO model_packages (group_id, version, approval_status, request, execution_id,
             step_name, generated_by, created_at, modified_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          groupId,
          version,
          input.approvalStatus,
          JSON.stringify(input.request),
          input.executionId,
          input.stepName,
          input.generatedBy,
          at,
          at,
        );
      return this.describe(input.groupName, version);
    });
  }

  /** Groups, newest first. */
  listGroups(request: PageRequest = {}): Page<ModelPackageGroupSummary> {
    const limit = pageSize(request.limit);
    const after = decodePageToken(request.pageToken);
    const rows = this.sql
      .prepare<[number | null, number | null, number], GroupRow>(
        `SELECT g.id, g.name, g.created_at, COUNT(p.pk) AS version_count,
           MAX(p.version) AS latest_version
         FROM model_package_groups g JOIN model_packages p ON p.group_id = g.id
         WHERE (? IS NULL OR g.id < ?)
         GROUP BY g.id ORDER BY g.id DESC LIMIT ?`,
      )
      .all(after ?? null, after ?? null, limit + 1);
    return toPage(rows, limit, (row) => row.id, toGroupSummary);
  }

  /** A group's versions, newest first, optionally only those in one approval status. */
  listVersions(
    groupName: string,
    request: PageRequest & { status?: ModelApprovalStatus } = {},
  ): Page<ModelPackageSummary> {
    const limit = pageSize(request.limit);
    const after = decodePageToken(request.pageToken);
    const groupId = this.requireGroup(groupName);
    const status = request.status ?? null;
    const rows = this.sql
      .prepare<
        [number, string | null, string | null, number | null, number | null, number],
        PackageRow
      >(
        `${selectPackages}
         WHERE p.group_id = ? AND (? IS NULL OR p.approval_status = ?)
           AND (? IS NULL OR p.version < ?)
         ORDER BY p.version DESC LIMIT ?`,
      )
      .all(groupId, status, status, after ?? null, after ?? null, limit + 1);
    return toPage(
      rows,
      limit,
      (row) => row.version,
      (row) => toPackageSummary(row),
    );
  }

  /** One version as `DescribeModelPackage` shows it, with its approval history. */
  describe(groupName: string, version: number): ModelPackageDescription {
    return this.withApprovals(this.requirePackage(groupName, version));
  }

  /** Approves or rejects a version: its status and `ApprovalDescription` change, the decision is kept. */
  decide(groupName: string, version: number, decision: DecisionInput): ModelPackageDescription {
    return this.db.writeTransaction(() => {
      const row = this.requirePackage(groupName, version);
      const at = this.now().toISOString();
      this.sql
        .prepare(
          `UPDATE model_packages SET approval_status = ?, approval_description = ?, modified_at = ?
           WHERE pk = ?`,
        )
        .run(decision.status, decision.note ?? null, at, row.pk);
      this.sql
        .prepare(
          `INSERT INTO model_package_approvals
             (package_pk, status, previous_status, decided_by, note, decided_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(row.pk, decision.status, row.approval_status, decision.by, decision.note ?? null, at);
      return this.describe(groupName, version);
    });
  }

  private withApprovals(row: PackageRow): ModelPackageDescription {
    const approvals = this.sql
      .prepare<[number], ApprovalRow>(
        `SELECT status, previous_status, decided_by, note, decided_at
         FROM model_package_approvals WHERE package_pk = ? ORDER BY id`,
      )
      .all(row.pk);
    return toPackageDescription(row, approvals);
  }

  private groupId(groupName: string): number | undefined {
    return this.sql
      .prepare<[string], number>('SELECT id FROM model_package_groups WHERE name = ?')
      .pluck()
      .get(groupName);
  }

  private requireGroup(groupName: string): number {
    const id = this.groupId(groupName);
    if (id === undefined) {
      throw new NotFoundError(`There is no model package group named "${groupName}".`, {
        path: 'ModelPackageGroupName',
        hint: 'A group is created by the first RegisterModel step that names it; GET /api/registry/groups lists them.',
      });
    }
    return id;
  }

  private requirePackage(groupName: string, version: number): PackageRow {
    const groupId = this.requireGroup(groupName);
    const row = this.sql
      .prepare<[number, number], PackageRow>(
        `${selectPackages} WHERE p.group_id = ? AND p.version = ?`,
      )
      .get(groupId, version);
    if (row === undefined) {
      const latest = this.sql
        .prepare<[number], number>('SELECT MAX(version) FROM model_packages WHERE group_id = ?')
        .pluck()
        .get(groupId);
      throw new NotFoundError(`Model package group "${groupName}" has no version ${version}.`, {
        path: 'ModelPackageVersion',
        hint: `Its versions are 1 to ${latest ?? 0}.`,
      });
    }
    return row;
  }
}
