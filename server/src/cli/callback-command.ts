import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CallbackTokenSchema, UserError, problemsFromDetails } from '@pipewright/shared';
import { CallbackRepository } from '../callbacks/callback.repository';
import { DATABASE_FILE, openStore } from '../store';
import { type CliIo, exitCodes } from './cli-io';

export interface CallbackCommandOptions {
  token: string;
  /** `NAME=VALUE` output parameters, for `succeed`. */
  output?: string[];
  /** The failure reason, for `fail`. */
  reason?: string;
  data?: string;
}

/**
 * `pipewright callback succeed|fail --token T`: answers a waiting Callback step in a data
 * directory directly, for runs without a server (`pipewright run` in another terminal, which
 * sees the answer on its next poll). Only the store is opened, never the engine, so nothing
 * else in the data directory is resumed here. Exit 0 when the answer was recorded, 1 when it
 * was refused (unknown or used token, outputs that do not fit), 2 for bad arguments.
 */
export async function callbackCommand(
  action: 'succeed' | 'fail',
  options: CallbackCommandOptions,
  io: CliIo,
): Promise<number> {
  const dataDir = resolve(options.data ?? '.pipewright');
  if (!existsSync(join(dataDir, DATABASE_FILE))) {
    io.stderr(
      `✖ There is no Pipewright data in ${dataDir} (no ${DATABASE_FILE}): pass the --data directory of the run that waits.\n`,
    );
    return exitCodes.unreadable;
  }
  const token = CallbackTokenSchema.safeParse(options.token);
  if (!token.success) {
    io.stderr(`✖ --token ${options.token}: ${token.error.issues[0]?.message}\n`);
    return exitCodes.unreadable;
  }
  const outputs = parseOutputs(options.output ?? []);
  if (!outputs.ok) {
    io.stderr(`✖ ${outputs.reason}\n`);
    return exitCodes.unreadable;
  }
  const store = openStore(dataDir);
  try {
    const record = new CallbackRepository(store.database).answer(
      token.data,
      action === 'succeed'
        ? { kind: 'success', outputParameters: outputs.values }
        : {
            kind: 'failure',
            ...(options.reason !== undefined && { failureReason: options.reason }),
          },
    );
    const sent = action === 'succeed' ? 'success' : 'failure';
    io.stdout(
      `✔ Sent ${sent} for step "${record.stepName}" of execution ${record.executionId} (token ${record.token}).\n`,
    );
    return exitCodes.ok;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`✖ ${error.message}\n${describeProblems(error)}`);
    return exitCodes.problems;
  } finally {
    store.close();
  }
}

function parseOutputs(
  pairs: readonly string[],
): { ok: true; values: { Name: string; Value: string }[] } | { ok: false; reason: string } {
  const values: { Name: string; Value: string }[] = [];
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals <= 0) return { ok: false, reason: `--output ${pair}: write it as NAME=VALUE` };
    values.push({ Name: pair.slice(0, equals), Value: pair.slice(equals + 1) });
  }
  return { ok: true, values };
}

function describeProblems(error: UserError): string {
  const problems = error.details ? problemsFromDetails(error.details) : [];
  const lines = problems.length > 1 ? problems : [];
  const hint = problems.length <= 1 && error.hint ? `  hint: ${error.hint}\n` : '';
  return (
    lines
      .map(
        (problem) => `  - ${problem.message}${problem.hint ? `\n    hint: ${problem.hint}` : ''}\n`,
      )
      .join('') + hint
  );
}
