import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { PublicUrlEnv } from "@/lib/platform/env.ts";
import { normaliseForwardedHeaders, refusesServerAction } from "@/lib/platform/trusted-proxy.ts";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const clip = (value: string) => (value.length > 100 ? `${value.slice(0, 100)}…` : value);

/**
 * Puts the normalised forwarding headers on the request itself (lib/platform/trusted-proxy.ts),
 * so whatever reads `req.headers` afterwards — Next.js, next-auth, route handlers — sees only them.
 */
function normalise(req: IncomingMessage, config: PublicUrlEnv): void {
  const { headers } = normaliseForwardedHeaders(req.headers, req.socket.remoteAddress, config.trustProxy);
  for (const name of Object.keys(req.headers)) if (!(name in headers)) delete req.headers[name];
  Object.assign(req.headers, headers);
}

/**
 * The HTTP server in front of Next.js (scripts/server.ts): for every request, before `handle`
 * sees it, it computes the client's address and strips or rewrites the forwarding headers by
 * TRUST_PROXY, and, when a public origin is configured, refuses a Server Action from any other
 * origin with a bare 403.
 *
 * WebSocket upgrades (dev-mode HMR) get the same header treatment from the server's first
 * `upgrade` listener, registered here; Next.js adds its own listener to this server (the
 * `httpServer` option of `next()`) when the first request arrives, so it runs after ours and sees
 * the normalised headers. A server without another listener leaves upgrades unanswered.
 */
export function createAppServer(options: { handle: RequestHandler; config: PublicUrlEnv }): Server {
  const { handle, config } = options;
  const server = createServer((req, res) => {
    normalise(req, config);
    if (refusesServerAction(req.method, req.headers, config.siteOrigin)) {
      console.warn(`[claim-ledger] refused a Server Action from origin ${clip(String(req.headers.origin ?? "(none)"))}: only ${config.siteOrigin} may post them`);
      res.writeHead(403, { "content-length": "0", connection: "close", "cache-control": "no-store" });
      res.end();
      return;
    }
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((error: unknown) => {
        console.error("[claim-ledger] request failed:", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end(res.headersSent ? undefined : "Internal Server Error");
      });
  });
  server.on("upgrade", (req: IncomingMessage) => normalise(req, config));
  return server;
}
