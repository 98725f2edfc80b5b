import { type PipelineDocument, type Diagnostic, validatePipeline } from '@pipewright/shared';
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';

/** What is selected on the canvas and, optionally, which field of it (a JSON pointer). */
export interface Selection {
  steps: string[];
  notes: string[];
  /** A JSON pointer into the document, set when a problem or reference was clicked. */
  field?: string;
}

export interface DocumentState {
  document: PipelineDocument;
  /** The pipeline this document was opened from, or null for a new one. */
  pipelineName: string | null;
  /** The server version it was loaded from or last saved as: the base of the next save. */
  baseVersion: number | null;
  /** True when there are edits since the last load or save. */
  dirty: boolean;
  selection: Selection;
  /** Replaces the document (opening a pipeline, importing): forgets the undo history. */
  load(
    document: PipelineDocument,
    origin?: { pipelineName: string | null; version: number | null },
  ): void;
  /** Applies one edit; every change to the document goes through here, so undo sees all of them. */
  apply(edit: (document: PipelineDocument) => PipelineDocument): void;
  select(selection: Partial<Selection>): void;
  markSaved(pipelineName: string, version: number): void;
}

/** An empty, valid pipeline. */
export function emptyDocument(): PipelineDocument {
  return {
    Version: '2020-12-01',
    Metadata: {},
    Parameters: [],
    PipelineExperimentConfig: {
      ExperimentName: { Get: 'Execution.PipelineName' },
      TrialName: { Get: 'Execution.PipelineExecutionId' },
    },
    Steps: [],
    'x-pipewright': { formatVersion: 1, positions: {} },
  } as PipelineDocument;
}

/**
 * The edited document, in one store: a factory so every test starts fresh. Actions are verbs with
 * no side effects (autosave and validation of the server copy are subscribers elsewhere). Undo and
 * redo cover the document only (zundo's temporal middleware), not selection or save state.
 */
export function createDocumentStore(initial: PipelineDocument = emptyDocument()) {
  const store = createStore<DocumentState>()(
    temporal(
      (set) => ({
        document: initial,
        pipelineName: null,
        baseVersion: null,
        dirty: false,
        selection: { steps: [], notes: [] },
        load: (document, origin) =>
          set({
            document,
            pipelineName: origin?.pipelineName ?? null,
            baseVersion: origin?.version ?? null,
            dirty: false,
            selection: { steps: [], notes: [] },
          }),
        apply: (edit) =>
          set((state) => {
            const document = edit(state.document);
            if (document === state.document) return state;
            return { document, dirty: true };
          }),
        select: (selection) =>
          set((state) => ({ selection: { ...state.selection, field: undefined, ...selection } })),
        markSaved: (pipelineName, version) =>
          set({ pipelineName, baseVersion: version, dirty: false }),
      }),
      {
        // Only the document is history; diagnostics are derived from it (diagnosticsOf).
        partialize: (state) => ({ document: state.document }),
        equality: (a, b) => a.document === b.document,
        limit: 200,
      },
    ),
  );
  // Opening or importing a document starts a new history: undo must not go back into the
  // previous pipeline. The temporal store exists only once the store does, so wrap here.
  const load = store.getState().load;
  store.setState({
    load: (document, origin) => {
      load(document, origin);
      store.temporal.getState().clear();
    },
  });
  return store;
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;

const diagnosticsCache = new WeakMap<PipelineDocument, Diagnostic[]>();
const EXTENSION = 'x-pipewright';
let lastValidated: { document: PipelineDocument; diagnostics: Diagnostic[] } | undefined;

const validPosition = (point: unknown) => {
  const { x, y } = (point ?? {}) as { x?: unknown; y?: unknown };
  return typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y);
};

/**
 * True when `next` is `previous` with only canvas positions changed (a drag or a Tidy), and
 * those are plain numbers: the rules check positions only for their shape, and on their own,
 * so the diagnostics cannot have changed. Edits keep every untouched part's identity, which
 * makes this a few reference comparisons (and a look at each moved position).
 */
function onlyPositionsChanged(previous: PipelineDocument, next: PipelineDocument): boolean {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length) return false;
  if (keys.some((key) => key !== EXTENSION && after[key] !== before[key])) return false;
  const extensionBefore = (before[EXTENSION] ?? {}) as Record<string, unknown>;
  const extensionAfter = (after[EXTENSION] ?? {}) as Record<string, unknown>;
  const extensionKeys = Object.keys(extensionAfter);
  if (extensionKeys.length !== Object.keys(extensionBefore).length) return false;
  if (
    extensionKeys.some((key) => key !== 'positions' && extensionAfter[key] !== extensionBefore[key])
  ) {
    return false;
  }
  const positions = extensionAfter.positions;
  if (positions === null || typeof positions !== 'object' || Array.isArray(positions)) return false;
  return Object.values(positions).every(validPosition);
}

/**
 * The shared validator's diagnostics for a document, computed once per document value: edits
 * make a new document, so this runs once per edit however many components read it. A move on
 * the canvas (only positions changed) keeps the diagnostics it had: validating a 1,000-step
 * pipeline again after every drag or Tidy would be a long task for nothing.
 */
export function diagnosticsOf(document: PipelineDocument): Diagnostic[] {
  let diagnostics = diagnosticsCache.get(document);
  if (!diagnostics) {
    const previous = lastValidated;
    const positionProblem = (diagnostic: Diagnostic) =>
      diagnostic.pointer.startsWith(`/${EXTENSION}`);
    diagnostics =
      previous &&
      !previous.diagnostics.some(positionProblem) &&
      onlyPositionsChanged(previous.document, document)
        ? previous.diagnostics
        : validatePipeline(document);
    diagnosticsCache.set(document, diagnostics);
  }
  lastValidated = { document, diagnostics };
  return diagnostics;
}
