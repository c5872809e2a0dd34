/**
 * The service worker, compiled and written to /sw.js at the end of the build by
 * src/integrations/service-worker.ts, which fills in the build's version and the
 * list of core URLs.
 *
 * - Install caches the neutral core (src/lib/offline-core.ts) in one cache named
 *   after this build; addAll fails whole, so a deploy is never half cached.
 * - Activate deletes older core caches: old and new assets never mix.
 * - Fetch: hashed assets come from the cache first; pages go to the network first
 *   and fall back to the core or to pages the reader saved, then to the offline page.
 *   Nothing is cached on the way: only install (the core) and the reader's own
 *   "save for offline" write to a cache, and both reject error responses.
 */
import { coreCachePrefix, savedCacheName, workerMessages } from './cache-names';

declare const __BUILD_VERSION__: string;
declare const __CORE_URLS__: string[];
/** Locale prefix ("" or "/en") → that locale's offline page. */
declare const __OFFLINE_PAGES__: Record<string, string>;

// The DOM library is in scope for the project; these are the few worker types used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;
const coreCache = `${coreCachePrefix}${__BUILD_VERSION__}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(coreCache)
      .then((cache) => cache.addAll(__CORE_URLS__))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(coreCachePrefix) && name !== coreCache)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data === workerMessages.forgetSaved) event.waitUntil(caches.delete(savedCacheName));
  if (event.data === workerMessages.forgetAll)
    event.waitUntil(caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name)))));
});

/** A copy from this build's core or from the reader's saved pages; never from an old build. */
async function fromCaches(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return (
    (await (await caches.open(coreCache)).match(url.href)) ??
    (await (await caches.open(savedCacheName)).match(url.href))
  );
}

function offlinePage(url: URL): Promise<Response | undefined> {
  const prefix = url.pathname === '/en/' || url.pathname.startsWith('/en/') ? '/en' : '';
  return caches.open(coreCache).then((cache) => cache.match(__OFFLINE_PAGES__[prefix] ?? __OFFLINE_PAGES__['']!));
}

async function respond(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const immutable = url.pathname.startsWith('/_astro/');
  if (immutable) {
    const cached = await fromCaches(request);
    if (cached) return cached;
  }
  try {
    return await fetch(request);
  } catch (error) {
    const cached = immutable ? undefined : await fromCaches(request);
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const offline = await offlinePage(url);
      if (offline) return offline;
    }
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only this site's own GET requests; everything else goes past the worker untouched.
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  event.respondWith(respond(request));
});
