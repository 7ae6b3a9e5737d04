import { decimalToCents, isIsoDate } from '../eligibility-format.ts';
import { athensDate, formatDay } from './athens-time.ts';
import { CONSULTATION_RULES, type VatRate } from './consultation-config.ts';
import { effectiveStatus, type StatusFacts } from './consultation-status.ts';
import { checkOfferWindow } from './deadline.ts';
import { checked, invalid, problem, type Checked, type RuleProblem } from './problems.ts';

/**
 * An enterprise's offer (issue 13): price net of VAT, a Greek VAT rate, the total, how long
 * it binds, a note. Money is integer cents inside and decimal strings (`"1234.50"`) at the
 * API's edges. The server computes VAT and total; a total the client sends must agree.
 */

export const VAT_RATES: readonly VatRate[] = CONSULTATION_RULES.vat.rates;

export interface OfferAmounts {
  priceNetCents: number;
  vatRate: VatRate;
  vatCents: number;
  totalCents: number;
}

/** VAT = net × rate ÷ 100, rounded half up to the cent (integers only); total = net + VAT. */
export function offerAmounts(priceNetCents: number, vatRate: VatRate): OfferAmounts {
  const vatCents = Math.floor((priceNetCents * vatRate + 50) / 100);
  return { priceNetCents, vatRate, vatCents, totalCents: priceNetCents + vatCents };
}

export interface OfferInput {
  priceNet: unknown;
  vatRate: unknown;
  validUntil: unknown;
  note?: unknown;
  /** Optional: the total the enterprise saw; refused when it is not net + VAT. */
  total?: unknown;
}

export interface OfferTerms extends OfferAmounts {
  validUntil: string;
  note: string | null;
}

/** Reads an offer against its request's deadline: it must bind its maker beyond the deadline day. */
export function parseOfferInput(input: OfferInput, deadline: Date | string): Checked<OfferTerms> {
  const problems: RuleProblem[] = [];
  const net = typeof input.priceNet === 'string' ? decimalToCents(input.priceNet) : null;
  if (net === null || net <= 0 || net > CONSULTATION_RULES.limits.maxCents)
    problems.push(
      invalid(
        'priceNet',
        'ποσό σε ευρώ χωρίς ΦΠΑ ως κείμενο, π.χ. "12500.00", μεγαλύτερο από 0',
        'an amount in euros net of VAT as a string, e.g. "12500.00", above 0',
      ),
    );
  const rate = VAT_RATES.find((r) => r === input.vatRate);
  if (rate === undefined)
    problems.push(
      invalid(
        'vatRate',
        `ένας από τους συντελεστές ΦΠΑ ${VAT_RATES.join(', ')}`,
        `one of the VAT rates ${VAT_RATES.join(', ')}`,
      ),
    );
  const deadlineDay = athensDate(new Date(deadline));
  if (typeof input.validUntil !== 'string' || !isIsoDate(input.validUntil))
    problems.push(invalid('validUntil', 'ημερομηνία ΕΕΕΕ-ΜΜ-ΗΗ', 'a date YYYY-MM-DD'));
  else if (input.validUntil <= deadlineDay)
    problems.push(
      invalid(
        'validUntil',
        `η προσφορά πρέπει να ισχύει και μετά την προθεσμία (${formatDay(deadlineDay)})`,
        `the offer must remain valid after the deadline (${formatDay(deadlineDay)})`,
      ),
    );
  const note = typeof input.note === 'string' ? input.note.trim() : null;
  const max = CONSULTATION_RULES.limits.offerNoteMaxLength;
  if (input.note !== undefined && input.note !== null && typeof input.note !== 'string')
    problems.push(invalid('note', 'κείμενο', 'text'));
  else if (note !== null && note.length > max)
    problems.push(invalid('note', `έως ${max} χαρακτήρες`, `at most ${max} characters`));
  const amounts = net !== null && rate !== undefined ? offerAmounts(net, rate) : null;
  if (amounts && input.total !== undefined && input.total !== null) {
    const total = typeof input.total === 'string' ? decimalToCents(input.total) : null;
    if (total !== amounts.totalCents)
      problems.push(
        invalid('total', 'δεν ισούται με την καθαρή τιμή συν ΦΠΑ', 'is not the net price plus VAT', 'total_mismatch'),
      );
  }
  return checked(problems, () => ({
    ...amounts!,
    validUntil: input.validUntil as string,
    note: note === '' ? null : note,
  }));
}

export type OfferAction = 'submit' | 'change' | 'withdraw' | 'decline';
export type OfferState = 'submitted' | 'withdrawn';

export interface OfferActionContext {
  consultation: StatusFacts & { deadline: string };
  /** Invited, or the request is open to every enterprise eligible for it and this one is. */
  mayTakePart: boolean;
  declined: boolean;
  /** The enterprise's offer on this request, if it ever made one. */
  existing: { state: OfferState; version: number } | null;
  /** The version the client read (If-Match), for changing or withdrawing. */
  ifMatchVersion: number | null;
}

/**
 * May the enterprise do `action` now? Problems in the order a person should read them: a
 * request it may not see is 404 (it never learns it exists); the deadline is 409 with the
 * time; a stale version is 412.
 */
export function checkOfferAction(action: OfferAction, context: OfferActionContext, now: Date): RuleProblem[] {
  const status = effectiveStatus(context.consultation, now);
  if (!context.mayTakePart || status === 'draft')
    return [problem(404, 'not_found', null, 'Δεν βρέθηκε το αίτημα.', 'Request not found.')];
  if (status === 'cancelled')
    return [
      problem(
        409,
        'consultation_cancelled',
        null,
        'Το αίτημα ακυρώθηκε: δεν δέχεται προσφορές.',
        'The request was cancelled: it takes no offers.',
      ),
    ];
  const window = checkOfferWindow(context.consultation.deadline, now);
  if (window) return [window];
  const submitted = context.existing?.state === 'submitted';
  if (action === 'submit' && submitted)
    return [
      problem(409, 'offer_exists', null, 'Υπάρχει ήδη προσφορά: αλλάξτε την.', 'An offer exists already: change it.'),
    ];
  if ((action === 'change' || action === 'withdraw') && !submitted)
    return [problem(409, 'no_offer', null, 'Δεν υπάρχει προσφορά σε ισχύ.', 'There is no current offer.')];
  if (action === 'decline' && submitted)
    return [
      problem(
        409,
        'offer_exists',
        null,
        'Έχετε υποβάλει προσφορά: ανακαλέστε την πριν δηλώσετε ότι δεν συμμετέχετε.',
        'You have submitted an offer: withdraw it before declining.',
      ),
    ];
  if (action === 'decline' && context.declined)
    return [
      problem(409, 'already_declined', null, 'Έχετε ήδη δηλώσει ότι δεν συμμετέχετε.', 'You have already declined.'),
    ];
  if (action === 'change' || action === 'withdraw') {
    if (context.ifMatchVersion === null)
      return [
        problem(
          428,
          'precondition_required',
          null,
          'Στείλτε την έκδοση που διαβάσατε (If-Match).',
          'Send the version you read (If-Match).',
        ),
      ];
    if (context.ifMatchVersion !== context.existing!.version)
      return [
        problem(
          412,
          'version_mismatch',
          null,
          'Η προσφορά άλλαξε στο μεταξύ (από συνάδελφο): ξαναδιαβάστε την.',
          'The offer changed in the meantime (by a colleague): read it again.',
        ),
      ];
  }
  return [];
}
