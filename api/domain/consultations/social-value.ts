import { addMonths, isIsoDate } from '../eligibility-format.ts';
import { formatDay } from './athens-time.ts';
import { CONSULTATION_RULES } from './consultation-config.ts';
import { checked, invalid, problem, type Bilingual, type Checked, type RuleProblem } from './problems.ts';

/**
 * Social value, the contract's second half (issue 13): when a contract ends, or yearly for
 * long ones, the enterprise reports the people from vulnerable groups it employed on the
 * contract and their hours, its new hires and a short text; staff confirm it (or send it
 * back with a comment). Only confirmed reports count in the dashboard and the council report.
 */

export const SOCIAL_VALUE_STATUSES = ['reported', 'confirmed', 'returned'] as const;
export type SocialValueStatus = (typeof SOCIAL_VALUE_STATUSES)[number];

export const SOCIAL_VALUE_STATUS_NAMES: Record<SocialValueStatus, Bilingual> = {
  reported: { el: 'Υποβλήθηκε, αναμένει επιβεβαίωση', en: 'Reported, awaiting confirmation' },
  confirmed: { el: 'Επιβεβαιώθηκε', en: 'Confirmed' },
  returned: { el: 'Επιστράφηκε για διόρθωση', en: 'Returned for correction' },
};

export interface SocialValueInput {
  periodStart?: unknown;
  periodEnd?: unknown;
  vulnerableWorkers?: unknown;
  vulnerableHours?: unknown;
  totalWorkers?: unknown;
  newHires?: unknown;
  text?: unknown;
}

export interface SocialValueFigures {
  periodStart: string;
  periodEnd: string;
  /** People from vulnerable groups (Law 4430/2016 art. 14 §2; disadvantaged persons) employed on the contract. */
  vulnerableWorkers: number;
  /** Their hours worked on the contract in the period, whole hours. */
  vulnerableHours: number;
  /** Everyone employed on the contract, when the enterprise gives it (for the share). */
  totalWorkers: number | null;
  /** People hired for the contract in the period. */
  newHires: number;
  text: string;
}

export interface ReportContext {
  contract: { startsOn: string; endsOn: string | null };
  /** The contract's other reports (not the one being edited). */
  otherPeriods: Array<{ periodStart: string; periodEnd: string }>;
  /** Athens date: a report covers work done, so it cannot end in the future. */
  today: string;
}

function count(value: unknown, field: string, problems: RuleProblem[], optional = false): number | null {
  if (optional && (value === undefined || value === null)) return null;
  const max = CONSULTATION_RULES.socialValue.maxPeople;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    problems.push(invalid(field, `ακέραιος από 0 έως ${max}`, `a whole number from 0 to ${max}`));
    return null;
  }
  return value;
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

export function parseSocialValueReport(input: SocialValueInput, context: ReportContext): Checked<SocialValueFigures> {
  const problems: RuleProblem[] = [];
  const date = (value: unknown, field: string) => {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    problems.push(invalid(field, 'ημερομηνία ΕΕΕΕ-ΜΜ-ΗΗ', 'a date YYYY-MM-DD'));
    return null;
  };
  const start = date(input.periodStart, 'periodStart');
  const end = date(input.periodEnd, 'periodEnd');
  const { contract } = context;
  if (start && end) {
    if (end < start)
      problems.push(invalid('periodEnd', 'πριν από την αρχή της περιόδου', 'is before the start of the period'));
    else if (end >= addMonths(start, CONSULTATION_RULES.socialValue.maxPeriodMonths))
      problems.push(invalid('periodEnd', 'μια αναφορά καλύπτει έως 12 μήνες', 'a report covers at most 12 months'));
    if (start < contract.startsOn)
      problems.push(
        invalid(
          'periodStart',
          `η σύμβαση αρχίζει ${formatDay(contract.startsOn)}`,
          `the contract starts on ${formatDay(contract.startsOn)}`,
        ),
      );
    if (contract.endsOn && end > contract.endsOn)
      problems.push(
        invalid(
          'periodEnd',
          `η σύμβαση λήγει ${formatDay(contract.endsOn)}`,
          `the contract ends on ${formatDay(contract.endsOn)}`,
        ),
      );
    if (end > context.today)
      problems.push(invalid('periodEnd', 'η περίοδος δεν έχει τελειώσει ακόμη', 'the period has not ended yet'));
    const overlap = context.otherPeriods.find((p) => p.periodStart <= end && start <= p.periodEnd);
    if (overlap)
      problems.push(
        problem(
          409,
          'period_overlaps',
          'periodStart',
          `Υπάρχει ήδη αναφορά για ${formatDay(overlap.periodStart)}–${formatDay(overlap.periodEnd)}.`,
          `A report already covers ${formatDay(overlap.periodStart)}–${formatDay(overlap.periodEnd)}.`,
        ),
      );
  }
  const vulnerableWorkers = count(input.vulnerableWorkers, 'vulnerableWorkers', problems);
  const newHires = count(input.newHires, 'newHires', problems);
  const totalWorkers = count(input.totalWorkers, 'totalWorkers', problems, true);
  const hours = input.vulnerableHours;
  const validHours = typeof hours === 'number' && Number.isInteger(hours) && hours >= 0;
  if (!validHours)
    problems.push(invalid('vulnerableHours', 'ακέραιος αριθμός ωρών, 0 ή περισσότερες', 'whole hours, 0 or more'));
  // What is physically possible: nobody works more than 24 hours a day.
  else if (
    vulnerableWorkers !== null &&
    start &&
    end &&
    end >= start &&
    hours > vulnerableWorkers * daysBetween(start, end) * 24
  )
    problems.push(
      invalid(
        'vulnerableHours',
        'περισσότερες ώρες από όσες χωρούν στην περίοδο για αυτά τα άτομα',
        'more hours than the period holds for these people',
      ),
    );
  if (totalWorkers !== null && vulnerableWorkers !== null && vulnerableWorkers > totalWorkers)
    problems.push(
      invalid(
        'totalWorkers',
        'λιγότεροι από τους εργαζόμενους από ευάλωτες ομάδες',
        'fewer than the workers from vulnerable groups',
      ),
    );
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  const max = CONSULTATION_RULES.socialValue.textMaxLength;
  if (text === '' || text.length > max)
    problems.push(
      invalid('text', `σύντομο κείμενο έως ${max} χαρακτήρες`, `a short text of at most ${max} characters`),
    );
  return checked(problems, () => ({
    periodStart: start!,
    periodEnd: end!,
    vulnerableWorkers: vulnerableWorkers!,
    vulnerableHours: hours as number,
    totalWorkers,
    newHires: newHires!,
    text,
  }));
}

export type SocialValueAction = 'edit' | 'confirm' | 'return';

/**
 * The enterprise edits its report until staff confirm it (an edit makes it `reported`
 * again); staff confirm a reported one, or return it with a comment saying what to fix.
 */
export function checkSocialValueAction(
  action: SocialValueAction,
  status: SocialValueStatus,
  actor: 'staff' | 'enterprise',
  comment?: string | null,
): Checked<SocialValueStatus> {
  const byEnterprise = action === 'edit';
  if ((actor === 'enterprise') !== byEnterprise)
    return {
      ok: false,
      problems: [problem(403, 'forbidden', null, 'Δεν επιτρέπεται σε αυτόν τον ρόλο.', 'Not allowed for this role.')],
    };
  if (status === 'confirmed')
    return {
      ok: false,
      problems: [
        problem(
          409,
          'already_confirmed',
          null,
          'Η αναφορά έχει επιβεβαιωθεί: δεν αλλάζει.',
          'The report has been confirmed: it no longer changes.',
        ),
      ],
    };
  if (action !== 'edit' && status !== 'reported')
    return {
      ok: false,
      problems: [
        problem(
          409,
          'invalid_status',
          null,
          'Η αναφορά περιμένει διόρθωση από την επιχείρηση.',
          'The report awaits the enterprise’s correction.',
        ),
      ],
    };
  const problems =
    action === 'return' && (comment ?? '').trim() === ''
      ? [invalid('comment', 'γράψτε τι πρέπει να διορθωθεί', 'say what needs correcting')]
      : [];
  return checked(problems, () => (action === 'confirm' ? 'confirmed' : action === 'return' ? 'returned' : 'reported'));
}
