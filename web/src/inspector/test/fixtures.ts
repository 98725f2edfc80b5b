import type { PipelineDocument } from '@pipewright/shared';
import abalone from '../../../../examples/abalone/pipeline.json';
import approvalGate from '../../../../examples/approval-gate/pipeline.json';
import tuning from '../../../../examples/tuning/pipeline.json';
import conditionOperators from '../../../../shared/test/fixtures/sagemaker/sdk-unit-condition-operators.json';

/** Test data: the shipped examples and an SDK fixture, as documents (deep copies). */
export const fixtures = {
  abalone: () => copy(abalone),
  approvalGate: () => copy(approvalGate),
  tuning: () => copy(tuning),
  conditionOperators: () => copy(conditionOperators),
};

function copy(value: unknown): PipelineDocument {
  return structuredClone(value) as PipelineDocument;
}
