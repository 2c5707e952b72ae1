import { ValidationError } from '../errors.ts';

/** IAM's validation messages name a parameter in camelCase: `UserName` is `userName`. */
export function memberName(parameter: string): string {
  return parameter.charAt(0).toLowerCase() + parameter.slice(1);
}

/**
 * The form-encoded parameters of one Query-protocol request. Lists arrive flattened as
 * `Name.member.1`, `Name.member.2`…, structures in lists as `Tags.member.1.Key`.
 */
export class QueryParams {
  private readonly values = new Map<string, string>();

  constructor(source: URLSearchParams) {
    for (const [name, value] of source) {
      if (!this.values.has(name)) this.values.set(name, value);
    }
  }

  static parse(body: string, query = ''): QueryParams {
    const merged = new URLSearchParams(query);
    for (const [name, value] of new URLSearchParams(body)) merged.append(name, value);
    return new QueryParams(merged);
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  /** Absent parameters are reported the way IAM's model validation words them. */
  require(name: string): string {
    const value = this.values.get(name);
    if (value === undefined) {
      throw new ValidationError(
        `1 validation error detected: Value null at '${memberName(name)}' failed to satisfy ` +
          'constraint: Member must not be null',
      );
    }
    return value;
  }

  /** `Name.member.N` values in N order; undefined when the list was not sent at all. */
  list(name: string): string[] | undefined {
    const indexed = this.indexedMembers(name, (rest) => (rest === '' ? '' : undefined));
    return indexed?.map((fields) => fields.get('') ?? '');
  }

  /** `Name.member.N.Field` structures in N order; undefined when the list was not sent. */
  structList(name: string): Map<string, string>[] | undefined {
    return this.indexedMembers(name, (rest) => (rest.startsWith('.') ? rest.slice(1) : undefined));
  }

  private indexedMembers(
    name: string,
    fieldOf: (rest: string) => string | undefined,
  ): Map<string, string>[] | undefined {
    const prefix = `${name}.member.`;
    const byIndex = new Map<number, Map<string, string>>();
    let sent = this.values.has(name);

    for (const [key, value] of this.values) {
      if (!key.startsWith(prefix)) continue;
      const match = /^(\d+)(.*)$/.exec(key.slice(prefix.length));
      const field = match ? fieldOf(match[2] ?? '') : undefined;
      if (!match || field === undefined) continue;
      sent = true;
      const index = Number(match[1]);
      const fields = byIndex.get(index) ?? new Map<string, string>();
      fields.set(field, value);
      byIndex.set(index, fields);
    }

    if (!sent) return undefined;
    return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, fields]) => fields);
  }
}
