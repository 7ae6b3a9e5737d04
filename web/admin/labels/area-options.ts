import type { AreaList } from '../../../api/contract.ts';
import type { ComboOption } from '../components/koinsep-combobox.ts';
import { areaKindNames } from './lists.ts';

type Area = AreaList['items'][number];

/**
 * Areas as choices for a combobox or chip picker: by name, with their kind and the area they
 * belong to on a second line (two places may share a name), found by either name or NUTS code.
 * `kinds` keeps only some kinds (e.g. municipalities for the seat).
 */
export function areaOptions(areas: readonly Area[], kinds?: readonly string[]): ComboOption[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const kindNames = areaKindNames();
  return areas
    .filter((a) => !kinds || kinds.includes(a.kind))
    .map((a) => {
      const parent = a.parentId ? byId.get(a.parentId)?.name : undefined;
      return {
        value: a.id,
        label: a.name,
        description: [kindNames[a.kind] ?? a.kind, parent].filter(Boolean).join(' · '),
        searchText: [parent, a.nutsCode].filter(Boolean).join(' '),
      };
    });
}
