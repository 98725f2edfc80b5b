import { describe, expect, it } from 'vitest';
import type { ImageMapEntry } from '@pipewright/shared';
import {
  joinWords,
  moveRow,
  problemsByRow,
  rowsFromRules,
  rulesFromRows,
  splitWords,
} from './image-map-rows';

describe('image map rows', () => {
  const rules: ImageMapEntry[] = [
    { match: 'sagemaker-scikit-learn', command: ['conda', 'run', '-n', 'my env'] },
    { match: '^python:', mode: 'host' },
    { match: 'my-tool:latest', entrypoint: ['/home/me/bin/my tool'] },
    { match: 'xgboost', imageEntrypoint: ['python3', '-m', 'xgb', 'it\'s "quoted"'] },
  ];

  it('turns rules into editable rows and back without changing them', () => {
    const rows = rowsFromRules(rules);
    expect(rows.map(({ kind, words }) => [kind, words])).toEqual([
      ['command', 'conda run -n "my env"'],
      ['host', ''],
      ['entrypoint', '"/home/me/bin/my tool"'],
      ['imageEntrypoint', `python3 -m xgb "it's "'"'"quoted"'"'""`],
    ]);
    expect(rulesFromRows(rows)).toEqual(rules);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it('saves a host rule without words, whatever was typed before the kind changed', () => {
    const [row] = rowsFromRules([rules[0] as ImageMapEntry]);
    expect(rulesFromRows([{ ...row!, kind: 'host' }])).toEqual([
      { match: 'sagemaker-scikit-learn', mode: 'host' },
    ]);
    expect(rulesFromRows([{ ...row!, kind: 'entrypoint' }])).toEqual([
      { match: 'sagemaker-scikit-learn', entrypoint: ['conda', 'run', '-n', 'my env'] },
    ]);
  });

  it.each([
    ['conda run -n ml', ['conda', 'run', '-n', 'ml']],
    ['  uv   run  ', ['uv', 'run']],
    ['python3 "/opt/my scripts/x.py"', ['python3', '/opt/my scripts/x.py']],
    ["echo 'a \"b\"' ''", ['echo', 'a "b"', '']],
    ['echo "unclosed quote', ['echo', 'unclosed quote']],
    ['', []],
  ])('splits %j into words', (text, words) => {
    expect(splitWords(text)).toEqual(words);
  });

  it('quotes only the words that need it', () => {
    const words = ['conda', 'my env', 'say "hi"', ''];
    expect(joinWords(words)).toBe(`conda "my env" 'say "hi"' ""`);
    expect(splitWords(joinWords(words))).toEqual(words);
  });

  it('moves a row up or down, and not past either end', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it("files the server's problems under the row and the field they are about", () => {
    const byRow = problemsByRow([
      { path: '/body/imageMap/0/match', message: 'not a valid regular expression' },
      { path: '/body/imageMap/2/command', message: 'give at least the program to run' },
      { path: '/body/imageMap/2/command/1', message: 'a word cannot be empty' },
      { path: '/body/imageMap/3', message: 'a rule has a "match" and one of…' },
      { path: '/body/defaultBucket', message: 'not a bucket' },
    ]);
    expect([...byRow.entries()]).toEqual([
      [0, [{ field: 'match', message: 'not a valid regular expression' }]],
      [
        2,
        [
          { field: 'words', message: 'give at least the program to run' },
          { field: 'words', message: 'a word cannot be empty' },
        ],
      ],
      [3, [{ field: 'rule', message: 'a rule has a "match" and one of…' }]],
    ]);
  });
});
