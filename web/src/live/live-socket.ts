/** What the client needs of a socket: the browser's WebSocket, or a fake in tests. */
export interface LiveSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** Callbacks a socket reports to; the factory wires them before the socket can fire. */
export interface LiveSocketHandlers {
  onOpen(): void;
  onMessage(data: unknown): void;
  onClose(code: number): void;
}

/** Opens a socket to `url`. */
export type LiveSocketFactory = (url: string, handlers: LiveSocketHandlers) => LiveSocket;

/** Opens a real browser WebSocket; the token cookie travels with the upgrade request. */
export const openBrowserSocket: LiveSocketFactory = (url, handlers) => {
  const socket = new WebSocket(url);
  socket.addEventListener('open', () => handlers.onOpen());
  socket.addEventListener('message', (event) => handlers.onMessage(event.data));
  socket.addEventListener('close', (event) => handlers.onClose(event.code));
  return socket;
};

/** The address of the live socket on the server that served this page. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>, path: string): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}
