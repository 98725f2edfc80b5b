import {
  type PipelineDocument,
  serializePipeline,
  toSageMakerDefinition,
} from '@pipewright/shared';

export type DocumentExport = 'native' | 'sagemaker';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** A file name from the pipeline name; an unsaved pipeline is just "pipeline". */
export function exportBaseName(pipelineName: string | null | undefined): string {
  const name = pipelineName?.trim();
  return name && /^[A-Za-z0-9-]+$/.test(name) ? name : 'pipeline';
}

/**
 * The document as a file: `native` keeps Pipewright's extension (positions, notes, embedded
 * scripts) and re-imports exactly; `sagemaker` is the pure definition SageMaker accepts.
 */
export function exportDocument(
  document: PipelineDocument,
  kind: DocumentExport,
  pipelineName: string | null | undefined,
): ExportFile {
  const base = exportBaseName(pipelineName);
  return kind === 'native'
    ? {
        fileName: `${base}.pipewright.json`,
        mimeType: 'application/json',
        text: serializePipeline(document),
      }
    : {
        fileName: `${base}.sagemaker.json`,
        mimeType: 'application/json',
        text: serializePipeline(toSageMakerDefinition(document)),
      };
}
