// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installLiveClient } from './default-client';
import { LiveIndicator } from './LiveIndicator';
import { createFakeLive } from './testing/fake-live';

let restore = () => {};
afterEach(() => {
  cleanup();
  restore();
});

function renderIndicator() {
  const live = createFakeLive();
  restore = installLiveClient(live.client);
  live.client.start();
  render(<LiveIndicator />);
  const group = screen.getByRole('group', { name: 'Live updates' });
  return { live, status: within(group).getByRole('status'), group };
}

describe('LiveIndicator', () => {
  it('goes from Connecting… to Live, Reconnecting… and Offline as the socket does', () => {
    const { live, status } = renderIndicator();
    expect(status).toHaveProperty('textContent', 'Connecting…');

    act(() => void live.welcome());
    expect(status).toHaveProperty('textContent', 'Live');

    act(() => live.latest().drop());
    expect(status).toHaveProperty('textContent', 'Reconnecting…');

    act(() => {
      for (let failure = 0; failure < 3; failure += 1) {
        live.clock.advance(live.clock.nextDelay()!);
        live.latest().drop();
      }
    });
    expect(status).toHaveProperty('textContent', 'Offline');

    act(() => {
      live.clock.advance(live.clock.nextDelay()!);
      live.welcome();
    });
    expect(status).toHaveProperty('textContent', 'Live');
  });

  it('asks for a reload when the server speaks another protocol', () => {
    const { live, status, group } = renderIndicator();
    act(() => {
      live.latest().open();
      live.latest().receive({
        type: 'incompatible',
        protocolVersion: 1,
        supported: [2],
        reason: 'This client speaks live protocol 1, older than this server (2).',
      });
    });

    expect(status).toHaveProperty('textContent', 'Update needed — reload');
    expect(within(group).getByRole('button', { name: 'Reload the page' })).toBeDefined();
    expect(group.getAttribute('title')).toMatch(/older than this server/);
  });
});
