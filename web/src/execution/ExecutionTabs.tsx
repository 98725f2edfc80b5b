import { Link } from 'wouter';

export type ExecutionTab = 'graph' | 'timeline';

/** Graph and Timeline as links, each with its own address, marked as tabs for assistive tech. */
export function ExecutionTabs({
  executionId,
  current,
}: {
  executionId: string;
  current: ExecutionTab;
}) {
  const tabs: { id: ExecutionTab; label: string }[] = [
    { id: 'graph', label: 'Graph' },
    { id: 'timeline', label: 'Timeline' },
  ];
  return (
    <nav className="pw-run-tabs" aria-label="Execution views">
      <div role="tablist">
        {tabs.map((tab) => (
          <Link
            key={tab.id}
            href={`/executions/${encodeURIComponent(executionId)}/${tab.id}`}
            role="tab"
            aria-selected={tab.id === current}
            aria-controls="pw-run-panel"
            className="pw-run-tabs__tab"
          >
            {tab.label}
          </Link>
        ))}
      </div>
    </nav>
  );
}
