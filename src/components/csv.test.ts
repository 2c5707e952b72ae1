import { describe, expect, it } from 'vitest';
import { CREDENTIALS_CSV_HEADER, escapeCsvCell, toCsv } from './csv.ts';

describe('escapeCsvCell', () => {
  it('leaves ordinary text alone', () => {
    expect(escapeCsvCell('alice')).toBe('alice');
    expect(escapeCsvCell('AKIAIOSFODNN7EXAMPLE')).toBe('AKIAIOSFODNN7EXAMPLE');
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a formula-like cell %j', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('leaves a formula character that is not first', () => {
    expect(escapeCsvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('keeps credentials exact and neutralises formulas in the other columns', () => {
    const csv = toCsv(CREDENTIALS_CSV_HEADER, [
      ['+SUM', '=Pass-word-1', 'AKIAIOSFODNN7EXAMPLE', '+wJalrXUtnFEMI/K7MDENG', '@url'],
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      "'+SUM,=Pass-word-1,AKIAIOSFODNN7EXAMPLE,+wJalrXUtnFEMI/K7MDENG,'@url",
    );
  });

  it("writes AWS's credentials columns with CRLF line ends", () => {
    const csv = toCsv(CREDENTIALS_CSV_HEADER, [
      [
        'alice',
        '=pass,word',
        'AKIAEXAMPLE',
        'secret/+x',
        'http://demo.signin.localhost:8080/console',
      ],
    ]);
    expect(csv).toBe(
      'User name,Password,Access key ID,Secret access key,Console sign-in URL\r\n' +
        `alice,"=pass,word",AKIAEXAMPLE,secret/+x,http://demo.signin.localhost:8080/console\r\n`,
    );
  });
});
