import { type Page, type WebSocketRoute, expect, test } from '@playwright/test';
import { createPipeline, startExecution } from '../support/api';
import { isSamePage, liveStatus, markPage } from '../support/locators';
import { logIn } from '../support/login';
import { pipeline, pythonStep } from '../support/pipelines';

/** A one-step pipeline whose Processing step prints a line every few tenths of a second. */
const chattyPipeline = pipeline([
  pythonStep(
    'Chatter',
    'import time\nfor i in range(12):\n    print(f"line {i}", flush=True)\n    time.sleep(0.25)',
  ),
]);

/** What one socket carried: the client's frames, and the server's frames the page received. */
interface Carried {
  sent: { type: string; topic?: { kind: string; executionId?: string }; sinceSeq?: number }[];
  received: {
    type: string;
    executionId?: string;
    seq?: number;
    events?: { seq: number; event: { type: string } }[];
  }[];
}

interface RecordedSocket {
  carried: Carried;
  /** Drops the connection, as a server restart does. */
  close: () => Promise<void>;
}

/** Passes the page's live sockets through to the server, recording what each one carried. */
async function recordLiveSockets(page: Page): Promise<RecordedSocket[]> {
  const sockets: RecordedSocket[] = [];
  await page.routeWebSocket('**/api/live', (route) => {
    const carried: Carried = { sent: [], received: [] };
    let open = true;
    const server = route.connectToServer();
    route.onMessage((frame) => {
      carried.sent.push(JSON.parse(String(frame)));
      server.send(frame);
    });
    server.onMessage((frame) => {
      // Only what reached the page counts, not what was in flight when it dropped.
      if (!open) return;
      carried.received.push(JSON.parse(String(frame)));
      route.send(frame);
    });
    const close = async () => {
      open = false;
      await route.close({ code: 1001, reason: 'restart' });
      await server.close();
    };
    sockets.push({ carried, close });
  });
  return sockets;
}

test.describe('the live connection', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('says Live once the socket to the server is up', async ({ page }) => {
    await page.goto('/executions');

    await expect(liveStatus(page)).toHaveText('Live');
    await page.getByRole('banner').screenshot({ path: '/tmp/live-header-live.png' });
    await page.setViewportSize({ width: 760, height: 600 });
    await page.getByRole('banner').screenshot({ path: '/tmp/live-header-narrow.png' });
  });

  test('reconnects on its own after the connection drops', async ({ page }) => {
    let refuse = false;
    const open: WebSocketRoute[] = [];
    // Between the page and the real server: pass frames through, or play a dead server.
    await page.routeWebSocket('**/api/live', (socket) => {
      if (refuse) return void socket.close({ code: 4000, reason: 'refused by the test' });
      socket.connectToServer();
      open.push(socket);
    });
    await page.goto('/');
    await expect(liveStatus(page)).toHaveText('Live');
    await markPage(page);

    refuse = true;
    for (const socket of open.splice(0)) await socket.close({ code: 1001, reason: 'restart' });

    await expect(liveStatus(page)).toHaveText('Reconnecting…');
    await page.getByRole('banner').screenshot({ path: '/tmp/live-header-reconnecting.png' });
    // Still refused after a few tries: the badge owns up to it, and keeps trying.
    await expect(liveStatus(page)).toHaveText('Offline', { timeout: 15_000 });
    await page.getByRole('banner').screenshot({ path: '/tmp/live-header-offline.png' });

    refuse = false;
    await expect(liveStatus(page)).toHaveText('Live', { timeout: 20_000 });
    // Live again over a new socket to the real server, without a reload.
    expect(open).toHaveLength(1);
    expect(await isSamePage(page)).toBe(true);
  });

  test('asks for a reload when the server speaks another protocol version', async ({ page }) => {
    let sockets = 0;
    await page.routeWebSocket('**/api/live', (socket) => {
      sockets += 1;
      socket.onMessage(async (frame) => {
        if (JSON.parse(String(frame)).type !== 'hello') return;
        socket.send(
          JSON.stringify({
            type: 'incompatible',
            protocolVersion: 1,
            supported: [2],
            reason: 'This client speaks live protocol 1, older than this server (2).',
          }),
        );
        await socket.close({ code: 4001, reason: 'incompatible' });
      });
    });
    await page.goto('/');

    const group = page.getByRole('group', { name: 'Live updates' });
    await expect(liveStatus(page)).toHaveText('Update needed — reload');
    await expect(group).toHaveAttribute('title', /older than this server/);
    await page.getByRole('banner').screenshot({ path: '/tmp/live-header-incompatible.png' });

    // It does not retry on its own: a reload is the only way on, and the button does it.
    expect(sockets).toBe(1);
    await group.getByRole('button', { name: 'Reload the page' }).click();
    await expect.poll(() => sockets).toBe(2);
    await expect(liveStatus(page)).toHaveText('Update needed — reload');
  });

  test('resumes a running execution after a drop, without repeats or gaps', async ({ page }) => {
    // Its own pipeline name, so the test can run again against the same server.
    const name = `chatty-${Date.now().toString(36)}`;
    await createPipeline(page.request, name, chattyPipeline);
    const sockets = await recordLiveSockets(page);
    const id = await startExecution(page.request, name, { displayName: 'chatty-run' });

    // The execution page follows this execution over the live socket.
    await page.goto(`/executions/${id}`);
    await expect(liveStatus(page)).toHaveText('Live');
    const logsOn = (carried: Carried) =>
      carried.received.flatMap((message) =>
        message.type === 'events' && message.executionId === id
          ? (message.events ?? []).filter((item) => item.event.type === 'log')
          : [],
      );
    await expect.poll(() => logsOn(sockets[0]!.carried).length).toBeGreaterThan(0);

    await sockets[0]!.close();
    await expect.poll(() => sockets.length).toBe(2);
    await expect(liveStatus(page)).toHaveText('Live');
    await expect
      .poll(() =>
        sockets.flatMap((socket) =>
          socket.carried.received.flatMap((message) =>
            (message.events ?? []).map((item) => item.event.type),
          ),
        ),
      )
      .toContain('execution-finished');

    const [first, second] = sockets.map((socket) => socket.carried);
    const seqsOf = (carried: Carried) =>
      carried.received.flatMap((message) =>
        message.type === 'events' && message.executionId === id
          ? (message.events ?? []).map((item) => item.seq)
          : message.type === 'snapshot' && message.executionId === id
            ? [message.seq ?? -1]
            : [],
      );
    const before = seqsOf(first!);
    const resume = second!.sent.find(
      (message) => message.type === 'subscribe' && message.topic?.executionId === id,
    );
    // The new socket resumes from the last seq the page had, and carries on from exactly there.
    expect(resume?.sinceSeq).toBe(Math.max(...before));
    const after = seqsOf(second!);
    expect(after[0]).toBe(Math.max(...before) + 1);
    const all = [...before, ...after];
    const from = all[0]!;
    expect(all).toEqual(all.map((_seq, index) => from + index));
  });
});
