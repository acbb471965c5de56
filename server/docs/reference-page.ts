/**
 * A readable HTML reference generated from the OpenAPI document: one self-contained page,
 * no scripts and no outside assets (the service may run where nothing else is reachable).
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const esc = (s: unknown) =>
  String(s).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
const md = (s: string) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

const schemaLink = (schema: Json | undefined): string => {
  if (!schema) return '';
  const ref = schema.$ref as string | undefined;
  if (ref) {
    const name = ref.split('/').pop()!;
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  return `<code>${esc(schema.type ?? 'value')}</code>`;
};

const operation = (path: string, method: string, op: Json): string => {
  const params = (op.parameters ?? []) as Json[];
  const body = op.requestBody?.content?.['application/json']?.schema as Json | undefined;
  const scope = op['x-required-scope'] as string | undefined;
  const curlBody = body ? ` \\\n  -H 'content-type: application/json' -d @body.json` : '';
  const curlAuth = scope ? ` \\\n  -H "authorization: Bearer $HANDOFF_KEY"` : '';
  const curlHeaders = params
    .filter((p) => p.in === 'header' && p.required)
    .map(
      (p) =>
        ` \\\n  -H '${String(p.name).toLowerCase()}: ${p.name === 'If-Match' ? '"<the ETag you read>"' : '...'}'`,
    )
    .join('');
  return `<section class="op" id="${esc(op.operationId)}">
  <h3><span class="m m-${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
  <p class="summary">${md(op.summary ?? '')}</p>
  ${op.description ? `<p>${md(op.description)}</p>` : ''}
  <p class="access">${scope ? `Needs a key with scope <code>${esc(scope)}</code>${scope === 'any' ? ' (any valid key)' : ' (or <code>admin</code>)'}.` : 'Public: no key needed.'}</p>
  ${
    params.length
      ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th>description</th></tr>${params
          .map(
            (p) =>
              `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${md(p.description ?? '')}</td></tr>`,
          )
          .join('')}</table>`
      : ''
  }
  ${body ? `<p>Body: ${schemaLink(body)}${op.requestBody.required ? '' : ' (optional)'}</p>` : ''}
  <table><tr><th>status</th><th>meaning</th><th>body</th></tr>${Object.entries(op.responses as Json)
    .map(([status, r]) => {
      const content = (r as Json).content as Json | undefined;
      const schema = content ? (Object.values(content)[0] as Json).schema : undefined;
      return `<tr><td>${esc(status)}</td><td>${md((r as Json).description)}</td><td>${schemaLink(schema)}</td></tr>`;
    })
    .join('')}</table>
  <pre>curl -X ${method.toUpperCase()} "$HANDOFF_URL${esc(path)}"${esc(curlAuth)}${esc(curlHeaders)}${esc(curlBody)}</pre>
</section>`;
};

/**
 * Renders the reference page of an OpenAPI document.
 *
 * @example
 * const html = referencePage(openApiDocument(app, { version }));
 */
export const referencePage = (doc: Json): string => {
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(methods as Json)) {
      const tag = ((op as Json).tags?.[0] as string) ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(path, method, op as Json)]);
      toc.set(tag, [
        ...(toc.get(tag) ?? []),
        `<a href="#${esc((op as Json).operationId)}">${method.toUpperCase()} ${esc(path)}</a>`,
      ]);
    }
  }
  const schemas = Object.entries(doc.components.schemas as Json)
    .map(
      ([name, s]) =>
        `<details id="schema-${esc(name)}"><summary>${esc(name)}</summary><pre>${esc(JSON.stringify(s, null, 2))}</pre></details>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} — API reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;display:grid;grid-template-columns:280px 1fr}
nav{position:sticky;top:0;height:100vh;overflow:auto;background:#f4f6f9;padding:16px;box-sizing:border-box;font-size:13px}
nav a{display:block;color:#27456b;text-decoration:none;padding:2px 0}nav h4{margin:14px 0 4px}
main{padding:24px 40px;max-width:980px}
code,pre{font:13px ui-monospace,monospace}pre{background:#f4f6f9;padding:10px;overflow:auto;border-radius:6px}
.op{border-top:1px solid #dde2ea;padding:12px 0}.m{display:inline-block;min-width:56px;text-align:center;border-radius:4px;color:#fff;font-size:12px;padding:2px 6px}
.m-get{background:#2f7d4f}.m-post{background:#2b5fad}.m-put{background:#9a6a12}.m-delete{background:#a33}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #dde2ea;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
.summary{font-weight:600}summary{cursor:pointer;font-weight:600}
</style></head>
<body><nav><strong>${esc(doc.info.title)}</strong><br>version ${esc(doc.info.version)}<br><a href="/openapi.json">openapi.json</a>
${[...toc].map(([tag, links]) => `<h4>${esc(tag)}</h4>${links.join('')}`).join('')}<h4>Schemas</h4><a href="#schemas">all schemas</a></nav>
<main><h1>${esc(doc.info.title)}</h1><p>${md(doc.info.description)}</p>
<p>Set <code>HANDOFF_URL</code> (for example <code>http://localhost:8080</code>) and <code>HANDOFF_KEY</code> to run the examples.</p>
${[...byTag].map(([tag, ops]) => `<h2>${esc(tag)}</h2>${ops.join('\n')}`).join('\n')}
<h2 id="schemas">Schemas</h2>${schemas}
</main></body></html>`;
};
