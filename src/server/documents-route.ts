import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { assertNotBinary } from "../clean/binary.js";
import { InputError } from "../input-error.js";
import type { Store } from "../store/store.js";
import { documentParams, postDocumentJson, postDocumentQuery } from "./api-routes.js";
import { describeIssues } from "./validation.js";
import { badParameter, notFound } from "./list-cursor.js";

/** Raw bodies read as bytes: the cleaner detects charset and format as it does for files. */
export const RAW_BODY_TYPES = [
  "text/plain",
  "text/html",
  "application/xhtml+xml",
  "application/octet-stream",
];

function digest(s: string): Buffer {
  return createHash("sha256").update(s, "utf8").digest();
}

/** Constant-time comparison of the bearer token (hashes first, so lengths never leak either). */
function authorised(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? "";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m !== null && timingSafeEqual(digest(m[1]!), digest(token));
}

/** GET /api/documents/:id, and POST /api/documents when a token is configured. */
export function documentsRoutes(
  app: FastifyInstance,
  store: Store,
  options: { readonly token: string | null; readonly maxBodyBytes: number },
): void {
  app.get("/api/documents/:id", { schema: { params: documentParams } }, async (request) => {
    const { id } = request.params as z.output<typeof documentParams>;
    const doc = await store.getDocument(id);
    if (!doc) throw notFound(`id: no document "${id}"`);
    return doc;
  });

  const token = options.token;
  // No token: the route does not exist, so that an unconfigured server cannot be written to.
  if (token === null) return;
  app.post(
    "/api/documents",
    {
      schema: { querystring: postDocumentQuery },
      bodyLimit: options.maxBodyBytes,
      // Before the body is read: a request without the token costs nothing and changes nothing.
      onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
        if (!authorised(request, token))
          await reply.code(401).header("www-authenticate", 'Bearer realm="curtain"').send({
            statusCode: 401,
            error: "Unauthorized",
            message: "Authorization: a valid Bearer token is required",
          });
      },
    },
    async (request, reply) => {
      const query = request.query as z.output<typeof postDocumentQuery>;
      let bytes: Buffer;
      let contentType: string | null;
      let source = query.source;
      let published = query.published;
      if (Buffer.isBuffer(request.body)) {
        bytes = request.body;
        contentType = request.headers["content-type"] ?? null;
      } else {
        const parsed = postDocumentJson.safeParse(request.body ?? {});
        if (!parsed.success) throw badParameter(describeIssues(parsed.error.issues, request.body ?? {}));
        bytes = Buffer.from(parsed.data.text, "utf8");
        contentType = null;
        source = parsed.data.source ?? source;
        published = parsed.data.published ?? published;
      }
      if (bytes.length === 0 || bytes.toString("utf8").trim() === "") throw badParameter("body: empty");
      const name = source ?? "api";
      try {
        assertNotBinary(name, bytes);
      } catch (err) {
        if (err instanceof InputError) throw badParameter(`body: ${err.reason}`);
        throw err;
      }
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      if (await store.hasDocument(sha256))
        return reply.code(200).send({ id: sha256, stored: false, events: 0, duplicateOf: null, merged: 0 });
      const fetchedAt = new Date().toISOString();
      // Loaded on the first article: the NLP models take seconds to load, and most servers only read.
      const { extract } = await import("../pipeline/extract.js");
      let doc;
      try {
        doc = extract({
          kind: "RawDocument",
          source: name,
          bytes,
          contentType,
          fetchedAt,
          published: published ?? null,
        });
      } catch (err) {
        if (err instanceof InputError) throw badParameter(`body: ${err.reason}`);
        throw err;
      }
      const put = await store.putDocument(doc, { sha256, source: name, fetchedAt, contentType });
      // Cached index answers predate the new events.
      request.log.info({ document: sha256, events: put.events, stored: put.stored }, "document ingested");
      return reply.code(put.stored ? 201 : 200).send({ id: sha256, ...put });
    },
  );
}
