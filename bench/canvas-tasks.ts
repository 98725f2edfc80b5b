/**
 * `pnpm --filter @pipewright/bench exec tsx canvas-tasks.ts [steps] [tidies]`: the designer's
 * main-thread tasks over 30 ms while it opens a pipeline and while Tidy runs (then Undo, a few
 * times), each with what ran inside it, from a Chrome trace. Not a benchmark: it shows which
 * task breaks the "no task over 50 ms" goal (a garbage collection in a slice of Tidy, the frame
 * after a jump of the view, an Undo of a thousand moves) before anyone tries to fix it.
 */
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { benchSteps } from './canvas-graph';
import { createPipeline, startApp } from './canvas-servers';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; functionName?: string } };
}

const LONG_US = 30_000;
const INNER_US = 2_000;

/** The renderer main thread's tasks over 30 ms, with the events over 2 ms inside each. */
function longTasks(events: TraceEvent[], marks: { at: number; label: string }[]) {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => event.tid),
  );
  const busiest = new Map<number, number>();
  for (const event of events) {
    if (event.name === 'RunTask' && mainThreads.has(event.tid)) {
      busiest.set(event.tid, (busiest.get(event.tid) ?? 0) + (event.dur ?? 0));
    }
  }
  const tid = [...busiest.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const timed = events.filter((event) => event.tid === tid && event.ph === 'X' && event.dur);
  const start = Math.min(...timed.map((event) => event.ts));
  const ms = (us: number) => (us / 1000).toFixed(1);
  const lines: string[] = [];
  let mark = 0;
  for (const task of timed.filter((event) => event.name === 'RunTask' && event.dur! > LONG_US)) {
    while (mark < marks.length && marks[mark]!.at <= task.ts)
      lines.push(`-- ${marks[mark++]!.label}`);
    lines.push(`task at ${ms(task.ts - start)} ms: ${ms(task.dur!)} ms`);
    for (const inner of timed) {
      if (inner === task || inner.dur! < INNER_US) continue;
      if (inner.ts < task.ts || inner.ts + inner.dur! > task.ts + task.dur!) continue;
      if (inner.name.startsWith('V8.GC_')) continue; // MinorGC / MajorGC say it once
      const what = inner.args?.data?.type ?? inner.args?.data?.functionName ?? '';
      lines.push(`    ${inner.name} ${ms(inner.dur!)} ms ${what}`);
    }
  }
  return lines.join('\n');
}

const count = Number(process.argv[2] ?? 1000);
const tidies = Number(process.argv[3] ?? 3);
const app = await startApp();
try {
  await createPipeline(app, `tasks-${count}`, benchSteps(count));
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/?token=${app.token}`);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    const marks: { at: number; label: string }[] = [];
    /** A mark in the trace's clock: the next task's start after this point. */
    const mark = async (label: string) => {
      await page.evaluate((text) => console.timeStamp(text), label);
      marks.push({ at: Number.NaN, label });
    };
    await mark('open');
    await page.goto(`${app.url}/pipelines/tasks-${count}`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__node').length >= n,
      count,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(1500);
    const tidy = page.getByRole('button', { name: 'Tidy layout' });
    for (let run = 1; run <= tidies; run++) {
      await mark(`tidy ${run}`);
      await tidy.click();
      await page.waitForTimeout(100);
      await page.waitForFunction(
        () =>
          !document.querySelector<HTMLButtonElement>('button[aria-label="Tidy layout"]')?.disabled,
        undefined,
        { timeout: 120_000 },
      );
      await page.waitForTimeout(800);
      await mark(`undo ${run}`);
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(1200);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    // console.timeStamp leaves a TimeStamp event carrying its text: place the marks by them.
    const stamps = trace.traceEvents.filter((event) => event.name === 'TimeStamp');
    marks.forEach((entry, index) => (entry.at = stamps[index]?.ts ?? Number.POSITIVE_INFINITY));
    console.log(`${count} steps: main-thread tasks over ${LONG_US / 1000} ms`);
    console.log(longTasks(trace.traceEvents, marks));
  } finally {
    await browser.close();
  }
} finally {
  await app.close();
}
