import { msg } from '@lit/localize';
import type { SocialValueReportView } from '../../../../api/contract.ts';

/** The words of social value (issue 13), shared by the enterprise's, staff's and the dashboard's views. */

export type SocialValueStatus = SocialValueReportView['status'];

export const socialValueStatusNames = (): Record<SocialValueStatus, string> => ({
  reported: msg('Υποβλήθηκε, αναμένει επιβεβαίωση', { id: 'social-value.status.reported' }),
  confirmed: msg('Επιβεβαιώθηκε', { id: 'social-value.status.confirmed' }),
  returned: msg('Επιστράφηκε για διόρθωση', { id: 'social-value.status.returned' }),
});

/** The badge class of a status (the text says it too: never colour alone). */
export const statusBadge: Record<SocialValueStatus, string> = {
  reported: 'warning',
  confirmed: 'ok',
  returned: 'danger',
};

export const socialValueFieldNames = () => ({
  periodStart: msg('Αρχή περιόδου', { id: 'social-value.period-start' }),
  periodEnd: msg('Τέλος περιόδου', { id: 'social-value.period-end' }),
  vulnerableWorkers: msg('Άτομα από ευάλωτες ομάδες που εργάστηκαν στη σύμβαση', {
    id: 'social-value.vulnerable-workers',
  }),
  vulnerableHours: msg('Ώρες εργασίας τους στη σύμβαση', { id: 'social-value.vulnerable-hours' }),
  totalWorkers: msg('Σύνολο εργαζομένων στη σύμβαση (προαιρετικό)', { id: 'social-value.total-workers' }),
  newHires: msg('Νέες προσλήψεις για τη σύμβαση', { id: 'social-value.new-hires' }),
  text: msg('Σύντομο κείμενο: τι σήμαινε η σύμβαση για τους ανθρώπους', { id: 'social-value.text' }),
});

export type SocialValueField = keyof ReturnType<typeof socialValueFieldNames>;
