/**
 * Materialised org paths: "/<id>/<id>/…/" from the root to the unit itself.
 * Leading and trailing slashes make prefix checks exact — "/41/" never
 * matches "/410/".
 */
export const ROOT_PATH = '/';

export function childPath(parentPath: string, id: string): string {
  if (id.includes('/')) throw new Error(`org id may not contain "/": ${id}`);
  return `${parentPath}${id}/`;
}

/** True when `path` lies inside the subtree rooted at `scope` (inclusive). */
export function isWithin(path: string, scope: string): boolean {
  return path.startsWith(scope);
}

/** The ids along a path, root first. */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The paths of every ancestor of `path`, root first, excluding itself. */
export function ancestorPaths(path: string): string[] {
  const ids = pathIds(path);
  const result: string[] = [];
  let current = ROOT_PATH;
  for (const id of ids.slice(0, -1)) {
    current = childPath(current, id);
    result.push(current);
  }
  return result;
}

export function parentPathOf(path: string): string {
  const ids = pathIds(path);
  return ids.length <= 1 ? ROOT_PATH : `/${ids.slice(0, -1).join('/')}/`;
}

export function lastId(path: string): string {
  const ids = pathIds(path);
  return ids[ids.length - 1] ?? '';
}
