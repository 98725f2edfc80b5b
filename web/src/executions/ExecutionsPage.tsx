// PLACEHOLDER: the executions helper replaces this file.
export function ExecutionsPage({ pipelineName }: { pipelineName?: string }) {
  return <main className="page">Executions {pipelineName}</main>;
}
