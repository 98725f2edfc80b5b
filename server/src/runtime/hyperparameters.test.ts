import { describe, expect, it } from 'vitest';
import { decodeHyperparameters, hyperparameterArgs } from './hyperparameters';
import { PythonFloat } from './python-format';

describe('decodeHyperparameters', () => {
  it('JSON-decodes each value as the training toolkit does, strings staying strings', () => {
    const decoded = decodeHyperparameters({
      epochs: '10',
      'learning-rate': '0.1',
      optimizer: '"adam"',
      activation: 'relu',
      flags: '{"a": 1}',
      sagemaker_program: '"train.py"',
      sagemaker_submit_directory: '"s3://b/sourcedir.tar.gz"',
      sagemaker_distributed_dataparallel_enabled: 'false',
      _tuning_objective_metric: 'validation:rmse',
    });
    expect(decoded.user).toEqual({
      epochs: 10,
      'learning-rate': new PythonFloat(0.1),
      optimizer: 'adam',
      activation: 'relu',
      flags: { a: 1 },
    });
    expect(decoded.toolkit.sagemaker_program).toBe('train.py');
    expect(decoded.toolkit._tuning_objective_metric).toBe('validation:rmse');
    expect(decoded.framework).toEqual({ sagemaker_distributed_dataparallel_enabled: false });
  });
});

describe('hyperparameterArgs', () => {
  it('sorts names and writes values with Python str(), dicts as k=v pairs', () => {
    const { user } = decodeHyperparameters({
      x: '1',
      epochs: '10',
      lr: '1.0',
      eps: '1e-5',
      shuffle: 'true',
      optimizer: '"adam"',
      extra: '{"b": 2, "a": "z"}',
      nothing: 'null',
    });
    expect(hyperparameterArgs(user)).toEqual([
      '--epochs',
      '10',
      '--eps',
      '1e-05',
      '--extra',
      'a=z,b=2',
      '--lr',
      '1.0',
      '--nothing',
      '',
      '--optimizer',
      'adam',
      '--shuffle',
      'True',
      '-x',
      '1',
    ]);
  });
});
