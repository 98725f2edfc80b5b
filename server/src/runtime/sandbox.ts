import type { AttemptLayout } from './attempt-layout';
import { type BubblewrapSetup, bubblewrapArgs, detectBubblewrap } from './bubblewrap';
import { buildStepEnv } from './process-env';
import { type NamedLocalPath, processingVariables, rewriteContainerPath } from './sandbox-env';

/** `bubblewrap`: the step sees the attempt at `/opt/ml`. `host`: paths are rewritten instead. */
export type SandboxMode = 'bubblewrap' | 'host';

/** What one attempt runs, as written in the step. */
export interface SandboxCommandInput {
  layout: AttemptLayout;
  /** The entrypoint and its arguments, `/opt/ml/...` paths as the step wrote them. */
  argv: readonly string[];
  /** The step's `Environment`. */
  environment: Readonly<Record<string, string>>;
  inputs: readonly NamedLocalPath[];
  outputs: readonly NamedLocalPath[];
  /** Where the step starts; a `/opt/ml/...` path (a training job's `/opt/ml/code`) is the attempt's. */
  cwd: string;
  /**
   * The runtime's variables for a step type, with paths as the step sees them (`mlRoot` is
   * `/opt/ml` or the attempt's `ml` folder); Processing's `processingVariables` when omitted.
   */
  variables?: (mlRoot: string) => Record<string, string>;
  /** The server's environment, to take the allowlisted variables from; `process.env` by default. */
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

/** How to spawn it (see `startProcess`). */
export interface SandboxCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  terminate: 'group' | 'descendants';
  /** The step's argv with `/opt/ml` as a host path: what must exist on this machine to run it. */
  hostArgv: string[];
}

/** Runs an attempt's command like a SageMaker processing container would, as far as it can. */
export interface Sandbox {
  readonly mode: SandboxMode;
  /** Why bubblewrap is not used, when it is not. */
  readonly reason?: string;
  command(input: SandboxCommandInput): SandboxCommand;
}

function stepEnv(input: SandboxCommandInput, mlRoot: string, rewrite: (value: string) => string) {
  const runtime =
    input.variables?.(mlRoot) ??
    processingVariables({
      mlRoot,
      tmpDir: input.layout.tmpDir,
      inputs: input.inputs,
      outputs: input.outputs,
    });
  const environment = Object.fromEntries(
    Object.entries(input.environment).map(([name, value]) => [name, rewrite(value)]),
  );
  return buildStepEnv({ host: input.hostEnv, layers: [runtime, environment] });
}

/** Runs the step on the host, `/opt/ml/...` in its argv and Environment rewritten to the attempt. */
export function hostSandbox(reason?: string): Sandbox {
  return {
    mode: 'host',
    reason,
    command(input) {
      const rewrite = (value: string) => rewriteContainerPath(value, input.layout.mlDir);
      const argv = input.argv.map(rewrite);
      const [command = '', ...args] = argv;
      const env = stepEnv(input, input.layout.mlDir, rewrite);
      return { command, args, env, cwd: rewrite(input.cwd), terminate: 'group', hostArgv: argv };
    },
  };
}

/** Runs the step inside bubblewrap with the attempt's `ml` folder at `/opt/ml`; nothing is rewritten. */
export function bubblewrapSandbox(setup: BubblewrapSetup): Sandbox {
  return {
    mode: 'bubblewrap',
    command(input) {
      const options = bubblewrapArgs(setup, input.layout, input.cwd);
      const env = stepEnv(input, '/opt/ml', (value) => value);
      return {
        command: setup.path,
        args: [...options, '--', ...input.argv],
        env,
        // bwrap itself starts on the host; `--chdir` then takes the step to `cwd` inside.
        cwd: rewriteContainerPath(input.cwd, input.layout.mlDir),
        // SIGTERM to bwrap would end the sandbox at once: the processes inside get it instead.
        terminate: 'descendants',
        hostArgv: input.argv.map((value) => rewriteContainerPath(value, input.layout.mlDir)),
      };
    },
  };
}

let detected: Promise<Sandbox> | undefined;

/**
 * The sandbox for this machine: bubblewrap when it works here, the host otherwise (with the
 * reason). Detection runs once per process; `mode: 'host'` skips it.
 */
export function detectSandbox(mode: 'auto' | 'host' = 'auto'): Promise<Sandbox> {
  if (mode === 'host') return Promise.resolve(hostSandbox('host mode was chosen'));
  detected ??= detectBubblewrap().then((result) =>
    result.ok ? bubblewrapSandbox(result.setup) : hostSandbox(result.reason),
  );
  return detected;
}
