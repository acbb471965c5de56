import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The builder is served by the rule service at `/`; `npm start` builds it into builder/dist.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/v1': 'http://localhost:8080' } },
});
