import { ReactFlowProvider } from '@xyflow/react';
import { Palette } from '../canvas/Palette';
import { PipelineCanvas } from '../canvas/PipelineCanvas';
import { Inspector } from '../inspector/Inspector';
import { DocumentStoreProvider } from '../stores/DocumentStoreProvider';
import { BottomPanel } from './BottomPanel';
import { DesignerToolbar } from './DesignerToolbar';
import { useOpenPipeline } from './useOpenPipeline';
import './designer.css';

/**
 * The designer: toolbar on top, the step palette on the left, the canvas in the middle, the
 * inspector on the right, problems and the JSON view below. Each open pipeline gets its own
 * document store (keyed by name, so switching pipelines starts fresh).
 */
export function DesignerPage({ pipelineName }: { pipelineName: string | null }) {
  return (
    <DocumentStoreProvider key={pipelineName ?? '(new)'}>
      <ReactFlowProvider>
        <DesignerLayout pipelineName={pipelineName} />
      </ReactFlowProvider>
    </DocumentStoreProvider>
  );
}

function DesignerLayout({ pipelineName }: { pipelineName: string | null }) {
  const status = useOpenPipeline(pipelineName);
  return (
    <main className="designer" aria-label="Pipeline designer">
      <DesignerToolbar />
      <div className="designer__body">
        {/* Over the canvas, not a row of its own: a row that comes and goes would resize the
            canvas, and React Flow re-measures a resized canvas with every node in it. */}
        <div className="designer__messages">
          {status.kind === 'loading' && (
            <p className="designer__loading">Opening {pipelineName}…</p>
          )}
          {status.kind === 'error' && (
            <p role="alert" className="designer__error">
              {status.message}
            </p>
          )}
        </div>
        <Palette />
        <PipelineCanvas />
        <Inspector />
      </div>
      <BottomPanel />
    </main>
  );
}
