import {
  type PipelineDocument,
  createPipelineGraph,
  extensionOf,
  flattenDocument,
} from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../stores/document-store';
import { addStepOfType, connectHandles, deleteFromCanvas, moveOnCanvas } from './canvas-edits';
import { addNote } from './notes';
import { smallPipeline } from './test-documents';

const names = (document: PipelineDocument) => flattenDocument(document).map((node) => node.name);
const edges = (document: PipelineDocument) =>
  createPipelineGraph(document).edges.map((edge) => `${edge.from} ${edge.kind} ${edge.to}`);

describe('adding a step', () => {
  it('uses the type defaults, a unique name and the given position', () => {
    const first = addStepOfType(emptyDocument(), 'Processing', { x: 10, y: 20 });
    const second = addStepOfType(first.document, 'Processing', { x: 0, y: 0 });
    expect([first.name, second.name]).toEqual(['Process', 'Process2']);
    expect(names(second.document)).toEqual(['Process', 'Process2']);
    expect(extensionOf(first.document).positions).toEqual({ Process: { x: 10, y: 20 } });
    expect(flattenDocument(first.document)[0]?.step.Type).toBe('Processing');
  });
});

describe('connecting handles', () => {
  it('adds DependsOn from a plain output', () => {
    const result = connectHandles(smallPipeline(), {
      source: 'Train',
      target: 'Check',
      sourceHandle: 'out',
    });
    expect(result.ok && edges(result.document)).toContain('Train depends-on Check');
  });

  it('moves the target into the true or false branch of a Condition', () => {
    const ifResult = connectHandles(smallPipeline(), {
      source: 'Check',
      target: 'Train',
      sourceHandle: 'true',
    });
    expect(ifResult.ok && edges(ifResult.document)).toContain('Check branch-if Train');
    const elseResult = connectHandles(smallPipeline(), {
      source: 'Check',
      target: 'Prep',
      sourceHandle: 'false',
    });
    expect(elseResult.ok && edges(elseResult.document)).toContain('Check branch-else Prep');
  });

  it('refuses a cycle with a reason', () => {
    const result = connectHandles(smallPipeline(), {
      source: 'Train',
      target: 'Prep',
      sourceHandle: 'out',
    });
    expect(result).toEqual({
      ok: false,
      reason: '"Train" already runs after "Prep", so this connection would make a cycle.',
    });
  });
});

describe('deleting from the canvas', () => {
  it('removes steps, notes and the dependencies on them in one edit', () => {
    const document = addNote(smallPipeline(), { id: 'n1', text: 'x', position: { x: 0, y: 0 } });
    const next = deleteFromCanvas(document, { steps: ['Prep'], notes: ['n1'], edges: [] });
    expect(names(next)).toEqual(['Train', 'Check']);
    expect(edges(next)).toEqual([]);
    expect(extensionOf(next).notes).toEqual([]);
    expect(extensionOf(next).positions).not.toHaveProperty('Prep');
  });

  it('removes a DependsOn edge, moves a branch step out, and keeps data edges', () => {
    const branched = connectHandles(smallPipeline(), {
      source: 'Check',
      target: 'Train',
      sourceHandle: 'true',
    });
    if (!branched.ok) throw new Error(branched.reason);
    const next = deleteFromCanvas(branched.document, {
      steps: [],
      notes: [],
      edges: [
        { kind: 'depends-on', from: 'Prep', to: 'Train' },
        { kind: 'branch-if', from: 'Check', to: 'Train' },
        { kind: 'data', from: 'Prep', to: 'Check' },
      ],
    });
    expect(edges(next)).toEqual([]);
    expect(names(next)).toEqual(['Prep', 'Check', 'Train']);
    expect(flattenDocument(next).every((node) => node.parent === undefined)).toBe(true);
  });
});

describe('moving on the canvas', () => {
  it('writes where steps and notes were dropped', () => {
    const document = addNote(smallPipeline(), { id: 'n1', text: '', position: { x: 0, y: 0 } });
    const next = moveOnCanvas(document, {
      steps: { Prep: { x: 5, y: 6 } },
      notes: { n1: { x: 7, y: 8 } },
    });
    expect(extensionOf(next).positions?.Prep).toEqual({ x: 5, y: 6 });
    expect(extensionOf(next).notes?.[0]?.position).toEqual({ x: 7, y: 8 });
  });

  it('answers the same document when nothing moved, so no undo step is recorded', () => {
    const document = smallPipeline();
    expect(moveOnCanvas(document, { steps: { Prep: { x: 0, y: 0 } }, notes: {} })).toBe(document);
  });
});
