type JsonObject = Record<string, unknown>;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `code` spans and bold from the descriptions' small Markdown; everything else escaped. */
const inline = (text: string): string =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\n\n/g, '<br>');

const pretty = (value: unknown): string => escapeHtml(JSON.stringify(value, null, 2));

function parametersTable(parameters: JsonObject[], doc: JsonObject): string {
  const resolved = parameters.map((p) =>
    typeof p.$ref === 'string' ? (resolveRef(doc, p.$ref) as JsonObject) : p,
  );
  const rows = resolved
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td>` +
        `<td>${p.required ? 'yes' : ''}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`,
    )
    .join('');
  return `<table><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>${rows}</table>`;
}

function resolveRef(doc: JsonObject, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], doc);
}

function operationHtml(method: string, path: string, op: JsonObject, doc: JsonObject): string {
  const id = String(op.operationId);
  const responses = Object.entries(op.responses as JsonObject)
    .map(([status, r]) => {
      const response = (
        typeof (r as JsonObject).$ref === 'string'
          ? resolveRef(doc, (r as JsonObject).$ref as string)
          : r
      ) as JsonObject;
      return `<li><b>${status}</b> ${inline(String(response.description ?? ''))}</li>`;
    })
    .join('');
  const body = op.requestBody as JsonObject | undefined;
  const bodyHtml = body
    ? `<details open><summary>Request body${body.required ? '' : ' (optional)'}</summary>` +
      Object.entries(body.content as JsonObject)
        .map(
          ([type, media]) =>
            `<div><code>${escapeHtml(type)}</code><pre>${pretty((media as JsonObject).schema)}</pre></div>`,
        )
        .join('') +
      '</details>'
    : '';
  const params = op.parameters as JsonObject[] | undefined;
  return `<section class="op" id="${escapeHtml(id)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p class="summary">${escapeHtml(String(op.summary))}</p>
<p>${inline(String(op.description ?? ''))}</p>
${params?.length ? parametersTable(params, doc) : ''}
${bodyHtml}
<ul class="responses">${responses}</ul>
</section>`;
}

/**
 * A readable page of the OpenAPI document, rendered on the server from the document itself:
 * no script, no CDN, works offline.
 */
export function renderDocsPage(doc: JsonObject): string {
  const info = doc.info as JsonObject;
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths as Record<string, JsonObject>)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = ((op as JsonObject).tags as string[])[0]!;
      const list = byTag.get(tag) ?? [];
      list.push(operationHtml(method, path, op as JsonObject, doc));
      byTag.set(tag, list);
    }
  }
  const anchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const toc = [...byTag.keys()]
    .map(
      (tag) =>
        `<li><a href="#${anchor(tag)}">${escapeHtml(tag)}</a> (${byTag.get(tag)!.length})</li>`,
    )
    .join('');
  const sections = [...byTag.entries()]
    .map(([tag, ops]) => `<h2 id="${anchor(tag)}">${escapeHtml(tag)}</h2>${ops.join('\n')}`)
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} — tài liệu API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem 2rem;color:#1b1b1b}
h2{border-bottom:2px solid #b3261e;padding-top:1rem}
.op{border:1px solid #ddd;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}
.op h3{margin:.5rem 0;font-size:1rem}
.method{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;color:#fff;padding:0 .4rem}
.get{background:#1565c0}.post{background:#2e7d32}.put{background:#ef6c00}.patch{background:#6a1b9a}.delete{background:#b3261e}
.summary{font-weight:600}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;max-height:24rem}
table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
td code{word-break:break-all}
</style></head><body>
<h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>${inline(String(info.description ?? ''))}</p>
<p>Machine-readable: <a href="openapi.json"><code>/api/openapi.json</code></a> (OpenAPI ${escapeHtml(String(doc.openapi))}).
Sign in with <code>POST /api/auth/login</code> and <code>"tokenType": "bearer"</code>, then send <code>Authorization: Bearer &lt;token&gt;</code>;
browsers use the session cookie and echo <code>X-CSRF-Token</code> on writes.</p>
<ul>${toc}</ul>
${sections}
</body></html>`;
}
