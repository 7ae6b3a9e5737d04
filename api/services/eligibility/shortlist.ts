import ExcelJS from 'exceljs';
import { formatDate, formatMoney, decimalToCents, type Lang } from '../../domain/eligibility-format.ts';
import { html, raw, type SafeHtml } from '../../http/html.ts';
import { neutraliseFormula } from '../../spreadsheets/csv-writer.ts';
import type { EligibilityEntry, EligibilityResponse } from '../../http/eligibility-schemas.ts';

/**
 * The shortlist for the procurement file, as a real .xlsx and as a printable A4 page. Both
 * state the date, the criteria, the rules applied with their legal references and each
 * enterprise's outcome, reasons and certificate validity (issue 6).
 */

const T = {
  el: {
    title: 'Κατάλογος επιλέξιμων φορέων',
    criteria: 'Κριτήρια',
    results: 'Αποτελέσματα',
    checks: 'Έλεγχοι',
    date: 'Ημερομηνία',
    route: 'Διαδικασία ανάθεσης',
    reference: 'Νομική βάση',
    verify: 'προς επιβεβαίωση',
    cpv: 'Κωδικοί CPV',
    keywords: 'Λέξεις-κλειδιά',
    value: 'Εκτιμώμενη αξία χωρίς ΦΠΑ',
    start: 'Έναρξη',
    duration: 'Διάρκεια (μήνες)',
    place: 'Τόπος εκτέλεσης',
    rule: 'Κανόνας',
    enterprise: 'Φορέας',
    group: 'Αποτέλεσμα',
    match: 'Αντιστοίχιση CPV',
    reasons: 'Αιτιολογία',
    outcome: 'Έκβαση',
    message: 'Εξήγηση',
    tax: 'Φορολογική ενημερότητα έως',
    social: 'Ασφαλιστική ενημερότητα έως',
    gemkalo: 'Βεβαίωση ΓΕΜΚΑΛΟ έως',
    workforce: 'Βεβαίωση σύνθεσης προσωπικού έως',
    lastAward: 'Τελευταία ανάθεση',
    awarded: 'Ανατέθηκαν (τελευταίοι 12 μήνες)',
    none: '—',
    groups: { eligible: 'Επιλέξιμος', conditional: 'Επιλέξιμος με προϋποθέσεις', ineligible: 'Μη επιλέξιμος' },
    outcomes: { pass: 'Πληροί', fail: 'Δεν πληροί', warning: 'Προσοχή', unknown: 'Άγνωστο' },
    allPass: 'Πληροί όλους τους κανόνες.',
    print: 'Εκτύπωση',
    generated: 'Συντάχθηκε',
  },
  en: {
    title: 'Shortlist of eligible enterprises',
    criteria: 'Criteria',
    results: 'Results',
    checks: 'Checks',
    date: 'Date',
    route: 'Award route',
    reference: 'Legal basis',
    verify: 'to be verified',
    cpv: 'CPV codes',
    keywords: 'Keywords',
    value: 'Estimated value net of VAT',
    start: 'Start date',
    duration: 'Duration (months)',
    place: 'Place of performance',
    rule: 'Rule',
    enterprise: 'Enterprise',
    group: 'Outcome',
    match: 'CPV match',
    reasons: 'Reasons',
    outcome: 'Outcome',
    message: 'Explanation',
    tax: 'Tax clearance valid until',
    social: 'Social-security clearance valid until',
    gemkalo: 'ΓΕΜΚΑΛΟ certificate valid until',
    workforce: 'Workforce evidence valid until',
    lastAward: 'Last award',
    awarded: 'Awarded (last 12 months)',
    none: '—',
    groups: { eligible: 'Eligible', conditional: 'Eligible with conditions', ineligible: 'Not eligible' },
    outcomes: { pass: 'Pass', fail: 'Fail', warning: 'Warning', unknown: 'Unknown' },
    allPass: 'Meets every rule.',
    print: 'Print',
    generated: 'Generated',
  },
} as const;

function referenceText(reference: { el: string; en: string; verify: boolean }, lang: Lang): string {
  return `${reference[lang]}${reference.verify ? ` (${T[lang].verify})` : ''}`;
}

function entries(result: EligibilityResponse): EligibilityEntry[] {
  return [...result.eligible, ...result.conditional, ...result.ineligible];
}

function reasons(entry: EligibilityEntry, lang: Lang): string {
  const notPassing = entry.checks.filter((c) => c.outcome !== 'pass');
  if (notPassing.length === 0) return T[lang].allPass;
  return notPassing.map((c) => `${T[lang].outcomes[c.outcome]}: ${c.message[lang]}`).join('\n');
}

function criteriaRows(result: EligibilityResponse, lang: Lang): Array<[string, string]> {
  const t = T[lang];
  const c = result.criteria;
  const value = c.valueNet === null ? t.none : formatMoney(decimalToCents(c.valueNet) ?? 0, lang);
  return [
    [t.date, formatDate(c.today, lang)],
    [t.route, c.route.name[lang]],
    [t.reference, referenceText(c.route.reference, lang)],
    [t.cpv, c.cpv.length ? c.cpv.map((x) => `${x.formatted} ${x.label[lang]}`).join('; ') : t.none],
    [t.keywords, c.keywords ?? t.none],
    [t.value, value],
    [t.start, formatDate(c.startDate, lang)],
    [t.duration, c.durationMonths === null ? t.none : String(c.durationMonths)],
    [t.place, c.place ? c.place.name[lang] : t.none],
  ];
}

const cell = (value: string | null | undefined) => neutraliseFormula(value ?? '') as string;
const dateCell = (iso: string | null | undefined, lang: Lang) => (iso ? formatDate(iso, lang) : T[lang].none);

export async function buildShortlistWorkbook(result: EligibilityResponse, lang: Lang): Promise<Buffer> {
  const t = T[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KoinSEp Directory';
  workbook.created = new Date(`${result.criteria.today}T00:00:00Z`);

  const criteria = workbook.addWorksheet(t.criteria);
  criteria.columns = [{ width: 34 }, { width: 90 }, { width: 70 }];
  criteria.addRow([t.title]).font = { bold: true, size: 14 };
  for (const [label, value] of criteriaRows(result, lang))
    criteria.addRow([label, cell(value)]).getCell(1).font = { bold: true };
  criteria.addRow([]);
  criteria.addRow([t.rule, t.message, t.reference]).font = { bold: true };
  for (const rule of result.criteria.rules)
    criteria.addRow([rule.rule, cell(rule.description[lang]), cell(referenceText(rule.reference, lang))]);

  const results = workbook.addWorksheet(t.results);
  results.columns = [
    { header: t.enterprise, width: 40 },
    { header: t.group, width: 26 },
    { header: t.match, width: 12 },
    { header: t.reasons, width: 90 },
    { header: t.tax, width: 16 },
    { header: t.social, width: 16 },
    { header: t.gemkalo, width: 16 },
    { header: t.workforce, width: 16 },
    { header: t.lastAward, width: 16 },
    { header: t.awarded, width: 18 },
  ];
  results.getRow(1).font = { bold: true };
  results.views = [{ state: 'frozen', ySplit: 1 }];
  for (const entry of entries(result)) {
    const row = results.addRow([
      cell(entry.enterprise.name),
      t.groups[entry.group],
      entry.matchQuality,
      cell(reasons(entry, lang)),
      dateCell(entry.documents.tax_clearance, lang),
      dateCell(entry.documents.social_security_clearance, lang),
      dateCell(entry.documents.gemkalo_certificate, lang),
      dateCell(entry.documents.workforce_composition, lang),
      dateCell(entry.rotation.lastAwardedOn, lang),
      formatMoney(decimalToCents(entry.rotation.awardedNet) ?? 0, lang),
    ]);
    row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(3).numFmt = '0%';
  }

  const checks = workbook.addWorksheet(t.checks);
  checks.columns = [
    { header: t.enterprise, width: 40 },
    { header: t.rule, width: 28 },
    { header: t.outcome, width: 14 },
    { header: t.message, width: 90 },
    { header: t.reference, width: 60 },
  ];
  checks.getRow(1).font = { bold: true };
  for (const entry of entries(result))
    for (const c of entry.checks)
      checks.addRow([
        cell(entry.enterprise.name),
        c.rule,
        t.outcomes[c.outcome],
        cell(c.message[lang]),
        cell(referenceText(c.reference, lang)),
      ]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function documentCells(entry: EligibilityEntry, lang: Lang): SafeHtml[] {
  return (['tax_clearance', 'social_security_clearance', 'gemkalo_certificate', 'workforce_composition'] as const).map(
    (kind) => html`<td>${dateCell(entry.documents[kind], lang)}</td>`,
  );
}

const PRINT_CSS = `
@page { size: A4; margin: 15mm 12mm; }
body { font: 10.5pt/1.4 system-ui, "Noto Sans", Arial, sans-serif; color: #111; margin: 1.5rem; }
h1 { font-size: 16pt; margin: 0 0 .5rem; } h2 { font-size: 13pt; margin: 1.2rem 0 .4rem; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin-bottom: .8rem; }
th, td { border: 1px solid #888; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; } tr { break-inside: avoid; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; }
.reasons { white-space: pre-line; } .toolbar { margin-bottom: 1rem; }
@media print { .toolbar { display: none; } body { margin: 0; } th { background: #eee !important; print-color-adjust: exact; } }
`;

export function renderShortlistHtml(result: EligibilityResponse, lang: Lang): string {
  const t = T[lang];
  const groups = (['eligible', 'conditional', 'ineligible'] as const).filter((g) => result[g].length > 0);
  const page = html`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} — ${formatDate(result.criteria.today, lang)}</title>
<style>${raw(PRINT_CSS)}</style></head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.generated}: ${formatDate(result.criteria.today, lang)}</p>
<h2>${t.criteria}</h2>
<dl>${criteriaRows(result, lang).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
<table><caption>${t.rule}</caption>
<thead><tr><th scope="col">${t.rule}</th><th scope="col">${t.reference}</th></tr></thead>
<tbody>${result.criteria.rules.map((r) => html`<tr><td>${r.description[lang]}</td><td>${referenceText(r.reference, lang)}</td></tr>`)}</tbody></table>
<h2>${t.results}</h2>
${groups.map(
  (group) => html`<table><caption>${t.groups[group]} (${result[group].length})</caption>
<thead><tr><th scope="col">${t.enterprise}</th><th scope="col">${t.reasons}</th><th scope="col">${t.tax}</th><th scope="col">${t.social}</th><th scope="col">${t.gemkalo}</th><th scope="col">${t.workforce}</th><th scope="col">${t.lastAward}</th></tr></thead>
<tbody>${result[group].map(
    (entry) =>
      html`<tr><th scope="row">${entry.enterprise.name}</th><td class="reasons">${reasons(entry, lang)}</td>${documentCells(entry, lang)}<td>${dateCell(entry.rotation.lastAwardedOn, lang)}</td></tr>`,
  )}</tbody></table>`,
)}
</main>
</body></html>`;
  return page.value;
}
