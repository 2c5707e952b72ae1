import { SECRET_PARAMETERS, type IamRequest } from './iam-request.ts';
import { shellQuote } from './shell-quote.ts';

/** "CreateVirtualMFADevice" → "create-virtual-mfa-device", as the AWS CLI names operations. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** "Password" → "PASSWORD", "NewPassword" → "NEW_PASSWORD": the shell variable standing in. */
function placeholderVariable(parameter: string): string {
  return kebabCase(parameter).replace(/-/g, '_').toUpperCase();
}

// Shorthand syntax treats , = [ ] { } quotes and spaces as syntax; other tag text is plain.
// https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html
const SHORTHAND_PLAIN = /^[\p{L}\p{N}_.:/+@-]*$/u;

interface TagLike {
  Key?: string;
  Value?: string;
}

function isTagList(value: unknown[]): value is TagLike[] {
  return value.every((item) => typeof item === 'object' && item !== null && 'Key' in item);
}

/** The words after `--flag` for one list parameter: shorthand when it is plain, else JSON. */
function listWords(value: unknown[]): string[] {
  if (isTagList(value)) {
    const plain = value.every(
      (tag) => SHORTHAND_PLAIN.test(tag.Key ?? '') && SHORTHAND_PLAIN.test(tag.Value ?? ''),
    );
    if (plain) return value.map((tag) => `Key=${tag.Key ?? ''},Value=${tag.Value ?? ''}`);
  }
  // A list of strings (TagKeys) is one shell word an item, as the CLI reads list parameters.
  if (value.every((item) => typeof item === 'string')) return value.map(shellQuote);
  return [shellQuote(JSON.stringify(value))];
}

function parameterWords(name: string, value: unknown): string[] {
  const flag = `--${kebabCase(name)}`;
  if (SECRET_PARAMETERS.has(name)) return [flag, `"$${placeholderVariable(name)}"`];
  // Boolean parameters are flags: --password-reset-required / --no-password-reset-required.
  if (typeof value === 'boolean') return [value ? flag : `--no-${kebabCase(name)}`];
  if (Array.isArray(value)) return value.length === 0 ? [] : [flag, ...listWords(value)];
  if (typeof value === 'object' && value !== null) {
    return [flag, shellQuote(JSON.stringify(value))];
  }
  return [flag, shellQuote(String(value))];
}

// The CLI writes what CreateVirtualMFADevice returns (QR code or seed) to a file, and asks for
// both flags; they are the CLI's own, not API parameters.
// https://docs.aws.amazon.com/cli/latest/reference/iam/create-virtual-mfa-device.html
function cliOnlyWords(request: IamRequest): string[] {
  if (request.Action !== 'CreateVirtualMFADevice') return [];
  const file = `${request.input.VirtualMFADeviceName ?? 'mfa'}-qr-code.png`;
  return [`--outfile ${shellQuote(file)}`, '--bootstrap-method QRCodePNG'];
}

const MAX_LINE = 100;

/** One `aws iam …` command; long ones continue over lines, one parameter a line. */
export function awsCliCommand(request: IamRequest): string {
  const head = `aws iam ${kebabCase(request.Action)}`;
  const parameters = Object.entries(request.input)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => parameterWords(name, value).join(' '))
    .filter((words) => words !== '')
    .concat(cliOnlyWords(request));

  const oneLine = [head, ...parameters].join(' ');
  if (oneLine.length <= MAX_LINE) return oneLine;
  return [head, ...parameters].join(' \\\n    ');
}

/** The secrets the commands read from shell variables, named once at the top. */
function secretPreamble(requests: readonly IamRequest[]): string[] {
  const names = new Set<string>();
  for (const request of requests) {
    for (const [name, value] of Object.entries(request.input)) {
      if (value !== undefined && SECRET_PARAMETERS.has(name)) names.add(placeholderVariable(name));
    }
  }
  return [...names].map(
    (name) => `read -rs ${name}  # the console never shows secrets in code: type it here`,
  );
}

/** The requests as a shell script of AWS CLI commands, in the order the console sends them. */
export function awsCliScript(requests: readonly IamRequest[]): string {
  const lines = [...secretPreamble(requests), ...requests.map(awsCliCommand)];
  return lines.join('\n') + '\n';
}
