import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react-swc';

const shared = fileURLToPath(new URL('../plugins/claim-review/shared', import.meta.url));
const cms = 'http://127.0.0.1:1337';

export default defineConfig({
  // Strapi serves the built portal under /portal/ on the same origin as the API.
  base: '/portal/',
  plugins: [react()],
  resolve: {
    alias: { '@shared': shared },
    // The cms workspace keeps its own React; the portal must bundle exactly one.
    dedupe: ['react', 'react-dom', 'zod'],
  },
  server: {
    proxy: { '/api': cms, '/uploads': cms },
    // The shared domain core lives outside the portal folder.
    fs: { allow: ['..'] },
  },
  build: {
    // Workshop PCs run older Chromium-based browsers (360, QQ, Sogou); es2020 is as low
    // as the shared core allows (its money math uses BigInt literals).
    target: 'es2020',
    manifest: true,
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships /*@__PURE__*/ comments in places Rollup cannot use; harmless noise.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
});
