/** Builds the dashboard into web/dist, which `parley serve` serves at /. Run from the project root: `vite build web`. */
import { defineConfig } from "vite";

export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // the CSP allows no inline script: keep every script an external file
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
