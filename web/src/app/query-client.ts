import { QueryClient } from '@tanstack/react-query';
import { pipelineQueries } from '../api/pipelines.queries';

/** The one query client of the app: server data stays fresh for five seconds. */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 1 } } });
}

/** Longest the first render waits for the opening page's data: a slow server gets a page. */
const FIRST_RENDER_WAIT_MS = 300;

/**
 * Asks for what the opening page will show before React renders anything, and settles when it
 * is there (or after a short wait). The designer at `/pipelines/:name` then renders once with
 * the pipeline in it: asking only after a first render would put a script evaluation, an empty
 * designer's render and layout in front of the request, and render and lay out twice.
 */
export function prefetchForAddress(client: QueryClient, pathname: string): Promise<void> {
  const designer = /^\/pipelines\/([^/]+)\/?$/.exec(pathname);
  if (designer === null) return Promise.resolve();
  let name: string;
  try {
    name = decodeURIComponent(designer[1]!);
  } catch {
    return Promise.resolve(); // a malformed address: the page itself says so
  }
  return Promise.race([
    client.prefetchQuery(pipelineQueries.detail(name)),
    new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
  ]);
}
