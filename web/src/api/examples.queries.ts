import type { Example, ExampleList } from '@pipewright/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client';

/** The shipped examples (house style §11: one `queryOptions` per resource). */
export const exampleQueries = {
  all: () => ['examples'] as const,
  list: () =>
    queryOptions({
      queryKey: [...exampleQueries.all(), 'list'],
      queryFn: () => api<ExampleList>('GET', '/examples'),
      // The examples are files in the repository: they do not change while the app is open.
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...exampleQueries.all(), 'detail', id],
      queryFn: () => api<Example>('GET', `/examples/${encodeURIComponent(id)}`),
      staleTime: Infinity,
    }),
};
