import { describe, expect, it } from 'vitest';
import { ConsoleError, hasAwsCode, toAwsError } from './errors.ts';

describe('toAwsError', () => {
  it('prefers the wire code to the SDK class name', () => {
    const error = Object.assign(new Error('The user with name x cannot be found.'), {
      name: 'NoSuchEntityException',
      Code: 'NoSuchEntity',
      $metadata: { httpStatusCode: 404, requestId: 'abc-123' },
    });
    expect(toAwsError(error)).toEqual({
      code: 'NoSuchEntity',
      message: 'The user with name x cannot be found.',
      requestId: 'abc-123',
      httpStatus: 404,
    });
  });

  it('strips the Exception suffix when no wire code came', () => {
    const error = Object.assign(new Error('quota'), { name: 'LimitExceededException' });
    expect(toAwsError(error).code).toBe('LimitExceeded');
  });

  it('explains a fetch failure as an unreachable endpoint', () => {
    expect(toAwsError(new TypeError('Failed to fetch')).code).toBe('NetworkError');
  });

  it('handles values that are not errors', () => {
    expect(toAwsError('boom')).toEqual({ code: 'UnknownError', message: 'boom' });
    expect(toAwsError(new Error('plain')).code).toBe('UnknownError');
  });

  it("maps the app's own errors the same way", () => {
    expect(toAwsError(new ConsoleError('AccountMismatch', 'nope'))).toMatchObject({
      code: 'AccountMismatch',
      message: 'nope',
    });
    expect(hasAwsCode(new ConsoleError('AccountMismatch', 'nope'), 'AccountMismatch')).toBe(true);
    expect(hasAwsCode(undefined, 'AccountMismatch')).toBe(false);
  });
});
