/**
 * Retry idempotency keys: the same key twice retries an execution once. Released migrations
 * are history: change the schema with a new migration, never here.
 */
export const retryRequestsSchema = /* sql */ `
CREATE TABLE retry_requests (
  execution_id TEXT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
  idempotency_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (execution_id, idempotency_key)
) STRICT;
`;
