import { Command, Option } from 'commander';
import { processIo } from './cli-io';
import { exportCommand, exportTargets } from './export-command';
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
  .command('schema')
  .description('print the JSON Schema of the pipeline document')
  .option('-o, --output <file>', 'write to this file instead of standard output')
  .action(async (options: { output?: string }) => {
    process.exitCode = await schemaCommand(options, processIo);
  });

await program.parseAsync();
