/**
 * The dates an agreement holds, found wherever its JSON Schema places a `date` (`#/definitions/date`):
 * effective_from, effective_to, signed_on, each amendment's date and each dated parameter value's `from` — and
 * any date field the schema gains later, without a list to keep in step.
 */
type Schema = { readonly [key: string]: unknown };

const dateRef = '#/definitions/date';

export interface DateField {
  path: (string | number)[];
  text: string;
}

export function datesIn(data: unknown, root: Schema): DateField[] {
  const found = new Map<string, DateField>();
  const definitions = (root.definitions ?? {}) as Record<string, Schema>;
  const visit = (value: unknown, schema: Schema | undefined, path: (string | number)[]): void => {
    if (!schema || typeof schema !== 'object') return;
    const ref = schema.$ref;
    if (ref === dateRef) {
      if (typeof value === 'string') found.set(JSON.stringify(path), { path, text: value });
      return;
    }
    if (typeof ref === 'string' && ref.startsWith('#/definitions/'))
      return visit(value, definitions[ref.slice('#/definitions/'.length)], path);
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const)
      for (const branch of (schema[key] as Schema[] | undefined) ?? []) visit(value, branch, path);
    if (Array.isArray(value)) {
      const items = schema.items as Schema | undefined;
      value.forEach((item, i) => visit(item, items, [...path, i]));
      return;
    }
    if (value !== null && typeof value === 'object') {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const additional = schema.additionalProperties;
      for (const [key, child] of Object.entries(value))
        visit(
          child,
          Object.hasOwn(properties, key)
            ? properties[key]
            : typeof additional === 'object'
              ? (additional as Schema)
              : undefined,
          [...path, key],
        );
    }
  };
  visit(data, root, []);
  return [...found.values()];
}
