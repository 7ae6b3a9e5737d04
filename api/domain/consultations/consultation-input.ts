import type { AwardRoute } from '../award-routes.ts';
import { AWARD_ROUTES } from '../award-routes.ts';
import { parseCpv } from '../cpv.ts';
import { decimalToCents, isIsoDate } from '../eligibility-format.ts';
import { athensDate, formatDay } from './athens-time.ts';
import { CONSULTATION_RULES } from './consultation-config.ts';
import { checkDeadlineForPublishing, parseDeadline } from './deadline.ts';
import { LOWEST_PRICE, parseEvaluationRule, type EvaluationRule } from './evaluation-rule.ts';
import { checked, invalid, problem, type Checked, type RuleProblem } from './problems.ts';

/**
 * A request for quotes as staff write it (issue 13: `POST /api/v1/consultations`). A draft
 * may be incomplete in time (no deadline yet, nobody invited); publishing needs it whole.
 * Existence checks (CPV codes in the list, enterprises, the place) are the services' —
 * they need the database.
 */

export interface ConsultationDraftInput {
  title?: unknown;
  description?: unknown;
  cpv?: unknown;
  route?: unknown;
  valueNet?: unknown;
  optionsValueNet?: unknown;
  placeAreaId?: unknown;
  placeText?: unknown;
  startDate?: unknown;
  durationMonths?: unknown;
  deadline?: unknown;
  evaluation?: unknown;
  invitedEnterpriseIds?: unknown;
  openToAllEligible?: unknown;
  department?: unknown;
  publicListing?: unknown;
}

export interface ConsultationDraft {
  title: string;
  description: string;
  /** 8-digit CPV codes, the first is the main object. */
  cpvCodes: string[];
  route: AwardRoute;
  valueNetCents: number;
  optionsValueNetCents: number;
  placeAreaId: string | null;
  placeText: string | null;
  startDate: string | null;
  durationMonths: number | null;
  deadline: Date | null;
  evaluation: EvaluationRule;
  invitedEnterpriseIds: string[];
  openToAllEligible: boolean;
  department: string;
  publicListing: boolean;
}

const L = CONSULTATION_RULES.limits;

function text(value: unknown, field: string, max: number, required: boolean, problems: RuleProblem[]): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) problems.push(invalid(field, 'απαιτείται', 'is required'));
    return null;
  }
  if (typeof value !== 'string') {
    problems.push(invalid(field, 'κείμενο', 'text'));
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) problems.push(invalid(field, `έως ${max} χαρακτήρες`, `at most ${max} characters`));
  return trimmed;
}

function money(value: unknown, field: string, required: boolean, problems: RuleProblem[]): number {
  if (!required && (value === undefined || value === null)) return 0;
  const cents = typeof value === 'string' ? decimalToCents(value) : null;
  if (cents === null || cents > L.maxCents || (required && cents === 0)) {
    problems.push(
      invalid(
        field,
        'ποσό σε ευρώ χωρίς ΦΠΑ ως κείμενο, π.χ. "25000.00"',
        'an amount in euros net of VAT as a string, e.g. "25000.00"',
      ),
    );
    return 0;
  }
  return cents;
}

function cpvList(value: unknown, problems: RuleProblem[]): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > L.maxCpvCodes) {
    problems.push(invalid('cpv', `από 1 έως ${L.maxCpvCodes} κωδικοί CPV`, `1 to ${L.maxCpvCodes} CPV codes`));
    return [];
  }
  const codes: string[] = [];
  value.forEach((entry, index) => {
    const parsed = typeof entry === 'string' ? parseCpv(entry) : null;
    if (!parsed)
      problems.push(
        invalid(
          `cpv[${index}]`,
          'κωδικός CPV 8 ψηφίων (π.χ. 90910000 ή 90910000-9)',
          'an 8-digit CPV code (e.g. 90910000 or 90910000-9)',
        ),
      );
    else if (codes.includes(parsed.code))
      problems.push(invalid(`cpv[${index}]`, 'ο κωδικός υπάρχει ήδη στη λίστα', 'the code is already listed'));
    else codes.push(parsed.code);
  });
  return codes;
}

function idList(value: unknown, problems: RuleProblem[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string' || id === '') || value.length > L.maxInvited) {
    problems.push(
      invalid(
        'invitedEnterpriseIds',
        `λίστα έως ${L.maxInvited} αναγνωριστικών επιχειρήσεων`,
        `a list of at most ${L.maxInvited} enterprise ids`,
      ),
    );
    return [];
  }
  return [...new Set(value as string[])];
}

export function parseConsultationDraft(input: ConsultationDraftInput): Checked<ConsultationDraft> {
  const problems: RuleProblem[] = [];
  const title = text(input.title, 'title', L.titleMaxLength, true, problems);
  const description = text(input.description, 'description', L.descriptionMaxLength, false, problems);
  const cpvCodes = cpvList(input.cpv, problems);
  const route = AWARD_ROUTES.find((r) => r === input.route);
  if (!route)
    problems.push(invalid('route', `μία από: ${AWARD_ROUTES.join(', ')}`, `one of: ${AWARD_ROUTES.join(', ')}`));
  // Issue 11: an art. 100 agreement with a private-law body is a public contract that needs a
  // procurement procedure; asking such a body for quotes under that label would repeat the error.
  else if (route === 'programmatic_agreement')
    problems.push(
      invalid(
        'route',
        'η προγραμματική σύμβαση (Ν. 3852/2010 άρθ. 100) δεν συνάπτεται με ιδιωτικό φορέα: επιλέξτε τη διαδικασία που απαιτεί η αξία',
        'a programmatic agreement (Law 3852/2010 art. 100) is not made with a private-law body: choose the procedure the value requires',
        'route_not_procurement',
      ),
    );
  const valueNetCents = money(input.valueNet, 'valueNet', true, problems);
  const optionsValueNetCents = money(input.optionsValueNet, 'optionsValueNet', false, problems);
  const placeAreaId = text(input.placeAreaId, 'placeAreaId', 100, false, problems);
  const placeText = text(input.placeText, 'placeText', L.placeMaxLength, false, problems);
  let startDate: string | null = null;
  if (input.startDate !== undefined && input.startDate !== null) {
    if (typeof input.startDate === 'string' && isIsoDate(input.startDate)) startDate = input.startDate;
    else problems.push(invalid('startDate', 'ημερομηνία ΕΕΕΕ-ΜΜ-ΗΗ', 'a date YYYY-MM-DD'));
  }
  let durationMonths: number | null = null;
  if (input.durationMonths !== undefined && input.durationMonths !== null) {
    const months = input.durationMonths;
    if (typeof months === 'number' && Number.isInteger(months) && months >= 1 && months <= L.maxDurationMonths)
      durationMonths = months;
    else
      problems.push(
        invalid(
          'durationMonths',
          `ακέραιος μηνών από 1 έως ${L.maxDurationMonths}`,
          `whole months from 1 to ${L.maxDurationMonths}`,
        ),
      );
  }
  let deadline: Date | null = null;
  if (input.deadline !== undefined && input.deadline !== null) {
    const parsed = parseDeadline(input.deadline);
    if (parsed.ok) deadline = parsed.value;
    else problems.push(...parsed.problems);
  }
  let evaluation: EvaluationRule = LOWEST_PRICE;
  if (input.evaluation !== undefined && input.evaluation !== null) {
    const parsed = parseEvaluationRule(input.evaluation);
    if (parsed.ok) evaluation = parsed.value;
    else problems.push(...parsed.problems);
  }
  const invitedEnterpriseIds = idList(input.invitedEnterpriseIds, problems);
  const flag = (value: unknown, field: string) => {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') problems.push(invalid(field, 'true ή false', 'true or false'));
    return value === true;
  };
  const openToAllEligible = flag(input.openToAllEligible, 'openToAllEligible');
  const publicListing = flag(input.publicListing, 'publicListing');
  const department = text(input.department, 'department', L.departmentMaxLength, true, problems);
  if (startDate && deadline && startDate < athensDate(deadline))
    problems.push(
      invalid(
        'startDate',
        'η έναρξη δεν μπορεί να προηγείται της προθεσμίας για προσφορές',
        'the start cannot come before the deadline for offers',
      ),
    );
  return checked(problems, () => ({
    title: title!,
    description: description ?? '',
    cpvCodes,
    route: route!,
    valueNetCents,
    optionsValueNetCents,
    placeAreaId,
    placeText,
    startDate,
    durationMonths,
    deadline,
    evaluation,
    invitedEnterpriseIds,
    openToAllEligible,
    department: department!,
    publicListing,
  }));
}

/**
 * Publishing (409 for what the draft still lacks): a deadline far enough ahead, someone to
 * ask (invitees, or every eligible enterprise), and a start that does not precede the deadline.
 */
export function checkReadyToPublish(
  draft: { deadline: Date | string | null; invitedCount: number; openToAllEligible: boolean; startDate: string | null },
  now: Date,
  minDeadlineMinutes: number,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (draft.deadline === null)
    problems.push(
      problem(409, 'deadline_missing', 'deadline', 'Ορίστε προθεσμία για τις προσφορές.', 'Set a deadline for offers.'),
    );
  else problems.push(...checkDeadlineForPublishing(new Date(draft.deadline), now, minDeadlineMinutes));
  if (draft.invitedCount === 0 && !draft.openToAllEligible)
    problems.push(
      problem(
        409,
        'no_invitees',
        'invitedEnterpriseIds',
        'Προσκαλέστε τουλάχιστον μία επιχείρηση ή ανοίξτε το αίτημα σε όλες τις επιλέξιμες.',
        'Invite at least one enterprise, or open the request to every eligible one.',
      ),
    );
  if (draft.deadline !== null && draft.startDate !== null && draft.startDate < athensDate(new Date(draft.deadline)))
    problems.push(
      problem(
        409,
        'start_before_deadline',
        'startDate',
        `Η έναρξη (${formatDay(draft.startDate)}) προηγείται της προθεσμίας για προσφορές.`,
        `The start (${formatDay(draft.startDate)}) comes before the deadline for offers.`,
      ),
    );
  return problems;
}
