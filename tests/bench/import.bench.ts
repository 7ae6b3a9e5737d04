import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { loadReferenceData } from '../../seed/reference/load-reference-data.ts';
import { createSearchIndexer } from '../../api/repositories/sqlite/search/fts-index.ts';
import { readSpreadsheet } from '../../api/spreadsheets/read-table.ts';
import { planImport } from '../../api/spreadsheets/enterprise-import.ts';
import { commitImport } from '../../api/services/enterprise-import.ts';
import { loadImportReference } from '../../api/repositories/sqlite/import-reference.ts';

/** Issue 7 §2: a 10k-row import (read, dry run, commit with search indexing) in ≤ 10 s on this machine. */

const ROWS = 10_000;
const TARGET_MS = 10_000;

function afmFor(n: number): string {
  const first = String(100_000_00 + n).padStart(8, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first[i]) * 2 ** (8 - i);
  return `${first}${(sum % 11) % 10}`;
}

const HEADER = [
  'afm',
  'legal_name',
  'legal_form',
  'trade_name',
  'municipality_id',
  'description_el',
  'service_title_el',
  'service_description_el',
  'cpv_codes',
  'categories',
  'areas',
];
const CPV = ['90919300-5', '77314000-4', '55524000-9', '90911200-8', '79800000-2'];
const CATEGORY = ['cleaning', 'green-spaces', 'catering', 'cleaning', 'printing-design'];

function rowFor(i: number): string[] {
  return [
    afmFor(i),
    `Κοινωνική Συνεταιριστική Επιχείρηση Δοκιμής ${i}`,
    'koinsep_collective_benefit',
    `Δοκιμή ${i}`,
    'mun-chalandri',
    'Καθαρισμός σχολείων και δημοτικών κτιρίων, συντήρηση πρασίνου και σίτιση με ανθρώπους από ευπαθείς ομάδες.',
    `Υπηρεσία ${i}`,
    'Περιγραφή της υπηρεσίας με αρκετές λέξεις για το ευρετήριο αναζήτησης.',
    CPV[i % 5]!,
    CATEGORY[i % 5]!,
    'mun-chalandri EL30',
  ];
}

async function measure(label: string, bytes: Uint8Array, fileName: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'koinsep-import-bench-'));
  const handle = openDatabase(join(dir, 'bench.sqlite'));
  try {
    await migrateToLatest(handle.db);
    await loadReferenceData(handle);
    const t0 = performance.now();
    const table = await readSpreadsheet(bytes, fileName);
    const t1 = performance.now();
    const plan = planImport(table, loadImportReference(handle.sqlite));
    const t2 = performance.now();
    if (!plan.valid) throw new Error(`bench data invalid: ${JSON.stringify(plan.rows.find((r) => r.problems.length))}`);
    const written = commitImport(handle.sqlite, createSearchIndexer(handle.sqlite), plan, {
      userId: null,
      email: 'bench',
      ip: null,
    });
    const t3 = performance.now();
    const total = t3 - t0;
    console.log(
      `${label}: ${ROWS} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB) → ${written.enterprises} enterprises, ${written.services} services: ` +
        `read ${(t1 - t0).toFixed(0)} ms, dry run ${(t2 - t1).toFixed(0)} ms, commit+index ${(t3 - t2).toFixed(0)} ms, ` +
        `total ${(total / 1000).toFixed(2)} s (target ≤ ${TARGET_MS / 1000} s: ${total <= TARGET_MS ? 'PASS' : 'FAIL'})`,
    );
    return total;
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const rows = Array.from({ length: ROWS }, (_, i) => rowFor(i));
  const csv = `\uFEFF${[HEADER, ...rows].map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\r\n')}\r\n`;
  const csvMs = await measure('CSV (UTF-8 BOM, ;)', new Uint8Array(Buffer.from(csv, 'utf8')), 'bench.csv');

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('import');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  const xlsxMs = await measure('XLSX (streaming reader)', xlsx, 'bench.xlsx');
  if (Math.max(csvMs, xlsxMs) > TARGET_MS) throw new Error('10k-row import slower than 10 s');
}
