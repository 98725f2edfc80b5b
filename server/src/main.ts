import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig, serverUrl, USAGE, type ServerConfig } from './config';
import { describeDataDirError, describeListenError } from './startup-errors';

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

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const config = readConfig(argv);
  try {
    mkdirSync(config.dataDir, { recursive: true });
  } catch (error) {
    fail(describeDataDirError(error, config.dataDir));
  }

  const app = buildApp(config);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    const problem = describeListenError(error, config);
    if (problem === undefined) throw error;
    fail(problem);
  }

  console.log(`Pipewright is running at ${serverUrl(config)}`);
  if (!existsSync(join(config.webDir, 'index.html'))) {
    console.warn('The web app is not built yet: run pnpm build, then reload the page.');
  }

  const stop = () => {
    app.close().then(
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

await main();
