import {
  type PipelineDocument,
  addStep,
  createPipelineGraph,
  extensionOf,
  flattenDocument,
  newStep,
} from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../stores/document-store';
import { CLIPBOARD_FORMAT, copySteps, pasteSteps, readCopiedSteps } from './clipboard-format';
import { abalone, smallPipeline } from './test-documents';

const names = (document: PipelineDocument) => flattenDocument(document).map((node) => node.name);
const stepNamed = (document: PipelineDocument, name: string) =>
  flattenDocument(document).find((node) => node.name === name)?.step;
const noOffset = { x: 40, y: 40 };
const origin = { x: 1000, y: 1000 };

describe('copying steps', () => {
  it('copies the selected step objects and their positions, as text the paste reads back', () => {
    const copied = copySteps(smallPipeline(), ['Train']);
    expect(copied).toEqual({
      format: CLIPBOARD_FORMAT,
      formatVersion: 1,
      steps: [stepNamed(smallPipeline(), 'Train')],
      positions: { Train: { x: 300, y: 0 } },
    });
    expect(readCopiedSteps(JSON.stringify(copied))).toEqual(copied);
  });

  it('copies a selected Condition with its branch steps once, not twice', () => {
    const copied = copySteps(abalone, ['AbaloneMSECond', 'AbaloneMSEFail']);
    expect(copied?.steps.map((step) => step.Name)).toEqual(['AbaloneMSECond']);
  });

  it('copies nothing when no step is selected', () => {
    expect(copySteps(smallPipeline(), [])).toBeNull();
    expect(copySteps(smallPipeline(), ['Ghost'])).toBeNull();
  });
});

describe('reading the clipboard', () => {
  it('accepts step objects pasted from elsewhere, one or a list', () => {
    const step = newStep('Fail', 'Stop');
    expect(readCopiedSteps(JSON.stringify(step))?.steps).toEqual([step]);
    expect(readCopiedSteps(JSON.stringify([step, step]))?.steps).toHaveLength(2);
  });

  it('leaves whole pipelines, plain text and odd JSON to someone else', () => {
    expect(readCopiedSteps(JSON.stringify(smallPipeline()))).toBeNull();
    expect(readCopiedSteps('Train')).toBeNull();
    expect(readCopiedSteps('[]')).toBeNull();
    expect(readCopiedSteps('[{"Name": "A"}]')).toBeNull();
  });
});

describe('pasting steps', () => {
  it('renames pasted steps uniquely and offsets their positions', () => {
    const document = smallPipeline();
    const copied = copySteps(document, ['Prep', 'Train']);
    const pasted = pasteSteps(document, copied!, noOffset, origin);
    expect(pasted.names).toEqual(['Prep2', 'Train2']);
    expect(names(pasted.document)).toEqual(['Prep', 'Train', 'Check', 'Prep2', 'Train2']);
    expect(extensionOf(pasted.document).positions).toMatchObject({
      Prep2: { x: 40, y: 40 },
      Train2: { x: 340, y: 40 },
    });
  });

  it('keeps a copied chain a chain, and outside references pointing outside', () => {
    let document = smallPipeline();
    document = addStep(document, {
      ...newStep('Processing', 'Eval'),
      DependsOn: ['Train', 'Prep', 'Elsewhere'],
      Arguments: { Model: { Get: 'Steps.Train.ModelArtifacts.S3ModelArtifacts' } },
    });
    const copied = copySteps(document, ['Train', 'Eval'])!;
    const { document: pasted } = pasteSteps(document, copied, noOffset, origin);
    const eval2 = stepNamed(pasted, 'Eval2');
    // Train was copied too: Eval2 follows Train2. Prep was not: it still follows Prep.
    // "Elsewhere" is no step of this pipeline, so the entry is dropped.
    expect(eval2?.DependsOn).toEqual(['Train2', 'Prep']);
    expect(eval2?.Arguments).toEqual({
      Model: { Get: 'Steps.Train2.ModelArtifacts.S3ModelArtifacts' },
    });
    expect(stepNamed(pasted, 'Train2')?.DependsOn).toEqual(['Prep']);
  });

  it('pastes a Condition with its branches renamed and nested again', () => {
    const copied = copySteps(abalone, ['AbaloneMSECond'])!;
    const { document, names: pastedNames } = pasteSteps(abalone, copied, noOffset, origin);
    expect(pastedNames).toEqual([
      'AbaloneMSECond2',
      'AbaloneRegisterModel-RegisterModel2',
      'AbaloneCreateModel-CreateModel2',
      'AbaloneTransform2',
      'AbaloneMSEFail2',
    ]);
    const graph = createPipelineGraph(document);
    const branchEdges = graph.edges
      .filter((edge) => edge.from === 'AbaloneMSECond2')
      .map((edge) => `${edge.kind} ${edge.to}`);
    expect(branchEdges).toEqual([
      'branch-if AbaloneRegisterModel-RegisterModel2',
      'branch-if AbaloneCreateModel-CreateModel2',
      'branch-if AbaloneTransform2',
      'branch-else AbaloneMSEFail2',
    ]);
    // The pasted transform uses the pasted model; the copied steps still read from AbaloneEval.
    expect(graph.incoming('AbaloneTransform2').map((edge) => edge.from)).toContain(
      'AbaloneCreateModel-CreateModel2',
    );
    expect(graph.cycles).toEqual([]);
  });

  it('places steps without a position on a diagonal from the origin', () => {
    const copied = readCopiedSteps(JSON.stringify([newStep('Fail', 'A'), newStep('Fail', 'B')]))!;
    const { document } = pasteSteps(emptyDocument(), copied, noOffset, origin);
    expect(extensionOf(document).positions).toEqual({
      A: { x: 1000, y: 1000 },
      B: { x: 1040, y: 1040 },
    });
  });
});
