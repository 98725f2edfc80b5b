import { describe, expect, it } from 'vitest';
import abalone from '../../../shared/test/fixtures/sagemaker/abalone-train-eval-transform-register.json?raw';
import { exportBaseName, exportDocument } from './export-pipeline';
import { readPipelineText } from './import-pipeline';
import { imageFrame } from './image-frame';

const native = {
  ...JSON.parse(abalone),
  'x-pipewright': { formatVersion: 1, positions: { AbaloneProcess: { x: 10, y: 20 } } },
};

describe('exporting the document', () => {
  it('writes the SageMaker definition without Pipewright’s extension, equal to the source', () => {
    const file = exportDocument(native, 'sagemaker', 'abalone');
    expect(file.fileName).toBe('abalone.sagemaker.json');
    expect(JSON.parse(file.text)).toEqual(JSON.parse(abalone));
    expect(file.text).not.toContain('x-pipewright');
  });

  it('writes native JSON that imports back to the same document', () => {
    const file = exportDocument(native, 'native', 'abalone');
    expect(file.fileName).toBe('abalone.pipewright.json');
    const again = readPipelineText(file.text);
    expect(again).toMatchObject({ ok: true, format: 'native', document: native });
  });

  it('names the file of an unnamed or oddly named pipeline "pipeline"', () => {
    expect(exportBaseName(null)).toBe('pipeline');
    expect(exportBaseName('')).toBe('pipeline');
    expect(exportBaseName('../etc')).toBe('pipeline');
    expect(exportDocument(native, 'native', undefined).fileName).toBe('pipeline.pipewright.json');
  });
});

describe('framing the graph picture', () => {
  it('fits the whole graph with padding at full size, wherever it sits on the canvas', () => {
    expect(imageFrame({ x: -100, y: 50, width: 400, height: 200 }, 20)).toEqual({
      width: 440,
      height: 240,
      transform: 'translate(120px, -30px) scale(1)',
    });
  });

  it('scales a huge graph down to a size a browser can draw', () => {
    const frame = imageFrame({ x: 0, y: 0, width: 31_968, height: 1_000 }, 16);
    expect(frame.width).toBe(8000);
    expect(frame.transform).toBe('translate(4px, 4px) scale(0.25)');
  });
});
