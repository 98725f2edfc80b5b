/**
 * The local runtime: how a SageMaker step runs on this machine without Docker or AWS. The
 * object store, the sandbox, the process runner, the image map and the Processing step runner.
 * See docs/local-runtime.md.
 */
export { RuntimeUserError, type RuntimeErrorCode, isRuntimeUserError } from './runtime-error';
export { type S3Location, formatS3Uri, isValidBucketName, parseS3Uri } from './s3-uri';
export {
  type ObjectEntry,
  ObjectStore,
  type ObjectStoreOptions,
  type OpenedObject,
} from './object-store';
export type { ObjectLocation } from './object-location';
export {
  type AttemptLayout,
  attemptLayout,
  containerMlDir,
  containerProcessingDir,
} from './attempt-layout';
export {
  attemptDirFor,
  attemptLogFile,
  defaultBucket,
  defaultOutputPrefixFor,
} from './attempt-paths';
export { type BubblewrapDetection, type BubblewrapSetup, detectBubblewrap } from './bubblewrap';
export {
  type Sandbox,
  type SandboxCommand,
  type SandboxCommandInput,
  type SandboxMode,
  bubblewrapSandbox,
  detectSandbox,
  hostSandbox,
} from './sandbox';
export { type NamedLocalPath, processingVariables, rewriteContainerPath } from './sandbox-env';
export { type StepEnvOptions, buildStepEnv, inheritedVariables } from './process-env';
export { type OutputListener, type OutputStream, logFileNames } from './log-files';
export {
  type ProcessOptions,
  type ProcessResult,
  type RunningProcess,
  startProcess,
} from './process-runner';
export {
  type ImageMapConfig,
  type ImageMapEntry,
  ImageMap,
  ImageMapEntrySchema,
  ImageMapSchema,
  unrunnableImageMessage,
} from './image-map';
export {
  type ResolvedProcessingArguments,
  ResolvedProcessingArgumentsSchema,
} from './processing-arguments';
export { processingJobArn, processingJobName } from './processing-properties';
export { type ProcessingStepContext, runProcessingStep } from './processing-runner';
export { type StepMetadata, type StepOutcome, fitReason, maxReasonLength } from './step-outcome';
export {
  forgetAttemptProcess,
  killLeftoverProcess,
  recordAttemptProcess,
} from './leftover-process';
