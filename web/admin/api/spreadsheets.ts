import type { ExportEntity, ImportJob } from '../../../api/contract.ts';
import { apiRequest, query, segment } from '../../shared/api-client.ts';

/** Thin typed calls for the import/export page (issue 7), /api/v1/spreadsheets. */

export type ImportReport = NonNullable<ImportJob['report']>;
export type ExportFormat = 'xlsx' | 'csv-semicolon' | 'csv-comma';

const BASE = '/api/v1/spreadsheets';

/** Statuses in which the server is still working on the dry run. */
export const isDryRunning = (job: ImportJob) => job.status === 'reading' || job.status === 'validating';

export const templateUrl = (format: 'xlsx' | 'csv') => `${BASE}/import-template${query({ format })}`;

export function exportUrl(entity: ExportEntity, format: ExportFormat, columns: readonly string[]): string {
  const delimiter = format === 'xlsx' ? undefined : format === 'csv-comma' ? 'comma' : 'semicolon';
  return `${BASE}/export${query({ entity, format: format === 'xlsx' ? 'xlsx' : 'csv', columns: columns.join(','), delimiter })}`;
}

/** Sends the file (multipart) for a dry run; the answer is the new import job (202). */
export function uploadImport(file: File): Promise<ImportJob> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest<ImportJob>('POST', `${BASE}/imports`, body);
}

export const getImport = (id: string) => apiRequest<ImportJob>('GET', `${BASE}/imports/${segment(id)}`);
export const commitImport = (id: string) => apiRequest<ImportJob>('POST', `${BASE}/imports/${segment(id)}/commit`);
