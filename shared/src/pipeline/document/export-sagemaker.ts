import { type PipelineDocument, type SageMakerDefinition } from '../schema/document.schema';
import { extensionKey } from '../schema/extension.schema';

/**
 * The pure SageMaker definition: the document without the Pipewright extension key. Everything
 * else, key order, `null`s and unknown keys included, is left exactly as it was.
 */
export function toSageMakerDefinition(document: PipelineDocument): SageMakerDefinition {
  if (!(extensionKey in document)) return document;
  const { [extensionKey]: _extension, ...definition } = document;
  return definition;
}

/** Serializes a document (or a definition) as pretty-printed JSON text with a final newline. */
export function serializePipeline(document: object, indent = 2): string {
  return `${JSON.stringify(document, null, indent)}\n`;
}
