/**
 * Selector pieces shared by repositories and views. Every string that
 * starts with a prefix sorts between the prefix and the prefix followed by
 * U+FFFF, so "starts with" is an indexed range — never a scan or a regex.
 */
export function startingWith(prefix: string): { $gte: string; $lt: string } {
  return { $gte: prefix, $lt: `${prefix}\uffff` };
}

/** A unit's documents and those of every unit below it: their orgPath starts with the unit's. */
export function inSubtree(orgPath: string): { orgPath: { $gte: string; $lt: string } } {
  return { orgPath: startingWith(orgPath) };
}
