// PLACEHOLDER: the execution-page helper replaces this file.
/** `view` is the tab (graph or timeline); `stepName` and `stepTab` open the step drawer. */
export function ExecutionPage(props: {
  executionId: string;
  view?: string;
  stepName?: string;
  stepTab?: string;
}) {
  return <main className="page">Execution {props.executionId}</main>;
}
