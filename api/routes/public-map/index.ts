import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MapLocationListSchema, MapTilesSchema } from '../../http/map-schemas.ts';
import { problemResponses } from '../../http/problem-schema.ts';
import { MapQuerySchema } from './schemas.ts';

/**
 * The public map's data (issue 16), mounted at /api/v1: the tile settings and where the
 * enterprises a search finds are, only those whose address is public. No authentication,
 * CORS `*` and short public caching, like the rest of the public API.
 */
const publicMapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { map } = app.services;
  const tiles = { url: app.config.map.tileUrl, attribution: app.config.map.attribution };

  app.get(
    '/map',
    {
      schema: {
        tags: ['public'],
        summary: 'Where the enterprises a search finds are (only public addresses), with the map tile settings',
        description:
          'The same search and filters as /enterprises, every page at once; only published enterprises whose address is public and has coordinates. Tiles: the URL template and attribution to draw the map with.',
        querystring: MapQuerySchema,
        response: { 200: MapLocationListSchema, ...problemResponses(400) },
      },
      config: { publicCache: true },
    },
    async (request) => ({ tiles, ...map.locations(request.query, request.query.lang ?? 'el') }),
  );

  // The profile editor's position picker draws the map without any enterprise on it.
  app.get(
    '/map/tiles',
    {
      schema: {
        tags: ['public'],
        summary: 'The map tile settings alone (URL template and attribution)',
        response: { 200: MapTilesSchema },
      },
      config: { publicCache: true },
    },
    async () => tiles,
  );
};

export default publicMapRoutes;
