import { z } from "zod";
import type { RouteSpec } from "./api-routes.js";
import { problem } from "./responses.js";

/** A zod schema as OpenAPI 3.1 takes it: JSON Schema 2020-12, without the `$schema` key. */
function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const converted = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  delete converted["$schema"];
  return converted;
}

function parameters(object: z.ZodObject | undefined, where: "query" | "path") {
  if (!object) return [];
  return Object.entries(object.shape).map(([name, field]) => {
    const schema = jsonSchema(field as z.ZodType);
    const { description, ...rest } = schema;
    return {
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

/** The OpenAPI 3.1 description of every route, made from the same schemas that validate requests. */
export function openApiDocument(routes: readonly RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, "{$1}");
    const errorResponse = (description: string) => ({
      description,
      content: { "application/json": { schema: jsonSchema(problem) } },
    });
    const okContent: Record<string, unknown> = route.contentType
      ? { [route.contentType]: { schema: { type: "string" } } }
      : { "application/json": { schema: jsonSchema(route.ok.schema) } };
    if (route.ok.csv) okContent["text/csv"] = { schema: { type: "string", description: route.ok.csv } };
    const responses: Record<string, unknown> = {
      [String(route.ok.status)]: { description: "success", content: okContent },
    };
    if (route.params || route.querystring || route.body)
      responses["400"] = errorResponse("a bad parameter or body: the message names it and says why");
    for (const [status, why] of Object.entries(route.errors ?? {}))
      responses[status] = status === "200" ? { description: why } : errorResponse(why);
    responses["429"] = errorResponse(
      "too many requests from this address; retry after the time in Retry-After",
    );
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        summary: route.summary,
        operationId: `${route.method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ""))}`,
        parameters: [...parameters(route.params, "path"), ...parameters(route.querystring, "query")],
        ...(route.body
          ? {
              requestBody: {
                required: true,
                content: Object.fromEntries(
                  Object.entries(route.body).map(([type, schema]) => [type, { schema: jsonSchema(schema) }]),
                ),
              },
            }
          : {}),
        ...(route.auth ? { security: [{ bearer: [] }] } : {}),
        responses,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Curtain",
      version,
      description:
        "Coded events about Eastern Europe with their evidence, the alignment index and the states' memberships.",
    },
    paths,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
