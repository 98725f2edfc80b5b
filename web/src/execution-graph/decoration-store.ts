import { createContext, useContext } from 'react';
import { createStore, useStore } from 'zustand';
import { type StepDecoration, sameDecoration } from './step-decoration';

/** What each node of one graph reads for itself: status never goes into `node.data`. */
export interface GraphDecorationState {
  decorations: Readonly<Record<string, StepDecoration>>;
  selectedStep: string | undefined;
  /** Set in pick mode: the steps picked so far. */
  pickedSteps: ReadonlySet<string> | undefined;
  onStepClick: ((name: string) => void) | undefined;
}

/** One store per graph, so two graphs on a page (compare) never share decorations. */
export function createDecorationStore() {
  return createStore<GraphDecorationState>(() => ({
    decorations: {},
    selectedStep: undefined,
    pickedSteps: undefined,
    onStepClick: undefined,
  }));
}
export type DecorationStore = ReturnType<typeof createDecorationStore>;

/**
 * The new decorations, keeping the previous object of every step that draws the same, so a
 * node's selector returns the same value and only steps that changed render again.
 */
export function stableDecorations(
  previous: Readonly<Record<string, StepDecoration>>,
  next: Readonly<Record<string, StepDecoration>>,
): Record<string, StepDecoration> {
  const result: Record<string, StepDecoration> = {};
  for (const [name, decoration] of Object.entries(next)) {
    const old = previous[name];
    result[name] = old && sameDecoration(old, decoration) ? old : decoration;
  }
  return result;
}

export const DecorationStoreContext = createContext<DecorationStore | null>(null);

/** Reads one slice of the enclosing graph's decoration store. */
export function useGraphDecorations<T>(selector: (state: GraphDecorationState) => T): T {
  const store = useContext(DecorationStoreContext);
  if (!store) throw new Error('A graph node rendered outside its ExecutionGraph.');
  return useStore(store, selector);
}
