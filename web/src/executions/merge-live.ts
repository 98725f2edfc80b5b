import type { ExecutionListOrder, ExecutionStatus, ExecutionSummary } from '@pipewright/shared';

/** The filters a list was fetched with; live executions are held to the same ones. */
export interface ExecutionFilter {
  pipelineName?: string;
  status?: ExecutionStatus;
  search?: string;
}

/** Where the fetched page sits in the listing. */
export interface PagePlace {
  order: ExecutionListOrder;
  isFirstPage: boolean;
  hasNextPage: boolean;
}

/** Whether an execution passes the list's filters, as the server's `search` reads them. */
export function matchesFilter(summary: ExecutionSummary, filter: ExecutionFilter): boolean {
  if (filter.pipelineName !== undefined && summary.PipelineName !== filter.pipelineName) {
    return false;
  }
  if (filter.status !== undefined && summary.PipelineExecutionStatus !== filter.status) {
    return false;
  }
  const search = filter.search?.trim().toLowerCase();
  if (!search) return true;
  return [summary.PipelineExecutionDisplayName, summary.PipelineExecutionId, summary.PipelineName]
    .map((text) => text.toLowerCase())
    .some((text) => text.includes(search));
}

const created = (summary: ExecutionSummary) => Date.parse(summary.CreationTime);
const modified = (summary: ExecutionSummary) => Date.parse(summary.LastModifiedTime);

/**
 * Lays live summaries over a fetched page. Rows on the page take the live summary when it is at
 * least as new, in place; a row whose new status no longer passes the status filter stays, so
 * nothing vanishes under the pointer. Executions not on the page join it when they pass the
 * filters and belong on this page: the newest page for newer ones (or the last page when oldest
 * first), between the page's ends for older ones. The result keeps the list's order.
 */
export function mergeLiveSummaries(
  page: readonly ExecutionSummary[],
  live: ReadonlyMap<string, ExecutionSummary>,
  filter: ExecutionFilter,
  place: PagePlace,
): ExecutionSummary[] {
  if (live.size === 0) return [...page];
  const onPage = new Set(page.map((summary) => summary.PipelineExecutionId));
  const rows = page.map((summary) => {
    const fresh = live.get(summary.PipelineExecutionId);
    return fresh && modified(fresh) >= modified(summary) ? fresh : summary;
  });
  const belongs = pageRange(page, place);
  const joining = [...live.values()].filter(
    (summary) =>
      !onPage.has(summary.PipelineExecutionId) &&
      matchesFilter(summary, filter) &&
      belongs(created(summary)),
  );
  if (joining.length === 0) return rows;
  const sign = place.order === 'newest' ? -1 : 1;
  // A stable sort: rows the server ordered keep that order among equal times.
  return [...rows, ...joining].sort((a, b) => sign * (created(a) - created(b)));
}

/**
 * Which creation times belong on this page of the listing. The ends are open: a time equal to
 * the page's end may belong to the next page, and a row must not show on two pages.
 */
function pageRange(page: readonly ExecutionSummary[], place: PagePlace): (time: number) => boolean {
  const times = page.map(created);
  const newest = times.length > 0 ? Math.max(...times) : -Infinity;
  const oldest = times.length > 0 ? Math.min(...times) : Infinity;
  if (place.order === 'newest') {
    const upper = place.isFirstPage ? Infinity : newest;
    const lower = place.hasNextPage ? oldest : -Infinity;
    return (time) => time < upper && time > lower;
  }
  const lower = place.isFirstPage ? -Infinity : oldest;
  const upper = place.hasNextPage ? newest : Infinity;
  return (time) => time >= lower && time <= upper;
}
