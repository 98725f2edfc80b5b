import {
  type PipelineDocument,
  connectSteps,
  extensionOf,
  updateStep,
  withExtension,
} from '@pipewright/shared';
import { moveOnCanvas } from './canvas-edits';
import { describe, expect, it } from 'vitest';
import {
  type EdgeShape,
  NOTE_SIZE,
  type NoteShape,
  STEP_NODE_SIZE,
  type StepShape,
  edgeKeysOf,
  edgesFrom,
  needsLayout,
  noteKeysOf,
  noteNodesFrom,
  parseKeys,
  stepKeysOf,
  stepLabelId,
  stepNodesFrom,
} from './canvas-model';
import { abalone, smallPipeline } from './test-documents';

const shapesOf = (document: PipelineDocument) => parseKeys<StepShape>(stepKeysOf(document));
const edgesOf = (document: PipelineDocument) =>
  edgesFrom(parseKeys<EdgeShape>(edgeKeysOf(document)));

describe('step nodes from a document', () => {
  it('has one node per step, branch steps included, with saved or fallback positions', () => {
    const document = smallPipeline();
    const nodes = stepNodesFrom(shapesOf(document), { Check: { x: 9, y: 9 } });
    expect(nodes.map((node) => [node.id, node.data.stepType, node.position])).toEqual([
      ['Prep', 'Processing', { x: 0, y: 0 }],
      ['Train', 'Training', { x: 300, y: 0 }],
      ['Check', 'Condition', { x: 600, y: 0 }],
    ]);

    const abaloneNodes = stepNodesFrom(shapesOf(abalone), { AbaloneMSEFail: { x: 5, y: 6 } });
    expect(abaloneNodes).toHaveLength(8);
    expect(abaloneNodes.find((node) => node.id === 'AbaloneMSEFail')?.position).toEqual({
      x: 5,
      y: 6,
    });
  });

  it('names each node by a hidden label, so the node object holds no diagnostics', () => {
    const [node] = stepNodesFrom(shapesOf(smallPipeline()), {});
    expect(node?.domAttributes).toEqual({ 'aria-labelledby': stepLabelId('Prep') });
    expect(node?.data).toEqual({ name: 'Prep', stepType: 'Processing', displayName: null });
  });

  it('gives every node its drawn size before React Flow measures it, so the view fits at once', () => {
    const [node] = stepNodesFrom(shapesOf(smallPipeline()), {});
    expect(node?.measured).toEqual(STEP_NODE_SIZE);
    const [note] = noteNodesFrom([
      { id: 'n1', text: 'Why', position: { x: 0, y: 0 }, width: 300, height: null },
    ]);
    expect(note?.measured).toEqual({ width: 300, height: NOTE_SIZE.height });
  });

  it('gives repeated or missing names their own node ids', () => {
    const document = {
      ...smallPipeline(),
      Steps: [
        { Name: 'Same', Type: 'Fail', Arguments: {} },
        { Name: 'Same', Type: 'Fail', Arguments: {} },
        { Type: 'Fail', Arguments: {} },
      ],
    } as PipelineDocument;
    const ids = shapesOf(document).map((shape) => shape.id);
    expect(ids).toEqual(['Same', 'Same#1', '#2']);
    expect(new Set(ids.map(stepLabelId)).size).toBe(3);
  });
});

describe('memoization keys', () => {
  it('stay item-by-item equal when an edit changes nothing a node or edge shows', () => {
    const before = smallPipeline();
    const after = updateStep(before, 'Train', (step) => ({
      ...step,
      Arguments: { ...(step.Arguments as object), RoleArn: 'arn:aws:iam::1:role/Other' },
    }));
    expect(after).not.toBe(before);
    expect(stepKeysOf(after)).toEqual(stepKeysOf(before));
    expect(edgeKeysOf(after)).toEqual(edgeKeysOf(before));
  });

  it('change for the step whose display name changed, and only for it', () => {
    const before = smallPipeline();
    const after = updateStep(before, 'Train', (step) => ({ ...step, DisplayName: 'Fit model' }));
    const changed = stepKeysOf(after).filter((key, index) => key !== stepKeysOf(before)[index]);
    expect(changed).toHaveLength(1);
    expect(JSON.parse(changed[0] as string)).toMatchObject({
      name: 'Train',
      displayName: 'Fit model',
    });
  });

  it('are computed once per document value', () => {
    const document = smallPipeline();
    expect(stepKeysOf(document)).toBe(stepKeysOf(document));
  });

  it('keep the edges of a moved step without scanning the steps again, and redo them on a connect', () => {
    const before = smallPipeline();
    const moved = moveOnCanvas(before, { steps: { Train: { x: 40, y: 400 } }, notes: {} });
    expect(stepKeysOf(moved)).not.toEqual(stepKeysOf(before));
    expect(edgeKeysOf(moved)).toBe(edgeKeysOf(before));

    const connected = connectSteps(moved, 'Prep', 'Check');
    if (!connected.ok) throw new Error(connected.reason);
    expect(edgeKeysOf(connected.document)).not.toEqual(edgeKeysOf(moved));
  });
});

describe('edges from a document', () => {
  it('draws every kind of the abalone graph from its own handle', () => {
    const edges = edgesOf(abalone);
    const described = edges.map((edge) => `${edge.source} ${edge.data?.kind} ${edge.target}`);
    expect(described).toContain('AbaloneProcess data AbaloneTrain');
    expect(described).toContain('AbaloneMSECond branch-if AbaloneTransform');
    expect(described).toContain('AbaloneMSECond branch-else AbaloneMSEFail');
    const handleOf = (kind: string) =>
      new Set(edges.filter((edge) => edge.data?.kind === kind).map((edge) => edge.sourceHandle));
    expect(handleOf('branch-if')).toEqual(new Set(['true']));
    expect(handleOf('branch-else')).toEqual(new Set(['false']));
    expect(handleOf('data')).toEqual(new Set(['out']));
    expect(edges.every((edge) => edge.targetHandle === 'in' && edge.type === 'pipeline')).toBe(
      true,
    );
  });

  it('lets only DependsOn and branch edges be deleted, and names them for screen readers', () => {
    const edges = edgesOf(abalone);
    const data = edges.find((edge) => edge.data?.kind === 'data');
    expect(data?.deletable).toBe(false);
    expect(data?.ariaLabel).toBe('AbaloneTrain uses data from AbaloneProcess');
    const dependsOn = edgesOf(smallPipeline()).find((edge) => edge.data?.kind === 'depends-on');
    expect(dependsOn).toMatchObject({ source: 'Prep', target: 'Train', deletable: true });
    expect(dependsOn?.ariaLabel).toBe('Train runs after Prep');
  });

  it('leaves out a step referring to itself', () => {
    const document = updateStep(smallPipeline(), 'Train', (step) => ({
      ...step,
      DependsOn: ['Train', 'Prep'],
    }));
    expect(edgesOf(document).map((edge) => edge.id)).toEqual(['depends-on:Prep->Train']);
  });
});

describe('notes and layout need', () => {
  it('turns notes into note nodes with their size', () => {
    const document = withExtension(smallPipeline(), {
      ...extensionOf(smallPipeline()),
      notes: [{ id: 'n1', text: 'Hello', position: { x: 1, y: 2 }, width: 300 }],
    });
    const [note] = noteNodesFrom(parseKeys<NoteShape>(noteKeysOf(document)));
    expect(note).toMatchObject({
      id: 'note:n1',
      type: 'note',
      position: { x: 1, y: 2 },
      width: 300,
      height: 140,
      data: { noteId: 'n1', text: 'Hello' },
    });
  });

  it('asks for a layout only when steps exist and none is placed', () => {
    expect(needsLayout(abalone)).toBe(true);
    expect(needsLayout(smallPipeline())).toBe(false);
    expect(needsLayout({ ...smallPipeline(), Steps: [] } as PipelineDocument)).toBe(false);
  });
});
