import { Type, type Static } from 'typebox';

/** The public map's answer (issue 16): the tile settings, then the mapped enterprises. */

export const MapTilesSchema = Type.Object(
  {
    url: Type.String({ description: 'Tile URL template ({z}/{x}/{y}), from the MAP_TILE_URL setting' }),
    attribution: Type.String({ description: 'Attribution the tile provider requires (plain text)' }),
  },
  { additionalProperties: false },
);

export const MapLocationSchema = Type.Object(
  {
    slug: Type.String(),
    name: Type.String(),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    municipality: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

export const MapLocationListSchema = Type.Object(
  {
    tiles: MapTilesSchema,
    /** Every enterprise the search found, mapped or not. */
    total: Type.Integer({ description: 'Enterprises the search found (with or without a public address)' }),
    items: Type.Array(MapLocationSchema, {
      description: 'Those with a public address and coordinates, in the order of the search',
    }),
  },
  { additionalProperties: false },
);

export type MapTiles = Static<typeof MapTilesSchema>;
export type MapLocation = Static<typeof MapLocationSchema>;
export type MapLocationList = Static<typeof MapLocationListSchema>;
