import { describe, expect, it } from 'vitest';
import { fixtures } from '../inspector/test/fixtures';
import { THUMB_NODE, graphThumbnail } from './graph-thumbnail';

describe('graphThumbnail', () => {
  it('draws every step of the abalone example, branches included, where the designer does', () => {
    const thumbnail = graphThumbnail(fixtures.abalone());
    expect(thumbnail.nodes.map((node) => node.name)).toEqual([
      'AbaloneProcess',
      'AbaloneTrain',
      'AbaloneEval',
      'AbaloneMSECond',
      'AbaloneRegisterModel',
      'AbaloneCreateModel',
      'AbaloneTransform',
      'AbaloneMSEFail',
    ]);
    expect(thumbnail.nodes[1]).toMatchObject({ x: 260, y: 0, category: 'training' });
    const kinds = thumbnail.edges.map((edge) => edge.kind);
    expect(kinds).toContain('branch-if');
    expect(kinds).toContain('branch-else');
  });

  it('frames all the boxes with a margin', () => {
    const { nodes, viewBox } = graphThumbnail(fixtures.abalone());
    for (const node of nodes) {
      expect(node.x).toBeGreaterThan(viewBox.x);
      expect(node.y).toBeGreaterThan(viewBox.y);
      expect(node.x + THUMB_NODE.width).toBeLessThan(viewBox.x + viewBox.width);
      expect(node.y + THUMB_NODE.height).toBeLessThan(viewBox.y + viewBox.height);
    }
  });

  it('lays out a document without positions in dependency columns', () => {
    const document = fixtures.abalone();
    delete (document as Record<string, unknown>)['x-pipewright'];
    const { nodes } = graphThumbnail(document);
    const x = (name: string) => nodes.find((node) => node.name === name)!.x;
    expect(x('AbaloneTrain')).toBeGreaterThan(x('AbaloneProcess'));
    expect(x('AbaloneEval')).toBeGreaterThan(x('AbaloneTrain'));
  });
});
