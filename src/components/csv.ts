/**
 * A cell that starts with = + - @, tab or CR is read as a formula by spreadsheet programs
 * (CSV injection, https://owasp.org/www-community/attacks/CSV_Injection): such a cell gets a
 * leading apostrophe, which spreadsheets treat as "text" and do not display.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: string, { verbatim = false } = {}): string {
  const neutralised = !verbatim && FORMULA_START.test(value) ? `'${value}` : value;
  // RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes.
  return /[",\r\n]/.test(neutralised) ? `"${neutralised.replace(/"/g, '""')}"` : neutralised;
}

/**
 * Credentials must survive a round trip exactly (`aws configure import` reads this file, and a
 * secret key may start with +): those columns are never prefixed. IAM or the administrator
 * chose them; the names, paths and URLs around them are what could carry an injected formula.
 */
const VERBATIM_COLUMNS = new Set(['Password', 'Access key ID', 'Secret access key']);

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const verbatim = header.map((name) => VERBATIM_COLUMNS.has(name));
  const line = (row: readonly string[]) =>
    row.map((cell, index) => escapeCsvCell(cell, { verbatim: verbatim[index] })).join(',');
  return (
    [header.map((name) => escapeCsvCell(name)).join(','), ...rows.map(line)].join('\r\n') + '\r\n'
  );
}

/** Saves text as a file from memory: the secret never travels in a URL the server sees. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a second later it has started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** AWS's credentials file columns, as the console's "Download .csv" writes them. */
export const CREDENTIALS_CSV_HEADER = [
  'User name',
  'Password',
  'Access key ID',
  'Secret access key',
  'Console sign-in URL',
] as const;

export const ACCESS_KEY_CSV_HEADER = ['Access key ID', 'Secret access key'] as const;
