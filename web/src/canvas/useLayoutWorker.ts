import { useCallback, useEffect, useRef } from 'react';
import {
  type LayoutAnswer,
  type LayoutPositions,
  type LayoutRequest,
  warmUpRequest,
} from './layout-graph';

interface Pending {
  resolve: (positions: LayoutPositions) => void;
  reject: (error: Error) => void;
}

/**
 * Lays out a graph in a Web Worker (started on first use or by `warmUp`, stopped with the
 * canvas) and answers the positions. Each request has an id, so answers find their caller
 * whatever their order.
 */
export function useLayoutWorker() {
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  useEffect(() => {
    const waiting = pending.current;
    return () => {
      worker.current?.terminate();
      worker.current = null;
      for (const job of waiting.values()) job.reject(new Error('The canvas was closed.'));
      waiting.clear();
    };
  }, []);

  const layout = useCallback((request: LayoutRequest): Promise<LayoutPositions> => {
    if (!worker.current) {
      const started = new Worker(new URL('./layout.worker.ts', import.meta.url), {
        type: 'module',
      });
      started.onmessage = (event: MessageEvent<LayoutAnswer>) => {
        const job = pending.current.get(event.data.id);
        if (!job) return;
        pending.current.delete(event.data.id);
        if ('error' in event.data) job.reject(new Error(event.data.error));
        else job.resolve(event.data.positions);
      };
      started.onerror = (event) => {
        for (const job of pending.current.values()) {
          job.reject(new Error(event.message || 'The layout worker stopped; try again.'));
        }
        pending.current.clear();
        worker.current?.terminate();
        worker.current = null;
      };
      worker.current = started;
    }
    const id = nextId.current++;
    const running = worker.current;
    return new Promise<LayoutPositions>((resolve, reject) => {
      pending.current.set(id, { resolve, reject });
      running.postMessage({ id, request });
    });
  }, []);

  /**
   * Starts the worker and lays out a throwaway graph, so the first real layout of a large
   * pipeline finds ELK loaded and compiled: cold, it took twice as long on 1,000 steps.
   */
  const warmUp = useCallback(() => {
    if (worker.current) return;
    layout(warmUpRequest()).catch(() => undefined); // a failure shows on the real layout
  }, [layout]);

  return { layout, warmUp };
}
