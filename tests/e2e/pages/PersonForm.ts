// The create/edit dialog for a teacher or student (PersonFormDialog).

import type { Locator, Page } from 'playwright-core';
import { chooseOption, selectedLabel } from './elementPlus';
import { until } from './wait';

export interface StudentFields {
  name?: string;
  idNumber?: string;
  phone?: string;
  /** Grade label as shown, e.g. 一年级. */
  grade?: string;
  /** Class label as shown, e.g. 一班. */
  className?: string;
}

export class PersonForm {
  readonly root: Locator;
  readonly school: Locator;
  readonly name: Locator;
  readonly idNumber: Locator;
  readonly phone: Locator;
  readonly grade: Locator;
  readonly className: Locator;
  readonly genderAutoHint: Locator;
  readonly saveButton: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('person-form');
    this.school = page.getByTestId('person-form-school');
    this.name = page.getByTestId('person-form-name');
    this.idNumber = page.getByTestId('person-form-id-number');
    this.phone = page.getByTestId('person-form-phone');
    this.grade = page.getByTestId('person-form-grade');
    this.className = page.getByTestId('person-form-class');
    this.genderAutoHint = page.getByTestId('person-form-gender-auto');
    this.saveButton = page.getByTestId('person-form-save');
  }

  async waitOpen(): Promise<void> {
    await this.root.waitFor();
  }

  /**
   * Fills the given fields. An edit dialog loads its record asynchronously,
   * so callers editing wait for `waitLoaded` first.
   */
  async fill(fields: StudentFields): Promise<void> {
    if (fields.name !== undefined) await this.name.fill(fields.name);
    if (fields.idNumber !== undefined) {
      // Typed, not pasted: the form fills the gender in on input.
      await this.idNumber.fill('');
      await this.idNumber.pressSequentially(fields.idNumber);
    }
    if (fields.phone !== undefined) await this.phone.fill(fields.phone);
    if (fields.grade !== undefined) await chooseOption(this.page, this.grade, fields.grade);
    if (fields.className !== undefined) await chooseOption(this.page, this.className, fields.className);
  }

  /** Waits until an edit dialog shows the record's name (loaded from the local database). */
  async waitLoaded(name: string): Promise<void> {
    await until(() => this.name.inputValue(), (value) => value === name, { timeout: 10_000, what: `the edit form to load ${name}` });
  }

  /** Which gender radio is checked: 'M', 'F' or ''. */
  async checkedGender(): Promise<string> {
    for (const g of ['M', 'F']) {
      if (await this.page.getByTestId(`person-form-gender-${g}`).locator('input').isChecked()) return g;
    }
    return '';
  }

  async schoolLabel(): Promise<string> {
    return selectedLabel(this.school);
  }

  /** The validation messages currently shown in the form. */
  async errors(): Promise<string[]> {
    return (await this.root.locator('.el-form-item__error').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  }

  /** Saves and waits for the dialog to close; throws with the form's errors if it stays open. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await this.waitClosed();
  }

  /**
   * Saves an edit that sends an approved record back for review: the form
   * asks first (naming the changed fields); confirms and waits for the
   * dialog to close. Returns the question as shown.
   */
  async saveConfirmingReview(): Promise<string> {
    await this.saveButton.click();
    const box = this.page.locator('.el-message-box');
    const question = (await box.locator('.el-message-box__message').innerText()).trim();
    await box.getByRole('button', { name: '保存并重新审核' }).click();
    await this.waitClosed();
    return question;
  }

  private async waitClosed(): Promise<void> {
    try {
      await this.root.waitFor({ state: 'detached', timeout: 15_000 });
    } catch (error) {
      const errors = await this.errors().catch(() => []);
      throw new Error(`the person form did not close after 保存; errors shown: ${JSON.stringify(errors)}`, { cause: error });
    }
  }
}
