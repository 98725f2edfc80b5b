import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { PipelineDocument } from '@pipewright/shared';
import type { Services } from '../services';
import { testServices } from './engine-test-helpers';

let services: Services | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function tuningExample(): Promise<PipelineDocument> {
  const path = fileURLToPath(new URL('../../../examples/tuning/pipeline.json', import.meta.url));
  return JSON.parse(await readFile(path, 'utf8')) as PipelineDocument;
}

interface Summary {
  TrainingJobName: string;
  TrainingJobStatus: string;
  FinalHyperParameterTuningJobObjectiveMetric?: { MetricName: string; Value: number };
}

describe('the engine running the tuning example', () => {
  it('tunes, evaluates the best job’s model and finds it beats predicting the mean', async () => {
    services = await testServices();
    services.store.pipelines.create({ name: 'tuning', document: await tuningExample() });
    const id = await services.engine.start({ pipelineName: 'tuning' });
    await services.engine.idle();
    const { state } = services.store.executions.get(id);
    const reasons = Object.values(state?.steps ?? {}).map((step) => step?.failureReason);
    expect(state?.status, reasons.filter(Boolean).join('\n')).toBe('Succeeded');
    expect(state?.steps.BeatsTheMean?.metadata).toEqual({ Condition: { Outcome: 'True' } });
    expect(state?.steps.Tune?.metadata).toEqual({
      TuningJob: {
        Arn: `arn:aws:sagemaker:local:000000000000:hyper-parameter-tuning-job/tune-${id}`,
      },
    });

    const tune = services.store.executions.getStepProperties(id, 'Tune')?.properties as {
      BestTrainingJob: Summary;
      TrainingJobSummaries: Summary[];
    };
    expect(tune.TrainingJobSummaries).toHaveLength(6);
    expect(tune.TrainingJobSummaries[0]).toEqual(tune.BestTrainingJob);
    const best = tune.BestTrainingJob;
    expect(best.FinalHyperParameterTuningJobObjectiveMetric?.MetricName).toBe('validation:rmse');

    // Steps.Tune.TrainingJobSummaries[0].TrainingJobName, joined as get_top_model_s3_uri does,
    // named a real model.tar.gz: Evaluate read it and scored it.
    const model = `s3://pipewright-examples/tuning/models/${best.TrainingJobName}/output/model.tar.gz`;
    expect((await services.objectStore.list(model)).map((entry) => entry.uri)).toEqual([model]);
    const evaluate = services.store.executions.getStepProperties(id, 'Evaluate')?.properties as {
      ProcessingOutputConfig: { Outputs: { S3Output: { S3Uri: string } }[] };
    };
    const report = (await services.objectStore.readJson(
      `${evaluate.ProcessingOutputConfig.Outputs[0]?.S3Output.S3Uri}/evaluation.json`,
    )) as {
      best_training_job: string;
      regression_metrics: { rmse: { value: number }; baseline_rmse: { value: number } };
    };
    expect(report.best_training_job).toBe(best.TrainingJobName);
    const { rmse, baseline_rmse: baseline } = report.regression_metrics;
    expect(rmse.value).toBeLessThan(baseline.value / 2);
  });
});
