import { hasErrors } from '@pipewright/shared';
import { useReactFlow } from '@xyflow/react';
import { useDesignerUiApi } from '../designer/designer-ui-store';
import { useDiagnostics, useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { MenuButton } from '../ui/MenuButton';
import { downloadText, downloadUrl } from './download';
import { type ImageExport, renderGraphImage } from './export-image';
import { type DocumentExport, exportBaseName, exportDocument } from './export-pipeline';

/**
 * Export as Pipewright JSON (re-imports exactly), as the SageMaker definition, or as a picture of
 * the graph. The SageMaker definition waits until there are no errors: SageMaker would refuse it.
 */
export function ExportMenu() {
  const store = useDocumentStoreApi();
  const ui = useDesignerUiApi();
  const flow = useReactFlow();
  const diagnostics = useDiagnostics();
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;

  const name = () => store.getState().pipelineName ?? ui.getState().proposedName;
  const exportJson = (kind: DocumentExport) => {
    const file = exportDocument(store.getState().document, kind, name());
    downloadText(file.text, file.fileName, file.mimeType);
  };
  const exportImage = async (kind: ImageExport) => {
    try {
      const url = await renderGraphImage(document, flow.getNodes(), kind);
      downloadUrl(url, `${exportBaseName(name())}.${kind}`);
    } catch (error) {
      ui.getState().notify({
        id: 'export',
        tone: 'error',
        text: `Could not draw the picture: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  return (
    <MenuButton
      label="Export"
      items={[
        {
          label: 'Pipewright JSON',
          description: 'Everything, with positions, notes and scripts',
          onSelect: () => exportJson('native'),
        },
        {
          label: 'SageMaker definition',
          description: hasErrors(diagnostics)
            ? `Fix the ${errorCount} error${errorCount === 1 ? '' : 's'} first`
            : 'The pure pipeline definition JSON',
          disabled: hasErrors(diagnostics),
          onSelect: () => exportJson('sagemaker'),
        },
        {
          label: 'Picture (SVG)',
          description: 'The whole graph, as a vector image',
          onSelect: () => void exportImage('svg'),
        },
        {
          label: 'Picture (PNG)',
          description: 'The whole graph, at twice the screen resolution',
          onSelect: () => void exportImage('png'),
        },
      ]}
    />
  );
}
