/**
 * The small YAML subset used by the corpus front matter: `key: value` scalars (plain, "double" or 'single'
 * quoted, folded over indented continuation lines) and `- item` lists, which are skipped.
 * A full YAML parser is not needed for these generated headers and would cost a dependency.
 */

export interface FrontMatter {
  data: Record<string, string>;
  /** Offset of the first character after the closing `---` line (0 when there is no front matter). */
  end: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*\r?$/m;

function unquote(v: string): string {
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

export function parseFrontMatter(md: string): FrontMatter {
  const open = OPEN.exec(md);
  if (!open) return { data: {}, end: 0 };
  CLOSE.lastIndex = 0;
  const rest = md.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { data: {}, end: 0 };
  const block = rest.slice(0, close.index);
  const end = open[0].length + close.index + close[0].length + (rest[close.index + close[0].length] === '\n' ? 1 : 0);

  const data: Record<string, string> = {};
  let key: string | null = null;
  let raw = '';
  const flush = () => {
    if (key) data[key] = unquote(raw.trim());
  };
  for (const line of block.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(line);
    if (m) {
      flush();
      key = m[1]!;
      raw = m[2]!;
    } else if (/^\s+-\s/.test(line) || /^-\s/.test(line)) {
      // list items (retrieved_from) carry no field the parser needs
      continue;
    } else if (key && /^\s+\S/.test(line)) {
      raw += ' ' + line.trim();
    }
  }
  flush();
  return { data, end };
}
