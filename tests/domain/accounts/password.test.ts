import { describe, expect, it } from 'vitest';
import {
  generateInitialPassword,
  INITIAL_PASSWORD_LENGTH,
  isWeakPassword,
  PASSWORD_ALPHABET,
} from '@/domain/accounts/password';

/** A deterministic generator cycling through the given values. */
function sequence(values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

describe('generateInitialPassword', () => {
  it('uses no look-alike characters', () => {
    for (const c of '0O1lI') expect(PASSWORD_ALPHABET).not.toContain(c);
  });

  it('produces ten characters from the alphabet with letters and digits', () => {
    for (let i = 0; i < 500; i++) {
      const password = generateInitialPassword();
      expect(password).toHaveLength(INITIAL_PASSWORD_LENGTH);
      for (const c of password) expect(PASSWORD_ALPHABET).toContain(c);
      expect(password).toMatch(/\d/);
      expect(password).toMatch(/[a-zA-Z]/);
      expect(isWeakPassword(password)).toBe(false);
    }
  });

  it('differs between calls with the default (crypto) source', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generateInitialPassword()));
    expect(passwords.size).toBe(50);
  });

  it('adds a digit when the draw gave only letters', () => {
    // Every draw picks the alphabet's first character, a letter.
    expect(generateInitialPassword(sequence([0]))).toBe('3aaaaaaaaa');
  });

  it('adds a letter when the draw gave only digits', () => {
    // Every draw picks the alphabet's last character, a digit.
    expect(generateInitialPassword(sequence([0.99]))).toBe('999999999Y');
  });

  it('copes with a custom source returning 1', () => {
    const password = generateInitialPassword(() => 1);
    expect(password).toHaveLength(INITIAL_PASSWORD_LENGTH);
  });
});

describe('isWeakPassword', () => {
  it.each([
    ['', 'empty'],
    ['Ab3$xyz', 'shorter than 8'],
    ['aaaaaaaaaa', 'one character repeated'],
    ['8888888888', 'one digit repeated'],
    ['12345678', 'ascending digits'],
    ['9876543210', 'descending digits'],
    ['abcdefgh', 'ascending letters'],
    ['ABCDEFGHIJ', 'ascending capitals'],
    ['password', 'common'],
    ['Password1', 'common, any case'],
    ['88888888', 'common'],
    ['qwertyuiop', 'common keyboard row'],
    ['woaini1314', 'common'],
    ['20100101', 'only digits, shorter than 10'],
    ['138123456', 'only digits, shorter than 10'],
  ])('%j is weak (%s)', (password) => {
    expect(isWeakPassword(password)).toBe(true);
  });

  it.each(['Xa7kPm3qRt', 'correct horse', '3825917460', 'h4ppyT33chr'])('%j is not weak', (password) => {
    expect(isWeakPassword(password)).toBe(false);
  });
});
