import PDFDocument from 'pdfkit';
import type { Block, DocumentModel, TableColumn } from './document-model.ts';
import { PDF_FONTS } from './pdf-fonts.ts';

/**
 * A document model as PDF (A4, printable), with Noto Sans embedded (subset) so Greek text
 * with every accent prints and copies out correctly on any machine: the fonts come from an
 * npm package, never from the network. Tables repeat their header on a new page.
 */

type Pdf = PDFKit.PDFDocument;

const MARGIN = 56; // 2 cm
const BODY = 10;
const SMALL = 8.5;
const CELL_PADDING = 4;

function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` more points fit on this one. */
function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

const nfc = (text: string) => text.normalize('NFC');

/** A heading never ends a page: it keeps room for the start of the block that follows it. */
function heading(doc: Pdf, text: string, next: Block | undefined): void {
  const following = startHeight(doc, next);
  doc.font('bold').fontSize(12);
  ensureSpace(doc, doc.heightOfString(nfc(text), { width: contentWidth(doc) }) + 30 + following);
  doc.moveDown(0.6);
  doc.text(nfc(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function paragraph(doc: Pdf, block: Extract<Block, { kind: 'paragraph' }>): void {
  doc.font(block.bold ? 'bold' : block.italic ? 'italic' : 'regular').fontSize(BODY);
  doc.text(nfc(block.text), doc.page.margins.left, doc.y, {
    width: contentWidth(doc),
    align: block.align ?? 'justify',
  });
  doc.moveDown(0.4);
}

function list(doc: Pdf, items: string[]): void {
  const left = doc.page.margins.left;
  doc.font('regular').fontSize(BODY);
  for (const item of items) {
    const height = doc.heightOfString(nfc(item), { width: contentWidth(doc) - 14 });
    ensureSpace(doc, height);
    const y = doc.y;
    doc.text('•', left + 2, y, { lineBreak: false });
    doc.text(nfc(item), left + 14, y, { width: contentWidth(doc) - 14 });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.2);
}

function fields(doc: Pdf, rows: Array<[string, string]>): void {
  const left = doc.page.margins.left;
  const labelWidth = contentWidth(doc) * 0.35;
  const valueWidth = contentWidth(doc) - labelWidth - 8;
  for (const [label, value] of rows) {
    doc.fontSize(BODY);
    const height = Math.max(
      doc.font('bold').heightOfString(nfc(label), { width: labelWidth }),
      doc.font('regular').heightOfString(nfc(value), { width: valueWidth }),
    );
    ensureSpace(doc, height);
    const y = doc.y;
    doc.font('bold').text(nfc(label), left, y, { width: labelWidth });
    doc.font('regular').text(nfc(value), left + labelWidth + 8, y, { width: valueWidth });
    doc.y = y + height + 3;
  }
  doc.moveDown(0.3);
}

function columnWidths(doc: Pdf, columns: TableColumn[]): number[] {
  const sum = columns.reduce((total, c) => total + c.width, 0);
  return columns.map((c) => (c.width / sum) * contentWidth(doc));
}

function rowHeight(doc: Pdf, values: string[], widths: number[], font: string): number {
  doc.font(font).fontSize(SMALL);
  return (
    Math.max(...values.map((value, i) => doc.heightOfString(nfc(value), { width: widths[i]! - 2 * CELL_PADDING }))) +
    2 * CELL_PADDING
  );
}

function drawRow(
  doc: Pdf,
  values: string[],
  widths: number[],
  columns: TableColumn[],
  style: 'header' | 'body' | 'total',
): void {
  const font = style === 'body' ? 'regular' : 'bold';
  const height = rowHeight(doc, values, widths, font);
  const y = doc.y;
  let x = doc.page.margins.left;
  if (style === 'header') doc.rect(x, y, contentWidth(doc), height).fill('#E6E6E6').fillColor('black');
  doc.font(font).fontSize(SMALL);
  values.forEach((value, i) => {
    const width = widths[i]!;
    doc.rect(x, y, width, height).lineWidth(0.5).strokeColor('#808080').stroke();
    doc.text(nfc(value), x + CELL_PADDING, y + CELL_PADDING, {
      width: width - 2 * CELL_PADDING,
      align: columns[i]!.align ?? 'left',
    });
    x += width;
  });
  doc.y = y + height;
}

function tableRows(block: Extract<Block, { kind: 'table' }>): Array<[string[], 'body' | 'total']> {
  return [
    ...block.rows.map((r) => [r, 'body'] as [string[], 'body']),
    ...(block.total ? [[block.total, 'total'] as [string[], 'total']] : []),
  ];
}

/**
 * The room a block needs on the current page before it starts: a table that fits on one page
 * is kept whole (a longer one keeps its caption, header and first row together); text needs
 * its first lines.
 */
function startHeight(doc: Pdf, block: Block | undefined): number {
  if (!block) return 0;
  doc.font('regular').fontSize(BODY);
  const line = doc.currentLineHeight(true);
  if (block.kind !== 'table') return block.kind === 'signatures' ? 100 : 3 * line;
  const widths = columnWidths(doc, block.columns);
  const header = rowHeight(
    doc,
    block.columns.map((c) => c.header),
    widths,
    'bold',
  );
  const heights = tableRows(block).map(([values, style]) =>
    rowHeight(doc, values, widths, style === 'total' ? 'bold' : 'regular'),
  );
  const whole = 30 + header + heights.reduce((sum, h) => sum + h, 0);
  return whole <= bottom(doc) - doc.page.margins.top ? whole : 30 + header + (heights[0] ?? 0);
}

function table(doc: Pdf, block: Extract<Block, { kind: 'table' }>): void {
  const widths = columnWidths(doc, block.columns);
  const headers = block.columns.map((c) => c.header);
  ensureSpace(doc, startHeight(doc, block));
  doc.moveDown(0.4);
  if (block.caption) {
    doc
      .font('bold')
      .fontSize(BODY)
      .text(nfc(block.caption), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
    doc.moveDown(0.2);
  }
  drawRow(doc, headers, widths, block.columns, 'header');
  for (const [values, style] of tableRows(block)) {
    if (doc.y + rowHeight(doc, values, widths, style === 'total' ? 'bold' : 'regular') > bottom(doc)) {
      doc.addPage();
      drawRow(doc, headers, widths, block.columns, 'header');
    }
    drawRow(doc, values, widths, block.columns, style);
  }
  doc.moveDown(0.6);
}

function signatures(doc: Pdf, signers: Array<{ role: string; name: string }>): void {
  ensureSpace(doc, 100);
  doc.moveDown(1.5);
  const y = doc.y;
  const width = contentWidth(doc) / Math.max(1, signers.length);
  signers.forEach((signer, i) => {
    const x = doc.page.margins.left + i * width;
    doc.font('regular').fontSize(BODY).text(nfc(signer.role), x, y, { width, align: 'center' });
    doc.text(nfc(signer.name), x, y + 60, { width, align: 'center' });
  });
  doc.y = y + 80;
  doc.x = doc.page.margins.left;
}

function renderBlock(doc: Pdf, block: Block, next: Block | undefined): void {
  switch (block.kind) {
    case 'heading':
      return heading(doc, block.text, next);
    case 'paragraph':
      return paragraph(doc, block);
    case 'list':
      return list(doc, block.items);
    case 'fields':
      return fields(doc, block.rows);
    case 'table':
      return table(doc, block);
    case 'signatures':
      return signatures(doc, block.signers);
  }
}

/** Page numbers once every page exists ("Σελίδα 2 από 5"), in the bottom margin. */
function numberPages(doc: Pdf, model: DocumentModel): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .text(
        `${model.pageWords.page} ${i + 1} ${model.pageWords.of} ${range.count}`,
        doc.page.margins.left,
        doc.page.height - 36,
        {
          width: contentWidth(doc),
          align: 'center',
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = keep;
  }
}

export function renderPdf(model: DocumentModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: model.lang === 'el' ? 'el-GR' : 'en-GB',
    displayTitle: true,
    font: PDF_FONTS.regular,
    info: {
      Title: nfc(model.title),
      Author: nfc(model.author),
      Subject: nfc(model.subject),
      Creator: 'KoinSEp Directory',
      CreationDate: new Date(`${model.issuedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  doc.registerFont('italic', PDF_FONTS.italic);

  doc.font('regular').fontSize(BODY);
  model.letterhead.forEach((line, i) => doc.font(i === 0 ? 'bold' : 'regular').text(nfc(line)));
  doc.moveDown(0.5);
  for (const line of model.dateLines) doc.font('regular').text(nfc(line), { align: 'right' });
  doc.moveDown(1);
  doc.font('bold').fontSize(15).text(nfc(model.title), { align: 'center' });
  if (model.subtitle) doc.moveDown(0.3).font('italic').fontSize(BODY).text(nfc(model.subtitle), { align: 'center' });
  doc.moveDown(1);
  model.blocks.forEach((block, i) => renderBlock(doc, block, model.blocks[i + 1]));
  numberPages(doc, model);
  doc.end();
  return done;
}
