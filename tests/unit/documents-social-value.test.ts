import { describe, expect, it } from 'vitest';
import { socialValueReportDocx, socialValueReportPdf } from '../../api/documents/social-value-report.ts';
import { socialValueData } from '../helpers/document-fixtures.ts';
import { docxText, pdfInfo, pdfText, readDocx } from '../helpers/document-readers.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the yearly social-value report for the council', () => {
  it('opens as DOCX with the summary and the tables behind the dashboard charts', async () => {
    const docx = await readDocx(await socialValueReportDocx(socialValueData()));
    expect(docx.errors).toEqual([]);
    expect(docxText(docx)).toContain('ΕΚΘΕΣΗ ΚΟΙΝΩΝΙΚΗΣ ΑΞΙΑΣ 2026');
    const summary = docx.tables.find((t) => t[0]?.[0] === 'Συμβάσεις');
    expect(summary).toEqual([
      ['Συμβάσεις', '6'],
      ['Αξία συμβάσεων χωρίς ΦΠΑ', '€ 74.123,45'],
      ['Επιχειρήσεις', '4'],
      ['Μερίδιο στο σύνολο των προμηθειών του έτους', '7,6%'],
      ['Εργαζόμενοι από ευάλωτες ομάδες στις συμβάσεις', '7'],
      ['Ώρες εργασίας τους', '6.750'],
      ['Νέες προσλήψεις', '3'],
      ['Ποσοστό ευάλωτων στο προσωπικό των συμβάσεων (όπου δηλώθηκε)', '50%'],
      ['Αναφορές που αναμένουν επιβεβαίωση (δεν προσμετρώνται)', '1'],
    ]);
    expect(docx.tables).toContainEqual([
      ['Διαδικασία', 'Συμβάσεις', 'Αξία χωρίς ΦΠΑ'],
      ['Σύμβαση με επιφύλαξη (άρθ. 20)', '3', '€ 45.123,45'],
      ['Απευθείας ανάθεση', '3', '€ 29.000,00'],
      ['Σύνολο', '6', '€ 74.123,45'],
    ]);
    // Only confirmed reports count: Γάμμα's report awaits confirmation and is not in the table.
    expect(docx.tables).toContainEqual([
      ['Επιχείρηση', 'Συμβάσεις', 'Άτομα', 'Ώρες', 'Νέες προσλήψεις'],
      ['Άλφα ΚοινΣΕπ', '1', '3', '4.150', '1'],
      ['Βήτα ΚοινΣΕπ', '1', '4', '2.600', '2'],
      ['Σύνολο', '2', '7', '6.750', '3'],
    ]);
    expect(docx.tables).toContainEqual([
      ['Διεύθυνση', 'Συμβάσεις', 'Άτομα', 'Ώρες', 'Νέες προσλήψεις'],
      ['Διεύθυνση Κοινωνικής Πολιτικής', '1', '3', '4.150', '1'],
      ['Διεύθυνση Παιδείας', '1', '4', '2.600', '2'],
      ['Σύνολο', '2', '7', '6.750', '3'],
    ]);
    expect(docxText(docx)).toContain('Διανομή τροφίμων σε 340 οικογένειες.');
    expect(docxText(docx)).not.toContain('Σε αναμονή.');
  });

  it('prints as PDF with the Greek text intact', async () => {
    const pdf = await socialValueReportPdf(socialValueData());
    const text = pdfText(pdf);
    expect(text).toContain('ΕΚΘΕΣΗ ΚΟΙΝΩΝΙΚΗΣ ΑΞΙΑΣ 2026');
    expect(text).toMatch(/Άλφα ΚοινΣΕπ\s+1\s+3\s+4\.150\s+1/);
    expect(text).toMatch(/Σύμβαση με επιφύλαξη \(άρθ\. 20\)\s+3\s+€ 45\.123,45/);
    expect(flat(text)).toContain(
      'Τέσσερις εργαζόμενοι από ευάλωτες ομάδες, δύο νέες προσλήψεις γυναικών μακροχρόνια ανέργων.',
    );
    expect(flat(text)).toContain('Βήτα ΚοινΣΕπ — «Καθαρισμός σχολικών μονάδων» (01/01/2026–30/06/2026)');
    expect(pdfInfo(pdf).Title).toBe('ΕΚΘΕΣΗ ΚΟΙΝΩΝΙΚΗΣ ΑΞΙΑΣ 2026');
  });

  it('is complete in English', async () => {
    const text = pdfText(await socialValueReportPdf(socialValueData('en'), 'en'));
    expect(text).toContain('SOCIAL VALUE REPORT 2026');
    expect(text).toMatch(/Reserved contract \(art\. 20\)\s+3\s+€45,123\.45/);
    expect(text).toMatch(/Their hours of work\s+6,750/);
  });

  it('says so when no report was confirmed, instead of empty tables', async () => {
    const data = socialValueData();
    const none = {
      ...data,
      socialValue: {
        ...data.socialValue,
        totals: { ...data.socialValue.totals, contractsReporting: 0 },
        byEnterprise: [],
        byRoute: [],
        byDepartment: [],
        stories: [],
      },
    };
    const docx = await readDocx(await socialValueReportDocx(none));
    expect(docxText(docx)).toContain('Δεν υπάρχουν επιβεβαιωμένες αναφορές για το έτος.');
    expect(docx.tables.some((t) => t[0]?.[2] === 'Άτομα')).toBe(false);
  });
});
