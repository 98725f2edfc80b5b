import { useQuery } from '@tanstack/react-query';
import { pipelineQueries } from '../api/pipelines.queries';
import { PipelinesPage } from '../pipelines/PipelinesPage';
import { WelcomePage } from './WelcomePage';

/**
 * `/`: the welcome view while there is no pipeline yet, the pipelines list after that. Nothing
 * is shown until the list has loaded, so one page never replaces the other under the cursor
 * (a dialog opened on the first would vanish with it).
 */
export function HomePage() {
  const list = useQuery(pipelineQueries.list());
  if (list.isPending) {
    return (
      <main className="app-main">
        <p role="status">Loading…</p>
      </main>
    );
  }
  if (list.data && list.data.items.length === 0) return <WelcomePage />;
  return <PipelinesPage />;
}
