/** The kinds of area, largest first: the country, regions (NUTS 2), regional units (NUTS 3), municipalities. */
export const AREA_KINDS = ['country', 'region', 'regional_unit', 'municipality'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
