/**
 * Every finding the importer can report. Each code has a Chinese and an
 * English message under `import.error.<code>` in the locale files; a test
 * keeps the lists in step.
 */
export const FINDING_CODES = [
  // The file as a whole
  'fileTooLarge',
  'fileEmpty',
  'fileNotExcel',
  'fileCorrupt',
  'fileEncrypted',
  'noData',
  'noHeader',
  'templateWrong',
  // A sheet
  'columnMissing',
  'gradeUnknown',
  'schoolNotFound',
  // A row
  'required',
  'forbiddenChar',
  'nameDot',
  'nameLength',
  'idStoredAsNumber',
  'idLength',
  'idFormat',
  'idRegion',
  'idBirthDate',
  'idChecksum',
  'genderInvalid',
  'genderMismatch',
  'duplicateId',
  'idInDatabase',
  'gradeInvalid',
  'classFormat',
  'classMismatch',
  'phoneInvalid',
  'emailInvalid',
  'codeInvalid',
  'unitNotFound',
  'schoolRowCount',
  'schoolInconsistent',
  'fieldInvalid',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
