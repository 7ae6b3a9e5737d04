import type { MapTiles } from '../../../api/contract.ts';
import { apiRequest } from '../../shared/api-client.ts';

/** The map's tile settings (MAP_TILE_URL, MAP_ATTRIBUTION), for the position picker. */
export const getMapTiles = () => apiRequest<MapTiles>('GET', '/api/v1/map/tiles');
