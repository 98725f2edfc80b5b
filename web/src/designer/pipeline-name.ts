import { pipelineNamePattern } from '@pipewright/shared';

/**
 * What is wrong with a pipeline name, as a sentence, or null when SageMaker accepts it: up to 256
 * letters, digits and hyphens, starting and ending with a letter or digit.
 */
export function pipelineNameProblem(name: string): string | null {
  if (name === '') return 'Give the pipeline a name.';
  if (name.length > 256) return 'A pipeline name has at most 256 characters.';
  if (pipelineNamePattern.test(name)) return null;
  if (/^-|-$/.test(name)) return 'A pipeline name starts and ends with a letter or digit.';
  return 'Use only letters, digits and hyphens (no spaces, dots or underscores).';
}

/** A valid name proposed from a file name: `abalone_v2.json` → `abalone-v2`. */
export function nameFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.(sagemaker|pipewright)?\.?json$/i, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 256);
  return pipelineNamePattern.test(base) ? base : 'imported-pipeline';
}
