/**
 * `pnpm --filter @pipewright/bench exec tsx canvas-profile.ts [steps]`: where the designer's main
 * thread goes while it opens a pipeline and while a node is dragged. Not a benchmark: it prints
 * the functions with the most self time (V8's sampling profiler, over the Chrome DevTools
 * protocol) and the long tasks, so a slow path can be found before it is fixed. Build the web
 * app unminified (`vite build --minify false`) and point PIPEWRIGHT_WEB_DIR at it for names.
 */
import { chromium } from 'playwright-core';
import type { CDPSession } from 'playwright-core';
import { benchSteps } from './canvas-graph';
import { createPipeline, serveBaseline, startApp } from './canvas-servers';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function topSelfTime(profile: Profile, limit = 25) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    const frame = byNode.get(sample)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  // Inclusive time: each function counted once per sample, however deep it recurses.
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((sample, index) => {
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byNode.get(id)!.callFrame;
      if (!frame.url) continue;
      seen.add(
        `${frame.functionName || '(anonymous)'}  ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`,
      );
    }
    for (const key of seen)
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  const inclusiveRows = [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit * 8);
  return [
    `  total sampled ${total.toFixed(0)} ms; self time:`,
    ...rows.map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${key}`),
    '  inclusive:',
    ...inclusiveRows.map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${key}`),
  ].join('\n');
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  return { result, profile };
}

const count = Number(process.argv[2] ?? 1000);
// `bare` as the second argument profiles the bare React Flow page instead, for comparison.
const bare = process.argv[3] === 'bare';
const app = bare ? { ...(await serveBaseline()), token: '' } : await startApp();
try {
  if (!bare) await createPipeline(app, `profile-${count}`, benchSteps(count));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      const tasks: string[] = [];
      (globalThis as unknown as { longTasks: string[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push(`${Math.round(entry.startTime)}+${Math.round(entry.duration)}`);
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    if (!bare) await page.goto(`${app.url}/?token=${app.token}`);
    const cdp = await context.newCDPSession(page);
    const open = await profiled(cdp, async () => {
      const url = bare ? `${app.url}/?n=${count}` : `${app.url}/pipelines/profile-${count}`;
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(
        (n) => document.querySelectorAll('.react-flow__node').length >= n,
        count,
        { polling: 'raf', timeout: 120_000 },
      );
      await page.waitForTimeout(1000);
    });
    console.log(
      `open ${count} steps: long tasks (start+duration)`,
      await page.evaluate('longTasks'),
    );
    console.log(
      'resources (name: start..end)',
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map(
            (entry) =>
              `${entry.name.split('/').slice(-2).join('/')}: ${Math.round(entry.startTime)}..${Math.round((entry as PerformanceResourceTiming).responseEnd)}`,
          ),
      ),
    );
    console.log(topSelfTime(open.profile));

    const target = await page.evaluate(() => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const middle = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
      let best = { x: 0, y: 0, distance: Infinity };
      for (const node of document.querySelectorAll('.react-flow__node')) {
        const box = node.getBoundingClientRect();
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        const distance = Math.hypot(x - middle.x, y - middle.y);
        if (distance < best.distance) best = { x, y, distance };
      }
      return best;
    });
    await page.evaluate('longTasks.length = 0');
    const dragOnce = async (dx: number) => {
      await page.mouse.move(target.x, target.y);
      await page.mouse.down();
      await page.mouse.move(target.x + dx, target.y + 120, { steps: 60 });
      await page.mouse.up();
      await page.waitForTimeout(300);
      target.x += dx;
      target.y += 120;
    };
    // The renderer's own work while dragging: style, layout, paint and script, from a trace.
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await dragOnce(240);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: {
        name: string;
        dur?: number;
        ph: string;
        args?: { data?: { type?: string } };
      }[];
    };
    const dispatched = new Map<string, number>();
    for (const event of trace.traceEvents) {
      if (event.name !== 'EventDispatch' || !event.dur) continue;
      const type = event.args?.data?.type ?? '?';
      dispatched.set(type, (dispatched.get(type) ?? 0) + 1);
    }
    console.log('events dispatched while dragging:', Object.fromEntries(dispatched));
    const totals = new Map<string, { ms: number; count: number }>();
    for (const event of trace.traceEvents) {
      if (event.ph !== 'X' || !event.dur) continue;
      const total = totals.get(event.name) ?? { ms: 0, count: 0 };
      total.ms += event.dur / 1000;
      total.count += 1;
      totals.set(event.name, total);
    }
    console.log('drag trace (ms, count):');
    for (const [name, total] of [...totals.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 22)) {
      console.log(
        `  ${total.ms.toFixed(1).padStart(8)}  ${String(total.count).padStart(5)}  ${name}`,
      );
    }
    const drag = await profiled(cdp, () => dragOnce(-240));
    console.log(`drag: long tasks`, await page.evaluate('longTasks'));
    console.log(topSelfTime(drag.profile));
  } finally {
    await browser.close();
  }
} finally {
  await app.close();
}
