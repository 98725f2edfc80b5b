import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The Pipewright server `pnpm serve` starts. */
const SERVER = 'http://127.0.0.1:4310';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    host: '127.0.0.1',
    // changeOrigin: the server only answers requests addressed to its own host and port.
    proxy: {
      '/api': {
        target: SERVER,
        changeOrigin: true,
        // The server refuses changes whose Origin is not its own. A page of this dev server is
        // ours, so its Origin is passed on as the server's; any other Origin stays foreign.
        configure: (proxy) => {
          proxy.on('proxyReq', (proxyRequest, request) => {
            if (request.headers.origin === `http://${request.headers.host}`) {
              proxyRequest.setHeader('origin', SERVER);
            }
          });
        },
      },
    },
  },
});
