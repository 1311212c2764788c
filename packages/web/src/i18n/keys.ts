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
