import { createOrgUnit } from '@/db/repositories/orgs';
import type { WriteContext } from '@/db/repositories/writeContext';
import { emptySchoolInfo } from '@/domain/org/schoolInfo';

/**
 * 河南省 › 信阳市 › 浉河区 › 董家河镇 › 董家河镇中心小学 (no classes), written
 * with `ctx`: the units the import test files are made for.
 */
export async function seedImportUnits(ctx: WriteContext) {
  const province = await createOrgUnit(ctx, { kind: 'province', name: '河南省', parent: null, regionCode: '41' });
  const city = await createOrgUnit(ctx, { kind: 'city', name: '信阳市', parent: province, regionCode: '4115' });
  const county = await createOrgUnit(ctx, { kind: 'county', name: '浉河区', parent: city, regionCode: '411502' });
  const township = await createOrgUnit(ctx, { kind: 'township', name: '董家河镇', parent: county, regionCode: '411502103' });
  const school = await createOrgUnit(ctx, { kind: 'school', name: '董家河镇中心小学', parent: township, school: emptySchoolInfo() });
  return { province, city, county, township, school };
}
