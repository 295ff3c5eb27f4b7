import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The Dockerfile and compose.yaml read as data, for the tests that check them without a Docker engine
 * (test/ops/compose.test.ts, test/ops/dockerfile.test.ts).
 */

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Instruction {
  /** Upper-case keyword: FROM, RUN, COPY, … */
  op: string;
  /** Everything after the keyword, continuation lines joined. */
  args: string;
}

export interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

/** The stages of a Dockerfile with their instructions (comments dropped, `\` continuations joined). */
export function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  const stages: Stage[] = [];
  for (const l of logical) {
    const m = /^(\w+)\s+([\s\S]*)$/.exec(l);
    if (!m) throw new Error(`unreadable Dockerfile line: ${l}`);
    const [, keyword, args] = m as unknown as [string, string, string];
    const op = keyword.toUpperCase();
    if (op === 'FROM') {
      const [image, as, name] = args.split(/\s+/);
      stages.push({ image: image!, ...(as?.toUpperCase() === 'AS' && name ? { name } : {}), instructions: [] });
    } else {
      if (!stages.length) throw new Error(`${op} before FROM`);
      stages.at(-1)!.instructions.push({ op, args });
    }
  }
  return stages;
}

export interface Copy {
  from?: string;
  chown?: string;
  sources: string[];
  dest: string;
}

/** A COPY instruction's flags, sources and destination (shell form; the Dockerfile uses no JSON-form COPY). */
export function parseCopy(args: string): Copy {
  const words = args.split(/\s+/);
  const flags = Object.fromEntries(words.filter((w) => w.startsWith('--')).map((w) => w.slice(2).split('=') as [string, string]));
  const paths = words.filter((w) => !w.startsWith('--'));
  return { ...(flags.from ? { from: flags.from } : {}), ...(flags.chown ? { chown: flags.chown } : {}), sources: paths.slice(0, -1), dest: paths.at(-1)! };
}

/** The argv of an exec-form (`["node", "x.mjs"]`) instruction. */
export const execForm = (args: string): string[] => {
  const argv: unknown = JSON.parse(args);
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) throw new Error(`not an exec form: ${args}`);
  return argv;
};

/** `ENV A=1 B=2` (the form the Dockerfile uses) as a record. */
export const envOf = (args: string): Record<string, string> =>
  Object.fromEntries(args.split(/\s+/).map((kv) => kv.split('=', 2) as [string, string]));

export const loadDockerfile = (): Stage[] => parseDockerfile(readFileSync(resolve(ROOT, 'Dockerfile'), 'utf8'));

export interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  healthcheck?: { test?: string[]; disable?: boolean };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

export function loadCompose(): { services: Record<string, ComposeService>; volumes: Record<string, unknown> } {
  // compose files share settings through YAML merge keys (`<<: *app`)
  return parse(readFileSync(resolve(ROOT, 'compose.yaml'), 'utf8'), { merge: true });
}

/** What the app sees once compose has put in `${VAR:-default}` (defaults) or the operator's value. */
export const substituted = (env: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_m, name: string, def?: string) => (name === 'POSTGRES_PASSWORD' ? 'geheim' : (def ?? '')))]),
  );
