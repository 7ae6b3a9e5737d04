import type { AwardRulesConfig } from './award-rules-config.ts';
import { DOCUMENT_NAMES } from './eligibility-certificates.ts';
import { addMonths, formatDate, formatPercent } from './eligibility-format.ts';
import { legalFormInfo } from './legal-forms.ts';
import {
  check,
  type CheckOutcome,
  type EligibilityCheck,
  type EnterpriseFacts,
  type Need,
  type StatutesFacts,
} from './eligibility-types.ts';

/**
 * Who may take part: the legal-form rule of each route, art. 20 for operators that do not
 * qualify by their form, the art. 77 conditions, and why a programmatic agreement is not a
 * route to a private-law body.
 */

type Rules = AwardRulesConfig;

/** The legal-form checks of the need's route (none for art. 77, whose conditions are the statutes'). */
export function whoMayTakePartChecks(need: Need, facts: EnterpriseFacts, rules: Rules): EligibilityCheck[] {
  const route = rules.routes[need.route];
  const form = legalFormInfo(facts.legalForm);
  if (need.route === 'reserved_social_services') return [socialServicesStatutesCheck(facts.statutes, rules)];
  if (need.route === 'programmatic_agreement') return [programmaticAgreementCheck(facts, rules)];
  if ((route.qualifyingLegalForms as readonly string[]).includes(facts.legalForm))
    return [
      check(
        'legal_form',
        'pass',
        route.reference,
        `Η νομική μορφή (${form.nameEl}) επιτρέπεται για «${route.nameEl}».`,
        `Its legal form (${form.nameEn}) qualifies for "${route.nameEn}".`,
      ),
    ];
  if (need.route === 'reserved_art20')
    return [art20StatutesCheck(facts.statutes, rules), art20WorkforceCheck(need, facts, rules)];
  return [
    check(
      'legal_form',
      'fail',
      route.reference,
      `Η νομική μορφή (${form.nameEl}) δεν επιτρέπεται για «${route.nameEl}».`,
      `Its legal form (${form.nameEn}) does not qualify for "${route.nameEn}".`,
    ),
  ];
}

/**
 * Law 3852/2010 art. 100 agreements are between public bodies; the Court of Audit held one with
 * a ΚοινΣΕπ for paid services to be a public service contract needing a procurement procedure.
 */
function programmaticAgreementCheck(facts: EnterpriseFacts, rules: Rules): EligibilityCheck {
  const reference = rules.routes.programmatic_agreement.reference;
  const form = legalFormInfo(facts.legalForm);
  if (rules.programmaticAgreement.possiblyPublicLegalForms.includes(facts.legalForm))
    return check(
      'legal_form',
      'unknown',
      reference,
      `Προγραμματική σύμβαση συνάπτεται μόνο με φορείς του δημοσίου: η μορφή «${form.nameEl}» επιτρέπεται μόνο αν ο φορέας είναι νομικό πρόσωπο δημοσίου δικαίου — ελέγξτε την πράξη σύστασης.`,
      `Programmatic agreements are only made with public bodies: the form "${form.nameEn}" qualifies only if it is run by a public-law legal person — check its founding act.`,
    );
  return check(
    'legal_form',
    'fail',
    reference,
    `Η μορφή «${form.nameEl}» είναι νομικό πρόσωπο ιδιωτικού δικαίου. Η προγραμματική σύμβαση (άρθ. 100 Ν. 3852/2010) συνάπτεται μεταξύ φορέων του δημοσίου· το Ελεγκτικό Συνέδριο έκρινε ότι τέτοια σύμβαση με ΚοινΣΕπ για αμειβόμενες υπηρεσίες είναι δημόσια σύμβαση υπηρεσιών που απαιτεί διαδικασία ανάθεσης. Επιλέξτε τη διαδικασία που απαιτεί η αξία.`,
    `The form "${form.nameEn}" is a private-law body. A programmatic agreement (Law 3852/2010 art. 100) is made between public bodies; the Court of Audit held such an agreement with a social cooperative for paid services to be a public service contract that needs a procurement procedure. Use the procedure the value requires.`,
  );
}

const YES_NO = { true: { el: 'ναι', en: 'yes' }, false: { el: 'όχι', en: 'no' } };

/** One or more recorded statutes facts: missing → unknown, any "no" → fail, recorded but unverified → warning. */
function statutesOutcome(
  facts: Array<{ value: boolean | null; el: string; en: string }>,
  verifiedAt: string | null,
): { outcome: CheckOutcome; el: string; en: string } {
  const list = (lang: 'el' | 'en') =>
    facts
      .map(
        (f) =>
          `${f[lang]}: ${f.value === null ? (lang === 'el' ? 'δεν έχει καταχωριστεί' : 'not recorded') : YES_NO[`${f.value}`][lang]}`,
      )
      .join(lang === 'el' ? '· ' : '; ');
  const el = list('el');
  const en = list('en');
  if (facts.some((f) => f.value === false))
    return {
      outcome: 'fail',
      el: `Το καταστατικό δεν πληροί τον όρο — ${el}.`,
      en: `The statutes do not meet the condition — ${en}.`,
    };
  if (facts.some((f) => f.value === null))
    return {
      outcome: 'unknown',
      el: `Δεν έχει καταχωριστεί από το καταστατικό — ${el}: η υπηρεσία το καταχωρίζει.`,
      en: `Not recorded from the statutes — ${en}: staff record it.`,
    };
  if (!verifiedAt)
    return {
      outcome: 'warning',
      el: `${el}. Δεν έχει επαληθευτεί από την υπηρεσία: προς έλεγχο.`,
      en: `${en}. Not yet verified by staff against the statutes: to be checked.`,
    };
  return {
    outcome: 'pass',
    el: `${el} (επαληθεύτηκε ${formatDate(verifiedAt.slice(0, 10))}).`,
    en: `${en} (verified ${formatDate(verifiedAt.slice(0, 10))}).`,
  };
}

/** Art. 20 for other operators, first fact: the main statutory purpose. */
function art20StatutesCheck(statutes: StatutesFacts, rules: Rules): EligibilityCheck {
  const result = statutesOutcome(
    [
      {
        value: statutes.integrationPurpose,
        el: 'Κύριος καταστατικός σκοπός η κοινωνική και επαγγελματική ένταξη ατόμων με αναπηρία ή μειονεκτούντων',
        en: 'Main statutory purpose: social and professional integration of disabled or disadvantaged persons',
      },
    ],
    statutes.verifiedAt,
  );
  return check('art20_statutes_purpose', result.outcome, rules.art20.reference, result.el, result.en);
}

/** Art. 20 for other operators, second fact: more than 30% disabled or disadvantaged workers, evidenced. */
function art20WorkforceCheck(need: Need, facts: EnterpriseFacts, rules: Rules): EligibilityCheck {
  const reference = rules.art20.reference;
  const limit = rules.art20.minWorkforceSharePercentExclusive;
  const total = facts.employeesCount;
  const disadvantaged = facts.disadvantagedEmployeesCount;
  if (total === null || disadvantaged === null || total <= 0)
    return check(
      'art20_workforce_share',
      'unknown',
      reference,
      `Δεν έχουν καταχωριστεί στοιχεία προσωπικού: απαιτείται ποσοστό άνω του ${limit}% εργαζομένων με αναπηρία ή μειονεκτούντων.`,
      `No workforce figures on file: more than ${limit}% of workers disabled or disadvantaged is required.`,
    );
  const share = { el: formatPercent(disadvantaged, total, 'el'), en: formatPercent(disadvantaged, total, 'en') };
  const figures = {
    el: `${disadvantaged} από ${total} εργαζόμενους (${share.el})`,
    en: `${disadvantaged} of ${total} workers (${share.en})`,
  };
  // Integers only: disadvantaged / total > limit / 100.
  if (disadvantaged * 100 <= limit * total)
    return check(
      'art20_workforce_share',
      'fail',
      reference,
      `${figures.el} είναι άτομα με αναπηρία ή μειονεκτούντα· απαιτείται ποσοστό άνω του ${limit}%.`,
      `${figures.en} are disabled or disadvantaged; more than ${limit}% is required.`,
    );
  const evidence = facts.documents
    .filter((d) => d.kind === 'workforce_composition' && d.validUntil >= need.decisionDate)
    .sort(
      (a, b) =>
        Number(b.verifiedAt !== null) - Number(a.verifiedAt !== null) || b.validUntil.localeCompare(a.validUntil),
    )[0];
  const name = DOCUMENT_NAMES.workforce_composition;
  if (!evidence)
    return check(
      'art20_workforce_share',
      'unknown',
      reference,
      `${figures.el} δηλώνονται ως άτομα με αναπηρία ή μειονεκτούντα, αλλά δεν υπάρχει βεβαίωση σύνθεσης προσωπικού σε ισχύ την ημερομηνία της απόφασης (${formatDate(need.decisionDate)}).`,
      `${figures.en} are declared disabled or disadvantaged, but no workforce-composition certificate is valid on the award decision date (${formatDate(need.decisionDate)}).`,
    );
  const until = formatDate(evidence.validUntil);
  if (!evidence.verifiedAt)
    return check(
      'art20_workforce_share',
      'warning',
      reference,
      `${figures.el} είναι άτομα με αναπηρία ή μειονεκτούντα (άνω του ${limit}%)· ${name.el.toLowerCase()} (έως ${until}) δεν έχει ελεγχθεί ακόμη: προς έλεγχο.`,
      `${figures.en} are disabled or disadvantaged (more than ${limit}%); the ${name.en.toLowerCase()} (until ${until}) is not yet checked by staff: to be checked.`,
    );
  return check(
    'art20_workforce_share',
    'pass',
    reference,
    `${figures.el} είναι άτομα με αναπηρία ή μειονεκτούντα (άνω του ${limit}%), με βεβαίωση σε ισχύ έως ${until}.`,
    `${figures.en} are disabled or disadvantaged (more than ${limit}%), evidenced until ${until}.`,
  );
}

/** Directive art. 77(2): three facts of the statutes; no legal form passes by itself. */
function socialServicesStatutesCheck(statutes: StatutesFacts, rules: Rules): EligibilityCheck {
  const result = statutesOutcome(
    [
      {
        value: statutes.publicServiceMission,
        el: 'Αποστολή δημόσιας υπηρεσίας συνδεδεμένη με τις υπηρεσίες',
        en: 'Public-service mission linked to the services',
      },
      { value: statutes.profitsReinvested, el: 'Επανεπένδυση των κερδών', en: 'Profits reinvested' },
      {
        value: statutes.participatoryGovernance,
        el: 'Συμμετοχική ιδιοκτησία ή διοίκηση',
        en: 'Participatory ownership or management',
      },
    ],
    statutes.verifiedAt,
  );
  return check('social_services_statutes', result.outcome, rules.socialServices.reference, result.el, result.en);
}

/** Directive art. 77: Annex XIV CPV codes, at most 3 years with options, no award under it in the 3 years before the decision. */
export function socialServicesChecks(need: Need, facts: EnterpriseFacts, rules: Rules): EligibilityCheck[] {
  const config = rules.socialServices;
  const reference = config.reference;
  const checks: EligibilityCheck[] = [];
  if (need.cpvCodes.length === 0)
    checks.push(
      check('social_services_cpv', 'unknown', reference, 'Δεν δόθηκε κωδικός CPV.', 'No CPV code was given.'),
    );
  else {
    const outside = need.cpvCodes.filter((c) => !c.socialServices).map((c) => c.code);
    checks.push(
      outside.length === 0
        ? check(
            'social_services_cpv',
            'pass',
            reference,
            'Όλοι οι κωδικοί CPV είναι κοινωνικές υπηρεσίες του Παραρτήματος XIV.',
            'Every CPV code is an Annex XIV social service.',
          )
        : check(
            'social_services_cpv',
            'fail',
            reference,
            `Εκτός Παραρτήματος XIV: ${outside.join(', ')}.`,
            `Not Annex XIV social services: ${outside.join(', ')}.`,
          ),
    );
  }
  const max = config.maxDurationMonths;
  if (need.durationMonths === null)
    checks.push(
      check('social_services_duration', 'unknown', reference, 'Δεν δόθηκε διάρκεια.', 'No duration was given.'),
    );
  else {
    const d = need.durationMonths;
    const text = {
      el: `Διάρκεια ${d} μήνες μαζί με δικαιώματα προαίρεσης και παρατάσεις (μέγιστη ${max})`,
      en: `Duration ${d} months including options and extensions (at most ${max})`,
    };
    checks.push(check('social_services_duration', d > max ? 'fail' : 'pass', reference, `${text.el}.`, `${text.en}.`));
  }
  const lookback = config.previousAwardLookbackMonths;
  const since = addMonths(need.decisionDate, -lookback);
  const previous = facts.contracts
    .filter(
      (c) => c.awardRoute === 'reserved_social_services' && c.awardedOn >= since && c.awardedOn <= need.decisionDate,
    )
    .sort((a, b) => b.awardedOn.localeCompare(a.awardedOn))[0];
  const decision = formatDate(need.decisionDate);
  checks.push(
    previous
      ? check(
          'social_services_previous_award',
          'fail',
          reference,
          `Ανατέθηκε «${previous.title}» με αυτή τη διαδικασία στις ${formatDate(previous.awardedOn)}, εντός ${lookback} μηνών πριν από την απόφαση ανάθεσης (${decision}).`,
          `Awarded "${previous.title}" under this route on ${formatDate(previous.awardedOn)}, within ${lookback} months before the award decision (${decision}).`,
        )
      : check(
          'social_services_previous_award',
          'pass',
          reference,
          `Καμία ανάθεση με αυτή τη διαδικασία από ${formatDate(since)} έως την απόφαση ανάθεσης (${decision}).`,
          `No award under this route from ${formatDate(since)} to the award decision (${decision}).`,
        ),
  );
  return checks;
}
