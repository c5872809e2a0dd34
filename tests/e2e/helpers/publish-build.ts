/**
 * One publishing build per test run (`ANTOANSO_PUBLISH=1`, a real https SITE_URL),
 * made by tests/e2e/publish-build.setup.ts into its own folder, so the default
 * build in dist/ stays the local preview the other browser tests use.
 */
import path from 'node:path';

/** A reserved name (RFC 2606): never the real domain. */
export const publishSiteUrl = 'https://an-toan-so.example';

/**
 * Outside Playwright's output folder (emptied at the start of every run), so
 * `--project=published --no-deps` can rerun the server tests on the last build.
 * The setup empties it before building.
 */
export const publishBuildDir = path.resolve('node_modules/.an-toan-so/publish-build');
