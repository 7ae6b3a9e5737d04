import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocumentModel, TableColumn } from './document-model.ts';

/**
 * A document model as DOCX (Office Open XML, ECMA-376), the file a clerk edits in Word or
 * LibreOffice before filing it. Text is marked with its language (el-GR / en-GB) so spelling
 * and hyphenation work; the font is Arial, present with Greek glyphs on every office machine
 * (Word substitutes nothing; LibreOffice maps it to the metric-compatible Liberation Sans).
 */

const FONT = 'Arial';
const BODY_SIZE = 21; // half-points: 10.5 pt
const TABLE_SIZE = 18; // 9 pt
const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = 1134; // 2 cm

const languageOf = (model: DocumentModel) => ({ value: model.lang === 'el' ? 'el-GR' : 'en-GB' });

function run(
  model: DocumentModel,
  text: string,
  options: { bold?: boolean; italic?: boolean; size?: number } = {},
): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    bold: options.bold,
    italics: options.italic,
    size: options.size,
    language: languageOf(model),
  });
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(
  model: DocumentModel,
  text: string,
  options: { width: number; align?: TableColumn['align']; bold?: boolean; header?: boolean; borders: boolean },
): TableCell {
  const border = options.borders ? thin : noBorder;
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border },
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'E6E6E6', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: ALIGN[options.align ?? 'left'],
          children: [run(model, line, { bold: options.bold, size: TABLE_SIZE })],
        }),
    ),
  });
}

function percentages(columns: TableColumn[]): number[] {
  const sum = columns.reduce((total, c) => total + c.width, 0);
  return columns.map((c) => Math.round((c.width / sum) * 100));
}

function table(model: DocumentModel, block: Extract<Block, { kind: 'table' }>): Array<Paragraph | Table> {
  const widths = percentages(block.columns);
  const row = (values: string[], options: { header?: boolean; bold?: boolean }) =>
    new TableRow({
      tableHeader: options.header,
      cantSplit: true,
      children: values.map((value, i) =>
        cell(model, value, {
          width: widths[i]!,
          align: block.columns[i]!.align,
          bold: options.bold,
          header: options.header,
          borders: true,
        }),
      ),
    });
  return [
    new Paragraph({
      spacing: { before: 160, after: 60 },
      keepNext: true,
      children: block.caption ? [run(model, block.caption, { bold: true })] : [],
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.FIXED,
      rows: [
        row(
          block.columns.map((c) => c.header),
          { header: true, bold: true },
        ),
        ...block.rows.map((values) => row(values, {})),
        ...(block.total ? [row(block.total, { bold: true })] : []),
      ],
    }),
  ];
}

function blockToDocx(model: DocumentModel, block: Block): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          spacing: { before: 240, after: 120 },
          keepNext: true,
          children: [run(model, block.text, { bold: true, size: 24 })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: block.align ? ALIGN[block.align] : AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          children: [run(model, block.text, { bold: block.bold, italic: block.italic })],
        }),
      ];
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [run(model, item)] }),
      );
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          layout: TableLayoutType.FIXED,
          rows: block.rows.map(
            ([label, value]) =>
              new TableRow({
                cantSplit: true,
                children: [
                  cell(model, label, { width: 35, bold: true, borders: false }),
                  cell(model, value, { width: 65, borders: false }),
                ],
              }),
          ),
        }),
      ];
    case 'table':
      return table(model, block);
    case 'signatures':
      return [
        new Paragraph({ spacing: { before: 360 }, children: [] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({
              cantSplit: true,
              children: block.signers.map((signer) =>
                cell(model, `${signer.role}\n\n\n${signer.name}`, {
                  width: Math.floor(100 / block.signers.length),
                  align: 'center',
                  borders: false,
                }),
              ),
            }),
          ],
        }),
      ];
  }
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const letterhead = model.letterhead.map(
    (line, i) => new Paragraph({ children: [run(model, line, { bold: i === 0 })] }),
  );
  const dateLines = model.dateLines.map(
    (line) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(model, line)] }),
  );
  const title = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 120 },
      children: [run(model, model.title, { bold: true, size: 32 })],
    }),
    ...(model.subtitle
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(model, model.subtitle, { italic: true })],
          }),
        ]
      : []),
  ];
  const document = new Document({
    creator: model.author,
    title: model.title,
    subject: model.subject,
    description: model.subject,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE, language: languageOf(model) } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [
                      `${model.pageWords.page} `,
                      PageNumber.CURRENT,
                      ` ${model.pageWords.of} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                    size: 16,
                    language: languageOf(model),
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...letterhead,
          ...dateLines,
          ...title,
          ...model.blocks.flatMap((block) => blockToDocx(model, block)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
