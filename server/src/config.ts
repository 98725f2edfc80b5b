import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type ConfigFile, ConfigFileError, TokenSchema, readConfigFile } from './config-file';
import type { ImageMapConfig } from './runtime/image-map';

const hostName = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

const hostSchema = z
  .string()
  .trim()
  .refine((value) => isIP(value) !== 0 || hostName.test(value));
const portSchema = z
  .string()
  .trim()
  .regex(/^\d+$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(65535));
const dirSchema = z.string().trim().min(1);
const logLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Everything the HTTP server needs to start; every path is absolute. */
export const serverConfigSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  dataDir: z.string().min(1),
  webDir: z.string().min(1),
  logLevel: logLevelSchema,
  /** The token someone chose; without one, the server generates and keeps its own. */
  token: z.string().optional(),
  globalConcurrency: z.number().int().positive().optional(),
  imageMap: z.custom<ImageMapConfig>().optional(),
  defaultBucket: z.string().optional(),
  sandbox: z.enum(['auto', 'host']).optional(),
  /** The `--config <file>` given, if any; the settings page saves to it. */
  configFile: z.string().optional(),
});
export type ServerConfig = z.infer<typeof serverConfigSchema>;

/** A start-up setting the person running Pipewright got wrong; the message says which and how. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4310;
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const USAGE =
  'Usage: pipewright serve [--host <host>] [--port <port>] [--data <dir>] [--config <file>] [--log-level <level>]\n' +
  '  --host      interface to listen on (PIPEWRIGHT_HOST, default 127.0.0.1)\n' +
  '  --port      port to listen on (PIPEWRIGHT_PORT, default 4310)\n' +
  '  --data      where pipelines and runs are stored (PIPEWRIGHT_DATA_DIR, default ./.pipewright;\n' +
  '              --data-dir also works)\n' +
  '  --config    a JSON config file (default <data>/config.json when it exists)\n' +
  '  --log-level server log detail (PIPEWRIGHT_LOG_LEVEL, default warn)\n' +
  'The token comes from PIPEWRIGHT_TOKEN or the config file; without one it is generated\n' +
  'and kept in <data>/token.';

export interface ConfigSources {
  argv?: readonly string[];
  env?: Readonly<Record<string, string | undefined>>;
  /** Relative data directories resolve against this folder. */
  cwd: string;
}

/**
 * Reads the server settings: flags win over environment variables, which win over the config
 * file (`--config FILE`, or `<dataDir>/config.json`), which wins over defaults. Refuses to
 * listen beyond loopback without a chosen token.
 */
export function loadConfig({ argv = [], env = {}, cwd }: ConfigSources): ServerConfig {
  const flags = parseFlags(argv);
  const dataFlag = flags.data !== undefined ? 'data' : 'data-dir';
  const dataDir = resolve(
    cwd,
    pickSetting({ flags, env }, [dataFlag, 'PIPEWRIGHT_DATA_DIR'], dirSchema, 'a folder path') ??
      '.pipewright',
  );
  const configPath = flags.config === undefined ? undefined : resolve(cwd, flags.config);
  const file = loadFile(dataDir, configPath);
  const sources = { flags, env, file, fileName: configPath ?? 'config.json' };
  const config = serverConfigSchema.parse({
    host:
      pickSetting(
        sources,
        ['host', 'PIPEWRIGHT_HOST', 'host'],
        hostSchema,
        'a host name or IP address',
      ) ?? DEFAULT_HOST,
    port:
      pickSetting(
        sources,
        ['port', 'PIPEWRIGHT_PORT', 'port'],
        portSchema,
        'a port number 1-65535',
      ) ?? DEFAULT_PORT,
    dataDir,
    // Where the built web app is; e2e runs side by side point it at their own build.
    webDir: env.PIPEWRIGHT_WEB_DIR ? resolve(cwd, env.PIPEWRIGHT_WEB_DIR) : DEFAULT_WEB_DIR,
    logLevel:
      pickSetting(
        sources,
        ['log-level', 'PIPEWRIGHT_LOG_LEVEL', 'logLevel'],
        logLevelSchema,
        `one of ${logLevelSchema.options.join(', ')}`,
      ) ?? 'warn',
    ...tokenSetting(env, file),
    ...(file.globalConcurrency !== undefined && { globalConcurrency: file.globalConcurrency }),
    ...(file.imageMap !== undefined && { imageMap: file.imageMap }),
    ...(file.defaultBucket !== undefined && { defaultBucket: file.defaultBucket }),
    ...(file.sandbox !== undefined && { sandbox: file.sandbox }),
    ...(configPath !== undefined && { configFile: configPath }),
  });
  if (config.token === undefined && !isLoopbackHost(config.host)) {
    throw new ConfigError(
      `Listening on ${config.host} lets other machines reach Pipewright, which runs code, so it needs a token you chose. ` +
        'Set PIPEWRIGHT_TOKEN (e.g. PIPEWRIGHT_TOKEN=$(openssl rand -hex 32)) or "token" in the config file, or listen on 127.0.0.1.',
    );
  }
  return config;
}

interface SettingSources {
  flags: Record<string, string | undefined>;
  env: Readonly<Record<string, string | undefined>>;
  file?: ConfigFile;
  fileName?: string;
}

/**
 * The first of flag, environment variable and config-file key that is set, checked with
 * `schema`; `undefined` when none is. The message names where the bad value came from.
 */
function pickSetting<T>(
  { flags, env, file, fileName }: SettingSources,
  [flag, variable, key]: [string, string, (keyof ConfigFile)?],
  schema: z.ZodType<T>,
  expected: string,
): T | undefined {
  const fromFile = key === undefined ? undefined : file?.[key];
  const fromEnv = env[variable];
  const given =
    flags[flag] !== undefined
      ? { raw: flags[flag], source: `--${flag}` }
      : fromEnv !== undefined && fromEnv !== ''
        ? { raw: fromEnv, source: variable }
        : fromFile !== undefined
          ? { raw: String(fromFile), source: `"${key}" in ${fileName}` }
          : undefined;
  if (given === undefined) return undefined;
  const parsed = schema.safeParse(given.raw);
  if (!parsed.success) {
    throw new ConfigError(`${given.source} must be ${expected}, got '${given.raw}'`);
  }
  return parsed.data;
}

/** The chosen token, if any: the environment's, else the config file's. Never echoed back. */
function tokenSetting(
  env: Readonly<Record<string, string | undefined>>,
  file: ConfigFile,
): { token?: string } {
  const fromEnv = env.PIPEWRIGHT_TOKEN;
  if (fromEnv === undefined || fromEnv === '') {
    return file.token === undefined ? {} : { token: file.token };
  }
  if (!TokenSchema.safeParse(fromEnv).success) {
    throw new ConfigError(
      'PIPEWRIGHT_TOKEN must be 16 to 256 letters, digits and . _ ~ - (its value is not shown); try: openssl rand -hex 32',
    );
  }
  return { token: fromEnv };
}

function loadFile(dataDir: string, explicitPath: string | undefined): ConfigFile {
  try {
    return readConfigFile(dataDir, explicitPath);
  } catch (error) {
    if (error instanceof ConfigFileError) throw new ConfigError(error.message);
    throw error;
  }
}

/** True for addresses only this machine can reach: `localhost`, 127.0.0.0/8 and `::1`. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name === '::1') return true;
  return isIP(name) === 4 && name.startsWith('127.');
}

function parseFlags(argv: readonly string[]): Record<string, string | undefined> {
  // `pnpm serve -- --port 4311` passes the separator through; it is not meant as one here.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  try {
    const { values } = parseArgs({
      args,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        'data-dir': { type: 'string' },
        config: { type: 'string' },
        'log-level': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    // Node's first sentence names the problem; the rest suggests `--` tricks that do not apply.
    const reason = error instanceof Error ? error.message.split(/\.(?:\s|$)/)[0] : String(error);
    throw new ConfigError(`${reason}.\n${USAGE}`);
  }
}

/** The address to print and open: wildcard binds are reachable on loopback. */
export function serverUrl({ host, port }: Pick<ServerConfig, 'host' | 'port'>): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const shown = isIP(reachable) === 6 ? `[${reachable}]` : reachable;
  return `http://${shown}:${port}/`;
}
