import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    host: '127.0.0.1',
    // changeOrigin: the server only answers requests addressed to its own host and port.
    proxy: { '/api': { target: 'http://127.0.0.1:4310', changeOrigin: true } },
  },
});
