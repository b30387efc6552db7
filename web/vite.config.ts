/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// `npm run dev` serves the app with hot reload on :5173 and hands the API to a running
// `java -jar bootstrap/target/assistant.jar dev` (API_TARGET moves it).
const api = process.env.API_TARGET ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    // The service worker (docs/web/offline.md): the app shell precached (index.html, the hashed
    // assets, the icons and the manifest), every navigation answered with index.html so a deep link
    // opens offline, and nothing of the API ever cached: /api/ and /.well-known/ are neither
    // precached nor routed, and no runtime caching exists. 'prompt': a new worker waits until the
    // person chooses to reload (src/offline/UpdateBanner.tsx); src/main.tsx registers it.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      filename: 'sw.js',
      manifest: false, // public/manifest.webmanifest is the manifest, linked by index.html
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/\.well-known\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/.well-known': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
