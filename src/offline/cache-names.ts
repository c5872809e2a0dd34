/**
 * Cache names shared by the service worker and the page-side controls (save for
 * offline, clear saved data, exit this page), so each deletes exactly what the
 * other writes.
 */

/** Prefix of the neutral core's cache; the full name carries the build's version. */
export const coreCachePrefix = 'an-toan-so-core-';

/** Pages the reader chose to save for offline reading. */
export const savedCacheName = 'an-toan-so-saved';

/** Messages a page sends to the service worker. */
export const workerMessages = {
  /** Exit this page: forget every page saved for offline. */
  forgetSaved: 'an-toan-so:forget-saved',
  /** The privacy page's "clear saved data": forget everything. */
  forgetAll: 'an-toan-so:forget-all',
} as const;
