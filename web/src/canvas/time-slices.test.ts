import { describe, expect, it } from 'vitest';
import { applyInSlices } from './time-slices';

const budget = { budgetMs: 20, firstSize: 10, maxSize: 100 };

/** A clock where applying an item costs `msPerItem`, and a log of what ran between pauses. */
function fakeClock(msPerItem: number) {
  let time = 0;
  const events: string[] = [];
  return {
    events,
    clock: { now: () => time, pause: async () => void events.push('pause') },
    apply: (slice: number[]) => {
      time += slice.length * msPerItem;
      events.push(`apply ${slice.length}`);
    },
  };
}

describe('applyInSlices', () => {
  it('applies every item once, in order, whatever the slice sizes', async () => {
    const items = Array.from({ length: 257 }, (_, index) => index);
    const applied: number[] = [];
    const { clock } = fakeClock(0.5);
    await applyInSlices(items, (slice) => applied.push(...slice), budget, clock);
    expect(applied).toEqual(items);
  });

  it('sizes each slice so it takes about the budget, within the maximum', async () => {
    const cheap = fakeClock(0.5); // 40 items fit the budget
    await applyInSlices(Array.from({ length: 200 }, Number), cheap.apply, budget, cheap.clock);
    expect(cheap.events.filter((event) => event !== 'pause')).toEqual([
      'apply 10',
      'apply 40',
      'apply 40',
      'apply 40',
      'apply 40',
      'apply 30',
    ]);

    const nearlyFree = fakeClock(0.01);
    await applyInSlices(
      Array.from({ length: 300 }, Number),
      nearlyFree.apply,
      budget,
      nearlyFree.clock,
    );
    expect(nearlyFree.events.filter((event) => event !== 'pause')).toEqual([
      'apply 10',
      'apply 100',
      'apply 100',
      'apply 90',
    ]);
  });

  it('gives the browser a turn between slices and around them', async () => {
    const { events, clock, apply } = fakeClock(4); // 5 items fit the budget
    await applyInSlices(Array.from({ length: 12 }, Number), apply, budget, clock);
    expect(events).toEqual(['pause', 'apply 10', 'pause', 'apply 2', 'pause']);
  });

  it('does nothing for nothing', async () => {
    const { events, clock, apply } = fakeClock(1);
    await applyInSlices([], apply, budget, clock);
    expect(events).toEqual([]);
  });
});
