// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { StepDrawer } from './StepDrawer';

// The live socket is another feature; here the drawer reads the step list over HTTP.
vi.mock('../live', () => ({
  useExecutionState: () => undefined,
  useRefetchOnExecutionChange: () => {},
}));

const id = 'abcdefabcdef';
const definition = {
  Version: '2020-12-01',
  Parameters: [{ Name: 'MaxError', Type: 'Float', DefaultValue: 0.3 }],
  Steps: [
    {
      Name: 'CheckQuality',
      Type: 'Condition',
      Arguments: {
        Conditions: [
          {
            Type: 'LessThanOrEqualTo',
            LeftValue: {
              'Std:JsonGet': {
                PropertyFile: { Get: 'Steps.Evaluate.PropertyFiles.ModelQuality' },
                Path: 'mse',
              },
            },
            RightValue: { Get: 'Parameters.MaxError' },
          },
        ],
        IfSteps: [{ Name: 'Publish', Type: 'Fail' }],
        ElseSteps: [],
      },
    },
    {
      Name: 'Approve',
      Type: 'Callback',
      Arguments: {},
      OutputParameters: [
        { OutputName: 'approved', OutputType: 'Boolean' },
        { OutputName: 'approver', OutputType: 'String' },
      ],
    },
  ],
};
const steps = [
  {
    StepName: 'CheckQuality',
    StepStatus: 'Succeeded',
    StartTime: '2026-01-01T12:00:00.000Z',
    EndTime: '2026-01-01T12:00:00.100Z',
    AttemptCount: 1,
    Metadata: { Condition: { Outcome: 'True' } },
  },
  {
    StepName: 'Approve',
    StepStatus: 'Executing',
    StartTime: '2026-01-01T12:00:00.000Z',
    AttemptCount: 1,
    Metadata: { Callback: { CallbackToken: 'Tok3nAbc12' } },
  },
];

const answers: Record<string, unknown> = {
  [`GET /api/executions/${id}`]: {
    PipelineExecutionId: id,
    PipelineName: 'gate',
    PipelineVersion: 1,
    PipelineExecutionStatus: 'Executing',
  },
  [`GET /api/executions/${id}/steps`]: { PipelineExecutionSteps: steps },
  'GET /api/pipelines/gate?version=1': { Version: 1, Definition: definition },
  [`GET /api/executions/${id}/steps/CheckQuality/properties`]: {
    Outcome: true,
    Details: [
      {
        kind: 'comparison',
        type: 'LessThanOrEqualTo',
        pointer: '/Steps/0/Arguments/Conditions/0',
        left: 0.21,
        right: 0.3,
        comparedAs: 'number',
        result: true,
        summary: '0.21 <= 0.3 → true',
      },
    ],
  },
  [`GET /api/executions/${id}/attempts`]: { attempts: [] },
  [`GET /api/executions/${id}/steps/Approve/arguments`]: { attempt: 1, arguments: { risk: 'low' } },
  'POST /api/callbacks/success': { PipelineExecutionArn: 'arn', StepName: 'Approve' },
  'POST /api/callbacks/failure': { PipelineExecutionArn: 'arn', StepName: 'Approve' },
};

const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
  const key = `${init?.method ?? 'GET'} ${url}`;
  const body = answers[key];
  return new Response(JSON.stringify(body ?? { message: `no ${key}` }), {
    status: body === undefined ? 404 : 200,
  });
});

beforeEach(() => {
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
  // jsdom has no modal dialogs; the open attribute is enough for these tests.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderDrawer(stepName: string, tab: string) {
  const onClose = vi.fn();
  const location = memoryLocation({
    path: `/executions/${id}/steps/${stepName}/${tab}`,
    record: true,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <StepDrawer executionId={id} stepName={stepName} tab={tab} onClose={onClose} />
      </Router>
    </QueryClientProvider>,
  );
  return { onClose, history: location.history };
}

describe('the step drawer', () => {
  it('shows a Condition step’s verdict with the expressions and values it compared', async () => {
    renderDrawer('CheckQuality', 'condition');

    expect(
      await screen.findByText('ModelQuality: mse (0.21) ≤ Parameters.MaxError (0.3) → true'),
    ).toBeTruthy();
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['Overview', 'Condition', 'Properties']);
    expect(screen.getByRole('tab', { name: 'Condition' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('link', { name: 'Publish' })).toBeTruthy();
  });

  it('moves between tabs with the arrow keys, each tab an address', async () => {
    const { history } = renderDrawer('CheckQuality', 'condition');
    const condition = await screen.findByRole('tab', { name: 'Condition' });

    fireEvent.keyDown(condition, { key: 'ArrowRight' });

    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Properties' }));
    expect(history.at(-1)).toBe(`/executions/${id}/steps/CheckQuality/properties`);
  });

  it('takes focus when it opens and closes on Escape or its close button', async () => {
    const { onClose } = renderDrawer('CheckQuality', 'overview');
    const drawer = screen.getByRole('complementary', { name: 'CheckQuality' });

    expect(drawer.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    fireEvent.click(within(drawer).getByRole('button', { name: 'Close step details' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('approves a waiting Callback step with the values typed, after confirming', async () => {
    renderDrawer('Approve', 'callback');

    fireEvent.change(await screen.findByRole('textbox', { name: 'Value of approver' }), {
      target: { value: 'ana' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Value of approved' }), {
      target: { value: 'false' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(fetchMock).not.toHaveBeenCalledWith('/api/callbacks/success', expect.anything());
    fireEvent.click(await screen.findByRole('button', { name: 'Send success' }));

    await screen.findByText('Success sent: the step succeeds.');
    const sent = fetchMock.mock.calls.find(([url]) => url === '/api/callbacks/success');
    expect(JSON.parse(String(sent?.[1]?.body))).toEqual({
      callbackToken: 'Tok3nAbc12',
      outputParameters: [
        { Name: 'approved', Value: 'false' },
        { Name: 'approver', Value: 'ana' },
      ],
    });
  });

  it('rejects only with a reason', async () => {
    renderDrawer('Approve', 'callback');

    fireEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Send failure' }));
    expect(screen.getByText(/Say why/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Reason (required)' }), {
      target: { value: 'numbers look off' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send failure' }));

    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith('/api/callbacks/failure', expect.anything()),
    );
    const sent = fetchMock.mock.calls.find(([url]) => url === '/api/callbacks/failure');
    expect(JSON.parse(String(sent?.[1]?.body))).toEqual({
      callbackToken: 'Tok3nAbc12',
      failureReason: 'numbers look off',
    });
  });
});
