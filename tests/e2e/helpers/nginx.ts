/**
 * Real nginx on loopback, serving a build with the generated configuration:
 * the server block of src/deploy/nginx.ts inside a minimal main config whose
 * pid, logs and temp files live in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nginxConfig } from '../../../src/deploy/nginx';
import type { Redirect } from '../../../src/schemas/redirects';

export const nginxBinary = '/usr/sbin/nginx';

/** Debian's brotli_static module; its conf in modules-available names the file. */
export function brotliModulePath(): string {
  const candidates = [
    '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
    '/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
  ];
  const found = candidates.find((file) => existsSync(file));
  if (!found)
    throw new Error('ngx_http_brotli_static_module.so not found: apt-get install -y libnginx-mod-http-brotli-static');
  return found;
}

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

function waitForPort(port: number, timeoutMs: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`nginx exited with ${child.exitCode}:\n${log()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startNginx(options: {
  root: string;
  port: number;
  redirects: readonly Redirect[];
}): Promise<RunningNginx> {
  const work = mkdtempSync(path.join(tmpdir(), 'an-toan-so-nginx-'));
  const errorLog = path.join(work, 'error.log');
  const server = nginxConfig({
    root: options.root,
    listen: [`127.0.0.1:${options.port}`],
    serverName: 'localhost',
    redirects: options.redirects,
  });
  const main = [
    `load_module ${brotliModulePath()};`,
    // The workers must read the checkout, whoever owns it.
    'user root;',
    'daemon off;',
    'worker_processes 1;',
    `pid ${work}/nginx.pid;`,
    `error_log ${errorLog} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${work}/${kind};`),
    server,
    '}',
    '',
  ].join('\n');
  const configFile = path.join(work, 'nginx.conf');
  writeFileSync(configFile, main);
  // -e: the error log before the config is read, so nginx never needs /var/log when not run as root.
  const child = spawn(nginxBinary, ['-p', work, '-e', errorLog, '-c', configFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const log = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  await waitForPort(options.port, 10_000, child, log);
  return {
    origin: `http://127.0.0.1:${options.port}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
