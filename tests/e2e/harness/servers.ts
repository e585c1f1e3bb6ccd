// One HTTPS server on 127.0.0.1 that plays every fake host (Meet, Calendar, Google's API, Jitsi).
// Chromium's --host-resolver-rules send all those names to this port; we route by Host header,
// so the shipped content scripts see exactly the URLs they match in production.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testCertificate } from './certs.ts';

export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export type RouteFunction = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
/** A fixture file relative to tests/fixtures/pages/, or a function that answers itself. */
export type RouteHandler = string | RouteFunction;

export interface ServedRequest {
  host: string;
  method: string;
  path: string;
}

export interface FixtureServer {
  port: number;
  /** Serve `path` on `host`. A path ending in `*` matches every path with that prefix. */
  route(host: string, path: string, handler: RouteHandler): void;
  /** Every request seen so far, oldest first (for asserting what the extension fetched). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A route that answers with a small inline HTML page. */
export function htmlPage(body: string, title = 'Fixture'): RouteFunction {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  return (_req, res) => {
    res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'] });
    res.end(page);
  };
}

/** A route that answers with JSON (the Calendar API fake builds on this). */
export function jsonResponse(status: number, value: unknown): RouteFunction {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': CONTENT_TYPES['.json'] });
    res.end(JSON.stringify(value));
  };
}

/**
 * `port` 0 (the default) takes any free port, for Chromium's host-resolver rules; Firefox can
 * only map names to 127.0.0.1 itself, so its test asks for 443 (root may bind it).
 */
export async function startFixtureServer(options: { port?: number } = {}): Promise<FixtureServer> {
  const routes = new Map<string, Map<string, RouteHandler>>();
  const requests: ServedRequest[] = [];

  const findRoute = (host: string, path: string): RouteHandler | undefined => {
    const hostRoutes = routes.get(host);
    if (!hostRoutes) return undefined;
    const exact = hostRoutes.get(path);
    if (exact) return exact;
    let best: { prefix: string; handler: RouteHandler } | undefined;
    for (const [pattern, handler] of hostRoutes) {
      if (!pattern.endsWith('*')) continue;
      const prefix = pattern.slice(0, -1);
      if (path.startsWith(prefix) && (!best || prefix.length > best.prefix.length)) {
        best = { prefix, handler };
      }
    }
    return best?.handler;
  };

  const server = createServer(await testCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'https://fixture.invalid').pathname;
    requests.push({ host, method: req.method ?? 'GET', path });
    // Relaunched profiles must not show yesterday's copy of a fixture.
    res.setHeader('cache-control', 'no-store');
    const handler = findRoute(host, path);
    if (!handler && path === '/favicon.ico') {
      // Browsers ask every host for one; a 404 would put an error that is not ours in the console.
      res.writeHead(204);
      res.end();
      return;
    }
    if (!handler) return notFound(res);
    const answer = typeof handler === 'string' ? serveFixture(handler, res) : handler(req, res);
    Promise.resolve(answer).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fixture server: ${String(error)}`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    requests,
    route(host, path, handler) {
      const key = host.toLowerCase();
      const hostRoutes = routes.get(key) ?? new Map<string, RouteHandler>();
      hostRoutes.set(path, handler);
      routes.set(key, hostRoutes);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}

async function serveFixture(relativePath: string, res: ServerResponse): Promise<void> {
  const fullPath = normalize(join(FIXTURE_PAGES_DIR, relativePath));
  if (
    !fullPath.startsWith(
      FIXTURE_PAGES_DIR.endsWith(sep) ? FIXTURE_PAGES_DIR : FIXTURE_PAGES_DIR + sep,
    )
  ) {
    return notFound(res);
  }
  const body = await readFile(fullPath);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(fullPath)] ?? 'application/octet-stream',
  });
  res.end(body);
}
