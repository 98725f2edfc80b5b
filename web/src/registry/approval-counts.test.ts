import { describe, expect, it } from 'vitest';
import { countByApprovalStatus, describeApprovalCounts } from './approval-counts';

describe('countByApprovalStatus', () => {
  it('counts each status and keeps the ones no version is in at zero', () => {
    const counts = countByApprovalStatus([
      { ModelApprovalStatus: 'Approved' },
      { ModelApprovalStatus: 'PendingManualApproval' },
      { ModelApprovalStatus: 'Approved' },
    ]);
    expect(counts).toEqual({ PendingManualApproval: 1, Approved: 2, Rejected: 0 });
  });

  it('gives all zeros for a group without versions', () => {
    expect(countByApprovalStatus([])).toEqual({
      PendingManualApproval: 0,
      Approved: 0,
      Rejected: 0,
    });
  });
});

describe('describeApprovalCounts', () => {
  it('names only the statuses some version is in, in a fixed order', () => {
    expect(describeApprovalCounts({ PendingManualApproval: 1, Approved: 2, Rejected: 0 })).toBe(
      '1 pending approval, 2 approved',
    );
    expect(describeApprovalCounts({ PendingManualApproval: 0, Approved: 0, Rejected: 3 })).toBe(
      '3 rejected',
    );
  });

  it('says when there is nothing to count', () => {
    expect(describeApprovalCounts({ PendingManualApproval: 0, Approved: 0, Rejected: 0 })).toBe(
      'no versions',
    );
  });
});
