/**
 * Callback tokens of Callback steps. A token belongs to one step of one execution; it stays
 * `Waiting` until success or failure is sent for it (or the step is stopped). `settled` records
 * that a step attempt has ended with the token's answer, so a step that runs again after a
 * server restart reuses an unsettled token instead of making a new one. Released migrations
 * are history: change the schema with a new migration, never here.
 */
export const callbackTokensSchema = /* sql */ `
CREATE TABLE callback_tokens (
  token TEXT PRIMARY KEY,
  execution_id TEXT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
  step_name TEXT NOT NULL,
  -- The attempt that waits on the token now (a restart's new attempt takes it over).
  attempt INTEGER NOT NULL CHECK (attempt > 0),
  -- The step's declared OutputParameters, [{ "name", "type" }] JSON: answers are checked on arrival.
  declared_outputs TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('Waiting', 'Succeeded', 'Failed', 'Stopped')),
  -- Once Succeeded: the typed output parameters, [{ "Name", "Value" }] JSON.
  outputs TEXT,
  failure_reason TEXT,
  settled INTEGER NOT NULL DEFAULT 0 CHECK (settled IN (0, 1)),
  created_at TEXT NOT NULL,
  answered_at TEXT
) STRICT;

CREATE INDEX callback_tokens_by_step ON callback_tokens (execution_id, step_name, settled);
`;
