import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/**
 * Small document model shared by the review and documentation exports; rendered to Markdown or DOCX. There are no
 * tables: findings and answers are labelled blocks, which print on portrait A4 and stay readable when pasted.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; bold?: string }
  | { type: 'list'; items: { bold?: string; text: string }[] }
  | { type: 'quote'; text: string };

export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`);
        break;
      case 'paragraph':
        out.push(b.bold ? `**${b.bold}**${b.text ? ` ${b.text}` : ''}` : b.text);
        break;
      case 'list':
        out.push(b.items.map((it, i) => `${i + 1}. ${it.bold ? `**${it.bold}** ` : ''}${it.text.replace(/\n/g, '\n   ')}`).join('\n'));
        break;
      case 'quote':
        out.push(b.text.split('\n').map((l) => `> ${l}`).join('\n'));
        break;
    }
  }
  return out.join('\n\n') + '\n';
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export async function renderDocx(title: string, blocks: Block[]): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        children.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: [...(b.bold ? [new TextRun({ text: b.text ? `${b.bold} ` : b.bold, bold: true })] : []), ...(b.text ? [new TextRun(b.text)] : [])] }));
        break;
      case 'list':
        b.items.forEach((it, i) => {
          const [first, ...rest] = it.text.split('\n');
          children.push(
            new Paragraph({
              indent: { left: 360, hanging: 360 },
              children: [
                new TextRun(`${i + 1}.\t`),
                ...(it.bold ? [new TextRun({ text: `${it.bold} `, bold: true })] : []),
                new TextRun(first ?? ''),
                ...rest.map((line) => new TextRun({ text: line, break: 1 })),
              ],
            }),
          );
        });
        break;
      case 'quote':
        children.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: b.text, italics: true })] }));
        break;
    }
  }
  const doc = new Document({ title, creator: 'Digitalcheck-Assistent', sections: [{ children }] });
  return Packer.toBuffer(doc);
}
