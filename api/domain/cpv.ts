/**
 * CPV (Common Procurement Vocabulary, Regulation (EC) 213/2008).
 * Eight digits plus a check digit (`90910000-9`). The hierarchy is read from the
 * significant leading digits: 2 division, 3 group, 4 class, 5 category, more =
 * subcategories; trailing zeros are padding. The check-digit algorithm is not
 * published: we validate against the code list and never compute it.
 */

export type CpvLevel = 'division' | 'group' | 'class' | 'category' | 'subcategory';
export type ContractType = 'works' | 'services' | 'supplies';

export interface ParsedCpv {
  code: string; // 8 digits
  checkDigit: string | null;
  /** The significant prefix: `909100000` → `9091`. Never shorter than the division. */
  prefix: string;
  level: CpvLevel;
}

const CPV_PATTERN = /^(\d{8})(?:-(\d))?$/;

export function parseCpv(input: string): ParsedCpv | null {
  const match = CPV_PATTERN.exec(input.trim());
  if (!match) return null;
  const code = match[1]!;
  if (code.startsWith('00')) return null;
  const prefix = significantPrefix(code);
  return { code, checkDigit: match[2] ?? null, prefix, level: levelOfPrefix(prefix) };
}

/** `90910000` → `9091`; a division keeps its two digits (`90000000` → `90`). */
export function significantPrefix(code: string): string {
  const trimmed = code.replace(/0+$/, '');
  return trimmed.length < 2 ? code.slice(0, 2) : trimmed;
}

export function levelOfPrefix(prefix: string): CpvLevel {
  switch (prefix.length) {
    case 2:
      return 'division';
    case 3:
      return 'group';
    case 4:
      return 'class';
    case 5:
      return 'category';
    default:
      return 'subcategory';
  }
}

/** Numeric level: 2 (division) … 8, the number of significant digits. */
export function levelNumber(code: string): number {
  return Math.max(2, significantPrefix(code).length);
}

/** Contract type by division (Directive 2014/24 art. 2): 45 works, 49–98 services, else supplies. */
export function contractTypeOf(code: string): ContractType {
  const division = Number(code.slice(0, 2));
  if (division === 45) return 'works';
  if (division >= 49 && division <= 98) return 'services';
  return 'supplies';
}

export type CpvMatchKind = 'exact' | 'narrower' | 'broader' | 'category' | 'class' | 'group' | 'division' | 'none';

export interface CpvMatch {
  kind: CpvMatchKind;
  /** 1 = exact … 0 = unrelated. Used for ranking. */
  score: number;
}

/**
 * How well a service tagged `offered` meets a need for `needed`.
 * A service under the needed code (needed 90910000, offered 90911200) fully meets it;
 * a broader service (needed 90911200, offered 90910000) probably does, at a lower score;
 * siblings that share only a category/class/group/division score lower still.
 */
export function matchCpv(needed: string, offered: string): CpvMatch {
  if (needed === offered) return { kind: 'exact', score: 1 };
  const neededPrefix = significantPrefix(needed);
  const offeredPrefix = significantPrefix(offered);
  if (offeredPrefix.startsWith(neededPrefix)) return { kind: 'narrower', score: 0.95 };
  if (neededPrefix.startsWith(offeredPrefix)) return { kind: 'broader', score: 0.8 };
  let shared = 0;
  while (shared < 8 && needed[shared] === offered[shared]) shared++;
  if (shared >= 5) return { kind: 'category', score: 0.7 };
  if (shared === 4) return { kind: 'class', score: 0.6 };
  if (shared === 3) return { kind: 'group', score: 0.4 };
  if (shared === 2) return { kind: 'division', score: 0.2 };
  return { kind: 'none', score: 0 };
}

export type CpvListCheck =
  /** Listed; the digit given (if any) matches the printed one. */
  | 'ok'
  /** Listed, but the list has no printed check digit: a digit given cannot be validated. */
  | 'check_digit_not_printed'
  | 'not_listed'
  | 'check_digit_mismatch';

/**
 * Validates a parsed code against the code list (`listed` = the list's row, or undefined).
 * The check digit is compared with the printed one, never computed (the algorithm is not
 * public); where the list has none, the code is accepted and the digit cannot be checked.
 */
export function checkCpvAgainstList(
  parsed: Pick<ParsedCpv, 'checkDigit'>,
  listed: { checkDigit: string | null } | undefined,
): CpvListCheck {
  if (!listed) return 'not_listed';
  if (parsed.checkDigit === null) return 'ok';
  if (listed.checkDigit === null) return 'check_digit_not_printed';
  return parsed.checkDigit === listed.checkDigit ? 'ok' : 'check_digit_mismatch';
}

/**
 * Codes treated as the same kind of need for the anti-splitting sum (Law 4412/2016 art. 6,
 * DESIGN §2): one contains the other (`90000000` contains `90911200`), or both sit in the
 * same group (the first 3 digits). CPV is an indicator, not the definition: staff judge.
 */
export function relatedCpv(a: string, b: string): boolean {
  const pa = significantPrefix(a);
  const pb = significantPrefix(b);
  return pa.startsWith(pb) || pb.startsWith(pa) || a.slice(0, 3) === b.slice(0, 3);
}

/** `90910000` + `9` → `90910000-9`; without a known check digit, the bare code. */
export function formatCpv(code: string, checkDigit: string | null): string {
  return checkDigit ? `${code}-${checkDigit}` : code;
}
