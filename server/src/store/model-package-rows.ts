import type {
  ApprovalDecision,
  ModelApprovalStatus,
  ModelPackageDescription,
  ModelPackageGroupSummary,
  ModelPackageSummary,
} from '@pipewright/shared';
import { modelPackageArn, modelPackageGroupArn } from '../registry/registry-names';

/** A `model_packages` row joined with its group's name. */
export interface PackageRow {
  pk: number;
  group_name: string;
  version: number;
  approval_status: ModelApprovalStatus;
  approval_description: string | null;
  request: string;
  generated_by: string;
  created_at: string;
  modified_at: string;
}

export const packageColumns = `p.pk, g.name AS group_name, p.version, p.approval_status,
  p.approval_description, p.request, p.generated_by, p.created_at, p.modified_at`;

/** A `model_package_groups` row with its version count. */
export interface GroupRow {
  id: number;
  name: string;
  created_at: string;
  version_count: number;
  latest_version: number;
}

/** A `model_package_approvals` row. */
export interface ApprovalRow {
  status: ModelApprovalStatus;
  previous_status: ModelApprovalStatus;
  decided_by: string;
  note: string | null;
  decided_at: string;
}

export function toGroupSummary(row: GroupRow): ModelPackageGroupSummary {
  return {
    ModelPackageGroupName: row.name,
    ModelPackageGroupArn: modelPackageGroupArn(row.name),
    CreationTime: row.created_at,
    ModelPackageGroupStatus: 'Completed',
    versionCount: row.version_count,
    latestVersion: row.latest_version,
  };
}

function requestOf(row: PackageRow): Record<string, unknown> {
  return JSON.parse(row.request) as Record<string, unknown>;
}

export function toPackageSummary(row: PackageRow, request = requestOf(row)): ModelPackageSummary {
  const description = request.ModelPackageDescription;
  return {
    // A versioned package's name is its group's, as in SageMaker.
    ModelPackageName: row.group_name,
    ModelPackageGroupName: row.group_name,
    ModelPackageVersion: row.version,
    ModelPackageArn: modelPackageArn(row.group_name, row.version),
    ...(typeof description === 'string' && { ModelPackageDescription: description }),
    CreationTime: row.created_at,
    ModelPackageStatus: 'Completed',
    ModelApprovalStatus: row.approval_status,
  };
}

function toDecision(row: ApprovalRow): ApprovalDecision {
  return {
    status: row.status,
    previousStatus: row.previous_status,
    by: row.decided_by,
    at: row.decided_at,
    ...(row.note !== null && { note: row.note }),
  };
}

/**
 * `DescribeModelPackage`: the registration's request echoed, with the name, version, ARN,
 * status and times the registry gave it, `MetadataProperties.GeneratedBy` naming the execution
 * that registered it, and the approval decisions oldest first.
 */
export function toPackageDescription(
  row: PackageRow,
  approvals: readonly ApprovalRow[],
): ModelPackageDescription {
  const request = requestOf(row);
  const metadata = (request.MetadataProperties ?? {}) as Record<string, unknown>;
  return {
    ...request,
    ...toPackageSummary(row, request),
    CertifyForMarketplace: false,
    MetadataProperties: { GeneratedBy: row.generated_by, ...metadata },
    ...(row.approval_description !== null && { ApprovalDescription: row.approval_description }),
    LastModifiedTime: row.modified_at,
    approvalHistory: approvals.map(toDecision),
  };
}
