/**
 * The execution variables a definition can read with `{"Get": "Execution.<Name>"}`
 * (sagemaker-definition.md §3; SDK `execution_variables.py`).
 */
export const executionVariables = [
  'StartDateTime',
  'CurrentDateTime',
  'PipelineName',
  'PipelineArn',
  'PipelineExecutionId',
  'PipelineExecutionArn',
  'TrainingJobName',
  'ProcessingJobName',
] as const;

/** The name of one execution variable, such as `PipelineExecutionId`. */
export type ExecutionVariable = (typeof executionVariables)[number];

/** True when `name` is one of the eight execution variables (names are case-sensitive). */
export function isExecutionVariable(name: string): name is ExecutionVariable {
  return (executionVariables as readonly string[]).includes(name);
}
