import { type KnownStepType, cloudOnlyStepTypes, isKnownStepType } from '@pipewright/shared';

/** Groups the palette by, and colours nodes with (the CSS uses `--pw-cat-<category>`). */
export type StepCategory = 'compute' | 'training' | 'model' | 'control' | 'check' | 'unknown';

export interface StepTypeMeta {
  type: string;
  /** What people call it: "Create model" rather than the JSON's `Model`. */
  label: string;
  category: StepCategory;
  /** One line for the palette. */
  description: string;
  /** The name a new step of this type starts from (made unique with `uniqueStepName`). */
  baseName: string;
  /** Needs an AWS service with no local equivalent. */
  cloudOnly: boolean;
}

type MetaFields = Omit<StepTypeMeta, 'type' | 'cloudOnly'>;

const meta: Record<KnownStepType, MetaFields> = {
  Processing: {
    label: 'Processing',
    category: 'compute',
    description: 'Run a script in a container: prepare data, evaluate a model.',
    baseName: 'Process',
  },
  Training: {
    label: 'Training',
    category: 'training',
    description: 'Train a model with a script or a built-in algorithm.',
    baseName: 'Train',
  },
  Tuning: {
    label: 'Tuning',
    category: 'training',
    description: 'Search hyperparameters over many training jobs.',
    baseName: 'Tune',
  },
  Transform: {
    label: 'Batch transform',
    category: 'compute',
    description: 'Run a model over a whole dataset.',
    baseName: 'Transform',
  },
  Model: {
    label: 'Create model',
    category: 'model',
    description: 'Package trained artifacts with an inference image.',
    baseName: 'CreateModel',
  },
  RegisterModel: {
    label: 'Register model',
    category: 'model',
    description: 'Add a model version to a model package group.',
    baseName: 'RegisterModel',
  },
  Condition: {
    label: 'Condition',
    category: 'control',
    description: 'Branch on a comparison: true and false outputs.',
    baseName: 'Condition',
  },
  Fail: {
    label: 'Fail',
    category: 'control',
    description: 'Stop the run with an error message.',
    baseName: 'Fail',
  },
  Lambda: {
    label: 'Lambda',
    category: 'control',
    description: 'Call a function and use its outputs.',
    baseName: 'Lambda',
  },
  Callback: {
    label: 'Callback',
    category: 'control',
    description: 'Wait for an outside system to answer (approval gates).',
    baseName: 'Callback',
  },
  QualityCheck: {
    label: 'Quality check',
    category: 'check',
    description: 'Check data or model quality against a baseline.',
    baseName: 'QualityCheck',
  },
  ClarifyCheck: {
    label: 'Clarify check',
    category: 'check',
    description: 'Check bias and explainability with SageMaker Clarify.',
    baseName: 'ClarifyCheck',
  },
  EMR: {
    label: 'EMR',
    category: 'compute',
    description: 'Run a step on an Amazon EMR cluster.',
    baseName: 'EMR',
  },
  AutoML: {
    label: 'AutoML',
    category: 'training',
    description: 'Let SageMaker Autopilot pick and train a model.',
    baseName: 'AutoML',
  },
  EndpointConfig: {
    label: 'Endpoint config',
    category: 'model',
    description: 'Describe the instances an endpoint runs on.',
    baseName: 'EndpointConfig',
  },
  Endpoint: {
    label: 'Endpoint',
    category: 'model',
    description: 'Deploy a model to a real-time endpoint.',
    baseName: 'Endpoint',
  },
};

/** What the canvas and palette show for a step type; unknown types still get a readable entry. */
export function stepTypeMeta(type: string): StepTypeMeta {
  if (isKnownStepType(type)) {
    return { type, ...meta[type], cloudOnly: cloudOnlyStepTypes.includes(type) };
  }
  return {
    type,
    label: type || 'Untyped',
    category: 'unknown',
    description: 'A step type Pipewright does not know.',
    baseName: 'Step',
    cloudOnly: false,
  };
}

export const categoryLabels: Record<StepCategory, string> = {
  compute: 'Data and compute',
  training: 'Training',
  model: 'Models and deployment',
  control: 'Control flow',
  check: 'Checks',
  unknown: 'Other',
};
