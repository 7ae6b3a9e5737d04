import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, createReadStream, type ReadStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type UploadArea = 'documents' | 'logos' | 'consultations';

export interface StoredUpload {
  storedName: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * Files on disk under UPLOAD_DIR (config `uploadDir`): `documents/`, `logos/` and `consultations/`
 * (a request's specifications and the offers' files), each file
 * under a random name (never the uploader's), written to a temporary name first and renamed,
 * so a half-written file never carries a real name. The database row that points at a file
 * is written after it, in a transaction; if that fails, the caller removes the file.
 */
export function createUploadStore(root: string) {
  const folderOf = (area: UploadArea) => join(root, area);
  const pathOf = (area: UploadArea, storedName: string) => {
    if (!/^[a-f0-9]{32}\.[a-z]{3,4}$/.test(storedName)) throw new Error('invalid stored file name');
    return join(folderOf(area), storedName);
  };

  return {
    root,
    async save(area: UploadArea, content: Buffer, extension: string): Promise<StoredUpload> {
      mkdirSync(folderOf(area), { recursive: true });
      const storedName = `${randomBytes(16).toString('hex')}.${extension}`;
      const target = pathOf(area, storedName);
      const temporary = `${target}.part`;
      await writeFile(temporary, content, { flag: 'wx', mode: 0o640 });
      await rename(temporary, target);
      return { storedName, sha256: createHash('sha256').update(content).digest('hex'), sizeBytes: content.length };
    },
    async remove(area: UploadArea, storedName: string): Promise<void> {
      await rm(pathOf(area, storedName), { force: true });
    },
    open(area: UploadArea, storedName: string): ReadStream {
      return createReadStream(pathOf(area, storedName));
    },
  };
}

export type UploadStore = ReturnType<typeof createUploadStore>;
