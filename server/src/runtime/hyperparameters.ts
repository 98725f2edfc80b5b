import { isPythonDict, PythonFloat, type PythonValue, pythonStr } from './python-format';

// The names the training toolkit keeps for itself (sagemaker_training/params.py): never passed
// to the script as arguments, like every other name starting with `sagemaker_`.
const toolkitNames = new Set([
  'sagemaker_program',
  'sagemaker_submit_directory',
  'sagemaker_enable_cloudwatch_metrics',
  'sagemaker_region',
  'sagemaker_container_log_level',
  'sagemaker_job_name',
  'default_user_module_name',
  '_tuning_objective_metric',
  'sagemaker_s3_output',
]);

/**
 * A hyperparameter as the training toolkit reads it: `json.loads` of the string when that
 * works, the string itself otherwise. So `"0.1"` is a float, `"10"` an int, `"\"train.py\""`
 * (how the SDK's framework estimators send strings) and `"train.py"` are both `train.py`.
 */
export function decodeHyperparameter(raw: string): PythonValue {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return raw;
  }
  if (typeof value === 'number' && /[.eE]/.test(raw)) return new PythonFloat(value);
  return value as PythonValue;
}

/** The decoded hyperparameters, split as the toolkit splits them. */
export interface DecodedHyperparameters {
  /** What the script gets as arguments and `SM_HP_*` (`SM_HPS`). */
  user: Record<string, PythonValue>;
  /** `sagemaker_*` and the toolkit's own names. */
  toolkit: Record<string, PythonValue>;
  /** The `sagemaker_*` names that are not the toolkit's own (`SM_FRAMEWORK_PARAMS`). */
  framework: Record<string, PythonValue>;
}

/** Decodes every hyperparameter and splits the toolkit's from the script's. */
export function decodeHyperparameters(
  raw: Readonly<Record<string, string>>,
): DecodedHyperparameters {
  const decoded: DecodedHyperparameters = { user: {}, toolkit: {}, framework: {} };
  for (const [name, text] of Object.entries(raw)) {
    const value = decodeHyperparameter(text);
    if (toolkitNames.has(name) || name.startsWith('sagemaker_')) {
      decoded.toolkit[name] = value;
      if (!toolkitNames.has(name)) decoded.framework[name] = value;
    } else {
      decoded.user[name] = value;
    }
  }
  return decoded;
}

/** A toolkit hyperparameter as text (`sagemaker_program`), if it is set. */
export function toolkitText(decoded: DecodedHyperparameters, name: string): string | undefined {
  const value = decoded.toolkit[name];
  return value === undefined || value === null ? undefined : pythonStr(value);
}

/**
 * The script's command-line arguments, as the toolkit's `mapping.to_cmd_args` writes them:
 * sorted by name, `--name value` (`-n value` for a one-letter name), values as Python's `str()`
 * (`True`, `0.001`, `[1, 2]`), a dict as `k=v,k2=v2`.
 */
export function hyperparameterArgs(user: Readonly<Record<string, PythonValue>>): string[] {
  return Object.keys(user)
    .sort()
    .flatMap((name) => {
      const value = user[name] ?? null;
      const flag = name.length > 1 ? `--${name}` : `-${name}`;
      if (isPythonDict(value)) {
        const pairs = Object.keys(value)
          .sort()
          .map((key) => `${key}=${pythonStr(value[key] ?? null)}`);
        return [flag, pairs.join(',')];
      }
      return [flag, value === null ? '' : pythonStr(value)];
    });
}
