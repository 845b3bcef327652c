import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { zodValidatorCompiler } from "./validation.js";
import { webRoutes } from "./web-assets.js";

function builtMap(): string {
  const root = mkdtempSync(join(tmpdir(), "curtain-web-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>map</title>");
  writeFileSync(join(root, "assets", "index-abc.js"), "console.log(1)");
  writeFileSync(join(root, "assets", "countries.topo.json"), "{}");
  writeFileSync(join(root, "assets", "notes.txt"), "not served");
  return root;
}

describe("the web map's files", () => {
  it("serves the page, its hashed assets (cached) and its data, and nothing else", async () => {
    const root = builtMap();
    const app = Fastify();
    app.setValidatorCompiler(zodValidatorCompiler);
    webRoutes(app, root);
    const page = await app.inject("/");
    expect(page.body).toContain("<title>map</title>");
    expect(page.headers["cache-control"]).toBe("no-cache");
    const js = await app.inject("/assets/index-abc.js");
    expect(js.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(js.headers["cache-control"]).toContain("immutable");
    expect((await app.inject("/assets/countries.topo.json")).headers["content-type"]).toMatch(
      /^application\/json/,
    );
    expect((await app.inject("/assets/notes.txt")).statusCode).toBe(404);
    expect((await app.inject("/index.html")).statusCode).toBe(404);
    expect((await app.inject("/assets/missing.js")).statusCode).toBe(404);
    for (const escape of ["/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fsecret.json"]) {
      expect([400, 404], escape).toContain((await app.inject(escape)).statusCode);
    }
    await app.close();
  });

  it("says how to build the map when it has not been built", async () => {
    const app = Fastify();
    webRoutes(app, null);
    const page = await app.inject("/");
    expect(page.body).toContain("npm run build");
    expect(page.body).toContain('href="/api/openapi.json"');
    await app.close();
  });
});
