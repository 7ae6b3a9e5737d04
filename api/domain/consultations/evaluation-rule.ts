import { CONSULTATION_RULES } from './consultation-config.ts';
import { checked, failed, invalid, type Checked, type RuleProblem } from './problems.ts';

/**
 * The evaluation rule a request states (Law 4412/2016 art. 86): the lowest price, or the
 * best price-quality ratio with named criteria whose weights add up to 100. Exactly one
 * criterion is the price; the others are quality criteria marked 0–100 by the evaluators.
 */

export type CriterionKind = 'price' | 'quality';

export interface EvaluationCriterion {
  /** `price` for the price criterion, `q1`, `q2`… for quality criteria in their order. */
  id: string;
  kind: CriterionKind;
  /** The name as staff wrote it (Greek, usually), and an optional English name. */
  name: string;
  nameEn: string | null;
  /** Whole points out of 100. */
  weight: number;
}

export type EvaluationRule = { kind: 'lowest_price' } | { kind: 'best_price_quality'; criteria: EvaluationCriterion[] };

export const LOWEST_PRICE: EvaluationRule = { kind: 'lowest_price' };

const NAME_MAX = 200;

/**
 * Reads what the API receives: `"lowest_price"`, `{ kind: "lowest_price" }`, or
 * `{ criteria: [{ name, nameEn?, weight, kind?: "price" | "quality" }] }` (kind defaults to
 * quality). The stored JSON (`{ kind: "best_price_quality", criteria }`) reads back the same.
 */
export function parseEvaluationRule(input: unknown, field = 'evaluation'): Checked<EvaluationRule> {
  if (input === 'lowest_price' || (isObject(input) && input.kind === 'lowest_price' && input.criteria === undefined))
    return { ok: true, value: LOWEST_PRICE };
  if (!isObject(input) || !Array.isArray(input.criteria))
    return failed([
      invalid(
        field,
        'είτε "lowest_price" είτε { criteria: [...] } με κριτήρια και βαρύτητες',
        'either "lowest_price" or { criteria: [...] } with criteria and weights',
      ),
    ]);
  if (input.kind !== undefined && input.kind !== 'best_price_quality')
    return failed([invalid(`${field}.kind`, 'άγνωστο κριτήριο ανάθεσης', 'unknown award criterion')]);

  const problems: RuleProblem[] = [];
  const raw = input.criteria as unknown[];
  const max = CONSULTATION_RULES.evaluation.maxCriteria;
  if (raw.length < 2 || raw.length > max)
    problems.push(
      invalid(
        `${field}.criteria`,
        `από 2 έως ${max} κριτήρια: η τιμή και τουλάχιστον ένα κριτήριο ποιότητας`,
        `2 to ${max} criteria: the price and at least one quality criterion`,
      ),
    );

  const criteria: EvaluationCriterion[] = [];
  const seen = new Set<string>();
  let quality = 0;
  raw.forEach((entry, index) => {
    const at = `${field}.criteria[${index}]`;
    if (!isObject(entry)) {
      problems.push(
        invalid(at, 'κάθε κριτήριο είναι αντικείμενο { name, weight }', 'each criterion is an object { name, weight }'),
      );
      return;
    }
    const kind = entry.kind ?? 'quality';
    if (kind !== 'price' && kind !== 'quality')
      problems.push(invalid(`${at}.kind`, 'price ή quality', 'price or quality'));
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (name === '' || name.length > NAME_MAX)
      problems.push(
        invalid(
          `${at}.name`,
          `απαιτείται όνομα έως ${NAME_MAX} χαρακτήρες`,
          `a name of at most ${NAME_MAX} characters is required`,
        ),
      );
    else if (seen.has(name.toLocaleLowerCase('el')))
      problems.push(invalid(`${at}.name`, 'δύο κριτήρια με το ίδιο όνομα', 'two criteria with the same name'));
    seen.add(name.toLocaleLowerCase('el'));
    const nameEn =
      typeof entry.nameEn === 'string' && entry.nameEn.trim() !== '' ? entry.nameEn.trim().slice(0, NAME_MAX) : null;
    const weight = entry.weight;
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 1 || weight > 99)
      problems.push(invalid(`${at}.weight`, 'ακέραιος από 1 έως 99', 'a whole number from 1 to 99'));
    const id = kind === 'price' ? 'price' : `q${++quality}`;
    criteria.push({
      id,
      kind: kind === 'price' ? 'price' : 'quality',
      name,
      nameEn,
      weight: typeof weight === 'number' ? weight : 0,
    });
  });

  const prices = criteria.filter((c) => c.kind === 'price').length;
  if (raw.length > 0 && prices !== 1)
    problems.push(
      invalid(
        `${field}.criteria`,
        'ακριβώς ένα κριτήριο είναι η τιμή (kind: "price")',
        'exactly one criterion is the price (kind: "price")',
      ),
    );
  const sum = criteria.reduce((total, c) => total + c.weight, 0);
  if (problems.length === 0 && sum !== 100)
    problems.push(
      invalid(
        `${field}.criteria`,
        `οι βαρύτητες πρέπει να αθροίζουν 100 (τώρα ${sum})`,
        `the weights must add up to 100 (now ${sum})`,
      ),
    );
  return checked(problems, () => ({ kind: 'best_price_quality' as const, criteria }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function priceCriterion(rule: EvaluationRule): EvaluationCriterion | null {
  return rule.kind === 'best_price_quality' ? (rule.criteria.find((c) => c.kind === 'price') ?? null) : null;
}

export function qualityCriteria(rule: EvaluationRule): EvaluationCriterion[] {
  return rule.kind === 'best_price_quality' ? rule.criteria.filter((c) => c.kind === 'quality') : [];
}

/** The criterion's name in `lang` (the Greek one when no English name was given). */
export function criterionName(criterion: EvaluationCriterion, lang: 'el' | 'en'): string {
  return lang === 'en' && criterion.nameEn ? criterion.nameEn : criterion.name;
}
