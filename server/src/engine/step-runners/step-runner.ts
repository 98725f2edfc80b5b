import type { CallbackService } from '../../callbacks/callback.service';
import type { ImageMap } from '../../runtime/image-map';
import type { ObjectStore } from '../../runtime/object-store';
import type { Sandbox } from '../../runtime/sandbox';
import type { Store } from '../../store';
import type { StepOutcome, StepRunRequest } from '../engine-ports';

/** What every step runner may use besides its request: the server's shared parts. */
export interface RunnerServices {
  dataDir: string;
  objectStore: ObjectStore;
  /** Read per attempt: the settings page can change it while the server runs. */
  imageMap: ImageMap;
  /** Where outputs without an S3Uri go; read per attempt, like the image map. */
  defaultBucket: string;
  sandbox: Sandbox;
  store: Store;
  /** Where step processes start; relative script paths resolve from here. */
  workingDir?: string;
  /** Between SIGTERM and SIGKILL when a step is stopped. */
  stopGraceMs?: number;
  /** Callback tokens; `openServices` always provides it (Callback steps fail without it). */
  callbacks?: CallbackService;
}

/** One attempt of one step, with the folder it runs in. */
export interface StepRunnerContext extends StepRunRequest {
  /** `<dataDir>/executions/<id>/steps/<step>/attempt-<n>`: the attempt's sandbox and logs. */
  attemptDir: string;
  /** Where outputs without a destination go: `s3://<defaultBucket>/executions/<id>/<step>/`. */
  defaultOutputPrefix: string;
  services: RunnerServices;
}

/** Runs one step type locally. Never throws for a problem with the step: it returns a Failed outcome. */
export type StepRunner = (context: StepRunnerContext) => Promise<StepOutcome>;
