import {
  type PipelineVersionSummary,
  flattenDocument,
  serializePipeline,
} from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { pipelineQueries } from '../api/pipelines.queries';
import { useDesignerUiApi } from '../designer/designer-ui-store';
import { formatTime, replaceDocument } from '../designer/load-document';
import { useDocumentStore, useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { Dialog } from '../ui/Dialog';
import './versions.css';

/**
 * The saved versions, newest first, with a read-only preview of one. Restoring puts that
 * version's document in the designer as an undoable, unsaved edit; saving then makes it the
 * newest version, so history is never rewritten.
 */
export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const pipelineName = useDocumentStore((state) => state.pipelineName) ?? '';
  const baseVersion = useDocumentStore((state) => state.baseVersion);
  const versions = useQuery({ ...pipelineQueries.versions(pipelineName), staleTime: 0 });
  const [picked, setPicked] = useState<number | null>(null);
  const selected = picked ?? versions.data?.items[0]?.Version ?? null;

  return (
    <Dialog title={`Versions of “${pipelineName}”`} onClose={onClose} wide>
      <div className="versions">
        <div className="versions__list-pane">
          {versions.isPending && <p className="field__help">Loading versions…</p>}
          {versions.isError && (
            <p className="callout callout--error">
              Could not list versions: {versions.error.message}
            </p>
          )}
          {versions.data && (
            <ol className="versions__list" aria-label="Saved versions">
              {versions.data.items.map((version) => (
                <VersionRow
                  key={version.Version}
                  version={version}
                  current={version.Version === baseVersion}
                  selected={version.Version === selected}
                  onSelect={() => setPicked(version.Version)}
                />
              ))}
            </ol>
          )}
        </div>
        {selected !== null && (
          <VersionPreview pipelineName={pipelineName} version={selected} onRestored={onClose} />
        )}
      </div>
    </Dialog>
  );
}

function VersionRow({
  version,
  current,
  selected,
  onSelect,
}: {
  version: PipelineVersionSummary;
  current: boolean;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <li>
      <button
        type="button"
        className="versions__row"
        aria-current={selected ? 'true' : undefined}
        onClick={onSelect}
      >
        <span className="versions__number">
          Version {version.Version}
          {current && <span className="versions__badge">open</span>}
        </span>
        <span className="versions__message">{version.Message ?? 'No message'}</span>
        <time className="versions__time" dateTime={version.CreationTime}>
          {formatTime(version.CreationTime)}
        </time>
      </button>
    </li>
  );
}

function VersionPreview({
  pipelineName,
  version,
  onRestored,
}: {
  pipelineName: string;
  version: number;
  onRestored: () => void;
}) {
  const store = useDocumentStoreApi();
  const ui = useDesignerUiApi();
  const detail = useQuery(pipelineQueries.detail(pipelineName, version));
  const restore = () => {
    if (!detail.data) return;
    replaceDocument(store, detail.data.Definition);
    ui.getState().notify({
      id: 'restored-version',
      tone: 'info',
      text: `Restored version ${version} as the current document. Save to keep it as the newest version, or Undo to go back.`,
    });
    onRestored();
  };
  return (
    <section className="versions__preview" aria-label={`Version ${version} (read-only preview)`}>
      <header className="versions__preview-header">
        <h3>Version {version}</h3>
        <button
          type="button"
          className="button button--primary"
          disabled={!detail.data}
          onClick={restore}
        >
          Restore this version
        </button>
      </header>
      {detail.isPending && <p className="field__help">Loading version {version}…</p>}
      {detail.isError && <p className="callout callout--error">{detail.error.message}</p>}
      {detail.data && (
        <>
          <p className="field__help">
            {flattenDocument(detail.data.Definition).length} steps,{' '}
            {detail.data.Definition.Parameters?.length ?? 0} parameters. Read-only.
          </p>
          <pre className="versions__json" tabIndex={0} aria-label="Definition (read-only)">
            {serializePipeline(detail.data.Definition)}
          </pre>
        </>
      )}
    </section>
  );
}
