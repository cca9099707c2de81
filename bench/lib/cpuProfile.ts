/**
 * CPU profile of a page through the Chrome DevTools Protocol, summarised as
 * the functions with the most self time (and the full .cpuprofile written
 * for DevTools). For finding where a bench's time goes, not for figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileHandle {
  /** Stops, writes `file`, and returns the top entries by self time. */
  stop(file: string, top?: number): Promise<string[]>;
}

export async function startCpuProfile(page: Page): Promise<ProfileHandle> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stop(file, top = 40) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach().catch(() => undefined);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      return summarise(profile, top);
    },
  };
}

/** Self time per function, and total time per script file. */
export function summarise(profile: Profile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const perFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += dt;
    const file = node.callFrame.url.split('/').pop() || '(native)';
    const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    perFile.set(file, (perFile.get(file) ?? 0) + dt);
  });
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
  return [
    `total ${ms(total)}`,
    ...[...perFile].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, us]) => `file ${ms(us)} ${f}`),
    ...[...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `self ${ms(us)} ${k}`),
  ];
}
