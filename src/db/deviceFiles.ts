import Dexie, { type Table } from 'dexie';

/**
 * Files on this device, by hash, outside RxDB (docs/hazards.md): hazard
 * photos and lessons' pictures, audio and video. A file made here stays
 * until the server has it, across reloads and sign-outs (what an inspector
 * photographed or an author recorded offline is never lost), and files
 * fetched from the server stay as a cache so a hazard or a lesson can be
 * shown offline afterwards. Lesson media are kept here rather than in Cache
 * Storage: one store for every file (a medium an author adds offline waits
 * here for its upload, like a photo), looked up by hash whatever URL served
 * it, and fetched with the session's Authorization header, which a service
 * worker's cache would have to key around.
 */
export interface FileRef {
  /** SHA-256 of the file, 64 lower-case hex digits. */
  hash: string;
  mime: string;
  bytes: number;
}

export interface DeviceFile extends FileRef {
  /** A photo's size in pixels (absent for audio and video). */
  width?: number;
  height?: number;
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
  async add(ref: FileRef, blob: Blob): Promise<void> {
    const existing = await this.db.files.get(ref.hash);
    if (!existing) await this.db.files.put({ ...ref, blob, uploaded: 0, addedAt: Date.now() });
  }

  /** A file received from the server, kept for offline viewing. */
  async cache(ref: FileRef, blob: Blob): Promise<void> {
    await this.db.files.put({ ...ref, blob, uploaded: 1, addedAt: Date.now() });
  }

  /** Which of `hashes` are on this device. */
  async held(hashes: readonly string[]): Promise<Set<string>> {
    const keys = await this.db.files.where('hash').anyOf([...hashes]).primaryKeys();
    return new Set(keys);
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

/** The device's one file store. */
export function deviceFiles(): DeviceFiles {
  shared ??= new DeviceFiles();
  return shared;
}
