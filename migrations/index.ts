import { Init1795687631166 } from "./1795687631166-Init";

// Written by `npm run migration:generate`; lists every migration in the order it runs.
export const migrations = [Init1795687631166];
