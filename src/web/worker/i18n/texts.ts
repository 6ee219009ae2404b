/** Nested text: every leaf a string. */
export interface Dictionary {
  [key: string]: string | Dictionary;
}

/** The shape of a dictionary with any wording: same keys, string leaves (so English must match zh-CN). */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** Every leaf as a dotted key, e.g. "help.lines.national.name", with its text. */
export function flatten(dict: Dictionary, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
