import { describe, expect, it } from 'vitest';
import { nameFromFileName, pipelineNameProblem } from './pipeline-name';

describe('pipeline names', () => {
  it.each([
    ['churn', null],
    ['churn-model-2', null],
    ['a--b', null],
    ['', 'Give the pipeline a name.'],
    ['-churn', 'A pipeline name starts and ends with a letter or digit.'],
    ['churn model', 'Use only letters, digits and hyphens (no spaces, dots or underscores).'],
    ['churn_model', 'Use only letters, digits and hyphens (no spaces, dots or underscores).'],
    ['a'.repeat(257), 'A pipeline name has at most 256 characters.'],
  ])('%j → %j', (name, problem) => {
    expect(pipelineNameProblem(name)).toBe(problem);
  });

  it('proposes a valid name from a file name', () => {
    expect(nameFromFileName('abalone_train v2.sagemaker.json')).toBe('abalone-train-v2');
    expect(nameFromFileName('pipeline.json')).toBe('pipeline');
    expect(nameFromFileName('___.json')).toBe('imported-pipeline');
  });
});
