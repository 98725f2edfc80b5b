import { Command, InvalidArgumentError, Option } from 'commander';
import { addCallbackCommands } from './callback-cli';
import { processIo } from './cli-io';
import { exportCommand, exportTargets } from './export-command';
import { runCommand } from './run-command';
import { schemaCommand } from './schema-command';
import { validateCommand } from './validate-command';

const program = new Command()
  .name('pipewright')
  .description('Validate and export SageMaker pipeline definitions, locally.')
  .showHelpAfterError()
  // Usage errors (unknown command, missing argument, bad choice) exit 2, like unreadable input.
  // Set before the commands are added: subcommands copy this setting when created.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

program
  .command('validate')
  .description('check pipeline files and print every problem found')
  .argument('<files...>', 'pipeline JSON files (Pipewright or pure SageMaker)')
  .option('--json', 'print the diagnostics as JSON')
  .action(async (files: string[], options: { json?: boolean }) => {
    process.exitCode = await validateCommand(files, options, processIo);
  });

program
  .command('export')
  .description('write the pure SageMaker definition of a pipeline file')
  .argument('<file>', 'the pipeline JSON file')
  .addOption(
    new Option('--to <target>', 'export format').choices(exportTargets).makeOptionMandatory(),
  )
  .option('-o, --output <file>', 'write to this file instead of standard output')
  .action(async (file: string, options: { to: string; output?: string }) => {
    process.exitCode = await exportCommand(file, options, processIo);
  });

program
  .command('run')
  .description('run a pipeline on this machine with the local engine, no server needed')
  .argument('<file>', 'the pipeline JSON file')
  .option('--param <NAME=VALUE>', 'a parameter value (repeatable)', collect, [])
  .option('--parallel <n>', 'MaxParallelExecutionSteps for this run', positiveInteger)
  .option('--data <dir>', 'the data directory', '.pipewright')
  .option('--name <name>', 'the pipeline name to store it under (default: from the file name)')
  .option('--logs', "print every step's output as it runs")
  .action(async (file: string, options: Parameters<typeof runCommand>[1]) => {
    process.exitCode = await runCommand(file, options, processIo, {
      onInterrupt: (handler) => process.once('SIGINT', handler),
    });
  });

program
  .command('schema')
  .description('print the JSON Schema of the pipeline document')
  .option('-o, --output <file>', 'write to this file instead of standard output')
  .action(async (options: { output?: string }) => {
    process.exitCode = await schemaCommand(options, processIo);
  });

addCallbackCommands(program);

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError('it must be a whole number of at least 1.');
  }
  return parsed;
}

program
  .command('serve')
  .description(
    'start the server with the web app: pipewright serve [--port N] [--host H] [--data DIR]',
  )
  // The server reads its own flags (docs/api.md), shared with `pnpm serve`.
  .helpOption(false)
  .allowUnknownOption()
  .argument('[options...]')
  .action(async (options: string[]) => {
    const { serve } = await import('../serve');
    await serve(options);
  });

await program.parseAsync();
