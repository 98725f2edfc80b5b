import { describe, expect, it } from 'vitest';
import { artifactLocations, objectsAt } from './artifact-uris';

describe('where a step wrote its artifacts', () => {
  it('lists each Processing output by name', () => {
    const properties = {
      ProcessingOutputConfig: {
        Outputs: [
          { OutputName: 'train', S3Output: { S3Uri: 's3://b/run/train/', LocalPath: '/x' } },
          { OutputName: 'test', S3Output: { S3Uri: 's3://b/run/test/', LocalPath: '/y' } },
        ],
      },
    };
    expect(artifactLocations(properties)).toEqual([
      { label: 'Output train', uri: 's3://b/run/train/' },
      { label: 'Output test', uri: 's3://b/run/test/' },
    ]);
  });

  it('finds a Training job’s model before its output path, and never lists a URI twice', () => {
    const properties = {
      ModelArtifacts: { S3ModelArtifacts: 's3://b/models/job/output/model.tar.gz' },
      OutputDataConfig: { S3OutputPath: 's3://b/models' },
      ProcessingOutputConfig: { Outputs: [] },
    };
    expect(artifactLocations(properties)).toEqual([
      { label: 'Model artifacts', uri: 's3://b/models/job/output/model.tar.gz' },
      { label: 'Output data', uri: 's3://b/models' },
    ]);
  });

  it('finds Transform outputs and registered models’ data', () => {
    expect(
      artifactLocations({
        TransformOutput: { S3OutputPath: 's3://b/scores/' },
        InferenceSpecification: {
          Containers: [{ ModelDataUrl: 's3://b/m.tar.gz' }, { ModelDataUrl: 's3://b/scores/' }],
        },
      }),
    ).toEqual([
      { label: 'Transform output', uri: 's3://b/scores/' },
      { label: 'Container 1 model data', uri: 's3://b/m.tar.gz' },
    ]);
  });

  it('ignores what is not an s3:// URI, and properties that are not an object', () => {
    expect(artifactLocations({ ModelArtifacts: { S3ModelArtifacts: '/tmp/model' } })).toEqual([]);
    expect(artifactLocations(undefined)).toEqual([]);
    expect(artifactLocations(['s3://b/x'])).toEqual([]);
  });
});

describe('the objects at a location', () => {
  const item = (uri: string) => ({ uri });

  it('names objects inside a folder relative to it, and leaves out mere prefix matches', () => {
    const items = [
      item('s3://b/run/summary/summary.json'),
      item('s3://b/run/summary/parts/1.csv'),
      item('s3://b/run/summary-old.csv'),
    ];
    expect(objectsAt('s3://b/run/summary', items).map((entry) => entry.name)).toEqual([
      'summary.json',
      'parts/1.csv',
    ]);
    expect(objectsAt('s3://b/run/summary/', items).map((entry) => entry.name)).toEqual([
      'summary.json',
      'parts/1.csv',
    ]);
  });

  it('names a single object by its file name', () => {
    const items = [item('s3://b/models/job/output/model.tar.gz')];
    expect(objectsAt('s3://b/models/job/output/model.tar.gz', items)).toEqual([
      { name: 'model.tar.gz', item: items[0] },
    ]);
  });
});
