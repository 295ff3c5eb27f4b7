import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

/**
 * Prompts live as German Markdown files in prompts/ with a front-matter header (id, purpose, variables, output),
 * a "=== system ===" and a "=== user ===" part, fragments included by `{{> partials/name}}` and variables written
 * `{{name}}`. Templates are checked when loaded (declared = used variables, partials exist), and rendering a
 * prompt with a missing variable is an error, never a silently empty slot.
 */

const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

const HeaderSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  purpose: z.string().min(10),
  variables: z.array(z.string().regex(/^[a-z_]+$/)),
  output: z.string().min(1),
});
export type PromptHeader = z.infer<typeof HeaderSchema>;

export interface PromptTemplate extends PromptHeader {
  system: string;
  user: string;
}

export interface RenderedPrompt {
  id: string;
  system: string;
  user: string;
}

export class PromptTemplateError extends Error {}

const PARTIAL = /\{\{>\s*([\w/-]+)\s*\}\}/g;
const VARIABLE = /\{\{\s*([a-z_]+)\s*\}\}/g;

function parseHeader(raw: string, file: string): PromptHeader {
  const fields: Record<string, unknown> = {};
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const m = /^([a-z]+):\s*(.*)$/.exec(line.trim());
    if (!m) throw new PromptTemplateError(`${file}: unreadable header line "${line}"`);
    const value = m[2]!.trim();
    fields[m[1]!] = /^\[.*\]$/.test(value)
      ? value
          .slice(1, -1)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value;
  }
  const parsed = HeaderSchema.safeParse(fields);
  if (!parsed.success) throw new PromptTemplateError(`${file}: invalid header: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}

function expandPartials(text: string, dir: string, seen: string[]): string {
  return text.replace(PARTIAL, (_, name: string) => {
    if (seen.includes(name)) throw new PromptTemplateError(`partial cycle: ${[...seen, name].join(' → ')}`);
    let body: string;
    try {
      body = readFileSync(path.join(dir, `${name}.md`), 'utf8');
    } catch {
      throw new PromptTemplateError(`missing partial "${name}" (expected ${name}.md in ${dir})`);
    }
    return expandPartials(body.trim(), dir, [...seen, name]);
  });
}

export function loadPromptTemplate(id: string, dir = PROMPTS_DIR): PromptTemplate {
  const file = path.join(dir, `${id}.md`);
  const source = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const fm = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!fm) throw new PromptTemplateError(`${file}: missing front-matter header`);
  const header = parseHeader(fm[1]!, file);
  if (header.id !== id) throw new PromptTemplateError(`${file}: header id "${header.id}" does not match the file name`);
  const parts = /^\s*=== system ===\n([\s\S]*?)\n=== user ===\n([\s\S]*)$/.exec(fm[2]!);
  if (!parts) throw new PromptTemplateError(`${file}: needs a "=== system ===" and a "=== user ===" part`);
  const system = expandPartials(parts[1]!.trim(), dir, []);
  const user = expandPartials(parts[2]!.trim(), dir, []);
  const used = new Set([...`${system}\n${user}`.matchAll(VARIABLE)].map((m) => m[1]!));
  const declared = new Set(header.variables);
  const undeclared = [...used].filter((v) => !declared.has(v));
  const unused = [...declared].filter((v) => !used.has(v));
  if (undeclared.length) throw new PromptTemplateError(`${file}: variables used but not declared: ${undeclared.join(', ')}`);
  if (unused.length) throw new PromptTemplateError(`${file}: variables declared but not used: ${unused.join(', ')}`);
  return { ...header, system, user };
}

/** Fills `{{name}}` slots in one pass, so that `{{…}}` inside a value (e.g. a draft) is never expanded. */
export function renderTemplate(template: PromptTemplate, vars: Record<string, string>): RenderedPrompt {
  for (const name of template.variables) {
    if (typeof vars[name] !== 'string') throw new PromptTemplateError(`prompt "${template.id}": missing variable "${name}"`);
  }
  const extra = Object.keys(vars).filter((k) => !template.variables.includes(k));
  if (extra.length) throw new PromptTemplateError(`prompt "${template.id}": unknown variables ${extra.join(', ')}`);
  const fill = (text: string) => text.replace(VARIABLE, (_, name: string) => vars[name]!);
  return { id: template.id, system: fill(template.system), user: fill(template.user) };
}

const cache = new Map<string, PromptTemplate>();
function template(id: string): PromptTemplate {
  let t = cache.get(id);
  if (!t) {
    t = loadPromptTemplate(id);
    cache.set(id, t);
  }
  return t;
}

/** Every prompt id of the product; tests render each one. */
export const PROMPT_IDS = ['chat-antwort', 'ki-pruefung', 'dokumentation', 'suchanfrage'] as const;

export interface ChatPromptVars {
  /** Numbered <quelle> blocks (see data-blocks.ts). */
  quellen: string;
  /** Rule findings of a pasted passage, or a note that there are none. */
  befunde: string;
  /** The pasted passage (neutralised), or a note that there is none. */
  auszug: string;
  frage: string;
}
export const renderChatPrompt = (v: ChatPromptVars) => renderTemplate(template('chat-antwort'), { ...v });

export interface ReviewPromptVars {
  titel: string;
  /** <vorschrift> blocks of the chunk. */
  entwurf: string;
  regelbefunde: string;
}
export const renderReviewPrompt = (v: ReviewPromptVars) => renderTemplate(template('ki-pruefung'), { ...v });

export interface DocumentationPromptVars {
  titel: string;
  befunde: string;
  /** The offline documentation draft, as a compact list. */
  vorentwurf: string;
  auszug: string;
}
export const renderDocumentationPrompt = (v: DocumentationPromptVars) => renderTemplate(template('dokumentation'), { ...v });

export const renderQueryRewritePrompt = (v: { frage: string }) => renderTemplate(template('suchanfrage'), { ...v });
