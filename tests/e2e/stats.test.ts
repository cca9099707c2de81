// Issue 14, end to end: the county administrator opens the statistics,
// drills from the county to a township and a school, and exports the
// table; every figure matches the demo data the server seeded, counted
// here independently from what the server hands out.

import { beforeAll, describe, expect, it } from 'vitest';
import type { OrgDoc, PersonDoc } from '../../src/domain/schemas';
import { demoServerPerFile, openDevice, signInAndSync, StatsPage, until, type Device, type Pulled } from './pages';
import { goOffline, screenshot, screenshotOnFailure } from './support';

const COUNTY_ADMIN = 'demo-county';

const demo = demoServerPerFile();
let device: Device;
let stats: StatsPage;
let orgs: Pulled<OrgDoc>[];
let people: Pulled<PersonDoc>[];

beforeAll(async () => {
  device = await openDevice(demo.browser, demo.server.url);
  stats = new StatsPage(device.page);
  orgs = (await demo.api.pullAll(COUNTY_ADMIN, 'orgs')).filter((o) => !o._deleted && o.deletedAt === 0);
  people = (await demo.api.pullAll(COUNTY_ADMIN, 'people')).filter((p) => !p._deleted && p.deletedAt === 0);
});

const inside = (unit: OrgDoc) => people.filter((p) => p.orgPath.startsWith(unit.orgPath));
const count = (unit: OrgDoc, kind: PersonDoc['kind'], status?: string) =>
  String(inside(unit).filter((p) => p.kind === kind && (!status || p.review.status === status)).length);
const reviewCount = (unit: OrgDoc, status: string) => String(inside(unit).filter((p) => p.review.status === status).length);
const only = <T>(items: T[], what: string): T => {
  const [item] = items;
  if (!item) throw new Error(`no ${what}`);
  return item;
};

describe('statistics from the county down to a school', () => {
  it('shows the county and each township with the seeded numbers', async () => {
    screenshotOnFailure(device.page, 'stats-county');
    await signInAndSync(device, demo.api, COUNTY_ADMIN);
    await stats.open();
    const county = only(orgs.filter((o) => o.kind === 'county'), 'county');
    await stats.waitForCell(county.id, 'students', count(county, 'student'));
    await stats.waitForCell(county.id, 'teachers', count(county, 'teacher'));
    await stats.waitForCell(county.id, 'schools', String(orgs.filter((o) => o.kind === 'school').length));
    await stats.waitForCell(county.id, 'pending', reviewCount(county, 'pending'));
    await stats.waitForCell(county.id, 'approved', reviewCount(county, 'approved'));
    for (const township of orgs.filter((o) => o.kind === 'township')) {
      await stats.waitForCell(township.id, 'students', count(township, 'student'));
    }
    // Open hazards and the accident register (事故登记) as seeded.
    const hazards = (await demo.api.pullAll(COUNTY_ADMIN, 'hazards')).filter((d) => !d._deleted && d.deletedAt === 0);
    await stats.waitForCell(county.id, 'open', String(hazards.filter((d) => d.status !== 'closed').length));
    if (!hazards.length) await stats.waitForCell(county.id, 'rectification', '暂无');
    const accidents = (await demo.api.pullAll(COUNTY_ADMIN, 'accidents')).filter((d) => !d._deleted && d.deletedAt === 0);
    await stats.waitForCell(county.id, 'accidents', String(accidents.length));
    // Every demo school drilled last month: the monthly rule is met everywhere.
    await stats.waitForCell(county.id, 'drillsMet', String(orgs.filter((o) => o.kind === 'school').length));
    await stats.waitForCell(county.id, 'drillsMissing', '0');
    // The county's entry target (seed 002) with the categories' progress.
    await device.page.getByTestId('entry-target-demo-entry-target').waitFor();
    // Points (seed 003): the demo school's drill (10) and its safety leader's inspection put it first.
    const first = await until(
      () => device.page.getByTestId('ranking-schools').locator('.el-table__body tr').first().innerText(),
      (text) => Number(/(\d+)\s*$/.exec(text.trim())?.[1] ?? 0) >= 10,
      { what: 'a school ranked first with at least 10 points' },
    );
    const demoSchool = only((await demo.api.pullAll('demo-school', 'orgs')).filter((o) => o.kind === 'school'), 'demo school');
    expect(first).toContain(demoSchool.name);
    await screenshot(device.page, 'stats-county');
  });

  it('drills down to a school, lists its classes and exports the table with the unit path and date', async () => {
    const school = only(orgs.filter((o) => o.kind === 'school' && orgs.find((p) => p.id === o.parentId)?.kind === 'township'), 'school in a township');
    await stats.drill(school.parentId);
    await stats.drill(school.id);
    await stats.waitForCell(school.id, 'students', count(school, 'student'));
    await stats.waitForCell(school.id, 'teachers', count(school, 'teacher'));
    await stats.waitForCell(school.id, 'pending', reviewCount(school, 'pending'));
    const classes = orgs.filter((o) => o.parentId === school.id);
    expect(classes.length).toBeGreaterThan(0);
    for (const klass of classes) await stats.waitForCell(klass.id, 'students', count(klass, 'student'));
    // The demo school administrator's account is open: 1 of 1 school.
    await stats.waitForCell(school.id, 'accSchool', '100.0%');
    await screenshot(device.page, 'stats-school');

    const { fileName, rows } = await stats.exportTable();
    expect(fileName).toMatch(/\.xlsx$/);
    const names = school.orgPath.split('/').filter(Boolean).map((id) => orgs.find((o) => o.id === id)?.name);
    expect(String(rows[1]?.[0])).toBe(`单位：${names.join('/')}`);
    expect(String(rows[1]?.[3])).toMatch(/^数据截至：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const headers = (rows[2] ?? []).map(String);
    const studentsAt = headers.indexOf('规模·学生');
    const pendingAt = headers.indexOf('花名册（教师+学生）·待审核');
    expect(studentsAt).toBeGreaterThan(0);
    const data = rows.slice(3);
    expect(data).toHaveLength(1 + classes.length);
    expect(data[0]?.[studentsAt]).toBe(Number(count(school, 'student')));
    expect(data[0]?.[pendingAt]).toBe(Number(reviewCount(school, 'pending')));
    for (const klass of classes) {
      const row = data.find((r) => r[0] === klass.name);
      expect(row?.[studentsAt]).toBe(Number(count(klass, 'student')));
    }
  });

  it('gives a township administrator its figures computed on the device, offline', async () => {
    const townDevice = await openDevice(demo.browser, demo.server.url);
    screenshotOnFailure(townDevice.page, 'stats-township-offline');
    await signInAndSync(townDevice, demo.api, 'demo-township');
    await goOffline(townDevice.context);
    await townDevice.header.waitForNetwork('离线');
    const townStats = new StatsPage(townDevice.page);
    await townStats.open();
    // The one township this administrator sees (units above it are visible by name, siblings not).
    const township = only((await demo.api.pullAll('demo-township', 'orgs')).filter((o) => o.kind === 'township'), 'township');
    await townStats.waitForCell(township.id, 'students', count(township, 'student'));
    await townStats.waitForCell(township.id, 'teachers', count(township, 'teacher'));
    await townDevice.page.getByText('本机数据，最后同步').waitFor();
    await screenshot(townDevice.page, 'stats-township-offline');
    await townDevice.context.close();
  });
});
