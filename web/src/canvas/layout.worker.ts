import ELK from 'elkjs/lib/elk.bundled.js';
import { type LayoutAnswer, type LayoutJob, runLayout } from './layout-graph';

// ELK runs here, in-process (the bundled build's own stand-in worker), so layout never blocks
// the page. Loaded inside a worker, elk.bundled.js also installs its own `self.onmessage`
// expecting to be the whole worker; assigning ours after the import replaces it.
const elk = new ELK();

self.onmessage = async (event: MessageEvent<LayoutJob>) => {
  const { id, request } = event.data;
  let answer: LayoutAnswer;
  try {
    answer = { id, positions: await runLayout(elk, request) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
