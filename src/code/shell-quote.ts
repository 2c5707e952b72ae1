// Characters a POSIX shell reads literally outside quotes.
const SAFE_WORD = /^[A-Za-z0-9_./:=@+,%-]+$/;

/**
 * Quotes one word for sh/bash/zsh. Single quotes keep everything literal except the single quote
 * itself, which is closed, escaped and reopened ('\'').
 */
export function shellQuote(word: string): string {
  if (word !== '' && SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
