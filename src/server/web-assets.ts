import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { webFileParams } from "./api-routes.js";
import { HOME_PAGE } from "./home-page.js";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Where the built map is: `dist/web` beside the compiled server (`dist/server`), or, when the
 * server runs from `src/` (tests), the package's `dist/web`. Null when it has not been built.
 */
export function webRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, "..", "web"), join(here, "..", "..", "dist", "web")]) {
    if (existsSync(join(dir, "index.html"))) return dir;
  }
  return null;
}

/**
 * The web map at `/` and its files under `/assets/` (scripts, styles, shapes), read from the build.
 * Vite names assets by content hash, so they may be cached for good; the page itself may not.
 * Without a build, `/` says how to make one.
 */
export function webRoutes(app: FastifyInstance, root: string | null = webRoot()): void {
  if (root === null) {
    app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(HOME_PAGE));
    return;
  }
  const index = readFileSync(join(root, "index.html"));
  app.get("/", async (_request, reply) =>
    reply
      .type(TYPES[".html"] ?? "text/html")
      .header("cache-control", "no-cache")
      .send(index),
  );
  app.get("/assets/:file", { schema: { params: webFileParams } }, async (request, reply) => {
    const path = `assets/${(request.params as { file: string }).file}`;
    const file = normalize(join(root, path));
    const type = TYPES[extname(file)];
    if (!file.startsWith(root + sep) || type === undefined || !existsSync(file) || !statSync(file).isFile()) {
      return reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no such file: /${path}` });
    }
    return reply
      .type(type)
      .header(
        "cache-control",
        path.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      )
      .send(readFileSync(file));
  });
}
