import type { ExpressionValue } from '@pipewright/shared';
import type { BoundField } from '../edit/StepFormContext';
import { ExpressionField } from '../expression/ExpressionField';

type Bound = BoundField<ExpressionValue | undefined>;

/**
 * Instance type and count, volume, run time and role: kept for export to SageMaker (a local run
 * uses this machine), so they are grouped last and say so.
 */
export function ResourceFields({
  instanceType,
  instanceCount,
  volumeSizeInGB,
  maxRuntimeInSeconds,
  roleArn,
}: {
  instanceType: Bound;
  instanceCount: Bound;
  volumeSizeInGB?: Bound;
  maxRuntimeInSeconds?: Bound;
  roleArn?: Bound;
}) {
  return (
    <>
      <p className="insp-field__help">
        Used when the pipeline runs on SageMaker; a local run uses this machine.
      </p>
      <div className="insp-field-row">
        <ExpressionField label="Instance type" placeholder="ml.m5.large" {...instanceType} />
        <ExpressionField label="Instance count" literal="number" {...instanceCount} />
      </div>
      {(volumeSizeInGB || maxRuntimeInSeconds) && (
        <div className="insp-field-row">
          {volumeSizeInGB && (
            <ExpressionField label="Volume (GB)" literal="number" optional {...volumeSizeInGB} />
          )}
          {maxRuntimeInSeconds && (
            <ExpressionField
              label="Max run time (s)"
              literal="number"
              optional
              {...maxRuntimeInSeconds}
            />
          )}
        </div>
      )}
      {roleArn && <ExpressionField label="Role ARN" optional {...roleArn} />}
    </>
  );
}
