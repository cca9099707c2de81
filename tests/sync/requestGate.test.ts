import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/apiClient';
import { backoffDelay, GateClosed, RequestGate, type Connectivity } from '@/sync/requestGate';

/** A network the test switches on and off, telling listeners as the browser's events do. */
function fakeNetwork(online = true) {
  const listeners = new Set<() => void>();
  const connectivity: Connectivity = {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    connectivity,
    set(next: boolean) {
      online = next;
      listeners.forEach((l) => l());
    },
  };
}

const unreachable = () => Promise.reject(new ApiError(0, 'network', 'Failed to fetch'));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('backoffDelay', () => {
  it('doubles from the minimum and stops at the maximum', () => {
    const bounds = { minDelay: 1000, maxDelay: 30_000 };
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((n) => backoffDelay(n, bounds))).toEqual([0, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });
});

describe('RequestGate', () => {
  it('sends nothing while the browser is offline and lets the waiting requests go when it is back', async () => {
    const net = fakeNetwork(false);
    const gate = new RequestGate({ connectivity: net.connectivity });
    const request = vi.fn(() => Promise.resolve('ok'));
    const results = [gate.run(request), gate.run(request), gate.run(request)];
    await vi.advanceTimersByTimeAsync(60_000);
    expect(request).not.toHaveBeenCalled();
    expect(gate.state()).toEqual({ kind: 'offline' });
    net.set(true);
    await expect(Promise.all(results)).resolves.toEqual(['ok', 'ok', 'ok']);
    expect(request).toHaveBeenCalledTimes(3);
    gate.close();
  });

  it('backs off exponentially while the server does not answer, with one probe per step', async () => {
    const net = fakeNetwork();
    const gate = new RequestGate({ connectivity: net.connectivity, minDelay: 1000, maxDelay: 8000 });
    const sentAt: number[] = [];
    const failing = () => {
      sentAt.push(Date.now());
      return unreachable();
    };
    const start = Date.now();
    // Ten collections retrying as fast as they are let through.
    const loops = Array.from({ length: 10 }, async () => {
      for (;;) {
        try {
          await gate.run(failing);
        } catch (error) {
          if (error instanceof GateClosed) return;
        }
      }
    });
    await vi.advanceTimersByTimeAsync(31_000);
    gate.close();
    await Promise.all(loops);
    // The first wave goes out at once (nothing known yet); afterwards one probe per step: 1, 2, 4, 8, 8 … s.
    const probes = sentAt.filter((t) => t > start).map((t) => t - start);
    expect(sentAt.filter((t) => t === start)).toHaveLength(10);
    expect(probes).toEqual([1000, 3000, 7000, 15_000, 23_000, 31_000]);
  });

  it('lets everything through again once the server answers, refusals included', async () => {
    const gate = new RequestGate({ connectivity: fakeNetwork().connectivity, minDelay: 1000 });
    await expect(gate.run(unreachable)).rejects.toBeInstanceOf(ApiError);
    expect(gate.state()).toMatchObject({ kind: 'backoff' });
    const refused = gate.run(() => Promise.reject(new ApiError(403, 'forbidden', 'no')));
    const assertion = expect(refused).rejects.toMatchObject({ status: 403 });
    await vi.advanceTimersByTimeAsync(1000);
    await assertion;
    expect(gate.state()).toEqual({ kind: 'open' });
  });

  it('tries at once when the browser comes back online, whatever the back-off', async () => {
    const net = fakeNetwork();
    const gate = new RequestGate({ connectivity: net.connectivity, minDelay: 60_000 });
    await expect(gate.run(unreachable)).rejects.toBeInstanceOf(ApiError);
    net.set(false);
    const next = gate.run(() => Promise.resolve('ok'));
    net.set(true);
    await expect(next).resolves.toBe('ok');
  });

  it('releases waiting requests with GateClosed when sync stops', async () => {
    const gate = new RequestGate({ connectivity: fakeNetwork(false).connectivity });
    const waiting = gate.run(() => Promise.resolve('never'));
    gate.close();
    await expect(waiting).rejects.toBeInstanceOf(GateClosed);
  });
});
