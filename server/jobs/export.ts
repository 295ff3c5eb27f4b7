import type { Writable } from 'node:stream';
import { CSV_BOM, FINDING_COLUMNS, csvLine, defuseFormula, type ExportColumn, type FindingRow } from '../batch/writers';

const CHUNK_ROWS = 500;

/** Streams the findings as CSV with the columns of the CLI batch (UTF-8 BOM, ";" for German Excel). */
export async function writeCsv(rows: Iterable<FindingRow> | AsyncIterable<FindingRow>, out: Writable, columns: readonly ExportColumn[] = FINDING_COLUMNS): Promise<void> {
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(CSV_BOM + csvLine(columns.map((c) => c.header)));
  let buf = '';
  let n = 0;
  for await (const row of rows) {
    buf += csvLine(columns.map((c) => c.value(row)));
    if (++n % CHUNK_ROWS === 0) {
      await write(buf);
      buf = '';
    }
  }
  if (buf) await write(buf);
  out.end();
}

/** Streams an XLSX workbook with a frozen header row and an autofilter over all columns. */
export async function writeXlsx(rows: Iterable<FindingRow> | AsyncIterable<FindingRow>, out: Writable, columns: readonly ExportColumn[] = FINDING_COLUMNS): Promise<void> {
  // loaded on first export: exceljs and its zip stack are a fifth of the server's start-up CPU
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('Befunde', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: Math.min(60, Math.max(12, c.header.length + 4)) }));
  ws.getRow(1).font = { bold: true };
  let n = 0;
  for await (const row of rows) {
    ws.addRow(columns.map((c) => defuseFormula(c.value(row)))).commit();
    n++;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, n + 1), column: columns.length } };
  ws.commit();
  await wb.commit();
}
