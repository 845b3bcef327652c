import { Validator } from "@seriousme/openapi-schema-validator";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "./api-routes.js";
import { servedRoutes } from "./app.js";
import { testApp } from "./test-app.js";

type Operation = {
  parameters: { name: string; in: string; required: boolean; schema: object }[];
  responses: object;
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

describe("GET /api/openapi.json", () => {
  let app: FastifyInstance;
  let doc: Document;
  beforeAll(async () => {
    ({ app } = await testApp(":memory:"));
    const r = await app.inject("/api/openapi.json");
    expect(r.statusCode).toBe(200);
    doc = r.json() as Document;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("lists every route the server answers, with the methods it answers them by", () => {
    const served = [...servedRoutes(app)];
    const described = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const answered: string[] = [];
    for (const route of ROUTES) answered.push(`${route.method} ${route.url}`);
    expect(described.sort()).toEqual(answered.sort());
    expect(served.sort()).toEqual(answered.sort());
    // Each described route is really served (not a 404 from the router).
    for (const d of described) {
      const [method, url] = d.split(" ") as [string, string];
      expect(app.hasRoute({ method, url }), d).toBe(true);
    }
  });

  it("lists every query and path parameter each route validates, with its schema", () => {
    for (const route of ROUTES) {
      const op = doc.paths[route.url.replace(/:(\w+)/g, "{$1}")]![route.method.toLowerCase()]!;
      const names = (where: string) => op.parameters.filter((p) => p.in === where).map((p) => p.name);
      expect(names("query"), route.url).toEqual(Object.keys(route.querystring?.shape ?? {}));
      expect(names("path"), route.url).toEqual(Object.keys(route.params?.shape ?? {}));
      for (const p of op.parameters)
        expect(Object.keys(p.schema).length, `${route.url} ${p.name}`).toBeGreaterThan(0);
    }
    const events = doc.paths["/api/events"]!["get"]!;
    expect(events.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "country",
        "actor",
        "target",
        "type",
        "from",
        "to",
        "q",
        "limit",
        "cursor",
        "format",
      ]),
    );
    expect(events.parameters.every((p) => !p.required)).toBe(true);
    expect(doc.paths["/api/countries/{code}"]!["get"]!.parameters[0]).toMatchObject({
      name: "code",
      in: "path",
      required: true,
    });
    expect(Object.keys(doc.paths["/api/events"]!["get"]!.responses)).toEqual(
      expect.arrayContaining(["200", "400"]),
    );
  });
});
