import { describe, expect, it } from 'vitest';
import { evaluateOffers } from '../../api/domain/consultations/evaluation.ts';
import { evaluationMinutesDocx, evaluationMinutesPdf } from '../../api/documents/evaluation-minutes.ts';
import { formatEuro, formatInteger, formatShare } from '../../api/documents/document-format.ts';
import { invitationDocx, invitationPdf } from '../../api/documents/invitation.ts';
import { invitationData, minutesData } from '../helpers/document-fixtures.ts';
import { docxText, pdfFonts, pdfInfo, pdfText, readDocx } from '../helpers/document-readers.ts';

/** pdftotext -layout keeps a table row on one line; the columns are separated by runs of spaces. */
const row = (...cells: string[]) =>
  new RegExp(cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('\\s+'));
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('how documents write figures', () => {
  it.each([
    [123456, '€ 1.234,56', '€1,234.56'],
    [5, '€ 0,05', '€0.05'],
    [100_000_000, '€ 1.000.000,00', '€1,000,000.00'],
    [-2500, '−€ 25,00', '−€25.00'],
  ])('%i cents: %s / %s', (cents, el, en) => {
    expect([formatEuro(cents, 'el'), formatEuro(cents, 'en')]).toEqual([el, en]);
  });

  it('groups thousands and writes shares the language’s way', () => {
    expect([formatInteger(6750, 'el'), formatInteger(6750, 'en')]).toEqual(['6.750', '6,750']);
    expect([formatShare(7_412_345, 98_000_000, 'el'), formatShare(1, 3, 'en'), formatShare(1, 0, 'el')]).toEqual([
      '7,6%',
      '33.3%',
      '—',
    ]);
  });
});

describe('the invitation to submit offers', () => {
  it('opens as DOCX with the Greek text, the facts and the criteria table', async () => {
    const docx = await readDocx(await invitationDocx(invitationData()));
    expect(docx.errors).toEqual([]);
    const text = docxText(docx);
    expect(text).toContain('ΠΡΟΣΚΛΗΣΗ ΥΠΟΒΟΛΗΣ ΠΡΟΣΦΟΡΩΝ');
    expect(text).toContain(
      'Η Αναθέτουσα Αρχή (Δήμος Χαλανδρίου, Διεύθυνση Παιδείας) σας προσκαλεί να υποβάλετε προσφορά',
    );
    expect(text).toContain('Η σύμβαση είναι κατ’ αποκλειστικότητα (με επιφύλαξη) σύμφωνα με: Ν. 4412/2016 άρθ. 20');
    expect(text).toContain('Εκπρόθεσμες προσφορές δεν γίνονται δεκτές');
    expect(docx.tables).toContainEqual([
      ['Διαδικασία', 'Σύμβαση με επιφύλαξη (άρθ. 20)'],
      ['Νομική βάση', 'Ν. 4412/2016 άρθ. 20 (Οδηγία 2014/24/ΕΕ άρθ. 20)'],
      ['Εκτιμώμενη αξία χωρίς ΦΠΑ', '€ 24.000,00'],
      ['Δικαιώματα προαίρεσης και παρατάσεις χωρίς ΦΠΑ', '€ 2.400,50'],
      ['Συνολική εκτιμώμενη αξία χωρίς ΦΠΑ', '€ 26.400,50'],
    ]);
    expect(docx.tables).toContainEqual([
      ['Κριτήριο', 'Είδος', 'Συντελεστής βαρύτητας (%)'],
      ['Τιμή', 'Τιμή', '60'],
      ['Εμπειρία σε σχολικά κτίρια', 'Ποιότητα', '30'],
      ['Απασχόληση ατόμων από ευάλωτες ομάδες', 'Ποιότητα', '10'],
      ['Σύνολο', '', '100'],
    ]);
    expect(docx.tables).toContainEqual([['Προθεσμία υποβολής', '15/05/2026 12:00 (ώρα Ελλάδας)']]);
    // Word's spelling and hyphenation know the text is Greek.
    expect(docx.documentXml).toContain('<w:lang w:val="el-GR"/>');
  });

  it('prints as PDF with Greek text, accents included, in an embedded font', async () => {
    const pdf = await invitationPdf(invitationData());
    const text = pdfText(pdf);
    expect(text).toContain('ΠΡΟΣΚΛΗΣΗ ΥΠΟΒΟΛΗΣ ΠΡΟΣΦΟΡΩΝ');
    expect(flat(text)).toContain(
      'Η Αναθέτουσα Αρχή (Δήμος Χαλανδρίου, Διεύθυνση Παιδείας) σας προσκαλεί να υποβάλετε προσφορά',
    );
    expect(text).toMatch(row('Προθεσμία υποβολής', '15/05/2026 12:00 (ώρα Ελλάδας)'));
    expect(text).toMatch(row('Εκτιμώμενη αξία χωρίς ΦΠΑ', '€ 24.000,00'));
    expect(text).toMatch(row('Εμπειρία σε σχολικά κτίρια', 'Ποιότητα', '30'));
    expect(flat(text)).toContain(
      'Βαθμολογία τιμής = (χαμηλότερη καθαρή τιμή ÷ καθαρή τιμή της προσφοράς) × συντελεστής βαρύτητας τιμής',
    );
    expect(text).toContain('Γεώργιος Παπαδόπουλος');
    expect(text).toMatch(/Σελίδα 1 από \d/);
    expect(pdfFonts(pdf)).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(pdfInfo(pdf)).toMatchObject({
      Title: 'ΠΡΟΣΚΛΗΣΗ ΥΠΟΒΟΛΗΣ ΠΡΟΣΦΟΡΩΝ',
      Author: 'Δήμος Χαλανδρίου',
      Subject: 'Καθαρισμός τεσσάρων σχολικών μονάδων',
    });
  });

  it('is complete in English, with dates still dd/mm/yyyy', async () => {
    const text = pdfText(await invitationPdf(invitationData(), 'en'));
    expect(text).toContain('INVITATION TO SUBMIT OFFERS');
    expect(text).toMatch(row('Total estimated value net of VAT', '€26,400.50'));
    expect(text).toMatch(row('Deadline', '15/05/2026 12:00 (Athens time)'));
    expect(text).toMatch(row('Experience with school buildings', 'Quality', '30'));
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('states the lowest price without a criteria table', async () => {
    const docx = await readDocx(await invitationDocx(invitationData({ kind: 'lowest_price' })));
    expect(docxText(docx)).toContain(
      'Η πλέον συμφέρουσα από οικονομική άποψη προσφορά μόνο βάσει τιμής: η χαμηλότερη τιμή χωρίς ΦΠΑ.',
    );
    expect(docx.tables.some((t) => t[0]?.[0] === 'Κριτήριο')).toBe(false);
  });
});

describe('the evaluation minutes', () => {
  it('opens as DOCX with the review and the comparison table ranked by the rule', async () => {
    const docx = await readDocx(await evaluationMinutesDocx(minutesData()));
    expect(docx.errors).toEqual([]);
    expect(docx.tables).toContainEqual([
      ['Επιχείρηση', 'Απόφαση', 'Αιτιολογία'],
      ['Βήτα ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων', 'Γίνεται δεκτή', '—'],
      ['Άλφα ΚοινΣΕπ', 'Γίνεται δεκτή', '—'],
      ['Γάμμα ΚοιΣΠΕ', 'Απορρίπτεται', 'Δεν υποβλήθηκε ασφαλιστική ενημερότητα σε ισχύ.'],
    ]);
    // Βήτα: 20.000 ÷ 21.000 × 60 = 57,14 + 30 + 9 = 96,14; Άλφα: 60 + 18 + 5 = 83.
    expect(docx.tables).toContainEqual([
      ['Σειρά', 'Επιχείρηση', 'Τιμή χωρίς ΦΠΑ', 'Τιμή με ΦΠΑ', 'Βαθμ. τιμής', 'Βαθμ. ποιότητας', 'Συνολική βαθμολογία'],
      ['1', 'Βήτα ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων', '€ 21.000,00', '€ 26.040,00', '57,14', '39,00', '96,14'],
      ['2', 'Άλφα ΚοινΣΕπ', '€ 20.000,00', '€ 24.800,00', '60,00', '23,00', '83,00'],
    ]);
    expect(docx.tables).toContainEqual([
      ['Επιχείρηση', 'Κατάσταση'],
      ['Δέλτα ΚοινΣΕπ', 'Δήλωσε ότι δεν συμμετέχει'],
      ['Έψιλον ΚοινΣΕπ', 'Δεν υπέβαλε προσφορά'],
    ]);
    expect(docxText(docx)).toContain(
      'Οι υπογράφοντες εισηγούνται την ανάθεση της σύμβασης στην επιχείρηση «Βήτα ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων», με τιμή € 21.000,00 χωρίς ΦΠΑ (€ 26.040,00 με ΦΠΑ 24%).',
    );
  });

  it('prints as PDF with the same figures and the Greek text intact', async () => {
    const text = pdfText(await evaluationMinutesPdf(minutesData()));
    expect(text).toContain('ΠΡΑΚΤΙΚΟ ΑΞΙΟΛΟΓΗΣΗΣ ΠΡΟΣΦΟΡΩΝ');
    expect(flat(text)).toContain(
      'Σήμερα, 18/05/2026, οι υπογράφοντες εξέτασαν τις προσφορές που υποβλήθηκαν για «Καθαρισμός τεσσάρων σχολικών μονάδων»',
    );
    expect(text).toMatch(row('2', 'Άλφα ΚοινΣΕπ', '€ 20.000,00', '€ 24.800,00', '60,00', '23,00', '83,00'));
    expect(text).toMatch(row('Γάμμα ΚοιΣΠΕ', 'Απορρίπτεται', 'Δεν υποβλήθηκε ασφαλιστική ενημερότητα σε ισχύ.'));
    expect(text).toMatch(row('Άλφα ΚοινΣΕπ', '60 (18,00)', '50 (5,00)'));
    expect(flat(text)).toContain('με τιμή € 21.000,00 χωρίς ΦΠΑ (€ 26.040,00 με ΦΠΑ 24%)');
    expect(text).toMatch(row('Ελένη Κωνσταντίνου', 'Νίκος Αθανασίου', 'Ιωάννα Ζαχαρίου'));
  });

  it('records a tie for first place and proposes no contractor until the lot', async () => {
    const data = minutesData({ kind: 'lowest_price' });
    const offers = data.evaluation.offers.map((o) => ({
      ...o,
      priceNetCents: 2_000_000,
      vatCents: 480_000,
      totalCents: 2_480_000,
    }));
    const decisions = Object.fromEntries(
      offers.map((o) => [o.offerId, { accepted: o.accepted, reason: o.reason, qualityMarks: {} }]),
    );
    const tied = evaluateOffers({
      rule: { kind: 'lowest_price' },
      offers,
      decisions,
      lotOrder: null,
      evaluatedOn: '2026-05-18',
    });
    if (!tied.ok) throw new Error('fixture');
    const text = flat(pdfText(await evaluationMinutesPdf({ ...data, evaluation: tied.value })));
    expect(text).toContain(
      'Οι προσφορές των επιχειρήσεων Άλφα ΚοινΣΕπ, Βήτα ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων είναι ισότιμες στην πρώτη θέση',
    );
    expect(text).toContain('Δεν προκύπτει ανάδοχος');
    const docx = await readDocx(await evaluationMinutesDocx({ ...data, evaluation: tied.value }));
    expect(docx.tables).toContainEqual([
      ['Σειρά', 'Επιχείρηση', 'Τιμή χωρίς ΦΠΑ', 'ΦΠΑ %', 'ΦΠΑ', 'Τιμή με ΦΠΑ'],
      ['1', 'Άλφα ΚοινΣΕπ', '€ 20.000,00', '24%', '€ 4.800,00', '€ 24.800,00'],
      ['1', 'Βήτα ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων', '€ 20.000,00', '24%', '€ 4.800,00', '€ 24.800,00'],
    ]);
  });

  it('is complete in English', async () => {
    const text = pdfText(await evaluationMinutesPdf(minutesData(), 'en'));
    expect(text).toContain('MINUTES OF THE EVALUATION OF OFFERS');
    expect(text).toMatch(row('1', 'Βήτα ΚοινΣΕπ', '€21,000.00', '€26,040.00', '57.14', '39.00', '96.14'));
    expect(flat(text)).toContain(
      'The undersigned propose to award the contract to “Βήτα ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων” at €21,000.00 net of VAT',
    );
  });
});
