/** An AWS API failure as the console shows it: code, message, request ID and HTTP status. */
export interface AwsErrorShape {
  code: string;
  message: string;
  requestId?: string;
  httpStatus?: number;
}

interface SdkErrorLike {
  name?: unknown;
  message?: unknown;
  Code?: unknown;
  $metadata?: { requestId?: unknown; httpStatusCode?: unknown };
  $response?: { statusCode?: unknown };
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Maps whatever a client call threw to AwsErrorShape. The SDK names modeled exceptions
 * `NoSuchEntityException` but keeps the wire code (`NoSuchEntity`) in `Code`; the wire code is
 * what IAM's documentation and the AWS CLI show, so it wins.
 */
export function toAwsError(error: unknown): AwsErrorShape {
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return {
      code: 'NetworkError',
      message:
        'The server could not be reached. Check that the console server (and, for a custom ' +
        'endpoint, the endpoint itself) is running, then retry. A custom endpoint must also ' +
        "answer CORS requests and be listed in the console server's CONSOLE_CONNECT_SOURCES.",
    };
  }

  if (typeof error !== 'object' || error === null) {
    return { code: 'UnknownError', message: String(error) };
  }

  const sdk = error as SdkErrorLike;
  const name = asString(sdk.name);
  const code = asString(sdk.Code) ?? name?.replace(/Exception$/, '') ?? 'UnknownError';
  const status = sdk.$metadata?.httpStatusCode ?? sdk.$response?.statusCode;
  return {
    code: code === 'Error' ? 'UnknownError' : code,
    message: asString(sdk.message) ?? 'The request failed without a message.',
    requestId: asString(sdk.$metadata?.requestId),
    httpStatus: typeof status === 'number' ? status : undefined,
  };
}

export function hasAwsCode(error: unknown, code: string): boolean {
  return error != null && toAwsError(error).code === code;
}

/** An error the app raises itself, shown with the same alert as AWS errors. */
export class ConsoleError extends Error {
  readonly Code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = code;
    this.Code = code;
  }
}
