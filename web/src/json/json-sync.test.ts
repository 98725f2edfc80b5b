import { addStep, newStep, validatePipeline } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../stores/document-store';
import { documentText, markersFor, readEditorText, syntaxMarkers } from './json-sync';

const current = addStep(emptyDocument(), newStep('Fail', 'Stop'));

describe('reading the JSON view’s text', () => {
  it('never applies broken JSON, and says where it broke', () => {
    const broken = documentText(current).replace('"Steps": [', '"Steps": [}');
    const result = readEditorText(broken, current);
    expect(result.kind).toBe('rejected');
    if (result.kind !== 'rejected') return;
    expect(result.message).toMatch(/line \d+, column \d+/);
    expect(result.message).toMatch(/keeps the last valid document/);
    expect(syntaxMarkers(result.diagnostics)[0]).toMatchObject({ severity: 'error' });
  });

  it('does not apply a half-typed document that lost its steps', () => {
    expect(readEditorText('{}', current).kind).toBe('rejected');
  });

  it('records nothing when only the formatting changed', () => {
    expect(readEditorText(JSON.stringify(current), current)).toEqual({ kind: 'unchanged' });
  });

  it('applies a changed pipeline, even one with validation errors', () => {
    const text = documentText(current).replace('"Name": "Stop"', '"Name": "bad name"');
    const result = readEditorText(text, current);
    expect(result.kind).toBe('changed');
    if (result.kind === 'changed') expect(result.document.Steps[0]?.Name).toBe('bad name');
  });
});

describe('underlining diagnostics in the text', () => {
  it('puts each diagnostic on the line of its value', () => {
    const bad = addStep(emptyDocument(), { Name: 'bad name', Type: 'Fail' });
    const text = documentText(bad);
    const markers = markersFor(text, validatePipeline(bad));
    const nameLine = text.split('\n').findIndex((line) => line.includes('"bad name"')) + 1;
    expect(markers).toContainEqual(expect.objectContaining({ severity: 'error', line: nameLine }));
  });

  it('reuses the text of an unchanged document', () => {
    expect(documentText(current)).toBe(documentText(current));
  });
});
