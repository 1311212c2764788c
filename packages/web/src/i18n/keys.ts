/** Every key path of a nested resource object, e.g. `login.submit`; used to compare languages. */
export function keyPaths(resources: object, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? keyPaths(value as object, path) : [path];
  });
}

/** Key paths whose text is empty or only whitespace: an untranslated text in disguise. */
export function emptyTexts(resources: object, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) return emptyTexts(value as object, path);
    return typeof value === 'string' && value.trim() !== '' ? [] : [path];
  });
}

/** The text at a key path of a nested resource object. */
export function textAt(resources: object, path: string): string {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resources) as string;
}

/** The interpolation variables (`{{name}}`) a text uses, sorted: both languages must use the same. */
export function textVariables(text: string): (string | undefined)[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}
