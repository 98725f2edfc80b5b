import { describe, expect, it } from 'vitest';
import { ImageMap, unrunnableImageMessage } from './image-map';

const sklearn = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3';
const custom = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-tool:latest';

describe('ImageMap', () => {
  it('runs the entrypoint on the host as it is by default', () => {
    expect(
      new ImageMap().argvFor(
        sklearn,
        ['python3', '/opt/ml/processing/input/code/p.py'],
        ['--x', '1'],
      ),
    ).toEqual(['python3', '/opt/ml/processing/input/code/p.py', '--x', '1']);
  });

  it('prepends a command, or replaces the entrypoint, for a matching image', () => {
    const map = ImageMap.parse([
      { match: 'sagemaker-scikit-learn', command: ['conda', 'run', '-n', 'sklearn'] },
      { match: custom, entrypoint: ['/home/me/bin/my-tool'] },
    ]);
    expect(map.argvFor(sklearn, ['python3', 'p.py'], ['a'])).toEqual([
      'conda',
      'run',
      '-n',
      'sklearn',
      'python3',
      'p.py',
      'a',
    ]);
    expect(map.argvFor(custom, ['/usr/bin/my-tool'], ['a'])).toEqual(['/home/me/bin/my-tool', 'a']);
    expect(map.argvFor(custom, undefined, ['a'])).toEqual(['/home/me/bin/my-tool', 'a']);
  });

  it("stands in for the image's own ENTRYPOINT only when the step names no program", () => {
    // The built-in XGBoost image: a Processing step runs `python3 evaluation.py` in it, a
    // Training step and a Transform run the image's own entrypoint (the SDK's abalone example).
    const xgboost = '246618743249.dkr.ecr.us-west-2.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3';
    const map = ImageMap.parse([
      { match: 'sagemaker-xgboost', imageEntrypoint: ['python3', '/home/me/xgboost.py'] },
    ]);
    expect(
      map.argvFor(xgboost, ['python3', '/opt/ml/processing/input/code/evaluation.py']),
    ).toEqual(['python3', '/opt/ml/processing/input/code/evaluation.py']);
    expect(map.argvFor(xgboost, [], ['train'])).toEqual([
      'python3',
      '/home/me/xgboost.py',
      'train',
    ]);
    expect(map.argvFor(xgboost, undefined, ['--input', 'x'])).toEqual([
      'python3',
      '/home/me/xgboost.py',
      '--input',
      'x',
    ]);
    expect(map.suppliesEntrypoint(xgboost)).toBe(true);
    expect(map.suppliesEntrypoint(sklearn)).toBe(false);
    expect(ImageMap.parse([{ match: custom, entrypoint: ['t'] }]).suppliesEntrypoint(custom)).toBe(
      true,
    );
    expect(() => ImageMap.parse([{ match: 'x', imageEntrypoint: [] }])).toThrow(
      'The image map is not valid: at [0]',
    );
  });

  it('prefers an exact URI to a pattern, and the first pattern to later ones', () => {
    const map = ImageMap.parse([
      { match: 'ecr', command: ['first'] },
      { match: '^.*my-tool', command: ['second'] },
      { match: custom, mode: 'host' },
    ]);
    expect(map.ruleFor(custom)).toEqual({ match: custom, mode: 'host' });
    expect(map.ruleFor('x.ecr.y/my-tool:1')).toEqual({ match: 'ecr', command: ['first'] });
    expect(map.ruleFor('docker.io/my-tool:1')).toEqual({
      match: '^.*my-tool',
      command: ['second'],
    });
    expect(map.ruleFor('python:3.12')).toBeUndefined();
  });

  it('says how to map an image that has no entrypoint, with rules that paste into the map', () => {
    let message = '';
    try {
      new ImageMap().argvFor(custom, [], ['--flag']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(
      `Image ${custom} cannot run on this machine: the step has no ContainerEntrypoint`,
    );
    const pasted = message
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line) => JSON.parse(line) as unknown);
    expect(pasted).toHaveLength(3);
    const map = ImageMap.parse(pasted);
    expect(map.argvFor(custom, [], ['--flag'])).toEqual(['/path/to/local/program', '--flag']);
  });

  it('reports an invalid config with the index of the bad entry', () => {
    expect(() =>
      ImageMap.parse([
        { match: 'ok', mode: 'host' },
        { match: '[', mode: 'host' },
      ]),
    ).toThrow('not a valid regular expression');
    expect(() => ImageMap.parse([{ match: 'x', command: [] }])).toThrow(
      'The image map is not valid: at [0]',
    );
    expect(() => ImageMap.parse({ match: 'x' })).toThrow('The image map is not valid');
  });

  it('names the image and the reason in the unrunnable message', () => {
    expect(unrunnableImageMessage('img:1', '"/usr/bin/mytool" was not found')).toMatch(
      /^Image img:1 cannot run on this machine: "\/usr\/bin\/mytool" was not found\.\n/,
    );
  });
});
