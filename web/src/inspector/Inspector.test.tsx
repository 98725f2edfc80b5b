// @vitest-environment jsdom
import { addStep, newStep } from '@pipewright/shared';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument } from '../stores/document-store';
import { fixtures } from './test/fixtures';
import { renderInspector } from './test/render-inspector';

vi.mock('../monaco/CodeEditor', () => import('./test/code-editor.mock'));

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });

// Whole-inspector renders in jsdom take a while on a busy machine; nothing here measures time.
describe('the inspector', { timeout: 30_000 }, () => {
  afterEach(cleanup);

  it('with one step selected, has Form and JSON tabs', () => {
    renderInspector(fixtures.abalone(), { steps: ['AbaloneTrain'] });
    const tabs = within(
      screen.getByRole('tablist', { name: 'Edit step AbaloneTrain' }),
    ).getAllByRole('tab');
    expect(tabs.map((tab) => [tab.textContent, tab.getAttribute('aria-selected')])).toEqual([
      ['Form', 'true'],
      ['JSON', 'false'],
    ]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'JSON of step AbaloneTrain' })).toBeTruthy();
  });

  it('edits a field into the document, undoably', () => {
    const { store } = renderInspector(fixtures.abalone(), { steps: ['AbaloneTrain'] });
    fireEvent.change(screen.getByRole('textbox', { name: 'Model output path' }), {
      target: { value: 's3://models/' },
    });
    const train = () =>
      store.getState().document.Steps[1] as { Arguments: { OutputDataConfig: unknown } };
    expect(train().Arguments.OutputDataConfig).toEqual({ S3OutputPath: 's3://models/' });
    store.temporal.getState().undo();
    expect(train().Arguments.OutputDataConfig).toEqual({
      S3OutputPath: 's3://pipewright-examples/abalone/models',
    });
  });

  it('shows the problems inside a field on it, with aria-invalid and aria-describedby', () => {
    renderInspector(fixtures.abalone(), { steps: ['AbaloneTrain'] });
    const field = screen.getByRole('textbox', { name: 'Model output path' });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Choose a reference for Model output path' }),
    );
    fireEvent.click(screen.getByRole('option', { name: /Parameters\.InputData/ }));
    const reference = screen.getByRole('textbox', { name: 'Model output path' });
    fireEvent.change(reference, { target: { value: 'Parameters.Missing' } });
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    const describedBy = reference.getAttribute('aria-describedby');
    expect(document.getElementById(describedBy!)?.textContent).toContain('Missing');
  });

  it('renames a step through renameStep: references follow, a refusal says why', () => {
    const { store } = renderInspector(fixtures.abalone(), { steps: ['AbaloneTrain'] });
    const name = screen.getByRole('textbox', { name: 'Step name' });
    fireEvent.change(name, { target: { value: 'AbaloneEval' } });
    fireEvent.blur(name);
    expect(screen.getByRole('alert').textContent).toBe(
      'A step named "AbaloneEval" already exists.',
    );
    expect(name.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(name, { target: { value: 'Fit' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(store.getState().selection.steps).toEqual(['Fit']);
    expect(JSON.stringify(store.getState().document)).toContain('Steps.Fit.ModelArtifacts');
    expect(screen.getByRole('heading', { name: 'Fit' })).toBeTruthy();
  });

  it('scrolls to and focuses the field of a clicked problem', () => {
    const document = addStep(emptyDocument(), {
      ...newStep('Training', 'Fit'),
      CacheConfig: { Enabled: true, ExpireAfter: 'soon' },
    });
    const { store } = renderInspector(document, { steps: ['Fit'] });
    act(() =>
      store.getState().select({ steps: ['Fit'], field: '/Steps/0/CacheConfig/ExpireAfter' }),
    );
    const field = screen.getByRole('textbox', { name: 'Cache expires after' });
    expect(window.document.activeElement).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('opens the JSON tab for a problem no form field shows', () => {
    const document = addStep(emptyDocument(), newStep('EMR', 'Cluster'));
    const { store } = renderInspector(document, { steps: ['Cluster'] });
    act(() =>
      store.getState().select({ steps: ['Cluster'], field: '/Steps/0/Arguments/StepConfig' }),
    );
    expect(screen.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected')).toBe('true');
  });

  it('applies valid step JSON as one edit and never applies invalid JSON', () => {
    const { store } = renderInspector(fixtures.abalone(), { steps: ['AbaloneTrain'] });
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const editor = screen.getByRole('textbox', {
      name: 'JSON of step AbaloneTrain',
    }) as HTMLTextAreaElement;
    const before = store.getState().document;
    fireEvent.change(editor, { target: { value: '{"Name": "AbaloneTrain",' } });
    expect(screen.getByRole('button', { name: 'Apply changes' }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(
      within(inspector()).getByRole('list', { name: 'Problems in the step JSON' }).textContent,
    ).toContain('not valid JSON');
    expect(store.getState().document).toBe(before);
    const step = store.getState().document.Steps[1];
    fireEvent.change(editor, {
      target: { value: JSON.stringify({ ...step, DisplayName: 'Fit the model' }) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Apply changes' }));
    expect(store.getState().document.Steps[1]?.DisplayName).toBe('Fit the model');
    store.temporal.getState().undo();
    expect(store.getState().document).toBe(before);
  });

  it('with several things selected, summarizes them', () => {
    renderInspector(fixtures.abalone(), { steps: ['AbaloneTrain', 'AbaloneEval'], notes: ['n1'] });
    expect(screen.getByRole('heading', { name: '2 steps and 1 note selected' })).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Selected steps' })).getAllByRole('listitem'),
    ).toHaveLength(2);
  });

  it('edits a RegisterModel step’s model metrics reports in the form', () => {
    const { store } = renderInspector(fixtures.abalone(), { steps: ['AbaloneRegisterModel'] });
    fireEvent.change(screen.getByRole('textbox', { name: 'Data quality statistics' }), {
      target: { value: 's3://reports/data-stats.json' },
    });
    const register = JSON.stringify(store.getState().document);
    expect(register).toContain(
      '"ModelDataQuality":{"Statistics":{"S3Uri":"s3://reports/data-stats.json"}}',
    );
  });

  it('lists every container of a multi-container model and adds one', () => {
    const document = addStep(emptyDocument(), {
      ...newStep('Model', 'Serve'),
      Arguments: { Containers: [{ ContainerHostname: 'pre', Image: 'a' }, { Image: 'b' }] },
    });
    const { store } = renderInspector(document, { steps: ['Serve'] });
    const containers = screen.getByRole('group', { name: 'Containers' });
    expect(
      within(containers)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Container "pre"', 'Container "2"']);
    fireEvent.click(within(containers).getByRole('button', { name: '+ Container' }));
    const step = store.getState().document.Steps[0] as { Arguments: { Containers: unknown[] } };
    expect(step.Arguments.Containers).toHaveLength(3);
    expect(step.Arguments.Containers[2]).toMatchObject({ ContainerHostname: 'container-3' });
  });

  it('edits a Transform step’s data processing filters', () => {
    const { store } = renderInspector(fixtures.abalone(), { steps: ['AbaloneTransform'] });
    fireEvent.change(screen.getByRole('textbox', { name: 'Input filter' }), {
      target: { value: '$[1:]' },
    });
    expect(JSON.stringify(store.getState().document)).toContain(
      '"DataProcessing":{"InputFilter":"$[1:]"}',
    );
  });
});
