/** GET / when the web map has not been built (`npm run build`): what the server is and where its description is. */
export const HOME_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Curtain</title></head>
<body>
<h1>Curtain</h1>
<p>The web map has not been built here: run <code>npm run build</code>. The API is here: its description is
<a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<ul>
<li><a href="/api/countries">/api/countries</a></li>
<li><a href="/api/events?limit=20">/api/events</a></li>
<li><a href="/healthz">/healthz</a></li>
</ul>
</body>
</html>
`;
