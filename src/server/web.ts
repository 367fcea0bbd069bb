import path from "node:path";
import express, { type Router } from "express";
import { PROJECT_ROOT } from "../paths";

/** What `npm run build` bundles for browsers (src/web, by Vite). */
export const WEB_DIR = path.join(PROJECT_ROOT, "dist/web");

/**
 * The bundles at /assets. Their names do not change between builds, so browsers revalidate
 * them (ETag) rather than keep a stale copy.
 */
export function assetsRouter(): Router {
  const router = express.Router();
  router.use(
    express.static(path.join(WEB_DIR, "assets"), {
      fallthrough: false,
      index: false,
      setHeaders: (res) => {
        res.setHeader("cache-control", "no-cache");
        res.setHeader("x-content-type-options", "nosniff");
      },
    }),
  );
  return router;
}
