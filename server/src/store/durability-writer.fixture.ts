// A writer for durability.test.ts: appends whole step batches to one execution as fast as it
// can and prints each committed batch's last sequence number, until it is killed.
import { writeSync } from 'node:fs';
import { openStore } from './store';

const [dataDir, executionId] = process.argv.slice(2);
if (!dataDir || !executionId) throw new Error('usage: durability-writer <dataDir> <executionId>');

const store = openStore(dataDir);
const at = new Date().toISOString();
let step = Object.keys(store.executions.get(executionId).state?.steps ?? {}).length;
for (;;) {
  const stepName = `S${step}`;
  const committed = store.executions.appendEvents(
    executionId,
    [
      { type: 'step-starting', at, stepName, attempt: 1 },
      { type: 'log', at, stepName, attempt: 1, stream: 'stdout', text: `step ${step}\n` },
      { type: 'step-succeeded', at, stepName, attempt: 1 },
    ],
    { stepProperties: [{ stepName, attempt: 1, properties: { step } }] },
  );
  // Printed only after the commit: every number the parent reads is a committed batch.
  writeSync(1, `${committed.at(-1)?.seq}\n`);
  step += 1;
}
