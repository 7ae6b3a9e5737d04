import type { Lang } from './languages.ts';

/** DESIGN §2: the legal forms of social-economy bodies the register knows. */
export type LegalForm =
  | 'koinsep_integration_vulnerable'
  | 'koinsep_integration_special'
  | 'koinsep_collective_benefit'
  | 'koispe'
  | 'worker_coop'
  | 'protected_workshop'
  | 'other_sse';

export interface LegalFormInfo {
  id: LegalForm;
  nameEl: string;
  nameEn: string;
  shortEl: string;
  /** Where the form is defined. */
  reference: string;
}

/** DESIGN §2: the legal forms of social-economy bodies the register knows. */
export const LEGAL_FORMS: readonly LegalFormInfo[] = [
  {
    id: 'koinsep_integration_vulnerable',
    nameEl: 'ΚοινΣΕπ Ένταξης Ευάλωτων Ομάδων',
    nameEn: 'Social cooperative for the integration of vulnerable groups',
    shortEl: 'ΚοινΣΕπ Ένταξης (Ευάλωτες Ομάδες)',
    reference: 'Ν. 4430/2016 άρθ. 14 παρ. 1α',
  },
  {
    id: 'koinsep_integration_special',
    nameEl: 'ΚοινΣΕπ Ένταξης Ειδικών Ομάδων',
    nameEn: 'Social cooperative for the integration of special groups',
    shortEl: 'ΚοινΣΕπ Ένταξης (Ειδικές Ομάδες)',
    reference: 'Ν. 4430/2016 άρθ. 14 παρ. 1β',
  },
  {
    id: 'koinsep_collective_benefit',
    nameEl: 'ΚοινΣΕπ Συλλογικού και Κοινωνικού Σκοπού',
    nameEn: 'Social cooperative of collective and social benefit',
    shortEl: 'ΚοινΣΕπ Συλλογικού Σκοπού',
    reference: 'Ν. 4430/2016 άρθ. 14 παρ. 1γ',
  },
  {
    id: 'koispe',
    nameEl: 'Κοινωνικός Συνεταιρισμός Περιορισμένης Ευθύνης (ΚοιΣΠΕ)',
    nameEn: 'Limited-liability social cooperative for mental health (KoiSPE)',
    shortEl: 'ΚοιΣΠΕ',
    reference: 'Ν. 2716/1999 άρθ. 12',
  },
  {
    id: 'worker_coop',
    nameEl: 'Συνεταιρισμός Εργαζομένων (ΣυνΕργ)',
    nameEn: 'Worker cooperative',
    shortEl: 'ΣυνΕργ',
    reference: 'Ν. 4430/2016 άρθ. 24',
  },
  {
    id: 'protected_workshop',
    nameEl: 'Προστατευόμενο Εργαστήριο',
    nameEn: 'Protected workshop',
    shortEl: 'Προστατευόμενο Εργαστήριο',
    reference: 'Ν. 2646/1998 άρθ. 17',
  },
  {
    id: 'other_sse',
    nameEl: 'Άλλος φορέας Κοινωνικής και Αλληλέγγυας Οικονομίας',
    nameEn: 'Other social and solidarity economy body',
    shortEl: 'Άλλος φορέας ΚΑΛΟ',
    reference: 'Ν. 4430/2016 άρθ. 3',
  },
];

export const LEGAL_FORM_IDS = LEGAL_FORMS.map((f) => f.id) as [LegalForm, ...LegalForm[]];

const byId = new Map(LEGAL_FORMS.map((f) => [f.id, f]));

export function legalFormInfo(id: LegalForm): LegalFormInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`Unknown legal form ${id}`);
  return info;
}

export function legalFormName(id: LegalForm, lang: Lang): string {
  const info = legalFormInfo(id);
  return lang === 'el' ? info.nameEl : info.nameEn;
}
