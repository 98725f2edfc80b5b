import { type JsonGetExpression, joinPointer } from '@pipewright/shared';
import { useMemo } from 'react';
import { useDocumentStore } from '../../stores/DocumentStoreProvider';
import { useOptionalStepForm } from '../edit/StepFormContext';
import { ProblemList } from '../fields/ProblemList';
import { useFieldProblems, useGroupProblems } from '../fields/useFieldProblems';
import { ExpressionField, type ExpressionFieldProps } from './ExpressionField';
import { referenceOptions } from './reference-options';

type JsonGet = JsonGetExpression['Std:JsonGet'];

/**
 * A `Std:JsonGet` builder: read a value at a JSON path from a property file of an upstream
 * Processing step, or from a JSON file at an S3 URI.
 */
export function JsonGetBuilder({
  label,
  name,
  pointer,
  value,
  onChange,
  actions,
}: ExpressionFieldProps & { name: string }) {
  const jsonGet = (value as JsonGetExpression)['Std:JsonGet'];
  const base = joinPointer(pointer, 'Std:JsonGet');
  const problems = useGroupProblems(pointer, base);
  const fileProblems = useFieldProblems(joinPointer(base, 'PropertyFile'));
  const pathProblems = useFieldProblems(joinPointer(base, 'Path'));
  const propertyFiles = usePropertyFiles();
  const fromFile = jsonGet.S3Uri === undefined;
  const file =
    typeof jsonGet.PropertyFile === 'object'
      ? jsonGet.PropertyFile.Get
      : (jsonGet.PropertyFile ?? '');
  const choices =
    propertyFiles.includes(file) || file === '' ? propertyFiles : [file, ...propertyFiles];
  const set = (next: JsonGet) => onChange({ 'Std:JsonGet': next });
  return (
    <fieldset className="insp-field insp-expr-builder" data-pointer={pointer}>
      <legend className="insp-field__label">
        {label} <span className="insp-expr__badge">JsonGet</span>
      </legend>
      <div className="insp-expr-builder__row">
        <label className="insp-expr-builder__inline">
          Read from
          <select
            className="insp-input"
            aria-label={`${name} source`}
            value={fromFile ? 'file' : 's3'}
            onChange={(event) =>
              set(
                event.target.value === 'file'
                  ? { PropertyFile: { Get: propertyFiles[0] ?? '' }, Path: jsonGet.Path }
                  : { S3Uri: '', Path: jsonGet.Path },
              )
            }
          >
            <option value="file">property file</option>
            <option value="s3">S3 URI</option>
          </select>
        </label>
        <button
          type="button"
          className="insp-link-button"
          aria-label={`Use a literal value for ${name}`}
          onClick={() => onChange('')}
        >
          Remove JsonGet
        </button>
        {actions}
      </div>
      {fromFile ? (
        <div className="insp-field" data-pointer={joinPointer(base, 'PropertyFile')}>
          <select
            className="insp-input insp-input--mono"
            aria-label={`${name} property file`}
            aria-invalid={fileProblems.invalid || undefined}
            aria-describedby={fileProblems.problemsId}
            value={file}
            onChange={(event) => set({ ...jsonGet, PropertyFile: { Get: event.target.value } })}
          >
            {file === '' && <option value="">Choose a property file…</option>}
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
          <ProblemList id={fileProblems.problemsId} problems={fileProblems.problems} />
        </div>
      ) : (
        <ExpressionField
          label="S3 URI"
          name={`${name} S3 URI`}
          pointer={joinPointer(base, 'S3Uri')}
          value={jsonGet.S3Uri}
          onChange={(next) => set({ ...jsonGet, S3Uri: next ?? '' })}
        />
      )}
      <div className="insp-field" data-pointer={joinPointer(base, 'Path')}>
        <label className="insp-expr-builder__inline">
          JSON path
          <input
            className="insp-input insp-input--mono"
            aria-label={`${name} JSON path`}
            aria-invalid={pathProblems.invalid || undefined}
            aria-describedby={pathProblems.problemsId}
            placeholder="metrics.mse.value"
            value={jsonGet.Path}
            onChange={(event) => set({ ...jsonGet, Path: event.target.value })}
          />
        </label>
        <ProblemList id={pathProblems.problemsId} problems={pathProblems.problems} />
      </div>
      <ProblemList id={problems.problemsId} problems={problems.problems} />
    </fieldset>
  );
}

/** The `Get` paths of the property files this step may read (its upstream Processing steps'). */
function usePropertyFiles(): string[] {
  const stepName = useOptionalStepForm()?.name ?? '';
  const document = useDocumentStore((state) => state.document);
  return useMemo(
    () =>
      referenceOptions(document, stepName)
        .flatMap((group) => group.options)
        .filter((option) => option.kind === 'json-get' && option.key.startsWith('step:'))
        .map((option) => option.label),
    [document, stepName],
  );
}
