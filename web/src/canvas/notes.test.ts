import { extensionOf } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../stores/document-store';
import { addNote, newNoteId, removeNotes, updateNote } from './notes';

describe('sticky notes', () => {
  const withNote = addNote(emptyDocument(), { id: 'note-1', text: 'Hi', position: { x: 1, y: 2 } });

  it('are stored in the extension, with fresh ids', () => {
    expect(extensionOf(withNote).notes).toEqual([
      { id: 'note-1', text: 'Hi', position: { x: 1, y: 2 } },
    ]);
    expect(newNoteId(withNote)).toBe('note-2');
  });

  it('change text, and an edit that changes nothing answers the same document', () => {
    const edited = updateNote(withNote, 'note-1', { text: 'Hello' });
    expect(extensionOf(edited).notes?.[0]?.text).toBe('Hello');
    expect(updateNote(withNote, 'note-1', { text: 'Hi' })).toBe(withNote);
    expect(updateNote(withNote, 'ghost', { text: 'x' })).toBe(withNote);
  });

  it('are removed by id', () => {
    expect(extensionOf(removeNotes(withNote, ['note-1'])).notes).toEqual([]);
    expect(removeNotes(withNote, ['ghost'])).toBe(withNote);
  });
});
