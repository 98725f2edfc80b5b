import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ImageMapSchema } from './runtime/image-map';
import { isValidBucketName } from './runtime/s3-uri';

/** The name of the config file Pipewright looks for in the data directory. */
export const CONFIG_FILE = 'config.json';

/**
 * A configured token: URL-safe characters only, so it works unchanged in a link, a header and
 * a cookie; long enough that guessing it is hopeless.
 */
export const TokenSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9._~-]{16,256}$/,
    'a token is 16 to 256 letters, digits and . _ ~ - (try: openssl rand -hex 32)',
  );

/** A bucket name by S3's rules, so a name that works here works on AWS too. */
export const BucketNameSchema = z
  .string()
  .refine(
    isValidBucketName,
    'a bucket name is 3 to 63 lowercase letters, digits, "." and "-", starting and ending with a letter or digit (S3\'s naming rules)',
  );

/**
 * `config.json`: settings that are awkward as flags. Flags and environment variables win over
 * it; the data directory is not in it, since the file is found through the data directory.
 */
export const ConfigFileSchema = z.strictObject({
  host: z.string().min(1).optional(),
  port: z.number().int().min(1).max(65535).optional(),
  token: TokenSchema.optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** Steps running at once across all executions. */
  globalConcurrency: z
    .number()
    .int('must be a whole number from 1 to 1024')
    .min(1, 'must be a whole number from 1 to 1024')
    .max(1024, 'must be a whole number from 1 to 1024')
    .optional(),
  /** Where outputs without an S3Uri go: `s3://<defaultBucket>/executions/<id>/<step>/`. */
  defaultBucket: BucketNameSchema.optional(),
  /** How each ImageUri runs locally (see docs/local-runtime.md). */
  imageMap: ImageMapSchema.optional(),
  /** `host` runs steps without bubblewrap even where it is installed. */
  sandbox: z.enum(['auto', 'host']).optional(),
});
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** A problem with the config file; the message names the file and the setting. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

/**
 * Reads the config file: `explicitPath` (from `--config`), which must exist, or else
 * `<dataDir>/config.json` when there is one. No file is an empty config.
 */
export function readConfigFile(dataDir: string, explicitPath?: string): ConfigFile {
  const path = explicitPath ?? join(dataDir, CONFIG_FILE);
  if (explicitPath === undefined && !existsSync(path)) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigFileError(`Cannot read the config file ${path}: ${reason}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigFileError(`The config file ${path} is not valid JSON: ${reason}`);
  }
  const parsed = ConfigFileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const at = issue.path.map(String).join('.');
    return at === '' ? issue.message : `${at}: ${issue.message}`;
  });
  throw new ConfigFileError(`The config file ${path} has problems: ${problems.join('; ')}`);
}
