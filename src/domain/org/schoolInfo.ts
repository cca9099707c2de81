import type { SchoolInfo } from '../schemas';

/** A new school's details before anyone fills them in: a public primary school, everything else unknown (''). */
export function emptySchoolInfo(): SchoolInfo {
  return { schoolType: 'primary', nature: 'public', stage: 'primary', address: '', schoolCode: '', urbanRural: '', principal: '' };
}
