/**
 * Models recorded by Model steps and the local model registry (groups, versions, approval
 * decisions). None of these reference executions: a model or a registered version outlives the
 * pipeline that made it, as in SageMaker; `execution_id` and `step_name` only say where it came
 * from. Released migrations are history: change the schema with a new migration, never here.
 */
export const modelRegistrySchema = /* sql */ `
CREATE TABLE models (
  name TEXT PRIMARY KEY,
  execution_id TEXT NOT NULL,
  step_name TEXT NOT NULL,
  -- The DescribeModel answer, JSON.
  description TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE model_package_groups (
  id INTEGER PRIMARY KEY,
  -- SageMaker ARNs lower-case the name, so two groups may not differ only in case.
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE model_packages (
  pk INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES model_package_groups (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version > 0),
  approval_status TEXT NOT NULL
    CHECK (approval_status IN ('PendingManualApproval', 'Approved', 'Rejected')),
  approval_description TEXT,
  -- The resolved CreateModelPackage request, JSON.
  request TEXT NOT NULL,
  execution_id TEXT NOT NULL,
  step_name TEXT NOT NULL,
  generated_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  UNIQUE (group_id, version),
  -- One registration per step of an execution: running it again returns the same version.
  UNIQUE (execution_id, step_name)
) STRICT;

CREATE TABLE model_package_approvals (
  id INTEGER PRIMARY KEY,
  package_pk INTEGER NOT NULL REFERENCES model_packages (pk) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('PendingManualApproval', 'Approved', 'Rejected')),
  previous_status TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  note TEXT,
  decided_at TEXT NOT NULL
) STRICT;

CREATE INDEX model_package_approvals_by_package ON model_package_approvals (package_pk, id);
`;
