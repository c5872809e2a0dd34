import { z } from 'astro/zod';

/** A site path: starts and ends with a slash, as every page URL does (trailingSlash: 'always'). */
const sitePath = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*$/, 'a site path such as /huong-dan/ten-cu/ (lower case, ends with /)');

/** One moved page: a URL promised to partners that now lives elsewhere. */
export const redirectSchema = z.strictObject({
  /** The old path, which keeps working. */
  from: sitePath,
  /** Where it moved to: a path that exists in the build. */
  to: sitePath,
  /** HTTP status: 301 for a permanent move (default), 302 for a temporary one. */
  status: z.union([z.literal(301), z.literal(302)]).default(301),
});
export type Redirect = z.infer<typeof redirectSchema>;
