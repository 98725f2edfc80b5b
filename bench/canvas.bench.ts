/**
 * `pnpm bench:canvas`: how the designer canvas compares with bare React Flow, in headless
 * Debian Chromium against production builds.
 *
 * For 300 and 1,000 steps (`canvas-graph.ts`, every step placed, so nothing is laid out) it opens
 * the pipeline in the real app (real server, built web app) and the same nodes and edges on a
 * bare @xyflow/react page, three times each in a fresh browser context. It prints the time from
 * navigation start until every `.react-flow__node` is in the page (seen by a MutationObserver, so
 * not rounded to frames) and until the frame that shows them all has been painted, which is when
 * a person sees the pipeline (React Flow hides a node until it knows its size; medians of
 * three), the p95 of
 * the frame times (requestAnimationFrame deltas) while the mouse drags a node in 60 moves, and
 * the ratios app/bare. It also prints CPU time (main thread while opening, the renderer per
 * drag move), which stays comparable on a busy machine where the clock times do not, and how
 * long Tidy (auto-layout) takes in the app, with the longest main-thread task meanwhile. A
 * benchmark, not a test: nothing here fails on time.
 */
import { type Browser, type CDPSession, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { benchSteps } from './canvas-graph';
import { type Served, createPipeline, serveBaseline, startApp } from './canvas-servers';
import { percentile } from './percentile';

// PIPEWRIGHT_BENCH_SIZES=1000 measures one size only (quicker while trying a change).
const sizes = (process.env.PIPEWRIGHT_BENCH_SIZES ?? '300,1000').split(',').map(Number);
const runs = 3;
const moves = 60;

interface Sample {
  /** Navigation start until every node is in the DOM, and until the next frame is painted. */
  inDomMs: number;
  openMs: number;
  frames: number[];
  moved: boolean;
  /** Main-thread CPU time while opening, and renderer CPU time per pointer move of the drag. */
  openCpuMs: number;
  moveCpuMs: number;
}

/**
 * The renderer's CPU clocks (Chrome's Performance domain), in ms: its main thread, and the whole
 * renderer process (the compositor and raster threads too). CPU time, unlike the time on the
 * wall, hardly grows when other programs share the machine.
 */
async function cpuClocks(cdp: CDPSession) {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const read = (name: string) =>
    (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { thread: read('ThreadTime'), process: read('ProcessTime') };
}

type BenchWindow = Window & { benchOpened?: { inDomMs: number; paintedMs: number } };

/**
 * Runs in the page before its scripts: notes when `count` nodes are in the DOM, then when the
 * first frame with all of them visible has been painted (a message posted from
 * requestAnimationFrame is handled once the frame is out). Written without inner named functions: tsx would wrap them in a
 * `__name` helper the page lacks.
 */
const watchOpening = (count: number) => {
  if (count === 0) return;
  const nodes = document.getElementsByClassName('react-flow__node');
  let inDomMs = 0;
  const observer = new MutationObserver(() => {
    if (nodes.length < count) return;
    inDomMs ||= performance.now();
    // React Flow hides a node until it knows its size.
    for (const node of nodes) if ((node as HTMLElement).style.visibility === 'hidden') return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        (window as BenchWindow).benchOpened = { inDomMs, paintedMs: performance.now() };
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style'],
  });
};

/** Opens `url` in a fresh context (after `login`, which sets the token cookie) and drags. */
async function openAndDrag(browser: Browser, url: string, count: number, login?: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(watchOpening, count);
  try {
    const page = await context.newPage();
    // A page of the same origin first (the login, or the bare page with no nodes), so the
    // renderer that opens the canvas is running and its clocks can be read before it starts.
    await page.goto(login ?? new URL('/?n=0', url).href);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const beforeOpen = await cpuClocks(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    const opened = await page.waitForFunction(
      () => (window as BenchWindow).benchOpened,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const { inDomMs, paintedMs: openMs } = (await opened.jsonValue()) as {
      inDomMs: number;
      paintedMs: number;
    };
    const openCpuMs = (await cpuClocks(cdp)).thread - beforeOpen.thread;
    await page.waitForTimeout(500); // fitView and measuring settle

    // The node nearest the middle of the canvas, so it is on screen at any zoom.
    const target = await page.evaluate(() => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const middle = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
      let best = { x: 0, y: 0, id: '', distance: Infinity };
      for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const box = node.getBoundingClientRect();
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        const distance = Math.hypot(x - middle.x, y - middle.y);
        if (distance < best.distance) best = { x, y, id: node.dataset.id ?? '', distance };
      }
      return best;
    });
    const transformOf = () =>
      page.evaluate(
        (id) => document.querySelector<HTMLElement>(`[data-id="${id}"]`)?.style.transform,
        target.id,
      );
    const startedAt = await transformOf();

    // rAF deltas from before the press until after the release.
    // (No named functions in page code: tsx would wrap them in a `__name` helper the page lacks.)
    const recording = page.evaluate(async () => {
      let stopped = false;
      addEventListener('bench-stop', () => (stopped = true), { once: true });
      const frames: number[] = [];
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      while (!stopped) {
        const time = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        frames.push(time - last);
        last = time;
      }
      return frames;
    });
    // Handled below; until then a failure must not end the process before the cleanup.
    recording.catch(() => undefined);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await page.mouse.move(target.x, target.y);
    const beforeDrag = await cpuClocks(cdp);
    await page.mouse.down();
    await page.mouse.move(target.x + 240, target.y + 120, { steps: moves });
    await page.mouse.up();
    await page.evaluate(() => dispatchEvent(new Event('bench-stop')));
    const frames = await recording;
    const moveCpuMs = ((await cpuClocks(cdp)).process - beforeDrag.process) / moves;
    const moved = (await transformOf()) !== startedAt;
    return { inDomMs, openMs, frames, moved, openCpuMs, moveCpuMs } satisfies Sample;
  } finally {
    await context.close();
  }
}

/**
 * Tidy (auto-layout in the ELK worker, then one edit with every new position) on the opened
 * pipeline: the time from the click until the button is ready again, and the longest
 * main-thread task meanwhile (the layout itself must not block the page).
 */
async function tidyOnce(browser: Browser, url: string, count: number, login: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(login);
    await page.goto(url);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__node').length >= n,
      count,
      { polling: 'raf', timeout: 120_000 },
    );
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      const tasks: number[] = [];
      Object.assign(window, { benchTasks: tasks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const tidy = page.getByRole('button', { name: 'Tidy layout' });
    const startedAt = await page.evaluate(() => performance.now());
    await tidy.click();
    await page.waitForFunction(
      () => {
        const button = document.querySelector<HTMLButtonElement>(
          'button[aria-label="Tidy layout"]',
        );
        return button !== null && !button.disabled;
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    const tidyMs = (await page.evaluate(() => performance.now())) - startedAt;
    await page.waitForTimeout(300); // a task still running when the button came back
    const tasks = (await page.evaluate('benchTasks')) as number[];
    return { tidyMs, longestTaskMs: Math.max(0, ...tasks) };
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, url: string, count: number, login?: string) {
  const samples: Sample[] = [];
  for (let run = 0; run < runs; run++) samples.push(await openAndDrag(browser, url, count, login));
  type Timing = 'inDomMs' | 'openMs' | 'openCpuMs' | 'moveCpuMs';
  const median = (key: Timing) =>
    percentile(
      samples.map((sample) => sample[key]),
      50,
    );
  return {
    inDomMs: median('inDomMs'),
    openMs: median('openMs'),
    dragP95: percentile(
      samples.flatMap((sample) => sample.frames),
      95,
    ),
    frames: samples.reduce((total, sample) => total + sample.frames.length, 0),
    openCpuMs: median('openCpuMs'),
    moveCpuMs: median('moveCpuMs'),
    moved: samples.every((sample) => sample.moved),
  };
}

const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;

async function compare(app: Awaited<ReturnType<typeof startApp>>, bare: Served, browser: Browser) {
  for (const count of sizes) {
    const steps = benchSteps(count);
    const name = `bench-${count}`;
    await createPipeline(app, name, steps);
    const ours = await measure(
      browser,
      `${app.url}/pipelines/${name}`,
      count,
      `${app.url}/?token=${app.token}`,
    );
    const theirs = await measure(browser, `${bare.url}/?n=${count}`, count);
    const tidy = await tidyOnce(
      browser,
      `${app.url}/pipelines/${name}`,
      count,
      `${app.url}/?token=${app.token}`,
    );
    const goal = (text: string) => (count === 1000 ? `  (goal ${text})` : '');
    console.log(
      [
        `${count} steps (open: median of ${runs}; drag: p95 of rAF deltas over ${runs} drags of 60 moves)`,
        `  open (painted)  app ${ms(ours.openMs)}   bare ${ms(theirs.openMs)}${goal('app < 1500 ms')}`,
        `  nodes in DOM    app ${ms(ours.inDomMs)}   bare ${ms(theirs.inDomMs)}   (ratio ${(ours.inDomMs / theirs.inDomMs).toFixed(2)})`,
        `  drag p95  app ${ms(ours.dragP95)}   bare ${ms(theirs.dragP95)}${goal('app ≤ 33 ms')}   (frames: app ${ours.frames}, bare ${theirs.frames})`,
        `  ratio app/bare  open ${(ours.openMs / theirs.openMs).toFixed(2)}   drag ${(ours.dragP95 / theirs.dragP95).toFixed(2)}  (goal ≤ 1.3)`,
        `  CPU (median)  open, main thread: app ${ms(ours.openCpuMs)}   bare ${ms(theirs.openCpuMs)}   (ratio ${(ours.openCpuMs / theirs.openCpuMs).toFixed(2)})`,
        `                per drag move, renderer: app ${ms(ours.moveCpuMs)}   bare ${ms(theirs.moveCpuMs)}   (ratio ${(ours.moveCpuMs / theirs.moveCpuMs).toFixed(2)})`,
        `  tidy 1×  ${ms(tidy.tidyMs)}, longest main-thread task meanwhile ${ms(tidy.longestTaskMs)}${goal('< 2000 ms, no task over 50 ms')}`,
        ...(ours.moved && theirs.moved ? [] : ['  ! a dragged node did not move']),
        '',
      ].join('\n'),
    );
  }
}

const app = await startApp();
const bare = await serveBaseline().catch(async (error: unknown) => {
  await app.close();
  throw error;
});
try {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await compare(app, bare, browser);
  } finally {
    await browser.close();
  }
} finally {
  await bare.close();
  await app.close();
}
