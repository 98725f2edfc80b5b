// @vitest-environment jsdom
import type { PipelineDocument } from '@pipewright/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { fakeServer, pipelineVersion } from '../designer/test-harness';
import { StartRunDialog } from './StartRunDialog';

const definition = {
  Version: '2020-12-01',
  Parameters: [
    { Name: 'Epochs', Type: 'Integer', DefaultValue: 10 },
    { Name: 'Mode', Type: 'String', EnumValues: ['fast', 'slow'], DefaultValue: 'fast' },
  ],
  Steps: [],
} as unknown as PipelineDocument;

const started = { PipelineExecutionId: 'i0j8zrvo4l6t' };

function renderDialog(props: Partial<Parameters<typeof StartRunDialog>[0]> = {}) {
  const memory = memoryLocation({ path: '/pipelines/churn', record: true });
  const onClose = vi.fn();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <Router hook={memory.hook}>
        <StartRunDialog pipelineName="churn" open onClose={onClose} {...props} />
      </Router>
    </QueryClientProvider>,
  );
  return { memory, onClose };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('StartRunDialog', () => {
  it('starts once with the typed values and goes to the new execution', async () => {
    const server = fakeServer(({ method }) =>
      method === 'GET'
        ? { status: 200, body: pipelineVersion('churn', 4, definition) }
        : { status: 201, body: started },
    );
    const { memory, onClose } = renderDialog({ initialParameters: { Epochs: 3 } });

    const epochs = await screen.findByRole('textbox', { name: /^Epochs/ });
    expect(epochs).toHaveProperty('value', '3');
    fireEvent.change(screen.getByRole('combobox', { name: /^Mode/ }), {
      target: { value: 'slow' },
    });
    const start = screen.getByRole('button', { name: 'Start run' });
    fireEvent.click(start);
    fireEvent.click(start);

    await waitFor(() => expect(memory.history).toContain('/executions/i0j8zrvo4l6t'));
    expect(onClose).toHaveBeenCalled();
    const posts = server.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      path: '/pipelines/churn/executions',
      body: {
        parameters: { Epochs: 3, Mode: 'slow' },
        pipelineVersion: 4,
        idempotencyKey: expect.any(String),
      },
    });
  });

  it('shows a value problem as the person types, tied to the field', async () => {
    fakeServer(() => ({ status: 200, body: pipelineVersion('churn', 1, definition) }));
    renderDialog();

    const epochs = await screen.findByRole('textbox', { name: /^Epochs/ });
    fireEvent.change(epochs, { target: { value: '2.5' } });
    expect(epochs.getAttribute('aria-invalid')).toBe('true');
    const describedBy = epochs.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'Give a whole number such as 1.',
    );
    fireEvent.change(epochs, { target: { value: '25' } });
    expect(epochs.getAttribute('aria-invalid')).toBeNull();
  });

  it('puts the server’s problems next to their fields and in the dialog', async () => {
    fakeServer(({ method }) =>
      method === 'GET'
        ? { status: 200, body: pipelineVersion('churn', 1, definition) }
        : {
            status: 400,
            body: {
              message: 'The parameter values are not valid.',
              problems: [
                {
                  path: '/body/parameters/Epochs',
                  message: 'Parameter "Epochs" must be one of 1, 2',
                  hint: 'Use one of: 1, 2.',
                },
              ],
            },
          },
    );
    const { memory } = renderDialog();

    fireEvent.click(await screen.findByRole('button', { name: 'Start run' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The parameter values are not valid.');
    const epochs = screen.getByRole('textbox', { name: /^Epochs/ });
    expect(epochs.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(epochs.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe('Parameter "Epochs" must be one of 1, 2. Use one of: 1, 2.');
    expect(memory.history).toEqual(['/pipelines/churn']);
  });

  it('lists the chosen steps of a selective run and sends them', async () => {
    const server = fakeServer(({ method }) =>
      method === 'GET'
        ? { status: 200, body: pipelineVersion('churn', 1, definition) }
        : { status: 201, body: started },
    );
    const source = 'arn:aws:sagemaker:local:000000000000:pipeline/churn/execution/aaaaaaaaaaaa';
    renderDialog({ selectedSteps: ['Train'], sourceExecutionArn: source });

    const steps = await screen.findByRole('region', { name: 'Steps to run' });
    expect(steps.textContent).toContain('Train');
    expect(steps.textContent).toContain('aaaaaaaaaaaa');
    fireEvent.click(screen.getByRole('button', { name: 'Start run' }));
    await waitFor(() =>
      expect(server.requests.find((request) => request.method === 'POST')?.body).toMatchObject({
        selectiveExecutionConfig: {
          SourcePipelineExecutionArn: source,
          SelectedSteps: [{ StepName: 'Train' }],
        },
      }),
    );
  });
});
