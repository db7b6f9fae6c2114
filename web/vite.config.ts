import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The dashboard's build: served by the gateway at / (gateway/dashboard/), files under /assets/. */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: { target: 'es2022', assetsDir: 'assets', sourcemap: false, chunkSizeWarningLimit: 1200 },
  // During `npx vite` development against a running hub.
  server: { proxy: { '/graphql': 'http://localhost:4000', '/dev': 'http://localhost:4000' } },
});
