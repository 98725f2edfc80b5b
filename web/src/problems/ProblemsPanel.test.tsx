// @vitest-environment jsdom
import { addStep, newStep } from '@pipewright/shared';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentStoreProvider } from '../stores/DocumentStoreProvider';
import { createDocumentStore, emptyDocument } from '../stores/document-store';
import { ProblemsPanel } from './ProblemsPanel';

function renderPanel(document = emptyDocument()) {
  const store = createDocumentStore(document);
  render(
    <DocumentStoreProvider store={store}>
      <ProblemsPanel />
    </DocumentStoreProvider>,
  );
  return store;
}

describe('the problems panel', () => {
  afterEach(cleanup);

  it('says so when there is nothing to fix', () => {
    renderPanel();
    expect(screen.getByText('No problems: the pipeline is valid.')).toBeTruthy();
  });

  it('lists each problem with its severity, code, step and message', () => {
    renderPanel(addStep(emptyDocument(), { Name: 'bad name', Type: 'Fail' }));
    const [first] = within(screen.getByRole('list', { name: 'Problems' })).getAllByRole('button');
    expect(within(first!).getByRole('img', { name: 'Error' })).toBeTruthy();
    expect(first!.textContent).toContain('invalid-step-name');
    expect(first!.textContent).toContain('bad name');
  });

  it('selects the step and the field of the problem clicked', () => {
    const document = addStep(addStep(emptyDocument(), newStep('Fail', 'Stop')), {
      Name: 'Next',
      Type: 'Fail',
      DependsOn: ['Missing'],
    });
    const store = renderPanel(document);
    const row = screen.getByRole('button', { name: /Missing/ });
    fireEvent.click(row);
    expect(store.getState().selection).toMatchObject({
      steps: ['Next'],
      field: '/Steps/1/DependsOn/0',
    });
    expect(row.getAttribute('aria-current')).toBe('true');
  });
});
