import { describe, expect, it } from 'vitest';
import { announceSave, checkBeforeSave, readSaveSignal } from './save-conflict';

describe('checking for a newer version before saving', () => {
  const latest = (Version: number) => ({ Version, CreationTime: '2026-01-01T12:00:00.000Z' });

  it('lets a save through when the latest version is the one the edits started from', () => {
    expect(checkBeforeSave(3, latest(3))).toEqual({ kind: 'clear' });
  });

  it('stops at a conflict when another save came after the base', () => {
    expect(checkBeforeSave(3, latest(4))).toEqual({
      kind: 'conflict',
      latestVersion: 4,
      latestSavedAt: '2026-01-01T12:00:00.000Z',
      baseVersion: 3,
    });
  });

  it('treats an unknown base as a conflict rather than guessing', () => {
    expect(checkBeforeSave(null, latest(1)).kind).toBe('conflict');
  });
});

describe('save signals between tabs', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      items,
      setItem: (key: string, value: string) => items.set(key, value),
    } as unknown as Storage & { items: Map<string, string> };
  };

  it('hears another tab’s save of the same pipeline', () => {
    const shared = storage();
    announceSave(shared, { pipelineName: 'churn', version: 4, tabId: 'b' });
    const [[key, newValue]] = [...shared.items.entries()] as [[string, string]];
    expect(readSaveSignal({ key, newValue }, 'churn', 'a')).toEqual({
      pipelineName: 'churn',
      version: 4,
      tabId: 'b',
    });
  });

  it('ignores its own saves, other pipelines and unrelated keys', () => {
    const shared = storage();
    announceSave(shared, { pipelineName: 'churn', version: 4, tabId: 'a' });
    const [[key, newValue]] = [...shared.items.entries()] as [[string, string]];
    expect(readSaveSignal({ key, newValue }, 'churn', 'a')).toBeNull();
    expect(readSaveSignal({ key, newValue }, 'other', 'b')).toBeNull();
    expect(readSaveSignal({ key: 'unrelated', newValue }, 'churn', 'b')).toBeNull();
    expect(readSaveSignal({ key, newValue: null }, 'churn', 'b')).toBeNull();
  });
});
