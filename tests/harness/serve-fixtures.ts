import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The address of fixture folder `name` (served from its source.html). */
  pageUrl(name: string): string;
  /** Every request so far, oldest first: path with query, and the Referer header if any. */
  requests: { path: string; referer: string | undefined }[];
  close(): Promise<void>;
}

/** Answers one path itself instead of a file (a response held open, a generated page, a counter). */
export type Route = (request: IncomingMessage, response: ServerResponse, origin: string) => void;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/**
 * Serves fixture folders on 127.0.0.1 at a random port: `/<name>/` is `<root>/<name>/source.html`,
 * any other path a file under root, except the paths `routes` answer. `{{ORIGIN}}` in an HTML file
 * becomes the server's origin, for fixtures that need absolute addresses back to it. Real http, so
 * the extension sees an ordinary web page.
 */
export async function serveFixtures(
  root: string,
  routes: Record<string, Route> = {},
): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  let origin = '';
  const server = createServer((request, response) => {
    requests.push({ path: request.url ?? '/', referer: request.headers.referer });
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (route) return route(request, response, origin);
    const relative = path.endsWith('/') ? `${path}source.html` : path;
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
          .end(extname(file) === '.html' ? body.toString('utf8').replaceAll('{{ORIGIN}}', origin) : body),
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    pageUrl: (name) => `${origin}/${name}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
