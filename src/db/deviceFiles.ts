import Dexie, { type Table } from 'dexie';
import type { PhotoRef } from '@/domain/hazards';

/**
 * Photos on this device, by hash, outside RxDB (docs/hazards.md): a photo
 * stays here until the server has it, across reloads and sign-outs (what an
 * inspector photographed offline is never lost), and photos fetched from the
 * server stay as a cache so a hazard can be shown offline afterwards.
 */
export interface DeviceFile extends PhotoRef {
  blob: Blob;
  /** 0 until the server has it (an index cannot hold booleans). */
  uploaded: 0 | 1;
  addedAt: number;
}

class FilesDb extends Dexie {
  files!: Table<DeviceFile, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ files: 'hash, uploaded' });
  }
}

export class DeviceFiles {
  private readonly db: FilesDb;

  constructor(name = 'xiaoan-files') {
    this.db = new FilesDb(name);
  }

  /** Keeps a photo taken on this device until it is uploaded (a second copy of the same bytes is the same photo). */
  async add(ref: PhotoRef, blob: Blob): Promise<void> {
    const existing = await this.db.files.get(ref.hash);
    if (!existing) await this.db.files.put({ ...ref, blob, uploaded: 0, addedAt: Date.now() });
  }

  /** A photo received from the server, kept for offline viewing. */
  async cache(ref: PhotoRef, blob: Blob): Promise<void> {
    await this.db.files.put({ ...ref, blob, uploaded: 1, addedAt: Date.now() });
  }

  get(hash: string): Promise<DeviceFile | undefined> {
    return this.db.files.get(hash);
  }

  /** Photos the server does not have yet, oldest first. */
  async pending(): Promise<DeviceFile[]> {
    return (await this.db.files.where('uploaded').equals(0).toArray()).sort((a, b) => a.addedAt - b.addedAt);
  }

  async markUploaded(hash: string): Promise<void> {
    await this.db.files.update(hash, { uploaded: 1 });
  }
}

let shared: DeviceFiles | null = null;

/** The device's one photo store. */
export function deviceFiles(): DeviceFiles {
  shared ??= new DeviceFiles();
  return shared;
}
