import { describe, expect, it } from 'vitest';
import { closestName, suggestion } from './closest-name';

describe('closestName', () => {
  it('finds a near miss, ignoring case', () => {
    expect(closestName('AbaloneTrian', ['AbaloneProcess', 'AbaloneTrain'])).toBe('AbaloneTrain');
    expect(closestName('msethreshold', ['MseThreshold'])).toBe('MseThreshold');
  });

  it('suggests nothing for an unrelated name', () => {
    expect(closestName('Evaluate', ['AbaloneProcess', 'AbaloneTrain'])).toBeUndefined();
  });
});

describe('suggestion', () => {
  it('lists what exists when nothing is close', () => {
    expect(suggestion('X', ['Alpha', 'Beta'], 'parameter')).toBe(
      'Defined parameters: "Alpha", "Beta".',
    );
    expect(suggestion('X', [], 'parameter')).toBe('This pipeline defines no parameters.');
  });
});
