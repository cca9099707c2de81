// A person's own page (/people/:id): the only place with the full ID
// number and phone, plus the placement (school, grade, class).

import type { Locator, Page } from 'playwright-core';
import { PersonForm } from './PersonForm';

export class PersonDetailPage {
  readonly root: Locator;
  readonly name: Locator;
  readonly idNumber: Locator;
  readonly phone: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('person-detail');
    this.name = page.getByTestId('person-name');
    this.idNumber = page.getByTestId('person-id-number');
    this.phone = page.getByTestId('person-phone');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/people/${id}`);
    await this.name.waitFor({ timeout: 30_000 });
  }

  /** The value cell next to a label in the page's descriptions (e.g. 班级, 年级, 学校). */
  field(label: string): Locator {
    return this.root
      .locator('td.el-descriptions__label', { hasText: new RegExp(`^\\s*${label}\\s*$`) })
      .locator('xpath=following-sibling::td[1]');
  }

  /** What the page shows now: name, full phone, grade and class. */
  async facts(): Promise<{ name: string; phone: string; idNumber: string; grade: string; className: string }> {
    const text = async (l: Locator) => ((await l.first().textContent()) ?? '').trim();
    return {
      name: await text(this.name),
      phone: await text(this.phone),
      idNumber: await text(this.idNumber),
      grade: await text(this.field('年级')),
      className: await text(this.field('班级')),
    };
  }

  async openEdit(): Promise<PersonForm> {
    const form = new PersonForm(this.page);
    const name = ((await this.name.textContent()) ?? '').trim();
    await this.page.getByTestId('person-edit').click();
    await form.waitOpen();
    await form.waitLoaded(name);
    return form;
  }
}
