import type { AwardRoute } from './award-routes.ts';
import { AWARD_RULES, type Bilingual, type LegalReference } from './award-rules-config.ts';
import { contractTypeOf, type ContractType } from './cpv.ts';
import { formatMoney } from './eligibility-format.ts';

/**
 * "A reservation is not a procedure" (DESIGN §2): reserving a contract (art. 20, art. 77) only
 * limits who may take part in the procedure the value requires. This file holds the money
 * thresholds of those procedures and names the one a need's total value (with options and
 * extensions, Law 4412/2016 art. 6 §1) requires. Money in integer euro cents, net of VAT.
 */

export const PROCEDURE_THRESHOLDS = {
  directAward: {
    // Law 4412/2016 art. 118 §1 as amended by Law 4782/2021: services and supplies up to €30,000
    // net (confirmed: Ministry of Development circular on art. 118, reported 03/01/2026); works up
    // to €60,000 net (confirmed: PEDMEDE note on the 2022 remedies reform quoting "30.000 ή
    // 60.000 ευρώ για τις συμβάσεις έργου").
    maxNetCents: { services: 3_000_000, supplies: 3_000_000, works: 6_000_000 } satisfies Record<ContractType, number>,
    reference: {
      el: 'Ν. 4412/2016 άρθ. 118 §1 (Ν. 4782/2021): έως 30.000 € υπηρεσίες και προμήθειες, έως 60.000 € έργα, χωρίς ΦΠΑ',
      en: 'Law 4412/2016 art. 118(1) (Law 4782/2021): up to €30,000 services and supplies, €60,000 works, net of VAT',
      verify: false,
    } satisfies LegalReference,
  },
  simplifiedTender: {
    // Law 4412/2016 art. 117 (συνοπτικός διαγωνισμός): up to €60,000 net for services and supplies
    // (DESIGN §2 *verify*; the €30,000–€60,000 band is cited for art. 127 remedies, not confirmed
    // as the art. 117 ceiling after Law 4782/2021). Works: not configured (check the law).
    maxNetCents: { services: 6_000_000, supplies: 6_000_000, works: null } satisfies Record<
      ContractType,
      number | null
    >,
    reference: {
      el: 'Ν. 4412/2016 άρθ. 117 (συνοπτικός διαγωνισμός, έως 60.000 € χωρίς ΦΠΑ — προς επιβεβαίωση)',
      en: 'Law 4412/2016 art. 117 (simplified tender, up to €60,000 net — to be verified)',
      verify: true,
    } satisfies LegalReference,
  },
  euThresholds: {
    // Law 4412/2016 art. 5 with Commission Delegated Regulation (EU) 2025/2152 (OJ L 23.10.2025),
    // in force 1 January 2026 – 31 December 2027 (confirmed: EU and national notices, 2025).
    // A municipality is a sub-central contracting authority.
    servicesSuppliesSubCentralNetCents: 21_600_000,
    worksNetCents: 540_400_000,
    /** Annex XIV social and other specific services (art. 74 light regime). */
    socialServicesNetCents: 75_000_000,
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    reference: {
      el: 'Ν. 4412/2016 άρθ. 5 και Κατ’ εξουσιοδότηση Κανονισμός (ΕΕ) 2025/2152 (όρια 2026–2027)',
      en: 'Law 4412/2016 art. 5 and Delegated Regulation (EU) 2025/2152 (thresholds 2026–2027)',
      verify: false,
    } satisfies LegalReference,
  },
  openProcedure: {
    reference: { el: 'Ν. 4412/2016 άρθ. 27', en: 'Law 4412/2016 art. 27', verify: false } satisfies LegalReference,
  },
};

/** The procedures a value can require; `undetermined` without a value or a CPV code. */
export const PROCEDURE_IDS = [
  'direct_award',
  'simplified_tender',
  'open_procedure',
  'open_procedure_eu',
  'undetermined',
] as const;
export type ProcedureId = (typeof PROCEDURE_IDS)[number];

export interface RequiredProcedure {
  id: ProcedureId;
  message: Bilingual;
  reference: LegalReference;
  contractType: ContractType | null;
  /** Estimated value plus options and extensions, net; null without a value. */
  totalNetCents: number | null;
}

/** The contract type of a need: works if any code is works (division 45), else services if any, else supplies. */
export function needContractType(cpvCodes: readonly string[]): ContractType | null {
  if (cpvCodes.length === 0) return null;
  const types = new Set(cpvCodes.map(contractTypeOf));
  if (types.has('works')) return 'works';
  return types.has('services') ? 'services' : 'supplies';
}

const TYPE_NAMES: Record<ContractType, Bilingual> = {
  works: { el: 'έργα', en: 'works' },
  services: { el: 'υπηρεσίες', en: 'services' },
  supplies: { el: 'προμήθειες', en: 'supplies' },
};

const money = (cents: number) => ({ el: formatMoney(cents, 'el'), en: formatMoney(cents, 'en') });

export interface ProcedureNeed {
  cpvCodes: ReadonlyArray<{ code: string; socialServices: boolean }>;
  route: AwardRoute;
  valueNetCents: number | null;
  optionsValueNetCents: number;
}

/** The procedure the need's total value requires, whatever route staff picked. */
export function requiredProcedure(
  need: ProcedureNeed,
  config = PROCEDURE_THRESHOLDS,
  routes = AWARD_RULES.routes,
): RequiredProcedure {
  const type = needContractType(need.cpvCodes.map((c) => c.code));
  const reserving = routes[need.route].reservingArticle;
  const reservation = reserving
    ? {
        el: ` Η επιφύλαξη δεν είναι διαδικασία: περιορίζει μόνο ποιοι συμμετέχουν, και η πρόσκληση πρέπει να αναφέρει το ${reserving.el}.`,
        en: ` A reservation is not a procedure: it only limits who may take part, and the call must cite ${reserving.en}.`,
      }
    : { el: '', en: '' };
  if (need.valueNetCents === null || type === null) {
    const why =
      type === null ? { el: 'κωδικός CPV', en: 'CPV code' } : { el: 'εκτιμώμενη αξία', en: 'estimated value' };
    return {
      id: 'undetermined',
      contractType: type,
      totalNetCents: null,
      reference: config.directAward.reference,
      message: {
        el: `Δεν δόθηκε ${why.el}: η απαιτούμενη διαδικασία δεν μπορεί να οριστεί.${reservation.el}`,
        en: `No ${why.en} was given: the required procedure cannot be determined.${reservation.en}`,
      },
    };
  }
  const total = need.valueNetCents + need.optionsValueNetCents;
  const t = money(total);
  const typeName = TYPE_NAMES[type];
  const lead = {
    el: `Συνολική εκτιμώμενη αξία (${typeName.el}) με δικαιώματα προαίρεσης και παρατάσεις: ${t.el} χωρίς ΦΠΑ.`,
    en: `Total estimated value (${typeName.en}) with options and extensions: ${t.en} net of VAT.`,
  };
  const socialOnly = need.cpvCodes.length > 0 && need.cpvCodes.every((c) => c.socialServices);
  const eu = config.euThresholds;
  const euLimit =
    type === 'works'
      ? eu.worksNetCents
      : socialOnly
        ? eu.socialServicesNetCents
        : eu.servicesSuppliesSubCentralNetCents;
  const build = (id: ProcedureId, reference: LegalReference, el: string, en: string): RequiredProcedure => ({
    id,
    contractType: type,
    totalNetCents: total,
    reference,
    message: { el: `${lead.el} ${el}${reservation.el}`, en: `${lead.en} ${en}${reservation.en}` },
  });
  const direct = config.directAward.maxNetCents[type];
  if (total <= direct) {
    const d = money(direct);
    return build(
      'direct_award',
      config.directAward.reference,
      `Αρκεί απευθείας ανάθεση (έως ${d.el}).`,
      `A direct award is enough (up to ${d.en}).`,
    );
  }
  if (total > euLimit) {
    const e = money(euLimit);
    return build(
      'open_procedure_eu',
      eu.reference,
      `Υπερβαίνει το ενωσιακό όριο (${e.el}): ανοικτή διαδικασία με δημοσίευση στην Επίσημη Εφημερίδα της ΕΕ.`,
      `Above the EU threshold (${e.en}): open procedure published in the Official Journal of the EU.`,
    );
  }
  const simplified = config.simplifiedTender.maxNetCents[type];
  if (simplified !== null && total <= simplified) {
    const s = money(simplified);
    return build(
      'simplified_tender',
      config.simplifiedTender.reference,
      `Απαιτείται συνοπτικός διαγωνισμός (έως ${s.el}).`,
      `A simplified tender is required (up to ${s.en}).`,
    );
  }
  const note =
    simplified === null
      ? {
          el: ' Για έργα δεν έχει οριστεί όριο συνοπτικού διαγωνισμού: ελέγξτε το.',
          en: ' No simplified-tender ceiling is configured for works: check it.',
        }
      : { el: '', en: '' };
  return build(
    'open_procedure',
    config.openProcedure.reference,
    `Απαιτείται ανοικτή διαδικασία (κάτω από το ενωσιακό όριο των ${money(euLimit).el}).${note.el}`,
    `An open procedure is required (below the EU threshold of ${money(euLimit).en}).${note.en}`,
  );
}
