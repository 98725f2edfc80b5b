import { useQuery } from '@tanstack/react-query';
import { pipelineQueries } from '../api/pipelines.queries';
import { PipelinesPage } from '../pipelines/PipelinesPage';
import { WelcomePage } from './WelcomePage';

/** `/`: the welcome view while there is no pipeline yet, the pipelines list after that. */
export function HomePage() {
  const list = useQuery(pipelineQueries.list());
  if (list.data && list.data.items.length === 0) return <WelcomePage />;
  return <PipelinesPage />;
}
