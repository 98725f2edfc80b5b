import { addStep, newStep, setPositions } from '@pipewright/shared';
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

  it('keeps the diagnostics after a move on the canvas, and checks again after any other edit', () => {
    const store = createDocumentStore();
    store.getState().apply((document) => addStep(document, { Name: 'bad name', Type: 'Fail' }));
    const before = diagnosticsOf(store.getState().document);
    store.getState().apply((document) => setPositions(document, { 'bad name': { x: 40, y: 80 } }));
    expect(diagnosticsOf(store.getState().document)).toBe(before);

    store.getState().apply((document) => addStep(document, { Name: 'also bad', Type: 'Fail' }));
    const codes = diagnosticsOf(store.getState().document).map((diagnostic) => diagnostic.code);
    expect(codes.filter((code) => code === 'invalid-step-name')).toHaveLength(2);
  });

  it('checks a moved position that is not a number', () => {
    const store = createDocumentStore();
    store.getState().apply((document) => addStep(document, newStep('Fail', 'Stop')));
    expect(diagnosticsOf(store.getState().document)).toEqual([]);
    store.getState().apply((document) => setPositions(document, { Stop: { x: Number.NaN, y: 0 } }));
    expect(diagnosticsOf(store.getState().document)).not.toEqual([]);
  });
});
