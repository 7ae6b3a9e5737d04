/**
 * What a generated document is made of, independent of the file format: the same model is
 * rendered as DOCX (render-docx.ts, editable) and as PDF (render-pdf.ts, printable), so the
 * two never say different things. Texts arrive already in the document's language.
 */

export type DocumentLang = 'el' | 'en';

export interface TableColumn {
  header: string;
  /** Relative width (the columns share the page in proportion). */
  width: number;
  /** Numbers and money are right-aligned. */
  align?: 'left' | 'right' | 'center';
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean; align?: 'left' | 'center' | 'right' }
  /** Label–value pairs (the facts of a request), drawn as a borderless two-column grid. */
  | { kind: 'fields'; rows: Array<[label: string, value: string]> }
  | { kind: 'list'; items: string[] }
  /** A data table; `total` is an emphasised last row (sums); no caption where the heading above says it. */
  | { kind: 'table'; caption: string | null; columns: TableColumn[]; rows: string[][]; total?: string[] }
  | { kind: 'signatures'; signers: Array<{ role: string; name: string }> };

export interface DocumentModel {
  lang: DocumentLang;
  /** The title on the first page and in the file's metadata. */
  title: string;
  subtitle: string | null;
  /** The issuing authority's lines in the letterhead (name, department, address…). */
  letterhead: string[];
  /** Right-hand lines under the letterhead: place/date, reference number. */
  dateLines: string[];
  blocks: Block[];
  /** Metadata: who made it (the authority) and what it is about. */
  author: string;
  subject: string;
  /** YYYY-MM-DD, also the file's creation date (so the same data give the same file). */
  issuedOn: string;
  /** The footer's "Σελίδα 2 από 5": the two words, so DOCX can put Word's page fields between them. */
  pageWords: { page: string; of: string };
}

/** The files a model renders to: DOCX (editable) and PDF (printable). */
export type DocumentFormat = 'docx' | 'pdf';

export const DOCUMENT_MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
