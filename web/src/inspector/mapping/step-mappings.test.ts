import { flattenDocument } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../test/fixtures';
import { commonForm, retryPolicyForm } from './common.mapping';
import {
  callbackForm,
  conditionForm,
  failForm,
  lambdaForm,
  outputParameterForm,
} from './control.mapping';
import { type FormMapping, readForm, writeForm } from './form-mapping';
import { type Path, getIn, jsonEqual } from './lens';
import {
  containerForm,
  metricsSourceForm,
  modelForm,
  modelMetricReports,
  newContainer,
  primaryContainerPath,
  registerModelForm,
  transformForm,
} from './model.mapping';
import {
  processingForm,
  processingInputForm,
  processingOutputForm,
  propertyFileForm,
} from './processing.mapping';
import { channelForm, metricDefinitionForm, trainingForm } from './training.mapping';
import { categoricalRangeForm, numericRangeForm, rangesPath, tuningForm } from './tuning.mapping';

type Raw = Record<string, unknown>;
type AnyMapping = FormMapping<Record<string, unknown>>;

/** The step's own form and the forms of its list items, each with where it sits in the step. */
function formsOf(step: Raw): { label: string; mapping: AnyMapping; base: Path }[] {
  const forms: { label: string; mapping: unknown; base: Path }[] = [
    { label: 'common', mapping: commonForm, base: [] },
  ];
  const items = (label: string, mapping: unknown, list: Path) => {
    const value = getIn(step, list);
    if (Array.isArray(value))
      value.forEach((_, index) => forms.push({ label, mapping, base: [...list, index] }));
  };
  items('retry policy', retryPolicyForm, ['RetryPolicies']);
  const own: Record<string, unknown> = {
    Processing: processingForm,
    Training: trainingForm,
    Tuning: tuningForm(step),
    Transform: transformForm,
    Model: modelForm,
    RegisterModel: registerModelForm,
    Lambda: lambdaForm,
    Callback: callbackForm,
    Fail: failForm,
    Condition: conditionForm,
  };
  forms.push({ label: String(step.Type), mapping: own[String(step.Type)], base: [] });
  items('input', processingInputForm, ['Arguments', 'ProcessingInputs']);
  items('output', processingOutputForm, ['Arguments', 'ProcessingOutputConfig', 'Outputs']);
  items('property file', propertyFileForm, ['PropertyFiles']);
  items('channel', channelForm, ['Arguments', 'InputDataConfig']);
  items('metric', metricDefinitionForm, [
    'Arguments',
    'AlgorithmSpecification',
    'MetricDefinitions',
  ]);
  items('output parameter', outputParameterForm, ['OutputParameters']);
  items('container', containerForm, ['Arguments', 'Containers']);
  if (step.Type === 'Model' && getIn(step, primaryContainerPath) !== undefined) {
    forms.push({ label: 'primary container', mapping: containerForm, base: primaryContainerPath });
  }
  if (step.Type === 'RegisterModel') {
    for (const report of modelMetricReports) {
      const base = ['Arguments', 'ModelMetrics', ...report.path];
      if (getIn(step, base) !== undefined) {
        forms.push({ label: report.label, mapping: metricsSourceForm, base });
      }
    }
  }
  if (step.Type === 'Tuning') {
    const ranges = rangesPath(step);
    items('integer range', numericRangeForm, [...ranges, 'IntegerParameterRanges']);
    items('continuous range', numericRangeForm, [...ranges, 'ContinuousParameterRanges']);
    items('categorical range', categoricalRangeForm, [...ranges, 'CategoricalParameterRanges']);
  }
  return forms.filter((form) => form.mapping !== undefined) as {
    label: string;
    mapping: AnyMapping;
    base: Path;
  }[];
}

/** A different value of the same kind, as a person would enter it. */
function changed(kind: string, value: unknown): unknown {
  switch (kind) {
    case 'entries':
      return [...(value as unknown[]), ['NEW_KEY', 'new value']];
    case 'list':
      return [...(value as unknown[]), (value as unknown[])[0] ?? 'added'];
    case 'boolean':
      return !value;
    case 'number':
      return typeof value === 'number' ? value + 1 : 7;
    case 'text':
      return `${String(value)}-changed`;
    default:
      return typeof value === 'string' ? `${value}-changed` : { Get: 'Parameters.Changed' };
  }
}

/** Every leaf of a JSON value with its path. */
function leaves(value: unknown, path: Path = []): [Path, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  const entries = Object.entries(value);
  if (entries.length === 0) return [[path, value]];
  return entries.flatMap(([key, child]) =>
    leaves(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

const within = (path: Path, field: Path) => field.every((key, index) => path[index] === key);

/** Every step of every example, plus unknown keys at the step, in Arguments and in list items. */
function steps(): [string, Raw][] {
  return Object.entries(fixtures).flatMap(([fixture, load]) =>
    flattenDocument(load()).map(({ name, step }): [string, Raw] => {
      const args = step.Arguments;
      const withUnknown: Raw = {
        ...step,
        'x-future-key': { kept: [1, 2] },
        ...(args && typeof args === 'object' && !Array.isArray(args)
          ? { Arguments: { ...(args as Raw), FutureArgument: 'kept' } }
          : {}),
      };
      return [`${fixture} ${name} (${String(step.Type)})`, withUnknown];
    }),
  );
}

describe.each(steps())('the forms of %s', (_, step) => {
  const forms = formsOf(step);

  it('read into form values and written back, give the very same step', () => {
    for (const { mapping, base } of forms) {
      const source = (getIn(step, base) ?? {}) as Raw;
      expect(writeForm(mapping, source, readForm(mapping, source))).toBe(source);
    }
  });

  it('write each changed field where it reads it back, leaving every other value alone', () => {
    for (const { label, mapping, base } of forms) {
      const source = (getIn(step, base) ?? {}) as Raw;
      for (const [key, field] of Object.entries(mapping)) {
        const value = changed(field.kind, field.read(source));
        const written = writeForm(mapping, source, { [key]: value });
        expect(jsonEqual(field.read(written), value), `${label}.${key}`).toBe(true);
        for (const [path, leaf] of leaves(source)) {
          if (within(path, field.path)) continue;
          expect(getIn(written, path), `${label}.${key} kept ${path.join('.')}`).toEqual(leaf);
        }
      }
    }
  });
});

describe('special mappings', () => {
  it('reads JSON-encoded script hyperparameters as text and writes them encoded', () => {
    const step = { Arguments: { HyperParameters: { sagemaker_program: '"train.py"', l2: '0.1' } } };
    const values = readForm(trainingForm, step);
    expect(values.program).toBe('train.py');
    expect(values.hyperparameters).toEqual([['l2', '0.1']]);
    const written = writeForm(trainingForm, step, { program: 'fit.py', hyperparameters: [] });
    expect(written.Arguments).toEqual({ HyperParameters: { sagemaker_program: '"fit.py"' } });
  });

  it('keeps caching settings when caching is turned off', () => {
    const step = { CacheConfig: { Enabled: true, ExpireAfter: 'P30D' } };
    expect(writeForm(commonForm, step, { cacheEnabled: false })).toEqual({
      CacheConfig: { Enabled: false, ExpireAfter: 'P30D' },
    });
  });

  it('edits each container of a multi-container model in place', () => {
    const step = { Arguments: { Containers: [{ Image: 'a' }, { Image: 'b' }] } };
    const second = ['Arguments', 'Containers', 1];
    const container = getIn(step, second) as Raw;
    const edited = writeForm(containerForm, container, { image: 'c' });
    expect(edited).toEqual({ Image: 'c' });
    expect(readForm(modelForm, step).containers).toHaveLength(2);
  });

  it('gives an added container a hostname no other container has', () => {
    expect(newContainer([{ ContainerHostname: 'container-2' }])).toMatchObject({
      ContainerHostname: 'container-3',
    });
    expect(newContainer([{ ContainerHostname: 'container-1' }, {}])).toMatchObject({
      ContainerHostname: 'container-3',
    });
  });

  it('writes a model metrics report without touching the empty kinds beside it', () => {
    const step = { Arguments: { ModelMetrics: { Bias: {}, Explainability: {} } } };
    const base = ['Arguments', 'ModelMetrics', 'ModelQuality', 'Statistics'];
    const report = writeForm(metricsSourceForm, (getIn(step, base) ?? {}) as Raw, {
      uri: 's3://bucket/evaluation.json',
      contentType: 'application/json',
    });
    expect(report).toEqual({
      S3Uri: 's3://bucket/evaluation.json',
      ContentType: 'application/json',
    });
  });

  it('reads and writes a Transform step’s data processing filters', () => {
    const step = { Arguments: { DataProcessing: { JoinSource: 'Input' } } };
    expect(readForm(transformForm, step)).toMatchObject({ joinSource: 'Input' });
    const written = writeForm(transformForm, step, { inputFilter: '$[1:]', outputFilter: '$[-1]' });
    expect(written.Arguments).toEqual({
      DataProcessing: { JoinSource: 'Input', InputFilter: '$[1:]', OutputFilter: '$[-1]' },
    });
  });

  it('puts tuning ranges in the training job definition when there is one', () => {
    expect(rangesPath({ Arguments: { TrainingJobDefinition: {} } })).toEqual([
      'Arguments',
      'TrainingJobDefinition',
      'HyperParameterRanges',
    ]);
    expect(rangesPath({ Arguments: {} })).toEqual([
      'Arguments',
      'HyperParameterTuningJobConfig',
      'ParameterRanges',
    ]);
  });
});
