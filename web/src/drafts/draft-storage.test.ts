// @vitest-environment jsdom
import { addStep, newStep } from '@pipewright/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../stores/document-store';
import {
  type Draft,
  decideDraft,
  draftKey,
  readDraft,
  removeDraft,
  writeDraft,
} from './draft-storage';

const edited = addStep(emptyDocument(), newStep('Fail', 'Stop'));

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    pipelineName: 'churn',
    baseVersion: 2,
    document: edited,
    savedAt: '2026-01-01T12:00:00.000Z',
    tabId: 'tab-a',
    ...overrides,
  };
}

describe('local drafts', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a new pipeline apart from a saved pipeline named "new"', () => {
    expect(draftKey(null)).not.toBe(draftKey('new'));
    writeDraft(localStorage, draft({ pipelineName: 'new' }));
    expect(readDraft(localStorage, null)).toBeNull();
    expect(readDraft(localStorage, 'new')?.document).toEqual(edited);
  });

  it('reads back what it wrote, with the base version and the proposed name', () => {
    writeDraft(localStorage, draft({ pipelineName: null, baseVersion: null, proposedName: 'x' }));
    expect(readDraft(localStorage, null)).toMatchObject({
      baseVersion: null,
      proposedName: 'x',
      document: edited,
    });
  });

  it('treats an unreadable entry as no draft rather than failing to open', () => {
    localStorage.setItem(draftKey('churn'), '{not json');
    expect(readDraft(localStorage, 'churn')).toBeNull();
    localStorage.setItem(draftKey('churn'), JSON.stringify({ document: { Steps: 'no' } }));
    expect(readDraft(localStorage, 'churn')).toBeNull();
  });

  it('says so when the browser refuses to store it', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(writeDraft(full, draft())).toBe(false);
  });

  it('after a save, leaves another tab’s draft of the same pipeline alone', () => {
    writeDraft(localStorage, draft({ tabId: 'tab-b' }));
    removeDraft(localStorage, 'churn', 'tab-a');
    expect(readDraft(localStorage, 'churn')?.tabId).toBe('tab-b');
    removeDraft(localStorage, 'churn', 'tab-b');
    expect(readDraft(localStorage, 'churn')).toBeNull();
  });
});

describe('deciding whether to restore a draft', () => {
  const server = { version: 2, document: emptyDocument() };

  it('restores edits made on top of the latest version', () => {
    expect(decideDraft(draft(), server)).toEqual({
      restore: true,
      baseVersion: 2,
      behindServer: false,
    });
  });

  it('ignores a draft that says the same as the server', () => {
    expect(decideDraft(draft({ document: emptyDocument() }), server)).toEqual({ restore: false });
  });

  it('keeps an older base, so saving after a newer version asks first', () => {
    expect(decideDraft(draft({ baseVersion: 1 }), { ...server, version: 3 })).toEqual({
      restore: true,
      baseVersion: 1,
      behindServer: true,
    });
  });

  it('restores a new pipeline’s draft, and nothing when there is none', () => {
    expect(decideDraft(draft({ pipelineName: null, baseVersion: null }), null)).toMatchObject({
      restore: true,
    });
    expect(decideDraft(null, server)).toEqual({ restore: false });
  });
});
