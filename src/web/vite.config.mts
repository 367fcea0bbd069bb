import path from "node:path";
import { defineConfig } from "vite";

/**
 * The browser pages the server serves: the GraphiQL explorer and the live page's script. Built
 * into dist/web by `npm run build`; every asset is served from this origin, nothing from a CDN.
 */
export default defineConfig({
  root: import.meta.dirname,
  // Output names start with assets/, which the server serves at /assets.
  base: "/",
  publicDir: false,
  build: {
    outDir: path.resolve(import.meta.dirname, "../../dist/web"),
    emptyOutDir: true,
    // Inline nothing as data: URLs, so the Content-Security-Policy can allow only the origin.
    assetsInlineLimit: 0,
    // The explorer is GraphiQL with Monaco: one large bundle, loaded from this origin only.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        explorer: path.resolve(import.meta.dirname, "explorer/index.html"),
        live: path.resolve(import.meta.dirname, "live/main.ts"),
      },
      onwarn(warning, warn) {
        // React libraries mark their modules "use client", which means nothing outside a server-components framework.
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      output: {
        // Stable names: the server writes them into the pages it renders.
        entryFileNames: "assets/[name].js",
        assetFileNames: "assets/[name][extname]",
        chunkFileNames: "assets/[name]-[hash].js",
      },
    },
  },
});
