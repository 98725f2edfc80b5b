import { describe, expect, it } from 'vitest';
import { resolveTab, tabsFor } from './step-tabs';

const ids = (stepType: string) => tabsFor(stepType).map((tab) => tab.id);

describe('the tabs a step gets', () => {
  it.each([
    ['Processing', ['overview', 'logs', 'arguments', 'properties', 'artifacts']],
    ['Training', ['overview', 'logs', 'arguments', 'metrics', 'properties', 'artifacts']],
    ['Tuning', ['overview', 'logs', 'arguments', 'jobs', 'properties', 'artifacts']],
    ['Condition', ['overview', 'condition', 'properties']],
    ['Callback', ['overview', 'callback', 'logs', 'arguments', 'properties']],
    ['Fail', ['overview']],
  ])('%s steps show %j', (stepType, expected) => {
    expect(ids(stepType)).toEqual(expected);
  });

  it('falls back to the overview for a tab the step does not have, or none', () => {
    expect(resolveTab('metrics', 'Processing')).toBe('overview');
    expect(resolveTab(undefined, 'Training')).toBe('overview');
    expect(resolveTab('metrics', 'Training')).toBe('metrics');
  });
});
