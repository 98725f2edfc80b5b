import { type DecodedHyperparameters, hyperparameterArgs, toolkitText } from './hyperparameters';
import { type PythonValue, pythonJson } from './python-format';

/** The one host a local training job runs on. */
export const trainingHost = 'algo-1';
const instanceGroup = 'homogeneousCluster';

/** `/opt/ml/input/config/resourceconfig.json`, as SageMaker writes it for one instance. */
export function resourceConfigFile(instanceType: string): Record<string, PythonValue> {
  return {
    current_host: trainingHost,
    current_instance_type: instanceType,
    current_group_name: instanceGroup,
    hosts: [trainingHost],
    instance_groups: [
      { instance_group_name: instanceGroup, instance_type: instanceType, hosts: [trainingHost] },
    ],
    network_interface_name: 'eth0',
  };
}

export interface TrainingEnvInput {
  /** `/opt/ml` inside bubblewrap, the attempt's `ml` folder in host mode. */
  mlRoot: string;
  tmpDir: string;
  jobName: string;
  jobArn: string;
  hyperparameters: DecodedHyperparameters;
  /** `inputdataconfig.json`: each channel's settings by name. */
  inputDataConfig: Record<string, Record<string, PythonValue>>;
  resourceConfig: Record<string, PythonValue>;
  numCpus: number;
}

/**
 * The environment a SageMaker framework container's training toolkit gives the user's script
 * (sagemaker-training-toolkit `Environment.to_env_vars`): `SM_MODEL_DIR`, `SM_CHANNEL_<NAME>`,
 * `SM_HPS`, `SM_HP_<NAME>`, `SM_TRAINING_ENV`, … Names are `SM_` + the key in upper case, as the
 * toolkit writes them; JSON values are written the way Python's `json.dumps` writes them.
 */
export function trainingVariables(input: TrainingEnvInput): Record<string, string> {
  const { mlRoot, hyperparameters } = input;
  const program = toolkitText(hyperparameters, 'sagemaker_program');
  const channels = Object.keys(input.inputDataConfig).sort();
  const channelDirs = Object.fromEntries(
    channels.map((name) => [name, `${mlRoot}/input/data/${name}`]),
  );
  const logLevel = hyperparameters.toolkit.sagemaker_container_log_level ?? 20;
  const environment: Record<string, PythonValue> = {
    additional_framework_parameters: hyperparameters.framework,
    channel_input_dirs: channelDirs,
    current_host: trainingHost,
    current_instance_group: instanceGroup,
    current_instance_group_hosts: [trainingHost],
    current_instance_type: input.resourceConfig.current_instance_type ?? 'local',
    distribution_hosts: [],
    distribution_instance_groups: [],
    framework_module: null,
    hosts: [trainingHost],
    hyperparameters: hyperparameters.user,
    input_config_dir: `${mlRoot}/input/config`,
    input_data_config: input.inputDataConfig,
    input_dir: `${mlRoot}/input`,
    instance_groups: [instanceGroup],
    instance_groups_dict: {
      [instanceGroup]: (input.resourceConfig.instance_groups as PythonValue[])[0] ?? null,
    },
    is_hetero: false,
    is_master: true,
    job_name: input.jobName,
    log_level: logLevel,
    master_hostname: trainingHost,
    model_dir: `${mlRoot}/model`,
    module_dir: toolkitText(hyperparameters, 'sagemaker_submit_directory') ?? `${mlRoot}/code`,
    // The toolkit writes str(None) when there is no program.
    module_name: program === undefined ? 'None' : program.replace(/\.py$/, ''),
    network_interface_name: 'eth0',
    num_cpus: input.numCpus,
    num_gpus: 0,
    output_data_dir: `${mlRoot}/output/data`,
    output_dir: `${mlRoot}/output`,
    output_intermediate_dir: `${mlRoot}/output/intermediate`,
    resource_config: input.resourceConfig,
    user_entry_point: program ?? null,
  };
  // The keys of the toolkit's `to_env_vars`, no more: each becomes `SM_<KEY>`.
  const exported = [
    'hosts',
    'network_interface_name',
    'user_entry_point',
    'resource_config',
    'input_data_config',
    'output_data_dir',
    'current_host',
    'current_instance_type',
    'current_instance_group',
    'current_instance_group_hosts',
    'instance_groups',
    'instance_groups_dict',
    'distribution_instance_groups',
    'is_hetero',
    'module_name',
    'log_level',
    'framework_module',
    'input_dir',
    'input_config_dir',
    'output_dir',
    'num_cpus',
    'num_gpus',
    'model_dir',
    'module_dir',
    'output_intermediate_dir',
  ];
  const variables: Record<string, PythonValue> = {
    ...Object.fromEntries(exported.map((key) => [key, environment[key] ?? null])),
    hps: hyperparameters.user,
    framework_params: hyperparameters.framework,
    channels,
    training_env: environment,
    user_args: hyperparameterArgs(hyperparameters.user),
  };
  for (const [name, dir] of Object.entries(channelDirs)) variables[`channel_${name}`] = dir;
  for (const [name, value] of Object.entries(hyperparameters.user)) variables[`hp_${name}`] = value;

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(variables)) {
    env[`SM_${key.toUpperCase()}`] =
      typeof value === 'string' ? value : value === null ? '' : pythonJson(value);
  }
  return {
    ...env,
    // Set by SageMaker itself (and the toolkit) rather than derived from the environment above.
    TRAINING_JOB_NAME: input.jobName,
    TRAINING_JOB_ARN: input.jobArn,
    CURRENT_HOST: trainingHost,
    // The toolkit puts the code folder on the script's path, so modules beside it import.
    PYTHONPATH: `${mlRoot}/code`,
    TMPDIR: input.tmpDir,
    // Python buffers a pipe's output until exit; unbuffered, its logs and metrics stream live.
    PYTHONUNBUFFERED: '1',
  };
}
