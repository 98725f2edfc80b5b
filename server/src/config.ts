import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

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
  'Usage: pnpm serve [--host <host>] [--port <port>] [--data-dir <dir>] [--log-level <level>]\n' +
  '  --host      interface to listen on (PIPEWRIGHT_HOST, default 127.0.0.1)\n' +
  '  --port      port to listen on (PIPEWRIGHT_PORT, default 4310)\n' +
  '  --data-dir  where pipelines and runs are stored (PIPEWRIGHT_DATA_DIR, default ./.pipewright)\n' +
  '  --log-level server log detail (PIPEWRIGHT_LOG_LEVEL, default warn)';

export interface ConfigSources {
  argv?: readonly string[];
  env?: Readonly<Record<string, string | undefined>>;
  /** Relative data directories resolve against this folder. */
  cwd: string;
}

/** Reads the server settings: flags win over environment variables, which win over defaults. */
export function loadConfig({ argv = [], env = {}, cwd }: ConfigSources): ServerConfig {
  const flags = parseFlags(argv);
  const pick = (flag: string, variable: string) => {
    const fromFlag = flags[flag];
    if (fromFlag !== undefined) return { raw: fromFlag, source: `--${flag}` };
    const fromEnv = env[variable];
    if (fromEnv !== undefined && fromEnv !== '') return { raw: fromEnv, source: variable };
    return undefined;
  };
  const setting = <T>(
    flag: string,
    variable: string,
    schema: z.ZodType<T>,
    expected: string,
    fallback: T,
  ): T => {
    const given = pick(flag, variable);
    if (given === undefined) return fallback;
    const parsed = schema.safeParse(given.raw);
    if (!parsed.success) {
      throw new ConfigError(`${given.source} must be ${expected}, got '${given.raw}'`);
    }
    return parsed.data;
  };

  return serverConfigSchema.parse({
    host: setting('host', 'PIPEWRIGHT_HOST', hostSchema, 'a host name or IP address', DEFAULT_HOST),
    port: setting('port', 'PIPEWRIGHT_PORT', portSchema, 'a port number 1-65535', DEFAULT_PORT),
    dataDir: resolve(
      cwd,
      setting('data-dir', 'PIPEWRIGHT_DATA_DIR', dirSchema, 'a folder path', '.pipewright'),
    ),
    webDir: DEFAULT_WEB_DIR,
    logLevel: setting(
      'log-level',
      'PIPEWRIGHT_LOG_LEVEL',
      logLevelSchema,
      `one of ${logLevelSchema.options.join(', ')}`,
      'warn',
    ),
  });
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
        'data-dir': { type: 'string' },
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
