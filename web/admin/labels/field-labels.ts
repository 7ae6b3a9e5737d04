import { msg } from '@lit/localize';
import type {
  ComplianceDocumentView,
  ProfileValuesBody,
  ServiceValuesBody,
  StaffEnterprise,
} from '../../../api/contract.ts';

type StatutesFacts = StaffEnterprise['statutes'];
import { formatDate, formatDateTime } from '../../shared/format.ts';

/** A compliance document's fields, and `file`, the upload's form field. */
type DocumentField =
  keyof Pick<ComplianceDocumentView, 'kind' | 'issuedOn' | 'validUntil' | 'referenceNumber' | 'verifiedAt'> | 'file';
type StatutesField = `statutes.${keyof StatutesFacts}`;
type Field = keyof ProfileValuesBody | keyof ServiceValuesBody | DocumentField | StatutesField;

/**
 * The names of the fields of an enterprise's record, keyed by the API's field names, so that a
 * field reads the same in the editor, the moderation diff, the history and the error messages.
 */
export const fieldLabels = (): Record<Field, string> => ({
  legalName: msg('Επωνυμία', { id: 'field.legalName' }),
  tradeName: msg('Διακριτικός τίτλος', { id: 'field.tradeName' }),
  legalForm: msg('Νομική μορφή', { id: 'field.legalForm' }),
  afm: msg('ΑΦΜ', { id: 'field.afm' }),
  gemiNumber: msg('Αριθμός ΓΕΜΗ', { id: 'field.gemiNumber' }),
  gemkaloNumber: msg('Αριθμός μητρώου ΓΕΜΚΑΛΟ', { id: 'field.gemkaloNumber' }),
  gemkaloStatus: msg('Κατάσταση στο ΓΕΜΚΑΛΟ', { id: 'field.gemkaloStatus' }),
  foundedOn: msg('Ημερομηνία ίδρυσης', { id: 'field.foundedOn' }),
  descriptionEl: msg('Περιγραφή (ελληνικά)', { id: 'field.descriptionEl' }),
  descriptionEn: msg('Περιγραφή (αγγλικά)', { id: 'field.descriptionEn' }),
  website: msg('Ιστότοπος', { id: 'field.website' }),
  email: msg('E-mail επικοινωνίας', { id: 'field.email' }),
  emailPublic: msg('Δημόσιο e-mail', { id: 'field.emailPublic' }),
  phone: msg('Τηλέφωνο', { id: 'field.phone' }),
  phonePublic: msg('Δημόσιο τηλέφωνο', { id: 'field.phonePublic' }),
  contactPerson: msg('Υπεύθυνος επικοινωνίας', { id: 'field.contactPerson' }),
  contactPersonPublic: msg('Δημόσιος υπεύθυνος επικοινωνίας', { id: 'field.contactPersonPublic' }),
  streetAddress: msg('Διεύθυνση', { id: 'field.streetAddress' }),
  postalCode: msg('Ταχυδρομικός κώδικας', { id: 'field.postalCode' }),
  lat: msg('Γεωγραφικό πλάτος', { id: 'field.lat' }),
  lon: msg('Γεωγραφικό μήκος', { id: 'field.lon' }),
  addressPublic: msg('Δημόσια διεύθυνση και θέση στον χάρτη', { id: 'field.addressPublic' }),
  municipalityId: msg('Δήμος έδρας', { id: 'field.municipalityId' }),
  membersCount: msg('Αριθμός μελών', { id: 'field.membersCount' }),
  employeesCount: msg('Αριθμός εργαζομένων', { id: 'field.employeesCount' }),
  disadvantagedEmployeesCount: msg('Εργαζόμενοι από ευάλωτες ομάδες ή με αναπηρία', {
    id: 'field.disadvantagedEmployeesCount',
  }),
  logoId: msg('Λογότυπο', { id: 'field.logoId' }),
  status: msg('Κατάσταση δημοσίευσης', { id: 'field.status' }),
  titleEl: msg('Τίτλος (ελληνικά)', { id: 'field.titleEl' }),
  titleEn: msg('Τίτλος (αγγλικά)', { id: 'field.titleEn' }),
  cpvCodes: msg('Κωδικοί CPV', { id: 'field.cpvCodes' }),
  categories: msg('Κατηγορίες', { id: 'field.categories' }),
  areas: msg('Περιοχές εξυπηρέτησης', { id: 'field.areas' }),
  verifiedAt: msg('Επαλήθευση από τον Δήμο', { id: 'field.verifiedAt' }),
  kind: msg('Είδος', { id: 'field.kind' }),
  issuedOn: msg('Ημερομηνία έκδοσης', { id: 'field.issuedOn' }),
  validUntil: msg('Ισχύει έως', { id: 'field.validUntil' }),
  referenceNumber: msg('Αριθμός πρωτοκόλλου', { id: 'field.referenceNumber' }),
  file: msg('Αρχείο', { id: 'field.file' }),
  'statutes.integrationPurpose': msg(
    'Καταστατικό: κύριος σκοπός η ένταξη ατόμων με αναπηρία ή μειονεκτούντων (άρθ. 20)',
    { id: 'field.statutes.integrationPurpose' },
  ),
  'statutes.publicServiceMission': msg('Καταστατικό: αποστολή δημόσιας υπηρεσίας (άρθ. 77 §2)', {
    id: 'field.statutes.publicServiceMission',
  }),
  'statutes.profitsReinvested': msg('Καταστατικό: επανεπένδυση κερδών (άρθ. 77 §2)', {
    id: 'field.statutes.profitsReinvested',
  }),
  'statutes.participatoryGovernance': msg('Καταστατικό: συμμετοχική ιδιοκτησία ή διοίκηση (άρθ. 77 §2)', {
    id: 'field.statutes.participatoryGovernance',
  }),
  'statutes.verifiedAt': msg('Καταστατικό: καταχώριση από την υπηρεσία', { id: 'field.statutes.verifiedAt' }),
  'statutes.verifiedBy': msg('Καταστατικό: από', { id: 'field.statutes.verifiedBy' }),
});

/** The name of a field the API named (its own name when the app has none). */
export const fieldLabel = (field: string): string => (fieldLabels() as Record<string, string>)[field] ?? field;

/**
 * A field value as a person reads it: nothing as "(κενό)", yes/no in words, lists joined, ISO
 * dates as dd/mm/yyyy and instants as dd/mm/yyyy hh:mm (Athens) — never an ISO date in a sentence.
 */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return msg('(κενό)', { id: 'value.empty' });
  if (typeof value === 'boolean') return value ? msg('ναι', { id: 'value.yes' }) : msg('όχι', { id: 'value.no' });
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
  return String(value);
}

/**
 * A value from the history (stored as text: JSON for yes/no, numbers and lists), as a person
 * reads it; '' for none.
 */
export function showHistoryValue(stored: string | null): string {
  if (stored === null) return '';
  if (/^(true|false|-?\d+(\.\d+)?|\[.*\])$/s.test(stored)) {
    try {
      return showValue(JSON.parse(stored));
    } catch {
      // Not JSON after all: a text that looks like it.
    }
  }
  return showValue(stored);
}
