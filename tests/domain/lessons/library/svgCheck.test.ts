import { describe, expect, it } from 'vitest';
import { svgProblems } from './svgCheck';

const ok = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>点</title><circle cx="5" cy="5" r="2"/></svg>\n';

describe('svgProblems (the library test’s own checker)', () => {
  it('accepts a small well-formed SVG', () => {
    expect(svgProblems(ok)).toEqual([]);
  });

  it('finds unbalanced tags, unquoted attributes and stray text', () => {
    expect(svgProblems(ok.replace('</svg>', ''))).toContain('unclosed <svg>');
    expect(svgProblems(ok.replace('r="2"/>', 'r="2">'))).toEqual(expect.arrayContaining(['unbalanced </svg>']));
    expect(svgProblems(ok.replace('r="2"', 'r=2')).some((p) => p.startsWith('malformed tag'))).toBe(true);
    expect(svgProblems(`${ok}hello`).some((p) => p.startsWith('text outside'))).toBe(true);
  });

  it('refuses scripts, handlers, external references and missing essentials', () => {
    expect(svgProblems(ok.replace('<circle', '<script>x</script><circle'))).toContain('active or external content');
    expect(svgProblems(ok.replace('<circle', '<circle onclick="x()"'))).toContain('active or external content');
    expect(svgProblems(ok.replace('<circle', '<image href="https://example.com/a.png"/><circle'))).toContain('active or external content');
    expect(svgProblems(ok.replace(' xmlns="http://www.w3.org/2000/svg"', ''))).toContain('no SVG namespace on the root');
    expect(svgProblems(ok.replace(' viewBox="0 0 10 10"', ''))).toContain('no viewBox on the root');
    expect(svgProblems(ok.replace('<title>点</title>', ''))).toContain('no <title>');
    expect(svgProblems(ok.replace('<circle', `<path d="${'M0 0'.repeat(3000)}"/><circle`))).toContain('larger than 8192 bytes');
  });
});
