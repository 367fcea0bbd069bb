import { Init1795688428865 } from "./1795688428865-Init";

// Written by `npm run migration:generate`; lists every migration in the order it runs.
export const migrations = [Init1795688428865];
