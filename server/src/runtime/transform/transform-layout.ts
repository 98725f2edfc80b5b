import { join } from 'node:path';
import type { AttemptLayout } from '../attempt-layout';

/** Where a transform attempt keeps its files, as the inference script sees them. */
export const transformPaths = {
  model: '/opt/ml/model',
  code: '/opt/ml/code',
  input: '/opt/ml/transform/input',
  output: '/opt/ml/transform/output',
} as const;

/** The same folders on this machine, inside the attempt's `ml` folder. */
export interface TransformFolders {
  model: string;
  code: string;
  input: string;
  output: string;
  /** Archives are copied here before they are unpacked. */
  scratch: string;
}

/** `/opt/ml/...` → `<attempt>/ml/...`. */
export function hostPathOf(layout: AttemptLayout, containerPath: string): string {
  return join(layout.mlDir, containerPath.slice('/opt/ml'.length));
}

export function transformFolders(layout: AttemptLayout): TransformFolders {
  return {
    model: hostPathOf(layout, transformPaths.model),
    code: hostPathOf(layout, transformPaths.code),
    input: hostPathOf(layout, transformPaths.input),
    output: hostPathOf(layout, transformPaths.output),
    scratch: join(layout.tmpDir, 'pipewright-fetch'),
  };
}
