import { addStep, newStep } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { createDocumentStore, diagnosticsOf } from './document-store';

describe('the document store', () => {
  it('undoes and redoes every edit', () => {
    const store = createDocumentStore();
    store.getState().apply((document) => addStep(document, newStep('Fail', 'Stop')));
    store.getState().apply((document) => addStep(document, newStep('Fail', 'Stop2')));
    expect(store.getState().document.Steps).toHaveLength(2);
    store.temporal.getState().undo();
    expect(store.getState().document.Steps.map((step) => step.Name)).toEqual(['Stop']);
    store.temporal.getState().redo();
    expect(store.getState().document.Steps).toHaveLength(2);
    expect(store.getState().dirty).toBe(true);
  });

  it('starts a new history when a document is loaded', () => {
    const store = createDocumentStore();
    store.getState().apply((document) => addStep(document, newStep('Fail', 'Stop')));
    store.getState().load(store.getState().document, { pipelineName: 'p', version: 1 });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState()).toMatchObject({ dirty: false, pipelineName: 'p', baseVersion: 1 });
  });

  it('does not record an edit that changes nothing', () => {
    const store = createDocumentStore();
    store.getState().apply((document) => document);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().dirty).toBe(false);
  });

  it('validates each document once, with the shared rules', () => {
    const store = createDocumentStore();
    store.getState().apply((document) => addStep(document, { Name: 'bad name', Type: 'Fail' }));
    const { document } = store.getState();
    expect(diagnosticsOf(document)).toBe(diagnosticsOf(document));
    expect(diagnosticsOf(document).map((diagnostic) => diagnostic.code)).toContain(
      'invalid-step-name',
    );
  });
});
