import { serve } from './serve';

// `pnpm serve` runs this file; `pipewright serve` reaches the same function through the CLI.
await serve(process.argv.slice(2));
