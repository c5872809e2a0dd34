import path from 'node:path';

/**
 * Where authored content lives. Tests point ANTOANSO_CONTENT at a fixture tree
 * to prove that bad content fails the build with a clear message.
 */
export const contentRoot = path.resolve(process.env.ANTOANSO_CONTENT ?? 'content');
