import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two front ends from one build: the worker app (/) and the staff console (/console/).
const web = (p: string) => fileURLToPath(new URL(`./src/web/${p}`, import.meta.url));

export default defineConfig({
  root: web(''),
  publicDir: web('public'),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    assetsDir: 'assets',
    rolldownOptions: {
      input: { worker: web('index.html'), console: web('console/index.html') },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' },
  },
});
