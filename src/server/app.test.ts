import { describe, expect, it } from "vitest";
import { openStore } from "../store/open-store.js";
import { buildApp } from "./app.js";
import { serverOptionsFromEnv } from "./server-options.js";
import { testApp, TEST_OPTIONS } from "./test-app.js";

describe("the API server's protections", () => {
  it("sends security headers and request ids, keeps a caller's id, and serves the page at /", async () => {
    const { app } = await testApp(":memory:");
    try {
      const r = await app.inject("/healthz");
      expect(r.json()).toEqual({ ok: true });
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(r.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(r.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      const given = await app.inject({ url: "/healthz", headers: { "x-request-id": "abc-123" } });
      expect(given.headers["x-request-id"]).toBe("abc-123");
      const home = await app.inject("/");
      expect(home.headers["content-type"]).toMatch(/^text\/html/);
      expect(home.body).toContain("Curtain");
      expect((await app.inject("/api/nothing")).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it("sends no CORS headers unless origins are configured, then only for those", async () => {
    const closed = await testApp(":memory:");
    const open = await testApp(":memory:", { corsOrigins: ["https://map.example"] });
    try {
      const headers = { origin: "https://map.example" };
      expect(
        (await closed.app.inject({ url: "/healthz", headers })).headers["access-control-allow-origin"],
      ).toBeUndefined();
      expect(
        (await open.app.inject({ url: "/healthz", headers })).headers["access-control-allow-origin"],
      ).toBe("https://map.example");
      const other = await open.app.inject({ url: "/healthz", headers: { origin: "https://evil.example" } });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await closed.app.close();
      await open.app.close();
    }
  });

  it("answers 429 past the rate limit, per client address", async () => {
    const { app } = await testApp(":memory:", { rateLimitPerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await app.inject("/healthz")).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await app.inject("/healthz");
      expect(limited.headers["retry-after"]).toBeDefined();
      expect((await app.inject({ url: "/healthz", remoteAddress: "10.0.0.2" })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("reads its options from the environment and names a malformed variable", () => {
    expect(serverOptionsFromEnv({})).toMatchObject({ token: null, corsOrigins: [], rateLimitPerMinute: 600 });
    expect(
      serverOptionsFromEnv({
        CURTAIN_TOKEN: "s",
        CURTAIN_CORS_ORIGIN: "https://a, https://b",
        CURTAIN_RATE_LIMIT: "0",
      }),
    ).toMatchObject({ token: "s", corsOrigins: ["https://a", "https://b"], rateLimitPerMinute: null });
    expect(() => serverOptionsFromEnv({ CURTAIN_RATE_LIMIT: "lots" })).toThrow(/^CURTAIN_RATE_LIMIT: /);
    expect(() => serverOptionsFromEnv({ CURTAIN_MAX_BODY_MB: "-1" })).toThrow(/^CURTAIN_MAX_BODY_MB: /);
    expect(() => serverOptionsFromEnv({ CURTAIN_LOG_LEVEL: "loud" })).toThrow(/^CURTAIN_LOG_LEVEL: /);
  });

  it("closing lets an in-flight request finish, then closes the store", async () => {
    const store = await openStore(":memory:");
    const order: string[] = [];
    const closing = { ...store, close: async () => (order.push("store closed"), store.close()) };
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const slowIndex = async () => {
      started();
      await new Promise((r) => setTimeout(r, 300));
      order.push("index answered");
      return [];
    };
    const app = await buildApp(
      closing,
      { rows: slowIndex, json: slowIndex, series: slowIndex },
      TEST_OPTIONS,
    );
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const response = fetch(`http://127.0.0.1:${port}/api/index?month=2019-11`);
    await inFlight;
    await app.close();
    order.push("app closed");
    const r = await response;
    expect(r.status).toBe(200);
    expect(((await r.json()) as { rows: unknown[] }).rows).toEqual([]);
    expect(order).toEqual(["index answered", "store closed", "app closed"]);
  });
});
