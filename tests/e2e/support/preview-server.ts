/**
 * A static server of the built site that a test can stop, to go offline for real:
 * Playwright's offline mode does not reach a service worker's own fetches. (A second
 * `astro preview` cannot run beside the one Playwright starts: Astro allows one per project.)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

const defaultRoot = path.resolve('dist');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
};

function fileFor(dist: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!);
  const file = path.join(dist, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves dist/, or another build folder (the fixture province's). */
export async function startPreview(root = defaultRoot): Promise<PreviewServer> {
  const dist = path.resolve(root);
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const file = fileFor(dist, request.url ?? '/');
    const status = file ? 200 : 404;
    const body = file ?? path.join(dist, '404.html');
    response.writeHead(status, { 'Content-Type': types[path.extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
