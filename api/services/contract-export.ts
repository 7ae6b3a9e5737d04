import ExcelJS from 'exceljs';
import { AWARD_RULES } from '../domain/award-rules-config.ts';
import { decimalToCents, type Lang } from '../domain/eligibility-format.ts';
import { neutraliseFormula, toCsv, type CellValue } from '../spreadsheets/csv-writer.ts';
import type { Contract } from '../http/procurement-schemas.ts';

/** The contract register as .xlsx and CSV (UTF-8 BOM); text cells are neutralised against formula injection. */

const HEADERS = {
  el: [
    'Φορέας',
    'Τίτλος',
    'CPV',
    'Διαδικασία',
    'Αξία χωρίς ΦΠΑ (€)',
    'ΦΠΑ (€)',
    'Υπηρεσία',
    'Ανάθεση',
    'Έναρξη',
    'Λήξη',
    'ΑΔΑ',
    'ΑΔΑΜ',
  ],
  en: [
    'Enterprise',
    'Title',
    'CPV',
    'Award route',
    'Value net of VAT (€)',
    'VAT (€)',
    'Department',
    'Awarded on',
    'Starts on',
    'Ends on',
    'Diavgeia ΑΔΑ',
    'ΚΗΜΔΗΣ ΑΔΑΜ',
  ],
} as const;

function routeName(route: Contract['awardRoute'], lang: Lang): string {
  const rules = AWARD_RULES.routes[route];
  return lang === 'el' ? rules.nameEl : rules.nameEn;
}

function row(contract: Contract, lang: Lang, euros: (decimal: string) => CellValue): CellValue[] {
  return [
    contract.enterprise.name,
    contract.title,
    contract.cpvCode,
    routeName(contract.awardRoute, lang),
    euros(contract.valueNet),
    euros(contract.vat),
    contract.department,
    contract.awardedOn,
    contract.startsOn,
    contract.endsOn,
    contract.diavgeiaAda,
    contract.kimdisAdam,
  ].map(neutraliseFormula);
}

export async function contractsWorkbook(contracts: Contract[], lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KoinSEp Directory';
  const sheet = workbook.addWorksheet(lang === 'el' ? 'Συμβάσεις' : 'Contracts');
  sheet.columns = HEADERS[lang].map((header, i) => ({
    header,
    width: [36, 48, 12, 28, 16, 12, 30, 12, 12, 12, 18, 18][i],
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Money as numbers (euros) so that staff can sum them; cents → euros is exact for display.
  for (const contract of contracts) {
    const added = sheet.addRow(row(contract, lang, (decimal) => (decimalToCents(decimal) ?? 0) / 100));
    added.getCell(5).numFmt = '#,##0.00';
    added.getCell(6).numFmt = '#,##0.00';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function contractsCsv(contracts: Contract[], lang: Lang): string {
  // Greek Excel expects ';' and a decimal comma; English keeps ',' and '.'.
  const delimiter = lang === 'el' ? ';' : ',';
  const euros = (decimal: string) => (lang === 'el' ? decimal.replace('.', ',') : decimal);
  return toCsv(
    HEADERS[lang],
    contracts.map((c) => row(c, lang, euros)),
    { bom: true, delimiter, neutraliseFormulas: true },
  );
}
