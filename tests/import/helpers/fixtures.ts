import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The shared fixtures live beside the repository (../shared/fixtures), in
 * development and in CI's clean checkout alike; resolve from this file,
 * not from the working directory.
 */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));

export interface ManifestFault {
  row: number;
  fault: string;
}

export interface ManifestFile {
  file: string;
  template: 'bureau' | 'school' | 'teacher' | 'student';
  rows: number;
  school?: string;
  grade?: string;
  sheets_are_grades?: boolean;
  writer: string;
  faults?: ManifestFault[];
}

export interface Manifest {
  profile: string;
  files: ManifestFile[];
}

export function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(`${FIXTURES_DIR}${folder}/manifest.json`, 'utf8')) as Manifest;
}

export function readFixture(folder: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(`${FIXTURES_DIR}${folder}/${file}`));
}

export const SHIHE = 'roster-shihe';
export const LARGE = 'large';
/** Inside the fixtures' world: the ID numbers' birth dates are all before this. */
export const TODAY = new Date(2025, 8, 1);
