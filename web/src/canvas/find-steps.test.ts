import { describe, expect, it } from 'vitest';
import type { StepShape } from './canvas-model';
import { findSteps } from './find-steps';

describe('finding steps by name', () => {
  const shape = (
    name: string,
    type = 'Training',
    displayName: string | null = null,
  ): StepShape => ({
    id: name,
    name,
    type,
    displayName,
    position: null,
  });
  const steps = [
    shape('PrepareData', 'Processing'),
    shape('Train'),
    shape('Retrain', 'Training', 'Fit again'),
  ];

  it('lists names starting with the query first, then names containing it', () => {
    expect(findSteps(steps, 'train').map((step) => step.name)).toEqual(['Train', 'Retrain']);
  });

  it('matches display names and type labels, ignoring case', () => {
    expect(findSteps(steps, 'FIT').map((step) => step.name)).toEqual(['Retrain']);
    expect(findSteps(steps, 'processing').map((step) => step.name)).toEqual(['PrepareData']);
  });

  it('matches nothing for an empty query', () => {
    expect(findSteps(steps, ' ')).toEqual([]);
  });
});
