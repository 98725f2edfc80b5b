/**
 * The first schema. Times are ISO 8601 text; documents, states and events are JSON text.
 * Released migrations are history: change the schema with a new migration, never here.
 */
export const initialSchema = /* sql */ `
CREATE TABLE pipelines (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  latest_version INTEGER NOT NULL CHECK (latest_version > 0),
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL
) STRICT;

CREATE TABLE pipeline_versions (
  pipeline_id INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version > 0),
  message TEXT,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (pipeline_id, version)
) STRICT;

-- A saved version is what executions ran: it never changes (deleting the pipeline removes it).
CREATE TRIGGER pipeline_versions_are_immutable
BEFORE UPDATE ON pipeline_versions
BEGIN
  SELECT RAISE(ABORT, 'pipeline versions are immutable');
END;

CREATE TABLE executions (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  pipeline_id INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
  pipeline_version INTEGER NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT,
  max_parallel INTEGER CHECK (max_parallel > 0),
  idempotency_key TEXT,
  status TEXT NOT NULL
    CHECK (status IN ('Executing', 'Stopping', 'Stopped', 'Failed', 'Succeeded')),
  failure_reason TEXT,
  -- The fold of the events up to last_seq (its lastSeq may lag behind after log-only appends).
  state TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  end_at TEXT,
  UNIQUE (pipeline_id, idempotency_key),
  FOREIGN KEY (pipeline_id, pipeline_version)
    REFERENCES pipeline_versions (pipeline_id, version) ON DELETE CASCADE
) STRICT;

CREATE INDEX executions_by_pipeline ON executions (pipeline_id, pk DESC);
CREATE INDEX executions_by_status ON executions (status, pk DESC);
CREATE INDEX executions_by_pipeline_status ON executions (pipeline_id, status, pk DESC);

-- AUTOINCREMENT: a global id is never reused, even after deletes, so "events after id N"
-- stays meaningful for subscribers to every execution.
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  execution_id TEXT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq > 0),
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  at TEXT NOT NULL,
  UNIQUE (execution_id, seq)
) STRICT;

CREATE TABLE step_properties (
  execution_id TEXT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
  step_name TEXT NOT NULL,
  attempt INTEGER NOT NULL CHECK (attempt > 0),
  properties TEXT NOT NULL,
  PRIMARY KEY (execution_id, step_name, attempt)
) STRICT;
`;
