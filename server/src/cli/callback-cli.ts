import type { Command } from 'commander';
import { processIo } from './cli-io';
import { type CallbackCommandOptions, callbackCommand } from './callback-command';

/** Adds `pipewright callback succeed|fail` to the program. */
export function addCallbackCommands(program: Command): void {
  const callback = program
    .command('callback')
    .description('answer a waiting Callback step in a data directory, with no server needed');

  callback
    .command('succeed')
    .description('send success for a callback token (SendPipelineExecutionStepSuccess)')
    .requiredOption('--token <token>', 'the callback token the step shows')
    .option('--output <NAME=VALUE>', 'an output parameter (repeatable)', collect, [])
    .option('--data <dir>', 'the data directory', '.pipewright')
    .action(async (options: CallbackCommandOptions) => {
      process.exitCode = await callbackCommand('succeed', options, processIo);
    });

  callback
    .command('fail')
    .description('send failure for a callback token (SendPipelineExecutionStepFailure)')
    .requiredOption('--token <token>', 'the callback token the step shows')
    .option('--reason <text>', 'why: the step fails with this reason')
    .option('--data <dir>', 'the data directory', '.pipewright')
    .action(async (options: CallbackCommandOptions) => {
      process.exitCode = await callbackCommand('fail', options, processIo);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
