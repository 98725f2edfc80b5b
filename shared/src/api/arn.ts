import { z } from 'zod';

/** The account and region every local ARN carries: nothing here lives in AWS. */
const arnPrefix = 'arn:aws:sagemaker:local:000000000000:pipeline/';

/** SageMaker's pipeline name rule: letters and digits, single or repeated hyphens between them. */
export const pipelineNamePattern = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;

/** A pipeline name as SageMaker accepts it. */
export const PipelineNameSchema = z
  .string()
  .regex(
    pipelineNamePattern,
    'Use up to 256 letters, digits and hyphens, starting and ending with a letter or digit.',
  );

/** Execution ids are 12 lowercase letters and digits, as in SageMaker execution ARNs. */
export const executionIdPattern = /^[a-z0-9]{12}$/;

/** An execution id. */
export const ExecutionIdSchema = z
  .string()
  .regex(executionIdPattern, 'An execution id is 12 lowercase letters and digits.');

/** `arn:aws:sagemaker:local:000000000000:pipeline/<name>` */
export function pipelineArn(pipelineName: string): string {
  return `${arnPrefix}${pipelineName}`;
}

/** `arn:aws:sagemaker:local:000000000000:pipeline/<name>/execution/<id>` */
export function executionArn(pipelineName: string, executionId: string): string {
  return `${pipelineArn(pipelineName)}/execution/${executionId}`;
}

/** The pipeline name and execution id in a local execution ARN, or `undefined` if it is not one. */
export function parseExecutionArn(
  arn: string,
): { pipelineName: string; executionId: string } | undefined {
  if (!arn.startsWith(arnPrefix)) return undefined;
  const [pipelineName, literal, executionId, ...rest] = arn.slice(arnPrefix.length).split('/');
  if (
    pipelineName === undefined ||
    !pipelineNamePattern.test(pipelineName) ||
    literal !== 'execution' ||
    executionId === undefined ||
    !executionIdPattern.test(executionId) ||
    rest.length > 0
  ) {
    return undefined;
  }
  return { pipelineName, executionId };
}
