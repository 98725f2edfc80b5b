export { type Store, openStore } from './store';
export {
  type Clock,
  type OpenDatabaseOptions,
  type SqliteDatabase,
  DATABASE_FILE,
  StoreDatabase,
  openDatabase,
} from './database';
export { type Migration, DatabaseVersionError, migrate, migrations } from './migrations';
export { type SavePipelineInput, PipelineRepository } from './pipeline.repository';
export {
  type CreateExecutionInput,
  type ListExecutionsRequest,
  ExecutionRepository,
} from './execution.repository';
export type { StoredEvent, StoredExecution } from './execution-rows';
export type { StepProperties } from './step-properties';
export { type PageRequest, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';
export type { CachedRun } from './cached-runs';
