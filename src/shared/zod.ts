/**
 * zod, as the exports this project uses: import it as `import * as z from
 * '../shared/zod.js'`, never `import { z } from 'zod'`. zod's `z` is one object holding
 * every export (its 64 locales among them), so one such import anywhere kept all 755 KB of
 * zod in the CLI's bundle, in the chunk `kb serve` compiles and runs before it is ready;
 * through named exports esbuild keeps what is used (about 190 KB).
 */
export { array, boolean, coerce, discriminatedUnion, enum, literal, looseObject, NEVER, number, object, preprocess, strictObject, string, union, ZodError, ZodType } from 'zod';
export type { infer, output } from 'zod';
