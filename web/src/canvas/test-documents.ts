import { type PipelineDocument, addStep, newStep } from '@pipewright/shared';
import abaloneDefinition from '../../../shared/test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import { emptyDocument } from '../stores/document-store';

/** The SDK's abalone example: nine steps, a Condition with both branches, no positions. */
export const abalone = abaloneDefinition as unknown as PipelineDocument;

/** A small positioned pipeline for tests: Prep → Train (DependsOn), and a Condition. */
export function smallPipeline(): PipelineDocument {
  let document = emptyDocument();
  document = addStep(document, newStep('Processing', 'Prep'), { position: { x: 0, y: 0 } });
  document = addStep(
    document,
    { ...newStep('Training', 'Train'), DependsOn: ['Prep'] },
    { position: { x: 300, y: 0 } },
  );
  document = addStep(document, newStep('Condition', 'Check'), { position: { x: 600, y: 0 } });
  return document;
}
