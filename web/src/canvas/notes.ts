import { type Note, type PipelineDocument, extensionOf, withExtension } from '@pipewright/shared';

function notesOf(document: PipelineDocument): Note[] {
  return extensionOf(document).notes ?? [];
}

function withNotes(document: PipelineDocument, notes: Note[]): PipelineDocument {
  return withExtension(document, { ...extensionOf(document), notes });
}

/** An id no note of the document uses yet: `note-1`, `note-2`… */
export function newNoteId(document: PipelineDocument): string {
  const taken = new Set(notesOf(document).map((note) => note.id));
  for (let index = 1; ; index++) if (!taken.has(`note-${index}`)) return `note-${index}`;
}

export function addNote(document: PipelineDocument, note: Note): PipelineDocument {
  return withNotes(document, [...notesOf(document), note]);
}

/** Changes one note; returns the document itself when nothing changes, so no undo step is made. */
export function updateNote(
  document: PipelineDocument,
  id: string,
  change: Partial<Omit<Note, 'id'>>,
): PipelineDocument {
  const notes = notesOf(document);
  const current = notes.find((note) => note.id === id);
  if (!current) return document;
  const next = { ...current, ...change };
  if (JSON.stringify(next) === JSON.stringify(current)) return document;
  return withNotes(
    document,
    notes.map((note) => (note.id === id ? next : note)),
  );
}

export function removeNotes(document: PipelineDocument, ids: readonly string[]): PipelineDocument {
  const gone = new Set(ids);
  const notes = notesOf(document);
  if (!notes.some((note) => gone.has(note.id))) return document;
  return withNotes(
    document,
    notes.filter((note) => !gone.has(note.id)),
  );
}
