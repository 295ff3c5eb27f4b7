import { h, type Child } from './dom';

/**
 * Minimal, safe Markdown for answers: paragraphs, headings, lists, block quotes, bold, italic, code and
 * citation markers "[n]". Everything becomes DOM nodes with text content; links and raw HTML are
 * shown as plain text on purpose (model output is untrusted).
 */
export interface MarkdownOptions {
  /** Number of citations; markers beyond it stay plain text. */
  citations: number;
  onCitation?: (index: number, button: HTMLButtonElement) => void;
}

const INLINE = /(\*\*[^*\n]+\*\*|__[^_\n]+__|`[^`\n]+`|\[\d+(?:\s*[,;]\s*\d+)*\]|\*[^*\s][^*\n]*\*)/g;

export function renderInline(text: string, opts: MarkdownOptions): Child[] {
  const out: Child[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const token = m[0];
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    last = at + token.length;
    if (token.startsWith('**') || token.startsWith('__')) out.push(h('strong', { text: token.slice(2, -2) }));
    else if (token.startsWith('`')) out.push(h('code', { text: token.slice(1, -1) }));
    else if (token.startsWith('[')) out.push(...citationButtons(token, opts));
    else out.push(h('em', { text: token.slice(1, -1) }));
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function citationButtons(token: string, opts: MarkdownOptions): Child[] {
  const numbers = token.slice(1, -1).split(/[,;]/).map((s) => Number(s.trim()));
  if (!opts.onCitation || numbers.some((n) => n < 1 || n > opts.citations)) return [token];
  return numbers.map((n) => {
    const btn = h('button', {
      class: 'cite-marker',
      text: `[${n}]`,
      attrs: { type: 'button', 'aria-label': `Quelle ${n} öffnen` },
      dataset: { cite: String(n) },
    });
    btn.addEventListener('click', () => opts.onCitation?.(n, btn));
    return btn;
  });
}

/** A list item with at most one nested list, as answers write it ("1. **Befund** …" then "   - Warum: …"). */
interface ListItem {
  text: string;
  sub?: { kind: 'ul' | 'ol'; items: string[] };
}

type Block =
  | { kind: 'p'; lines: string[] }
  | { kind: 'h'; level: number; text: string }
  | { kind: 'ul' | 'ol'; items: ListItem[]; start: number }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'hr' };

const LIST_MARKER = /^(\s*)(?:([-*•])|(\d+)[.)])\s+(.*)$/;

function parseBlocks(src: string): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  const flush = () => {
    if (cur) blocks.push(cur);
    cur = null;
  };
  for (const raw of src.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
      continue;
    }
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^(#{1,6})\s+(.*)$/))) {
      flush();
      blocks.push({ kind: 'h', level: m[1]!.length, text: m[2]! });
    } else if (/^\s*([-*_])\s*\1\s*\1[\s\-*_]*$/.test(line)) {
      flush();
      blocks.push({ kind: 'hr' });
    } else if ((m = line.match(LIST_MARKER))) {
      const kind = m[2] ? 'ul' : 'ol';
      const list = cur as Block | null;
      if (m[1]!.length >= 2 && (list?.kind === 'ul' || list?.kind === 'ol')) {
        // An indented item belongs to the item above; as a list of its own it cut the outer list in pieces, and
        // every piece of a numbered list started again at 1.
        const parent = list.items[list.items.length - 1]!;
        parent.sub ??= { kind, items: [] };
        parent.sub.items.push(m[4]!);
        continue;
      }
      if (list?.kind !== kind) flush();
      cur ??= { kind, items: [], start: m[3] ? Number(m[3]) : 1 };
      (cur as { items: ListItem[] }).items.push({ text: m[4]! });
    } else if ((m = line.match(/^>\s?(.*)$/))) {
      if (cur?.kind !== 'quote') flush();
      cur ??= { kind: 'quote', lines: [] };
      (cur as { lines: string[] }).lines.push(m[1]!);
    } else if ((cur?.kind === 'ul' || cur?.kind === 'ol') && /^\s{2,}\S/.test(raw)) {
      // Continuation line of the previous list item (or of its last nested item).
      const item = cur.items[cur.items.length - 1]!;
      if (item.sub) item.sub.items[item.sub.items.length - 1] += ` ${line.trim()}`;
      else item.text += ` ${line.trim()}`;
    } else {
      if (cur?.kind !== 'p') flush();
      cur ??= { kind: 'p', lines: [] };
      (cur as { lines: string[] }).lines.push(line);
    }
  }
  flush();
  return blocks;
}

function withBreaks(lines: string[], opts: MarkdownOptions): Child[] {
  return lines.flatMap((l, i) => (i === 0 ? renderInline(l, opts) : [h('br'), ...renderInline(l, opts)]));
}

function renderList(kind: 'ul' | 'ol', items: string[], opts: MarkdownOptions): HTMLElement {
  return h(kind, null, items.map((it) => h('li', null, renderInline(it, opts))));
}

export function renderMarkdown(src: string, opts: MarkdownOptions): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const b of parseBlocks(src)) {
    switch (b.kind) {
      case 'p':
        frag.append(h('p', null, withBreaks(b.lines, opts)));
        break;
      case 'h':
        // Answers live inside the page structure; keep their headings below the page's own levels.
        frag.append(h(b.level <= 2 ? 'h3' : 'h4', { class: 'md-heading' }, renderInline(b.text, opts)));
        break;
      case 'ul':
      case 'ol':
        frag.append(
          h(
            b.kind,
            { attrs: { start: b.kind === 'ol' && b.start !== 1 ? b.start : null } },
            b.items.map((it) => h('li', null, renderInline(it.text, opts), it.sub ? renderList(it.sub.kind, it.sub.items, opts) : null)),
          ),
        );
        break;
      case 'quote':
        frag.append(h('blockquote', null, withBreaks(b.lines, opts)));
        break;
      case 'hr':
        frag.append(h('hr'));
        break;
    }
  }
  return frag;
}
