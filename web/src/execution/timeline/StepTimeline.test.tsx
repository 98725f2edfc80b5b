// @vitest-environment jsdom
import type { StepAttempt } from '@pipewright/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StepTimeline } from './StepTimeline';

const at = (second: number) => `2026-01-01T12:00:${String(second).padStart(2, '0')}.000Z`;
const document = { Version: '2020-12-01', Steps: [{ Name: 'Train', Type: 'Training' }] };

function renderTimeline(attempts: StepAttempt[]) {
  render(
    <StepTimeline
      executionId="e1"
      document={document}
      attempts={attempts}
      decorations={{}}
      startTime={at(0)}
      endTime={at(30)}
      now={Date.parse(at(30))}
    />,
  );
}

describe('StepTimeline', () => {
  afterEach(cleanup);

  it('shows an attempt cut off by a server restart as interrupted, with the reason', () => {
    const reason = 'The server stopped while this attempt ran; it runs again as a new attempt.';
    renderTimeline([
      {
        stepName: 'Train',
        attempt: 1,
        startTime: at(1),
        endTime: at(10),
        status: 'Failed',
        failureReason: reason,
        interrupted: true,
      },
      { stepName: 'Train', attempt: 2, startTime: at(12), endTime: at(20), status: 'Succeeded' },
    ]);
    const cut = screen.getByRole('link', { name: /attempt 1: Interrupted/ });
    expect(cut.getAttribute('title')).toContain(reason);
    expect(cut.getAttribute('data-tone')).toBe('interrupted');
    expect(screen.queryByRole('link', { name: /Failed/ })).toBeNull();
  });

  it('still shows a real failure as failed', () => {
    renderTimeline([
      {
        stepName: 'Train',
        attempt: 1,
        startTime: at(1),
        endTime: at(10),
        status: 'Failed',
        failureReason: 'exit 1',
      },
    ]);
    const failed = screen.getByRole('link', { name: /attempt 1: Failed, .*exit 1/ });
    expect(failed.getAttribute('data-tone')).toBe('failed');
  });
});
