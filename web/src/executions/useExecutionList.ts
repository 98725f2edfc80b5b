import { type ExecutionStatus, executionStatuses } from '@pipewright/shared';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'wouter';
import { executionQueries } from '../api/executions.queries';
import { useLiveExecutionSummaries } from '../live';
import { executionDuration } from './duration';
import { type ExecutionFilter, mergeLiveSummaries } from './merge-live';

/** How the list is sorted: by start on the server, or by duration within the page shown. */
export const executionSorts = ['newest', 'oldest', 'longest'] as const;
export type ExecutionSort = (typeof executionSorts)[number];

export const PAGE_SIZE = 25;

/**
 * The executions list's state: filters, search and sort in the address (so Back and a shared
 * link keep them), the page in memory; the fetched page with live summaries laid over it.
 */
export function useExecutionList(pipelineName: string | undefined) {
  const [params, setParams] = useSearchParams();
  const status = executionStatuses.find((known) => known === params.get('status'));
  const search = params.get('q') ?? '';
  const sort = executionSorts.find((known) => known === params.get('sort')) ?? 'newest';
  const order = sort === 'oldest' ? 'oldest' : 'newest';

  // The tokens of the pages before this one; they reset whenever the filters change.
  const filterKey = JSON.stringify([pipelineName, status, search, order]);
  const [pages, setPages] = useState<{ key: string; tokens: string[] }>({
    key: filterKey,
    tokens: [],
  });
  const tokens = pages.key === filterKey ? pages.tokens : [];
  const pageToken = tokens.at(-1);

  const filter = useMemo<ExecutionFilter>(
    () => ({
      ...(pipelineName !== undefined && { pipelineName }),
      ...(status && { status }),
      ...(search && { search }),
    }),
    [pipelineName, status, search],
  );
  const list = useQuery({
    ...executionQueries.list({
      ...filter,
      order,
      limit: PAGE_SIZE,
      ...(pageToken && { pageToken }),
    }),
    placeholderData: keepPreviousData,
  });

  const live = useLiveExecutionSummaries();
  useRefetchOnSnapshot(live.version);

  const fetched = list.data?.items;
  const nextPageToken = list.data?.nextPageToken;
  const rows = useMemo(() => {
    const merged = mergeLiveSummaries(fetched ?? [], live.summaries, filter, {
      order,
      isFirstPage: tokens.length === 0,
      hasNextPage: nextPageToken !== undefined,
    });
    if (sort !== 'longest') return merged;
    const now = Date.now();
    return merged.sort((a, b) => executionDuration(b, now) - executionDuration(a, now));
  }, [fetched, live.summaries, filter, order, sort, tokens.length, nextPageToken]);

  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return {
    list,
    rows,
    filter,
    status,
    search,
    sort,
    pageNumber: tokens.length + 1,
    setStatus: (value: ExecutionStatus | undefined) => setParam('status', value),
    setSearch: (value: string) => setParam('q', value.trim() || undefined),
    setSort: (value: ExecutionSort) => setParam('sort', value === 'newest' ? undefined : value),
    clearFilters: () => setParams(new URLSearchParams(), { replace: true }),
    nextPage: nextPageToken
      ? () => setPages({ key: filterKey, tokens: [...tokens, nextPageToken] })
      : undefined,
    previousPage:
      tokens.length > 0
        ? () => setPages({ key: filterKey, tokens: tokens.slice(0, -1) })
        : undefined,
  };
}

/** After the live client got a snapshot instead of events, lists fetch again. */
function useRefetchOnSnapshot(version: number) {
  const queryClient = useQueryClient();
  const seen = useRef(version);
  useEffect(() => {
    if (version === seen.current) return;
    seen.current = version;
    void queryClient.invalidateQueries({ queryKey: [...executionQueries.all(), 'list'] });
  }, [version, queryClient]);
}
