import type { ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * Below this zoom a step's words are too small to read, so it is drawn as a plain box with its
 * name: a thousand-step pipeline zoomed out costs the browser far less to draw and hit-test.
 */
const DETAIL_ZOOM = 0.4;

/** Whether steps are drawn in detail at the canvas's zoom (a React Flow store selector). */
export const showsDetail = (state: ReactFlowState) => state.transform[2] >= DETAIL_ZOOM;

/**
 * The canvas reads the zoom once and hands the answer down: a selector in every step node would
 * run a thousand times on every frame of a drag or a zoom, to change only when the zoom crosses
 * the line.
 */
export const DetailLevel = createContext(true);

export const useShowsDetail = () => useContext(DetailLevel);
