import {
  type PipelineDocument,
  UserError,
  hasErrors,
  parsePipelineValue,
  problemsFromDiagnostics,
} from '@pipewright/shared';

/**
 * The definition of a create or save request, checked with the same validation as the
 * editor and the CLI. Errors answer 400 with every diagnostic; warnings (a step that cannot
 * run locally) do not stop a save.
 */
export function checkDefinition(definition: Record<string, unknown>): PipelineDocument {
  const { document, diagnostics } = parsePipelineValue(definition);
  if (document === null || hasErrors(diagnostics)) {
    const problems = problemsFromDiagnostics(diagnostics, '/body/definition');
    const count = problems.length;
    throw new UserError(
      `The pipeline definition has ${count} error${count === 1 ? '' : 's'}: ${problems[0]?.message ?? 'it is not a pipeline document'}`,
      { details: problems, hint: 'Fix the problems listed; `pipewright validate` shows them too.' },
    );
  }
  return document;
}
