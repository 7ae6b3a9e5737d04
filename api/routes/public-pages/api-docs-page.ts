import { html, type SafeHtml } from '../../http/html.ts';
import { layout, type PageUrls } from './enterprise-page.ts';
import type { PageLang } from './page-text.ts';

/**
 * /docs: the API reference, server-rendered from the app's own OpenAPI document (issue 16;
 * replaces Swagger UI, which failed axe): operations grouped by tag, each with its method, path,
 * summary, parameters, request body and responses. Plain HTML in the public pages' layout, no
 * client JavaScript. The page chrome is Greek by default (`?lang=en` English); the operations'
 * own texts come from the route schemas and are English, so they carry `lang="en"`.
 */

const DOCS_TEXT = {
  el: {
    title: 'Τεκμηρίωση API',
    intro:
      'Η διεπαφή προγραμματισμού (API) του Μητρώου. Οι δημόσιες λειτουργίες δεν χρειάζονται σύνδεση· τα σφάλματα επιστρέφονται ως problem details (RFC 9457). Οι περιγραφές των λειτουργιών είναι στα αγγλικά.',
    rawJson: 'Το έγγραφο OpenAPI 3.1 (JSON)',
    contents: 'Περιεχόμενα',
    operations: (n: number) => (n === 1 ? '1 λειτουργία' : `${n} λειτουργίες`),
    parameters: 'Παράμετροι',
    name: 'Όνομα',
    location: 'Θέση',
    type: 'Τύπος',
    description: 'Περιγραφή',
    required: 'υποχρεωτική',
    defaultValue: 'προεπιλογή',
    requestBody: 'Σώμα αιτήματος',
    field: 'Πεδίο',
    responses: 'Αποκρίσεις',
    status: 'Κωδικός',
    deprecated: 'καταργείται',
    other: 'Λοιπά',
    in: { query: 'query', path: 'path', header: 'header', cookie: 'cookie' } as Record<string, string>,
  },
  en: {
    title: 'API documentation',
    intro:
      'The programming interface (API) of the register. Public operations need no sign-in; errors are returned as problem details (RFC 9457).',
    rawJson: 'The OpenAPI 3.1 document (JSON)',
    contents: 'Contents',
    operations: (n: number) => (n === 1 ? '1 operation' : `${n} operations`),
    parameters: 'Parameters',
    name: 'Name',
    location: 'In',
    type: 'Type',
    description: 'Description',
    required: 'required',
    defaultValue: 'default',
    requestBody: 'Request body',
    field: 'Field',
    responses: 'Responses',
    status: 'Status',
    deprecated: 'deprecated',
    other: 'Other',
    in: { query: 'query', path: 'path', header: 'header', cookie: 'cookie' } as Record<string, string>,
  },
} as const;

/** The parts of an OpenAPI 3.1 document this page reads. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  default?: unknown;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  deprecated?: boolean;
  parameters?: Parameter[];
  requestBody?: { description?: string; required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  tags?: Array<{ name: string; description?: string }>;
  paths?: Record<string, Record<string, Operation>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/** A short, readable type: `string (uuid)`, `integer`, `a | b`, `array of Problem`. */
export function schemaType(schema: Schema | undefined): string {
  if (!schema) return '';
  if (schema.$ref) return schema.$ref.split('/').pop()!;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return [...new Set(union.map(schemaType))].join(' | ');
  if (schema.allOf) return schema.allOf.map(schemaType).join(' & ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array') return `array of ${schemaType(schema.items) || 'any'}`;
  return `${type ?? 'any'}${schema.format ? ` (${schema.format})` : ''}`;
}

const operationId = (method: string, path: string, op: Operation) =>
  `op-${op.operationId ?? `${method}-${path}`}`.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '');

function parametersTable(params: Parameter[], lang: PageLang) {
  const t = DOCS_TEXT[lang];
  return html`<h4>${t.parameters}</h4>
<table class="api-table">
<thead><tr><th scope="col">${t.name}</th><th scope="col">${t.location}</th><th scope="col">${t.type}</th><th scope="col">${t.description}</th></tr></thead>
<tbody>${params.map(
    (
      p,
    ) => html`<tr><th scope="row"><code>${p.name}</code>${p.required && p.schema?.default === undefined ? html` <span class="required">(${t.required})</span>` : ''}</th>
<td>${t.in[p.in] ?? p.in}</td><td><code>${schemaType(p.schema)}</code></td>
<td lang="en">${p.description ?? ''}${p.schema?.default !== undefined ? html` <span lang="${lang}">(${t.defaultValue}: <code>${JSON.stringify(p.schema.default)}</code>)</span>` : ''}</td></tr>`,
  )}</tbody>
</table>`;
}

function requestBody(body: NonNullable<Operation['requestBody']>, lang: PageLang) {
  const t = DOCS_TEXT[lang];
  const [mediaType, content] = Object.entries(body.content ?? {})[0] ?? [];
  const schema = content?.schema;
  const fields = Object.entries(schema?.properties ?? {});
  return html`<h4>${t.requestBody}</h4>
<p>${mediaType ? html`<code>${mediaType}</code>` : ''}${schema && !fields.length ? html` · <code>${schemaType(schema)}</code>` : ''}${body.required ? html` · ${t.required}` : ''}</p>
${body.description ? html`<p lang="en">${body.description}</p>` : ''}
${
  fields.length
    ? html`<table class="api-table">
<thead><tr><th scope="col">${t.field}</th><th scope="col">${t.type}</th><th scope="col">${t.description}</th></tr></thead>
<tbody>${fields.map(
        ([
          name,
          field,
        ]) => html`<tr><th scope="row"><code>${name}</code>${schema?.required?.includes(name) ? html` <span class="required">(${t.required})</span>` : ''}</th>
<td><code>${schemaType(field)}</code></td><td lang="en">${field.description ?? ''}</td></tr>`,
      )}</tbody>
</table>`
    : ''
}`;
}

function responsesList(responses: NonNullable<Operation['responses']>, lang: PageLang) {
  const t = DOCS_TEXT[lang];
  return html`<h4>${t.responses}</h4>
<dl class="api-responses">${Object.entries(responses).map(([status, response]) => {
    const [mediaType, content] = Object.entries(response.content ?? {})[0] ?? [];
    return html`<dt><code>${status}</code></dt><dd><span lang="en">${response.description ?? ''}</span>${mediaType ? html` · <code>${mediaType}</code>` : ''}${content?.schema ? html` · <code>${schemaType(content.schema)}</code>` : ''}</dd>`;
  })}</dl>`;
}

function operationSection(method: string, path: string, op: Operation, lang: PageLang): SafeHtml {
  const t = DOCS_TEXT[lang];
  const id = operationId(method, path, op);
  return html`<section class="api-op" aria-labelledby="${id}">
<h3 id="${id}"><span class="method method-${method}">${method.toUpperCase()}</span> <code class="api-path">${path}</code>${op.deprecated ? html` <span class="required">(${t.deprecated})</span>` : ''}</h3>
${op.summary ? html`<p lang="en"><strong>${op.summary}</strong></p>` : ''}
${op.description ? html`<p lang="en">${op.description}</p>` : ''}
${op.parameters?.length ? parametersTable(op.parameters, lang) : ''}
${op.requestBody ? requestBody(op.requestBody, lang) : ''}
${op.responses ? responsesList(op.responses, lang) : ''}
</section>`;
}

/** Operations by tag: the document's declared tags first, in their order, then any others by name. */
function groupByTag(doc: OpenApiDocument, otherName: string) {
  const groups = new Map<string, { description?: string; ops: Array<[string, string, Operation]> }>();
  for (const tag of doc.tags ?? []) groups.set(tag.name, { description: tag.description, ops: [] });
  const extra: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? otherName;
      if (!groups.has(tag)) {
        groups.set(tag, { ops: [] });
        extra.push(tag);
      }
      groups.get(tag)!.ops.push([method, path, op]);
    }
  }
  const declared = (doc.tags ?? []).map((tag) => tag.name);
  return [...declared, ...extra.sort()].map((name) => ({ name, ...groups.get(name)! })).filter((g) => g.ops.length > 0);
}

export function renderApiDocsPage(doc: OpenApiDocument, lang: PageLang, urls: PageUrls): string {
  const t = DOCS_TEXT[lang];
  const groups = groupByTag(doc, t.other);
  const tagId = (name: string) => `tag-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
  const body = html`
<h1>${t.title}</h1>
<p class="lead">${t.intro}</p>
<p><span lang="en">${doc.info.title}</span> · ${doc.info.version} · <a href="/openapi.json">${t.rawJson}</a></p>
<nav aria-labelledby="api-contents-title" class="api-contents">
<h2 id="api-contents-title">${t.contents}</h2>
<ul>${groups.map((g) => html`<li><a href="#${tagId(g.name)}"><span lang="en">${g.name}</span></a> <span class="muted">(${t.operations(g.ops.length)})</span></li>`)}</ul>
</nav>
${groups.map(
  (g) => html`<section aria-labelledby="${tagId(g.name)}">
<h2 id="${tagId(g.name)}"${g.name === t.other ? '' : html` lang="en"`}>${g.name}</h2>
${g.description ? html`<p lang="en">${g.description}</p>` : ''}
${g.ops.map(([method, path, op]) => operationSection(method, path, op, lang))}
</section>`,
)}`;
  return layout({ lang, title: t.title, description: t.intro, urls, body });
}
