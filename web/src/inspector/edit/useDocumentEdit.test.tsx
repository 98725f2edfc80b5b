// @vitest-environment jsdom
import { type PipelineDocument, addStep, newStep, updateStep } from '@pipewright/shared';
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentStoreProvider } from '../../stores/DocumentStoreProvider';
import { createDocumentStore, emptyDocument } from '../../stores/document-store';
import { useDocumentEdit } from './useDocumentEdit';

const describeAs = (text: string) => (document: PipelineDocument) =>
  updateStep(document, 'Stop', (step) => ({ ...step, Description: text }));

function setup() {
  const store = createDocumentStore(addStep(emptyDocument(), newStep('Fail', 'Stop')));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DocumentStoreProvider store={store}>{children}</DocumentStoreProvider>
  );
  const { result } = renderHook(() => useDocumentEdit(), { wrapper });
  const description = () => store.getState().document.Steps[0]?.Description;
  return { store, edit: result.current, description };
}

describe('inspector edits', () => {
  afterEach(cleanup);

  it('fold a burst of typing in one field into one undo step', () => {
    const { store, edit, description } = setup();
    for (const text of ['a', 'ab', 'abc']) edit.apply(describeAs(text), '/Steps/0/Description');
    expect(description()).toBe('abc');
    store.temporal.getState().undo();
    expect(description()).toBeUndefined();
  });

  it('start a new undo step after the field is left, or in another field', () => {
    const { store, edit, description } = setup();
    edit.apply(describeAs('a'), '/Steps/0/Description');
    edit.endGroup();
    edit.apply(describeAs('ab'), '/Steps/0/Description');
    edit.apply(describeAs('abc'), '/Steps/0/DisplayName');
    store.temporal.getState().undo();
    expect(description()).toBe('ab');
    store.temporal.getState().undo();
    expect(description()).toBe('a');
  });

  it('start a new undo step when the document changed in between (an undo, the canvas)', () => {
    const { store, edit, description } = setup();
    edit.apply(describeAs('a'), '/Steps/0/Description');
    store.getState().apply((document) => addStep(document, newStep('Fail', 'Other')));
    edit.apply(describeAs('ab'), '/Steps/0/Description');
    store.temporal.getState().undo();
    expect(description()).toBe('a');
  });
});
