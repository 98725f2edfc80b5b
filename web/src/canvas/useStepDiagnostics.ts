import { useShallow } from 'zustand/react/shallow';
import { diagnosticsOf } from '../stores/document-store';
import { useDocumentStore } from '../stores/DocumentStoreProvider';
import { type DiagnosticCounts, diagnosticCountsFor } from './step-diagnostics';

/**
 * One step's error and warning counts. The selector answers two numbers, so a node re-renders
 * only when its own counts change, not on every edit of the document.
 */
export function useStepDiagnostics(stepName: string): DiagnosticCounts {
  return useDocumentStore(
    useShallow((state) => diagnosticCountsFor(diagnosticsOf(state.document), stepName)),
  );
}
