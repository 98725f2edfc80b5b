import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The Pipewright server `pnpm serve` starts. */
const SERVER = 'http://127.0.0.1:4310';

export default defineConfig({
  plugins: [react()],
  // Monaco and its language workers are large by nature and load with the editor, not the page.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  server: {
    host: '127.0.0.1',
    // changeOrigin: the server only answers requests addressed to its own host and port.
    proxy: {
      '/api': {
        target: SERVER,
        changeOrigin: true,
        // The live socket (/api/live) goes through the same proxy and the same Origin rule.
        ws: true,
        // The server refuses changes whose Origin is not its own. A page of this dev server is
        // ours, so its Origin is passed on as the server's; any other Origin stays foreign.
        configure: (proxy) => {
          const passOrigin = (
            proxyRequest: { setHeader(name: string, value: string): void },
            request: { headers: Record<string, string | string[] | undefined> },
          ) => {
            if (request.headers.origin === `http://${request.headers.host}`) {
              proxyRequest.setHeader('origin', SERVER);
            }
          };
          proxy.on('proxyReq', passOrigin);
          proxy.on('proxyReqWs', passOrigin);
        },
      },
    },
  },
});
