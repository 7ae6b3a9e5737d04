import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';

/**
 * A map tile server on 127.0.0.1 for the map tests (issue 16): any /tiles/{z}/{x}/{y}.png is a
 * small PNG, and every request is counted, so a test proves the map draws its tiles from the
 * configured MAP_TILE_URL and never from the internet.
 */
export interface TileServer {
  /** The template to configure as MAP_TILE_URL. */
  tileUrl: string;
  origin: string;
  /** Paths asked so far (`/tiles/13/4780/3110.png`). */
  requests: string[];
  close(): Promise<void>;
}

/** A PNG chunk: length, type, data, CRC-32 of type and data (PNG spec §5.3). */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 1×1 light-grey PNG (the map stretches it over each 256 px tile). */
const TILE = (() => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0xe4, 0xe8, 0xe0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
})();

export async function startTileServer(): Promise<TileServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (!/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) {
      response.writeHead(404).end();
      return;
    }
    requests.push(path);
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(TILE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    tileUrl: `${origin}/tiles/{z}/{x}/{y}.png`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
