import { describe, expect, it } from 'vitest';
import type { StepRow } from './compare-diff';
import {
  compareDecorations,
  referencedParameters,
  sameDefinition,
  stepChange,
} from './step-changes';

const train = (l2: unknown) => ({
  Name: 'Train',
  Type: 'Training',
  Arguments: { HyperParameters: { l2 }, Image: 'python' },
});

const ranBoth: StepRow = {
  name: 'Train',
  left: { status: 'Succeeded', durationMs: 1000, attempts: 1 },
  right: { status: 'Succeeded', durationMs: 3000, attempts: 1 },
  statusChanged: false,
  durationDeltaMs: 2000,
};

describe('sameDefinition', () => {
  it('ignores key order but not values', () => {
    expect(sameDefinition({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(
      true,
    );
    expect(sameDefinition(train('0.1'), train('0.2'))).toBe(false);
  });

  it("ignores a Condition step's nested steps, which are compared as steps of their own", () => {
    const condition = (inner: string) => ({
      Name: 'Check',
      Type: 'Condition',
      Arguments: { Conditions: [], IfSteps: [{ Name: inner }] },
    });
    expect(sameDefinition(condition('A'), condition('B'))).toBe(true);
  });
});

describe('referencedParameters', () => {
  it('finds every parameter a step reads, however deeply', () => {
    const step = {
      Arguments: {
        x: { Get: 'Parameters.L2' },
        y: { 'Std:Join': { On: '/', Values: [{ Get: 'Parameters.Bucket' }, 'a'] } },
        z: { Get: 'Steps.Prep.Properties' },
      },
    };
    expect([...referencedParameters(step)].sort()).toEqual(['Bucket', 'L2']);
  });
});

describe('stepChange', () => {
  it('marks a step that reads a changed parameter, with the duration difference as its label', () => {
    const definition = train({ Get: 'Parameters.L2' });
    expect(
      stepChange({
        leftDefinition: definition,
        rightDefinition: definition,
        row: ranBoth,
        changedParameters: new Set(['L2']),
        metricsChanged: true,
      }),
    ).toEqual({
      tone: 'changed',
      label: 'Changed · 2 s slower',
      badges: ['parameters', 'metrics'],
    });
  });

  it('calls a step the same when its definition, inputs, status and metrics all match', () => {
    const definition = train('0.1');
    expect(
      stepChange({
        leftDefinition: definition,
        rightDefinition: definition,
        row: { ...ranBoth, durationDeltaMs: 0 },
        changedParameters: new Set(['Other']),
        metricsChanged: false,
      }),
    ).toEqual({ tone: 'same', label: 'Unchanged' });
  });

  it('marks an edited definition and a changed status', () => {
    expect(
      stepChange({
        leftDefinition: train('0.1'),
        rightDefinition: train('0.2'),
        row: { ...ranBoth, statusChanged: true },
        changedParameters: new Set(),
        metricsChanged: false,
      }).badges,
    ).toEqual(['definition', 'status']);
  });

  it('dims a step that only one pipeline has', () => {
    expect(
      stepChange({
        leftDefinition: undefined,
        rightDefinition: train('0.1'),
        row: undefined,
        changedParameters: new Set(),
        metricsChanged: false,
      }),
    ).toEqual({ tone: 'neutral', label: 'only in B', dimmed: true });
  });
});

describe('compareDecorations', () => {
  it("decorates B's steps first, then the steps only A has", () => {
    const step = train('0.1');
    const decorations = compareDecorations({
      leftSteps: new Map([
        ['Old', step],
        ['Train', step],
      ]),
      rightSteps: new Map([['Train', step]]),
      rows: [{ ...ranBoth, durationDeltaMs: -500 }],
      changedParameters: new Set(),
      stepsWithChangedMetrics: new Set(['Train']),
    });
    expect([...decorations]).toEqual([
      ['Train', { tone: 'changed', label: 'Changed · 500 ms faster', badges: ['metrics'] }],
      ['Old', { tone: 'neutral', label: 'only in A', dimmed: true }],
    ]);
  });
});
