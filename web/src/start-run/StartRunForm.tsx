import type { ExecutionSummary, PipelineVersion, StartExecutionRequest } from '@pipewright/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { executionQueries, startExecution } from '../api/executions.queries';
import { pipelineQueries } from '../api/pipelines.queries';
import { ParameterInput } from './ParameterInput';
import { RunOptionFields } from './RunOptionFields';
import {
  type ParameterTexts,
  initialTexts,
  parameterErrors,
  parameterFields,
} from './parameter-form';
import {
  type RunOptionTexts,
  type SelectiveRun,
  buildStartRequest,
  newIdempotencyKey,
  problemField,
  runOptionErrors,
} from './run-options';

type ServerErrors = { parameters: Record<string, string>; options: Partial<RunOptionTexts> };
const noServerErrors: ServerErrors = { parameters: {}, options: {} };

/** The start form for one saved version; checks as the person types, sends once. */
export function StartRunForm({
  version,
  onClose,
  initialParameters,
  selective,
}: {
  version: PipelineVersion;
  onClose: () => void;
  initialParameters?: Record<string, string | number | boolean>;
  selective?: SelectiveRun;
}) {
  const pipelineName = version.PipelineName;
  const fields = useMemo(() => parameterFields(version.Definition.Parameters), [version]);
  const [texts, setTexts] = useState<ParameterTexts>(() => initialTexts(fields, initialParameters));
  const [options, setOptions] = useState<RunOptionTexts>({
    displayName: '',
    description: '',
    maxParallel: '',
  });
  // Errors show for fields the person has changed, and for all of them after pressing Start.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ServerErrors>(noServerErrors);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // The fields arrive after the dialog opened on its loading note: start on the first one.
    if (!form.current?.contains(document.activeElement)) {
      form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    }
  }, []);

  const start = useMutation({
    mutationFn: (request: StartExecutionRequest) => startExecution(pipelineName, request),
    onSuccess: (summary: ExecutionSummary) => {
      void queryClient.invalidateQueries({ queryKey: executionQueries.all() });
      void queryClient.invalidateQueries({ queryKey: pipelineQueries.list().queryKey });
      onClose();
      navigate(`/executions/${summary.PipelineExecutionId}`);
    },
    onError: (error) => {
      const found: ServerErrors = { parameters: {}, options: {} };
      for (const problem of error instanceof ApiError ? error.problems : []) {
        const field = problemField(problem.path);
        const text = problem.hint ? `${problem.message}. ${problem.hint}` : problem.message;
        if (field && 'parameter' in field) found.parameters[field.parameter] = text;
        else if (field) found.options[field.option] = text;
      }
      setServerErrors(found);
    },
  });

  const shown = (name: string) => submitted || touched.has(name);
  const typedErrors = parameterErrors(fields, texts);
  const optionErrors = runOptionErrors(options);
  const fieldError = (name: string) =>
    (shown(name) ? typedErrors[name] : undefined) ?? serverErrors.parameters[name];
  const optionError = (name: keyof RunOptionTexts) =>
    (shown(`option:${name}`) ? optionErrors[name] : undefined) ?? serverErrors.options[name];

  const touch = (name: string) => setTouched((current) => new Set(current).add(name));
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (start.isPending) return;
    const request = buildStartRequest({
      fields,
      texts,
      options,
      pipelineVersion: version.Version,
      idempotencyKey,
      ...(selective && { selective }),
    });
    if (!request) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    start.mutate(request);
  };

  const unplaced = start.error instanceof ApiError ? start.error.problems : [];
  return (
    <form ref={form} className="start-run" noValidate onSubmit={onSubmit}>
      <p className="start-run__note">
        Runs version {version.Version}, the latest saved version of <strong>{pipelineName}</strong>.
      </p>
      {selective && <SelectedSteps selective={selective} />}
      <fieldset className="start-run__group">
        <legend>Parameters</legend>
        {fields.length === 0 ? (
          <p className="start-run__note">This pipeline has no parameters.</p>
        ) : (
          fields.map((field) => (
            <ParameterInput
              key={field.name}
              field={field}
              text={texts[field.name] ?? ''}
              error={fieldError(field.name)}
              onChange={(text) => {
                touch(field.name);
                setServerErrors((current) => ({
                  ...current,
                  parameters: without(current.parameters, field.name),
                }));
                setTexts((current) => ({ ...current, [field.name]: text }));
              }}
            />
          ))
        )}
      </fieldset>
      <RunOptionFields
        options={options}
        errorOf={optionError}
        onChange={(name, text) => {
          touch(`option:${name}`);
          setServerErrors((current) => ({ ...current, options: without(current.options, name) }));
          setOptions((current) => ({ ...current, [name]: text }));
        }}
      />
      {start.isError && (
        <div className="callout callout--error" role="alert">
          Could not start the run: {start.error.message}
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>
                  {problem.message}
                  {problem.hint && ` ${problem.hint}`}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={start.isPending}>
          {start.isPending ? 'Starting…' : 'Start run'}
        </button>
      </div>
    </form>
  );
}

function SelectedSteps({ selective }: { selective: SelectiveRun }) {
  const source = selective.sourceExecutionArn?.split('/').at(-1);
  return (
    <section className="start-run__selected" aria-label="Steps to run">
      <p>
        Runs only {selective.selectedSteps.length === 1 ? 'this step' : 'these steps'}
        {source ? (
          <>
            ; the others reuse their results from execution <code>{source}</code>:
          </>
        ) : (
          ':'
        )}
      </p>
      <ul>
        {selective.selectedSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </section>
  );
}

/** `record` without `key`: a server error goes away once its field is edited. */
function without<T extends Record<string, string>>(record: T, key: string): T {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as T;
}
