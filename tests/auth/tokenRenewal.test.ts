// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/apiClient';
import type { LoginResponse } from '@/auth/signIn';
import { renewTokenWhenOnline } from '@/auth/tokenRenewal';

const offline = () => new ApiError(0, 'network', 'Failed to fetch');
const refused = () => new ApiError(401, 'bad_credentials', '用户名或密码错误');
const login: LoginResponse = {
  token: 'fresh-token',
  expiresAt: 1,
  user: { id: 'u1', username: 'a', displayName: 'A', role: 'school_admin', orgId: 's', orgPath: '/s/', personId: '', mustChangePassword: false },
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('renewTokenWhenOnline', () => {
  it('tries at once, then whenever the browser is back online and every 30 s, until it succeeds', async () => {
    const outcomes = [offline(), offline(), offline(), login];
    const signIn = vi.fn(async () => {
      const next = outcomes.shift();
      if (next instanceof Error) throw next;
      return next ?? login;
    });
    const onRenewed = vi.fn();
    renewTokenWhenOnline({ signIn, onRenewed });
    await vi.advanceTimersByTimeAsync(0);
    expect(signIn).toHaveBeenCalledTimes(1);

    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(signIn).toHaveBeenCalledTimes(2);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(signIn).toHaveBeenCalledTimes(3);
    expect(onRenewed).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(30_000);
    expect(onRenewed).toHaveBeenCalledExactlyOnceWith(login);

    // Done: no more attempts, by timer or by event.
    await vi.advanceTimersByTimeAsync(120_000);
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(signIn).toHaveBeenCalledTimes(4);
  });

  it('gives up when the server refuses, so retries never lock the account', async () => {
    const signIn = vi.fn(async (): Promise<LoginResponse> => {
      throw refused();
    });
    const onRenewed = vi.fn();
    renewTokenWhenOnline({ signIn, onRenewed });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(300_000);
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(onRenewed).not.toHaveBeenCalled();
  });

  it('ignores an attempt that succeeds after stop (the user signed out meanwhile)', async () => {
    let answer: (result: LoginResponse) => void = () => undefined;
    const signIn = vi.fn(() => new Promise<LoginResponse>((resolve) => (answer = resolve)));
    const onRenewed = vi.fn();
    const stop = renewTokenWhenOnline({ signIn, onRenewed });
    stop();
    answer(login);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onRenewed).not.toHaveBeenCalled();
    expect(signIn).toHaveBeenCalledTimes(1);
  });

  it('renews once when two attempts overlap and both succeed', async () => {
    const answers: ((result: LoginResponse) => void)[] = [];
    const signIn = vi.fn(() => new Promise<LoginResponse>((resolve) => answers.push(resolve)));
    const onRenewed = vi.fn();
    renewTokenWhenOnline({ signIn, onRenewed });
    window.dispatchEvent(new Event('online'));
    for (const answer of answers) answer(login);
    await vi.advanceTimersByTimeAsync(0);
    expect(answers).toHaveLength(2);
    expect(onRenewed).toHaveBeenCalledTimes(1);
  });
});
