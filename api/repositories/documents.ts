import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ComplianceDocumentKind, Database, DocumentFilesTable, LogosTable } from '../../db/schema.ts';

/** Compliance documents, the files behind them, and logos (issue 5). */

type Db = Kysely<Database> | Transaction<Database>;

export type DocumentFileRow = Selectable<DocumentFilesTable>;
export type LogoRow = Selectable<LogosTable>;

export interface DocumentRecord {
  id: string;
  enterpriseId: string;
  kind: ComplianceDocumentKind;
  issuedOn: string;
  validUntil: string;
  referenceNumber: string | null;
  verifiedAt: string | null;
  createdAt: string;
  /** Newest first; the first is the current file. */
  files: DocumentFileRow[];
}

export async function listDocuments(db: Db, enterpriseId: string, onlyId?: string): Promise<DocumentRecord[]> {
  let query = db.selectFrom('compliance_documents').selectAll().where('enterprise_id', '=', enterpriseId);
  if (onlyId) query = query.where('id', '=', onlyId);
  const documents = await query.orderBy('kind').orderBy('valid_until', 'desc').execute();
  if (documents.length === 0) return [];
  const files = await db
    .selectFrom('document_files')
    .selectAll()
    .where(
      'document_id',
      'in',
      documents.map((d) => d.id),
    )
    .orderBy('uploaded_at', 'desc')
    .orderBy('id')
    .execute();
  return documents.map((d) => ({
    id: d.id,
    enterpriseId: d.enterprise_id,
    kind: d.kind,
    issuedOn: d.issued_on,
    validUntil: d.valid_until,
    referenceNumber: d.reference_number,
    verifiedAt: d.verified_at,
    createdAt: d.created_at,
    // The current file is the one nothing replaced; older ones follow.
    files: files
      .filter((f) => f.document_id === d.id)
      .sort((a, b) => Number(a.replaced_by_file_id !== null) - Number(b.replaced_by_file_id !== null)),
  }));
}

/** A document by id, with the enterprise it belongs to (for the authorisation decision). */
export async function findDocument(db: Db, id: string): Promise<{ id: string; enterpriseId: string } | undefined> {
  const row = await db
    .selectFrom('compliance_documents')
    .select(['id', 'enterprise_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, enterpriseId: row.enterprise_id } : undefined;
}

export async function insertDocument(
  trx: Transaction<Database>,
  values: {
    id: string;
    enterpriseId: string;
    kind: ComplianceDocumentKind;
    issuedOn: string;
    validUntil: string;
    referenceNumber: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('compliance_documents')
    .values({
      id: values.id,
      enterprise_id: values.enterpriseId,
      kind: values.kind,
      issued_on: values.issuedOn,
      valid_until: values.validUntil,
      reference_number: values.referenceNumber,
      verified_at: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export async function updateDocument(
  trx: Transaction<Database>,
  id: string,
  values: Partial<{
    kind: ComplianceDocumentKind;
    issued_on: string;
    valid_until: string;
    reference_number: string | null;
    verified_at: string | null;
  }>,
): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await trx.updateTable('compliance_documents').set(values).where('id', '=', id).execute();
}

/** Adds a file to a document; the document's current file (if any) becomes the previous one. */
export async function addDocumentFile(
  trx: Transaction<Database>,
  file: Omit<DocumentFileRow, 'previous_file_id' | 'replaced_by_file_id'>,
): Promise<string | null> {
  const current = await trx
    .selectFrom('document_files')
    .select('id')
    .where('document_id', '=', file.document_id)
    .where('replaced_by_file_id', 'is', null)
    .executeTakeFirst();
  await trx
    .insertInto('document_files')
    .values({ ...file, previous_file_id: current?.id ?? null, replaced_by_file_id: null })
    .execute();
  if (current)
    await trx
      .updateTable('document_files')
      .set({ replaced_by_file_id: file.id })
      .where('id', '=', current.id)
      .execute();
  return current?.id ?? null;
}

export async function findDocumentFile(
  db: Db,
  documentId: string,
  fileId?: string,
): Promise<DocumentFileRow | undefined> {
  let query = db.selectFrom('document_files').selectAll().where('document_id', '=', documentId);
  query = fileId ? query.where('id', '=', fileId) : query.where('replaced_by_file_id', 'is', null);
  return query.executeTakeFirst();
}

export async function insertLogo(trx: Transaction<Database>, logo: LogoRow): Promise<void> {
  await trx.insertInto('logos').values(logo).execute();
}

export async function findLogo(db: Db, id: string): Promise<LogoRow | undefined> {
  return db.selectFrom('logos').selectAll().where('id', '=', id).executeTakeFirst();
}
