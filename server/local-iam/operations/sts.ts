import { callerArn, callerUserId } from '../auth/caller.ts';
import type { XmlObject } from '../xml/serialize.ts';
import type { OperationContext, OperationTable } from './types.ts';

/**
 * The root user's UserId is the account ID; an IAM user's is its AIDA… unique ID; a role
 * session's is `<RoleId>:<RoleSessionName>`. Needs no permission.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
function getCallerIdentity(context: OperationContext): XmlObject {
  const { caller, accountId } = context;
  return {
    UserId: callerUserId(caller, accountId),
    Account: accountId,
    Arn: callerArn(caller, accountId),
  };
}

export const stsOperations: OperationTable = {
  GetCallerIdentity: getCallerIdentity,
};
