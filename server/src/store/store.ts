import { type Clock, type OpenDatabaseOptions, type StoreDatabase, openDatabase } from './database';
import { ExecutionRepository } from './execution.repository';
import { PipelineRepository } from './pipeline.repository';

/** The database and its repositories: everything the server keeps in SQLite. */
export interface Store {
  database: StoreDatabase;
  pipelines: PipelineRepository;
  executions: ExecutionRepository;
  close(): void;
}

/** Opens `<dataDir>/pipewright.db`, migrates it, and builds the repositories on it. */
export function openStore(
  dataDir: string,
  options: OpenDatabaseOptions & { now?: Clock } = {},
): Store {
  const database = openDatabase(dataDir, options);
  return {
    database,
    pipelines: new PipelineRepository(database, options.now),
    executions: new ExecutionRepository(database, options.now),
    close: () => database.close(),
  };
}
