import { z } from 'zod';

const match = z
  .string()
  .min(1)
  .describe('An exact image URI, or a regular expression source tested against it (unanchored)')
  .refine(
    (source) => {
      try {
        new RegExp(source);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression (use an exact image URI or a regex source)' },
  );

/** One rule: the first whose `match` fits an image decides how it runs. */
export const ImageMapEntrySchema = z.union([
  z.strictObject({
    match,
    mode: z.literal('host').describe('Run the entrypoint on the host as it is'),
  }),
  z.strictObject({
    match,
    command: z
      .array(z.string().min(1))
      .min(1)
      .describe('Prepended to the entrypoint, e.g. ["conda", "run", "-n", "ml"]'),
  }),
  z.strictObject({
    match,
    entrypoint: z
      .array(z.string().min(1))
      .min(1)
      .describe(
        "Replaces the step's ContainerEntrypoint (for an image whose entrypoint is not on this machine)",
      ),
  }),
  z.strictObject({
    match,
    imageEntrypoint: z
      .array(z.string().min(1))
      .min(1)
      .describe(
        "Stands for the image's own ENTRYPOINT: runs only when the step names no program (a Training step without ContainerEntrypoint or sagemaker_program, a model without SAGEMAKER_PROGRAM); a step's own entrypoint runs on the host as it is",
      ),
  }),
]);
export type ImageMapEntry = z.infer<typeof ImageMapEntrySchema>;

/**
 * The image map: how each `ImageUri` runs locally. Empty means every image runs on the host.
 * The server reads it from the config file and the settings page edits it.
 */
export const ImageMapSchema = z.array(ImageMapEntrySchema);
export type ImageMapConfig = z.infer<typeof ImageMapSchema>;
