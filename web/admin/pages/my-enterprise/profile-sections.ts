import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ProfileValuesBody } from '../../../../api/contract.ts';
import { fieldLabel } from '../../labels/field-labels.ts';

/** How a field is edited. `position` is the map seam (koinsep-position-field); `area` picks a municipality by name. */
export type FieldKind = 'text' | 'textarea' | 'integer' | 'date' | 'boolean' | 'legal-form' | 'area' | 'position';

export interface FieldSpec {
  name: keyof ProfileValuesBody;
  kind: FieldKind;
  type?: string;
  autocomplete?: string;
}

export type SectionId = 'identity' | 'contact' | 'about' | 'places' | 'workforce';

export interface Section {
  id: SectionId;
  title: string;
  fields: FieldSpec[];
}

/**
 * The profile editor's sections, in order (a function: the titles follow the language). Each
 * field is in exactly one; `lat` and `lon` are edited together as the position on the map.
 */
export const sections = (): Section[] => [
  {
    id: 'identity',
    title: msg('Ταυτότητα', { id: 'my-enterprise.group-identity' }),
    fields: [
      { name: 'legalName', kind: 'text' },
      { name: 'tradeName', kind: 'text' },
      { name: 'legalForm', kind: 'legal-form' },
      { name: 'afm', kind: 'text' },
      { name: 'gemiNumber', kind: 'text' },
      { name: 'gemkaloNumber', kind: 'text' },
      { name: 'foundedOn', kind: 'date' },
    ],
  },
  {
    id: 'contact',
    title: msg('Επικοινωνία', { id: 'my-enterprise.group-contact' }),
    fields: [
      { name: 'email', kind: 'text', type: 'email', autocomplete: 'email' },
      { name: 'emailPublic', kind: 'boolean' },
      { name: 'phone', kind: 'text', type: 'tel', autocomplete: 'tel' },
      { name: 'phonePublic', kind: 'boolean' },
      { name: 'contactPerson', kind: 'text', autocomplete: 'name' },
      { name: 'contactPersonPublic', kind: 'boolean' },
      { name: 'website', kind: 'text', type: 'url', autocomplete: 'url' },
    ],
  },
  {
    id: 'about',
    title: msg('Περιγραφή', { id: 'my-enterprise.group-description' }),
    fields: [
      { name: 'descriptionEl', kind: 'textarea' },
      { name: 'descriptionEn', kind: 'textarea' },
    ],
  },
  {
    id: 'places',
    title: msg('Τόποι', { id: 'my-enterprise.group-places' }),
    fields: [
      { name: 'municipalityId', kind: 'area' },
      { name: 'streetAddress', kind: 'text', autocomplete: 'street-address' },
      { name: 'postalCode', kind: 'text', autocomplete: 'postal-code' },
      { name: 'addressPublic', kind: 'boolean' },
      { name: 'lat', kind: 'position' },
    ],
  },
  {
    id: 'workforce',
    title: msg('Μέλη και εργαζόμενοι', { id: 'my-enterprise.group-workforce' }),
    fields: [
      { name: 'membersCount', kind: 'integer' },
      { name: 'employeesCount', kind: 'integer' },
      { name: 'disadvantagedEmployeesCount', kind: 'integer' },
    ],
  },
];

/** The fields a section changes (`lat` stands for the position: `lon` goes with it). */
export const fieldsOf = (section: Section): string[] =>
  section.fields.flatMap((f) => (f.name === 'lat' ? ['lat', 'lon'] : [f.name]));

/** The section a field is edited in (the logo is in "about"). */
export function sectionOf(field: string): SectionId {
  if (field === 'logoId') return 'about';
  return sections().find((s) => fieldsOf(s).includes(field))?.id ?? 'identity';
}

/** The server's moderation rules (MyEnterprise.moderation), in the order a note lists them. */
const RULES = ['moderated', 'moderated_when_public', 'moderated_when_shown', 'staff_only'] as const;

const ruleText = (): Record<(typeof RULES)[number], string> => ({
  moderated: msg('Με έγκριση του Δήμου', { id: 'my-enterprise.moderated' }),
  moderated_when_public: msg('Με έγκριση όταν είναι δημόσιο', { id: 'my-enterprise.when-public' }),
  moderated_when_shown: msg('Η εμφάνιση χρειάζεται έγκριση, η απόκρυψη όχι', { id: 'my-enterprise.when-shown' }),
  staff_only: msg('Τα αλλάζει μόνο ο Δήμος', { id: 'my-enterprise.staff-only' }),
});

/**
 * What happens to a section's changes, said once for the section: "needs the municipality's
 * approval" when every field does; otherwise each rule with the fields it holds for (private
 * contact details, for instance, are saved at once while they are not shown).
 */
export function sectionNote(section: Section, moderation: Record<string, string>, id: string) {
  const fields = fieldsOf(section).filter((f) => f !== 'lon');
  const rules = new Map<string, string[]>();
  for (const field of fields) {
    const rule = moderation[field] ?? 'direct';
    rules.set(rule, [
      ...(rules.get(rule) ?? []),
      field === 'lat' ? msg('Θέση στον χάρτη', { id: 'my-enterprise.position' }) : fieldLabel(field),
    ]);
  }
  const texts = ruleText();
  if (rules.size === 1 && rules.has('moderated')) {
    return html`<p class="note" id=${id}><strong>${texts.moderated}</strong>: ${msg('οι αλλαγές σε αυτή την ενότητα δημοσιεύονται αφού τις ελέγξει ο Δήμος.', { id: 'my-enterprise.section-moderated' })}</p>`;
  }
  const listed = RULES.filter((rule) => rules.has(rule));
  return html`<div class="note" id=${id}>
    <ul>
      ${listed.map((rule) => html`<li><strong>${texts[rule]}</strong>: ${rules.get(rule)!.join(', ')}.</li>`)}
      ${rules.has('direct') ? html`<li><strong>${msg('Αποθηκεύονται αμέσως', { id: 'my-enterprise.direct' })}</strong>: ${rules.get('direct')!.join(', ')}.</li>` : nothing}
    </ul>
    ${rules.has('moderated_when_public') ? html`<p>${msg('Όσο ένα στοιχείο δεν εμφανίζεται δημόσια, οι αλλαγές του αποθηκεύονται αμέσως.', { id: 'my-enterprise.private-direct' })}</p>` : nothing}
  </div>`;
}
