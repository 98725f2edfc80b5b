import { z } from 'zod';
import { ImageMapSchema } from './image-map.schema';

/**
 * `GET /api/settings` (and the answer to `PUT`): what the server runs with. Strict, so a test
 * parsing an answer notices any key more (never the token).
 */
export const SettingsViewSchema = z.strictObject({
  dataDir: z.string(),
  /** Where saved settings go: `--config <file>`, else `<dataDir>/config.json`. */
  configFile: z.object({ path: z.string(), exists: z.boolean() }),
  sandbox: z.object({
    mode: z.enum(['bubblewrap', 'host']),
    /** Why bubblewrap is not in use, when it is not. */
    reason: z.string().optional(),
    /** The config file's `sandbox`: `host` turns bubblewrap off on purpose. */
    chosen: z.enum(['auto', 'host']),
  }),
  globalConcurrency: z.number(),
  defaultBucket: z.string(),
  imageMap: ImageMapSchema,
  /** Where `s3://<bucket>/<key>` lives on disk: `<objectStoreDir>/<bucket>/<key>`. */
  objectStoreDir: z.string(),
  server: z.object({ host: z.string(), port: z.number() }),
});
export type SettingsView = z.infer<typeof SettingsViewSchema>;
