// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogViewer } from './LogViewer';

// A finished step unless a test says otherwise: no live state to follow.
const live = vi.hoisted(() => ({ state: null as unknown }));
vi.mock('../live', () => ({
  useExecutionState: () => live.state,
  subscribeExecutionEvents: () => () => {},
}));

const LOG = 'epoch 1 loss=0.9\nepoch 2 loss=0.5\nwarning: slow disk\nepoch 3 loss=0.2\n';

function answer(url: string) {
  const stream = new URL(url, 'http://local').searchParams.get('stream');
  const body = stream === 'stderr' ? 'warning: slow disk\n' : LOG;
  const size = String(new TextEncoder().encode(body).length);
  return new Response(body, {
    headers: { 'x-log-start': '0', 'x-log-end': size, 'x-log-size': size, 'x-log-attempt': '2' },
  });
}

function renderViewer() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <LogViewer executionId="abcdefabcdef" stepName="Train" />
    </QueryClientProvider>,
  );
}

describe('LogViewer', () => {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) =>
      Promise.resolve(answer(String(input))),
    );
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    live.state = null;
  });

  it('offers no Follow or Pause for a finished log, which does not stream', async () => {
    renderViewer();
    await screen.findByText('4 lines');
    expect(screen.queryByRole('button', { name: 'Follow' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Download' })).toBeTruthy();
  });

  it('offers Pause while the step runs', async () => {
    live.state = { steps: { Train: { status: 'Executing', attemptCount: 2 } } };
    renderViewer();
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('shows the attempt log with its stderr lines marked', async () => {
    renderViewer();
    const log = await screen.findByRole('log', { name: 'Log of Train, attempt 2' });
    expect(await within(log).findByText('epoch 3 loss=0.2')).toBeTruthy();
    expect(await screen.findByText('4 lines')).toBeTruthy();
    await vi.waitFor(() =>
      expect(within(log).getByText('warning: slow disk').closest('.log-row-stderr')).not.toBeNull(),
    );
  });

  it('counts search matches and steps through them with Enter and Shift+Enter', async () => {
    renderViewer();
    const log = await screen.findByRole('log', { name: 'Log of Train, attempt 2' });
    await within(log).findByText('epoch 3 loss=0.2');
    const search = screen.getByRole('searchbox', { name: 'Search the log' });
    fireEvent.change(search, { target: { value: 'loss' } });
    expect(await screen.findByText('1 of 3')).toBeTruthy();
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(await screen.findByText('2 of 3')).toBeTruthy();
    fireEvent.keyDown(search, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(search, { key: 'Enter', shiftKey: true });
    expect(await screen.findByText('3 of 3')).toBeTruthy();
    expect(log.querySelector('mark.log-match-current')?.closest('.log-row')?.textContent).toBe(
      '4epoch 3 loss=0.2',
    );
  });

  it('links the whole file for download under its attempt name', async () => {
    renderViewer();
    await screen.findByRole('log', { name: 'Log of Train, attempt 2' });
    const link = screen.getByRole('link', { name: 'Download' });
    expect(link.getAttribute('download')).toBe('abcdefabcdef-Train-attempt2.log');
    const href = new URL(link.getAttribute('href') ?? '', 'http://local');
    expect(href.pathname).toBe('/api/executions/abcdefabcdef/steps/Train/logs');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      attempt: '2',
      stream: 'combined',
      download: '1',
    });
  });
});
