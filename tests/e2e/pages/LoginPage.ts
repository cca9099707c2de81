// The sign-in page (/login).

import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './testData';

export class LoginPage {
  readonly form: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByTestId('login-form');
    this.username = page.getByTestId('login-username');
    this.password = page.getByTestId('login-password');
    this.submit = page.getByTestId('login-submit');
    this.error = page.getByTestId('login-error');
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await this.form.waitFor();
  }

  /** Fills the form and submits; does not wait for the outcome. */
  async submitCredentials(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in and waits until the app shell (header with the sync indicator) shows. */
  async signIn(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.submitCredentials(username, password);
    await this.page.getByTestId('sync-indicator').waitFor({ timeout: 30_000 });
  }

  /** The error shown under the form (waits for it). */
  async errorText(): Promise<string> {
    await this.error.waitFor();
    return (await this.error.innerText()).trim();
  }
}
