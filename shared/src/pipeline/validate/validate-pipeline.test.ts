import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { validatePipeline } from './validate-pipeline';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The abalone definition with one change applied. */
function abaloneWith(change: (doc: Doc) => void): Doc {
  const doc = structuredClone(abalone) as Doc;
  change(doc);
  return doc;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const steps = (doc: Doc): any => doc.Steps;
const condition = (doc: Doc): Doc => steps(doc)[3];
const evalStep = (doc: Doc): Doc => steps(doc)[2];

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.code === code);
  expect(found, JSON.stringify(diagnostics, null, 2)).toHaveLength(1);
  return found[0] as Diagnostic;
}

describe('validatePipeline', () => {
  it('finds nothing wrong with real SDK output', () => {
    expect(validatePipeline(abalone)).toEqual([]);
  });

  it.each<[string, (doc: Doc) => void, string, string, string | undefined, RegExp]>([
    [
      'a missing Steps list',
      (doc) => delete doc.Steps,
      'invalid-shape',
      '/Steps',
      undefined,
      /"Steps" is missing/,
    ],
    [
      'another definition version',
      (doc) => (doc.Version = '2019-01-01'),
      'unsupported-version',
      '/Version',
      undefined,
      /"2019-01-01" is not supported/,
    ],
    [
      'a Processing step without an image',
      (doc) => delete steps(doc)[0].Arguments.AppSpecification.ImageUri,
      'invalid-shape',
      '/Steps/0/Arguments/AppSpecification/ImageUri',
      'AbaloneProcess',
      /"Arguments.AppSpecification.ImageUri" is missing/,
    ],
    [
      'a step name with a space',
      (doc) => {
        steps(doc)[1].Name = 'Abalone Train';
        evalStep(doc).Arguments.ProcessingInputs[0].S3Input.S3Uri.Get =
          'Steps.Abalone Train.ModelArtifacts.S3ModelArtifacts';
        condition(
          doc,
        ).Arguments.IfSteps[0].Arguments.InferenceSpecification.Containers[0].ModelDataUrl = 'x';
        condition(doc).Arguments.IfSteps[1].Arguments.PrimaryContainer.ModelDataUrl = 'x';
      },
      'invalid-step-name',
      '/Steps/1/Name',
      'Abalone Train',
      /not valid/,
    ],
    [
      'a duplicate name inside a branch',
      (doc) => (condition(doc).Arguments.IfSteps[2].Name = 'AbaloneTrain'),
      'duplicate-step-name',
      '/Steps/3/Arguments/IfSteps/2/Name',
      'AbaloneTrain',
      /used more than once/,
    ],
    [
      'a step in both branches',
      (doc) =>
        condition(doc).Arguments.ElseSteps.push(
          structuredClone(condition(doc).Arguments.IfSteps[2]),
        ),
      'step-in-both-branches',
      '/Steps/3/Arguments/ElseSteps/1',
      'AbaloneTransform',
      /both the if and the else branch of "AbaloneMSECond"/,
    ],
    [
      'a reference to an unknown step',
      (doc) =>
        (steps(doc)[1].Arguments.InputDataConfig[0].DataSource.S3DataSource.S3Uri.Get =
          "Steps.AbaloneProces.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri"),
      'unknown-step',
      '/Steps/1/Arguments/InputDataConfig/0/DataSource/S3DataSource/S3Uri/Get',
      'AbaloneTrain',
      /Did you mean "AbaloneProcess"\?|does not exist/,
    ],
    [
      'a reference to an unknown parameter',
      (doc) => (condition(doc).Arguments.Conditions[0].RightValue.Get = 'Parameters.MseThreshhold'),
      'unknown-parameter',
      '/Steps/3/Arguments/Conditions/0/RightValue/Get',
      'AbaloneMSECond',
      /parameter "MseThreshhold", which is not defined/,
    ],
    [
      'a reference to an unknown output',
      (doc) =>
        (steps(doc)[1].Arguments.InputDataConfig[0].DataSource.S3DataSource.S3Uri.Get =
          "Steps.AbaloneProcess.ProcessingOutputConfig.Outputs['training'].S3Output.S3Uri"),
      'unknown-output',
      '/Steps/1/Arguments/InputDataConfig/0/DataSource/S3DataSource/S3Uri/Get',
      'AbaloneTrain',
      /training/,
    ],
    [
      'a reference to an unknown property file',
      (doc) =>
        (condition(doc).Arguments.Conditions[0].LeftValue['Std:JsonGet'].PropertyFile.Get =
          'Steps.AbaloneEval.PropertyFiles.Report'),
      'unknown-property-file',
      '/Steps/3/Arguments/Conditions/0/LeftValue/Std:JsonGet/PropertyFile/Get',
      'AbaloneMSECond',
      /Report/,
    ],
    [
      'a property path the step type does not have',
      (doc) =>
        (evalStep(doc).Arguments.ProcessingInputs[0].S3Input.S3Uri.Get =
          'Steps.AbaloneTrain.ModelArtifacts.S3ModelArtifact'),
      'unknown-property-path',
      '/Steps/2/Arguments/ProcessingInputs/0/S3Input/S3Uri/Get',
      'AbaloneEval',
      /Training step "AbaloneTrain"/,
    ],
    [
      'an unknown execution variable',
      (doc) => (doc.PipelineExperimentConfig.TrialName.Get = 'Execution.ExecutionId'),
      'unknown-execution-variable',
      '/PipelineExperimentConfig/TrialName/Get',
      undefined,
      /not an execution variable/,
    ],
    [
      'a DependsOn cycle',
      (doc) => (steps(doc)[0].DependsOn = ['AbaloneEval']),
      'dependency-cycle',
      '/Steps/0',
      'AbaloneProcess',
      /AbaloneProcess → AbaloneEval \(a data reference\) → AbaloneProcess \(DependsOn\)/,
    ],
    [
      'a dependency on an unknown step',
      (doc) => (steps(doc)[1].DependsOn = ['Prepare']),
      'unknown-step',
      '/Steps/1/DependsOn/0',
      'AbaloneTrain',
      /depends on "Prepare"/,
    ],
    [
      'a step depending on itself',
      (doc) => (steps(doc)[1].DependsOn = ['AbaloneTrain']),
      'self-dependency',
      '/Steps/1/DependsOn/0',
      'AbaloneTrain',
      /lists itself/,
    ],
    [
      'a reference to a Fail step',
      (doc) =>
        (steps(doc)[1].Arguments.HyperParameters.eta = { Get: 'Steps.AbaloneMSEFail.Outcome' }),
      'fail-step-referenced',
      '/Steps/1/Arguments/HyperParameters/eta/Get',
      'AbaloneTrain',
      /Fail step "AbaloneMSEFail"/,
    ],
    [
      'a dependency on a Fail step',
      (doc) => (steps(doc)[1].DependsOn = ['AbaloneMSEFail']),
      'fail-step-depended-on',
      '/Steps/1/DependsOn/0',
      'AbaloneTrain',
      /would never start/,
    ],
    [
      'a parameter default of the wrong type',
      (doc) => (doc.Parameters[0].DefaultValue = '1'),
      'parameter-default-type',
      '/Parameters/0/DefaultValue',
      undefined,
      /"ProcessingInstanceCount" is Integer, but its default is the string "1"/,
    ],
    [
      'a parameter default outside its enum values',
      (doc) => (doc.Parameters[2].EnumValues = ['Approved', 'Rejected']),
      'parameter-default-not-in-enum',
      '/Parameters/2/DefaultValue',
      undefined,
      /not one of its EnumValues/,
    ],
    [
      'a bad ExpireAfter',
      (doc) => (steps(doc)[0].CacheConfig = { Enabled: true, ExpireAfter: '30 days' }),
      'invalid-expire-after',
      '/Steps/0/CacheConfig/ExpireAfter',
      'AbaloneProcess',
      /"30 days" is not a duration/,
    ],
    [
      'a retry policy over the limit',
      (doc) =>
        (steps(doc)[1].RetryPolicies = [
          { ExceptionType: ['SageMaker.JOB_INTERNAL_ERROR'], MaxAttempts: 50 },
        ]),
      'invalid-retry-policy',
      '/Steps/1/RetryPolicies/0/MaxAttempts',
      'AbaloneTrain',
      /MaxAttempts is 50; it must be a whole number from 0 to 20/,
    ],
    [
      'a property file read from an output the step does not have',
      (doc) => (evalStep(doc).PropertyFiles[0].OutputName = 'evaluations'),
      'unknown-output',
      '/Steps/2/PropertyFiles/0/OutputName',
      'AbaloneEval',
      /property file "EvaluationReport" is read from output "evaluations"/,
    ],
    [
      'a malformed Join',
      (doc) =>
        (condition(doc).Arguments.ElseSteps[0].Arguments.ErrorMessage = {
          'Std:Join': { On: ' ' },
        }),
      'invalid-expression',
      '/Steps/3/Arguments/ElseSteps/0/Arguments/ErrorMessage/Std:Join',
      'AbaloneMSEFail',
      /"Values", a list/,
    ],
  ])('reports %s', (_label, change, code, pointer, stepName, message) => {
    const diagnostic = only(validatePipeline(abaloneWith(change)), code);
    expect(diagnostic).toMatchObject({ severity: 'error', pointer });
    expect(diagnostic.stepName).toBe(stepName);
    expect(diagnostic.message).toMatch(message);
    expect(diagnostic.hint).toBeTruthy();
  });

  it('warns, without erroring, about steps that cannot run locally', () => {
    const doc = abaloneWith((d) =>
      steps(d).push(
        {
          Name: 'Deploy',
          Type: 'Endpoint',
          Arguments: { EndpointName: 'x', EndpointConfigName: 'y' },
        },
        { Name: 'Serverless', Type: 'EMRServerless', Arguments: { ApplicationId: 'a' } },
      ),
    );
    const diagnostics = validatePipeline(doc);
    expect(diagnostics.map((d) => [d.severity, d.code, d.stepName])).toEqual([
      ['warning', 'not-runnable-locally', 'Deploy'],
      ['warning', 'not-runnable-locally', 'Serverless'],
    ]);
  });

  it('only warns about a property file on a missing output that nothing reads', () => {
    // sagemaker-python-sdk test_steps.py::test_processing_step: outputs=[] with a PropertyFile.
    const sdkStep = {
      Name: 'MyProcessingStep',
      Type: 'Processing',
      Arguments: {
        AppSpecification: { ImageUri: 'fakeimage' },
        ProcessingResources: {
          ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m4.4xlarge', VolumeSizeInGB: 30 },
        },
        RoleArn: 'DummyRole',
      },
      PropertyFiles: [
        {
          FilePath: 'evaluation.json',
          OutputName: 'evaluation',
          PropertyFileName: 'EvaluationReport',
        },
      ],
    };
    const diagnostics = validatePipeline({ Version: '2020-12-01', Steps: [sdkStep] });
    expect(diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      ['warning', 'unknown-output', '/Steps/0/PropertyFiles/0/OutputName'],
    ]);
    expect(diagnostics[0]?.message).toMatch(/nothing reads it yet/);
  });

  it('checks no property file when an output is named by a pipeline variable', () => {
    // ProcessingOutput(output_name=ParameterString(...)) is allowed by the SDK.
    const doc = abaloneWith((d) => {
      evalStep(d).Arguments.ProcessingOutputConfig.Outputs[0].OutputName = {
        Get: 'Parameters.OutputName',
      };
      d.Parameters.push({ Name: 'OutputName', Type: 'String', DefaultValue: 'evaluation' });
    });
    expect(validatePipeline(doc)).toEqual([]);
  });

  it('names the allowed values when a literal is neither one of them nor an expression', () => {
    const tuning = {
      Name: 'Tune',
      Type: 'Tuning',
      Arguments: {
        HyperParameterTuningJobConfig: {
          Strategy: 'Bayesian',
          ResourceLimits: { MaxParallelTrainingJobs: 1 },
          HyperParameterTuningJobObjective: { Type: 'Lowest', MetricName: 'm' },
        },
      },
    };
    const doc = abaloneWith((d) => steps(d).push(tuning));
    const diagnostic = only(validatePipeline(doc), 'invalid-shape');
    expect(diagnostic.pointer).toBe(
      '/Steps/4/Arguments/HyperParameterTuningJobConfig/HyperParameterTuningJobObjective/Type',
    );
    expect(diagnostic.message).toMatch(/must be one of "Minimize", "Maximize" \(or an expression/);
    expect(diagnostic.message).toMatch(/it is "Lowest"/);
  });

  it('explains a document that is not an object', () => {
    expect(validatePipeline([1, 2])).toMatchObject([{ code: 'invalid-shape', pointer: '' }]);
  });

  it('rejects an extension written by a newer Pipewright', () => {
    const doc = abaloneWith((d) => (d['x-pipewright'] = { formatVersion: 99 }));
    expect(only(validatePipeline(doc), 'invalid-extension').message).toMatch(/newer Pipewright/);
  });
});
