import { ConflictError, type ModelDescription } from '@pipewright/shared';
import type { StoreDatabase } from './database';

/** What a Model step records. */
export interface SaveModelInput {
  /** The `DescribeModel` answer, `ModelName` included. */
  model: ModelDescription;
  executionId: string;
  stepName: string;
}

/**
 * The models Model steps create, by name, for Transform steps to run. A model outlives the
 * execution that made it, as in SageMaker.
 */
export class ModelRepository {
  private readonly selectModel;
  private readonly selectOwner;
  private readonly upsert;

  constructor(private readonly db: StoreDatabase) {
    const { sql } = db;
    this.selectModel = sql
      .prepare<[string], string>('SELECT description FROM models WHERE name = ?')
      .pluck();
    this.selectOwner = sql.prepare<[string], { execution_id: string; step_name: string }>(
      'SELECT execution_id, step_name FROM models WHERE name = ?',
    );
    this.upsert = sql.prepare<[string, string, string, string, string]>(
      `INSERT INTO models (name, execution_id, step_name, description, created_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET description = excluded.description,
         created_at = excluded.created_at`,
    );
  }

  /**
   * Records a model. The same step of the same execution may record its model again (an
   * attempt interrupted by a restart runs again); a name another step owns is a conflict.
   */
  save(input: SaveModelInput): ModelDescription {
    const { model, executionId, stepName } = input;
    this.db.writeTransaction(() => {
      const owner = this.selectOwner.get(model.ModelName);
      if (owner && (owner.execution_id !== executionId || owner.step_name !== stepName)) {
        throw new ConflictError(
          `A model named "${model.ModelName}" already exists: step "${owner.step_name}" of execution ${owner.execution_id} created it.`,
        );
      }
      this.upsert.run(
        model.ModelName,
        executionId,
        stepName,
        JSON.stringify(model),
        model.CreationTime,
      );
    });
    return model;
  }

  /** The model named `name`, as `DescribeModel` shows it; `undefined` when there is none. */
  get(name: string): ModelDescription | undefined {
    const text = this.selectModel.get(name);
    return text === undefined ? undefined : (JSON.parse(text) as ModelDescription);
  }
}
