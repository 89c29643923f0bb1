import type { ServerResponse } from 'node:http'

/** Answers for `/` while no portal build exists yet. */
export const placeholderHome = (response: ServerResponse, status = 404) => {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
  response.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Connect &amp; Learn</title>
<main><h1>Connect &amp; Learn</h1><p>The public portal has not been built yet.</p>
<p>Editors: <a href="/admin">sign in to the admin</a>. Developers: the REST API is at <a href="/api/courses">/api</a>.</p></main></html>`)
}
