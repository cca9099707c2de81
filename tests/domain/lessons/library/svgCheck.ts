/**
 * Checks a built-in illustration is a small, well-formed, self-contained
 * SVG: balanced tags with quoted attributes, one <svg> root in the SVG
 * namespace with a viewBox and a <title>, and nothing that runs or fetches
 * (script, event handlers, foreignObject, external references).
 * Returns the problems found; empty when the file is fine.
 */
export const SVG_MAX_BYTES = 8 * 1024;

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/y;

export function svgProblems(source: string): string[] {
  const problems: string[] = [];
  if (Buffer.byteLength(source) > SVG_MAX_BYTES) problems.push(`larger than ${SVG_MAX_BYTES} bytes`);
  if (/<script|<foreignObject|\son\w+\s*=|href="(?!#)|url\((?!#)|<!DOCTYPE|<!ENTITY/i.test(source)) problems.push('active or external content');

  const stack: string[] = [];
  const roots: string[] = [];
  let position = 0;
  while (position < source.length) {
    const next = source.indexOf('<', position);
    const text = source.slice(position, next === -1 ? source.length : next);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root: ${text.trim().slice(0, 20)}`);
    if (/[<>]|&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) problems.push('unescaped character in text');
    if (next === -1) break;
    TAG.lastIndex = next;
    const match = TAG.exec(source);
    if (!match) {
      problems.push(`malformed tag at ${next}: ${source.slice(next, next + 30)}`);
      break;
    }
    const [, closing, name = '', , selfClosing] = match;
    if (closing) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else {
      if (stack.length === 0) roots.push(name);
      if (!selfClosing) stack.push(name);
    }
    position = TAG.lastIndex;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots.join() !== 'svg') problems.push(`roots: ${roots.join(', ')}`);
  if (!/^<svg\s[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(source.trimStart())) problems.push('no SVG namespace on the root');
  if (!/^<svg\s[^>]*viewBox="[\d.\s-]+"/.test(source.trimStart())) problems.push('no viewBox on the root');
  if (!/<title>[^<]+<\/title>/.test(source)) problems.push('no <title>');
  return problems;
}
