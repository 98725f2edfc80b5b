/**
 * The host variables a step inherits. Everything else stays out: the server's token
 * (`PIPEWRIGHT_TOKEN`), cloud credentials, the developer's shell configuration. A step that
 * needs more names it in its `Environment`.
 */
export const inheritedVariables: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'TMPDIR',
];

export interface StepEnvOptions {
  /** The variables to pick from; the server's own environment by default. */
  host?: Readonly<Record<string, string | undefined>>;
  /** Which host variables pass through; `inheritedVariables` by default. */
  inherit?: readonly string[];
  /** Set on top, in order (later wins): e.g. the runtime's `SM_*` variables, then the step's Environment. */
  layers?: readonly Readonly<Record<string, string>>[];
}

/**
 * Builds a step's environment from an allowlist instead of copying `process.env`, so nothing
 * secret is inherited by accident.
 */
export function buildStepEnv(options: StepEnvOptions = {}): Record<string, string> {
  const host = options.host ?? process.env;
  const env: Record<string, string> = {};
  for (const name of options.inherit ?? inheritedVariables) {
    const value = host[name];
    if (value !== undefined) env[name] = value;
  }
  for (const layer of options.layers ?? []) Object.assign(env, layer);
  return env;
}
