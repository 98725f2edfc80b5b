import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig, serverUrl, USAGE, type ServerConfig } from './config';
import { resolveToken } from './security/token-file';
import { openServices } from './services';
import {
  describeDataDirError,
  describeListenError,
  describeSandboxFallback,
  describeUnwritableDataDir,
} from './startup-errors';

/** Stops with a message a person can act on, and no stack trace. */
function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

function readConfig(argv: string[]): ServerConfig {
  try {
    // pnpm runs the script inside server/; INIT_CWD is where the person typed the command.
    return loadConfig({ argv, env: process.env, cwd: process.env.INIT_CWD ?? process.cwd() });
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** Checks the data directory can be written, keeps the token there, and opens the store. */
async function openDataDir(config: ServerConfig) {
  accessSync(config.dataDir, constants.W_OK);
  const { token } = resolveToken(config.dataDir, config.token);
  const services = await openServices({
    dataDir: config.dataDir,
    ...(config.globalConcurrency !== undefined && { globalConcurrency: config.globalConcurrency }),
    ...(config.imageMap !== undefined && { imageMap: config.imageMap }),
    ...(config.defaultBucket !== undefined && { defaultBucket: config.defaultBucket }),
    ...(config.sandbox !== undefined && { sandbox: config.sandbox }),
    ...(config.configFile !== undefined && { configFile: config.configFile }),
  });
  return { services, token };
}

/** `pipewright serve`: opens the data directory, starts the engine and listens. */
export async function serve(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const config = readConfig(argv);
  // Read once; nothing started from here on (steps included) should see the secret.
  delete process.env.PIPEWRIGHT_TOKEN;
  try {
    mkdirSync(config.dataDir, { recursive: true });
  } catch (error) {
    fail(describeDataDirError(error, config.dataDir));
  }
  const { services, token } = await openDataDir(config).catch((error: unknown) => {
    const problem = describeUnwritableDataDir(error, config.dataDir);
    if (problem === undefined) throw error;
    return fail(problem);
  });

  const app = buildApp({ ...config, token }, services);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await services.close();
    const problem = describeListenError(error, config);
    if (problem === undefined) throw error;
    fail(problem);
  }

  // The one line a person needs: the address to open, token included.
  console.log(`Pipewright is running at ${serverUrl(config)}?token=${token}`);
  const sandboxWarning = describeSandboxFallback(services.sandbox, config.sandbox === 'host');
  if (sandboxWarning !== undefined) console.warn(`⚠ ${sandboxWarning}`);
  if (!existsSync(join(config.webDir, 'index.html'))) {
    console.warn('The web app is not built yet: run pnpm build, then reload the page.');
  }

  const stop = () => {
    // The app first, so no request reaches the engine while it shuts down.
    app
      .close()
      .then(() => services.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
