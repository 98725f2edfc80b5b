import { z } from 'zod';

/** The top-level key that holds Pipewright-only data; exporting for SageMaker removes it. */
export const extensionKey = 'x-pipewright';

/** The extension's current format version. Older versions are migrated on read. */
export const currentFormatVersion = 1;

const PositionSchema = z.object({ x: z.number(), y: z.number() });

/** A sticky note on the canvas. */
export const NoteSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  position: PositionSchema,
  width: z.number().positive().optional(),
  height: z.number().positive().optional(),
});
export type Note = z.infer<typeof NoteSchema>;

/** The languages the script editor knows. */
export const embeddedFileLanguages = ['python', 'javascript', 'shell', 'text'] as const;

/** A script embedded in the document, keyed by the URI the steps reference. */
export const EmbeddedFileSchema = z.looseObject({
  content: z.string(),
  language: z.enum(embeddedFileLanguages).optional(),
});
export type EmbeddedFile = z.infer<typeof EmbeddedFileSchema>;

/**
 * Pipewright-only data: canvas positions per step name, sticky notes and embedded script files.
 * Everything SageMaker needs lives outside this key.
 */
export const PipewrightExtensionSchema = z
  .looseObject({
    formatVersion: z.number().int().positive(),
    positions: z.record(z.string(), PositionSchema).optional(),
    notes: z.array(NoteSchema).optional(),
    files: z.record(z.string(), EmbeddedFileSchema).optional(),
  })
  .meta({ id: 'PipewrightExtension' });
export type PipewrightExtension = z.infer<typeof PipewrightExtensionSchema>;
