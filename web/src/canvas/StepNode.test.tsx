// @vitest-environment jsdom
import { type PipelineDocument, addStep, newStep, updateStep } from '@pipewright/shared';
import { type NodeProps, type NodeTypes, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DocumentStoreProvider } from '../stores/DocumentStoreProvider';
import { createDocumentStore } from '../stores/document-store';
import {
  type CanvasNode,
  type StepShape,
  parseKeys,
  stepKeysOf,
  stepNodesFrom,
} from './canvas-model';
import { withNodeBoundary } from './NodeErrorBoundary';
import { nodeTypes } from './node-types';
import { smallPipeline } from './test-documents';

beforeAll(() => {
  // jsdom has no layout: React Flow only needs these to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  globalThis.DOMMatrixReadOnly ??= class {
    m22 = 1;
  } as unknown as typeof DOMMatrixReadOnly;
});
afterEach(cleanup);

function renderCanvas(document: PipelineDocument, types: NodeTypes = nodeTypes) {
  const store = createDocumentStore(document);
  // Measured up front: jsdom cannot measure, and React Flow hides nodes until they are.
  const nodes: CanvasNode[] = stepNodesFrom(parseKeys<StepShape>(stepKeysOf(document)), {}).map(
    (node) => ({ ...node, measured: { width: 240, height: 60 } }),
  );
  render(
    <DocumentStoreProvider store={store}>
      <ReactFlowProvider>
        <div style={{ width: 800, height: 600 }}>
          <ReactFlow nodes={nodes} nodeTypes={types} />
        </div>
      </ReactFlowProvider>
    </DocumentStoreProvider>,
  );
  return store;
}

describe('a step node', () => {
  it('is named by its type, name and live diagnostics count', () => {
    const broken = addStep(smallPipeline(), {
      ...newStep('Training', 'Late'),
      DependsOn: ['Ghost'],
    });
    const store = renderCanvas(broken);
    expect(screen.getByRole('group', { name: 'Processing step Prep' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Training step Late, 1 error' })).toBeTruthy();

    act(() =>
      store
        .getState()
        .apply((document) => updateStep(document, 'Late', ({ DependsOn: _gone, ...step }) => step)),
    );
    expect(screen.getByRole('group', { name: 'Training step Late' })).toBeTruthy();
  });

  it('gives a Condition a true and a false output, and a Fail step none', () => {
    const document = addStep(smallPipeline(), newStep('Fail', 'Stop'));
    renderCanvas(document);
    expect(screen.getByLabelText('True branch of Check')).toBeTruthy();
    expect(screen.getByLabelText('False branch of Check')).toBeTruthy();
    expect(screen.queryByLabelText('Output of Check')).toBeNull();
    expect(screen.queryByLabelText('Output of Stop')).toBeNull();
    expect(screen.getByLabelText('Output of Prep')).toBeTruthy();
  });

  it('fails alone: one node that cannot render leaves the others on the canvas', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Exploding({ data }: NodeProps<CanvasNode>): never {
      throw new Error(`cannot draw ${'name' in data ? data.name : ''}`);
    }
    const types: NodeTypes = {
      step: withNodeBoundary(
        (props: NodeProps<CanvasNode>) =>
          'name' in props.data && props.data.name === 'Train' ? (
            <Exploding {...props} />
          ) : (
            <span>{'name' in props.data ? props.data.name : ''}</span>
          ),
        (props) => `Step ${'name' in props.data ? props.data.name : ''}`,
      ),
    };
    renderCanvas(smallPipeline(), types);
    expect(screen.getByRole('alert').textContent).toContain('Step Train could not be drawn.');
    expect(screen.getByText('Prep')).toBeTruthy();
    expect(screen.getByText('Check')).toBeTruthy();
  });
});
