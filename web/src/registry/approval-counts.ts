import type { ModelApprovalStatus, ModelPackageSummary } from '@pipewright/shared';

/** How many versions are in each approval status. */
export type ApprovalCounts = Record<ModelApprovalStatus, number>;

/** Counts versions by approval status; every status is present, zero when none is in it. */
export function countByApprovalStatus(
  versions: readonly Pick<ModelPackageSummary, 'ModelApprovalStatus'>[],
): ApprovalCounts {
  const counts: ApprovalCounts = { PendingManualApproval: 0, Approved: 0, Rejected: 0 };
  for (const version of versions) counts[version.ModelApprovalStatus] += 1;
  return counts;
}

/** What a person reads for each status: SageMaker's names are for machines. */
export const approvalStatusLabels: Record<ModelApprovalStatus, string> = {
  PendingManualApproval: 'Pending approval',
  Approved: 'Approved',
  Rejected: 'Rejected',
};

/** "2 approved, 1 pending approval", leaving out the statuses no version is in. */
export function describeApprovalCounts(counts: ApprovalCounts): string {
  const parts = (Object.keys(approvalStatusLabels) as ModelApprovalStatus[])
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${approvalStatusLabels[status].toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'no versions';
}
