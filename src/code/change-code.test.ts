import { describe, expect, it } from 'vitest';
import { awsCliScript } from './aws-cli.ts';
import type { IamRequest } from './iam-request.ts';
import { CALLS_ONLY_NOTE, NOT_EXPRESSED_NOTE } from './pulumi-model.ts';
import { pulumiGo, pulumiPython, pulumiTypescript } from './pulumi-languages.ts';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const DOCUMENT = '{"Version":"2012-10-17","Statement":[]}';

describe('AWS CLI for changes to existing identities', () => {
  it('writes tag keys as one shell word each, quoting those a shell would split', () => {
    const untag: IamRequest = {
      Action: 'UntagRole',
      input: { RoleName: 'deployer', TagKeys: ['Team', 'cost center'] },
    };
    expect(awsCliScript([untag])).toBe(
      "aws iam untag-role --role-name deployer --tag-keys Team 'cost center'\n",
    );
  });

  it('writes tag-role with shorthand tags after untag-role, in the order they are sent', () => {
    const requests: IamRequest[] = [
      { Action: 'UntagRole', input: { RoleName: 'deployer', TagKeys: ['Old'] } },
      { Action: 'TagRole', input: { RoleName: 'deployer', Tags: [{ Key: 'Team', Value: 'QA' }] } },
    ];
    expect(awsCliScript(requests)).toBe(
      [
        'aws iam untag-role --role-name deployer --tag-keys Old',
        'aws iam tag-role --role-name deployer --tags Key=Team,Value=QA',
        '',
      ].join('\n'),
    );
  });

  it('writes update-group with only the fields that change', () => {
    const rename: IamRequest = {
      Action: 'UpdateGroup',
      input: { GroupName: 'Developers', NewGroupName: 'Engineers' },
    };
    expect(awsCliScript([rename])).toBe(
      'aws iam update-group --group-name Developers --new-group-name Engineers\n',
    );
  });

  it('writes update-role with an emptied description as an empty quoted word', () => {
    const update: IamRequest = {
      Action: 'UpdateRole',
      input: { RoleName: 'deployer', Description: '', MaxSessionDuration: 3600 },
    };
    expect(awsCliScript([update])).toBe(
      "aws iam update-role --role-name deployer --description '' --max-session-duration 3600\n",
    );
  });

  it('writes the group and role policy calls with the owner parameter IAM names', () => {
    const requests: IamRequest[] = [
      { Action: 'DetachGroupPolicy', input: { GroupName: 'Developers', PolicyArn: READ_ONLY } },
      {
        Action: 'PutRolePolicy',
        input: { RoleName: 'deployer', PolicyName: 'logs', PolicyDocument: DOCUMENT },
      },
      { Action: 'DeleteRolePolicy', input: { RoleName: 'deployer', PolicyName: 'logs' } },
    ];
    expect(awsCliScript(requests)).toBe(
      [
        'aws iam detach-group-policy \\',
        '    --group-name Developers \\',
        `    --policy-arn ${READ_ONLY}`,
        'aws iam put-role-policy \\',
        '    --role-name deployer \\',
        '    --policy-name logs \\',
        `    --policy-document '${DOCUMENT}'`,
        'aws iam delete-role-policy --role-name deployer --policy-name logs',
        '',
      ].join('\n'),
    );
  });
});

describe('Pulumi for changes to existing identities', () => {
  it('declares an inline group policy as a GroupPolicy', () => {
    const put: IamRequest = {
      Action: 'PutGroupPolicy',
      input: { GroupName: 'Developers', PolicyName: 'logs', PolicyDocument: DOCUMENT },
    };
    expect(pulumiTypescript([put])).toContain(
      [
        'const groupInlinePolicy = new aws.iam.GroupPolicy("Developers-logs", {',
        '    group: "Developers",',
        '    name: "logs",',
        `    policy: ${JSON.stringify(DOCUMENT)},`,
        '});',
      ].join('\n'),
    );
  });

  it('writes a rename as the Group with its new name, under its old logical name', () => {
    const rename: IamRequest = {
      Action: 'UpdateGroup',
      input: { GroupName: 'Developers', NewGroupName: 'Engineers', NewPath: '/eng/' },
    };
    expect(pulumiPython([rename])).toContain(
      [
        '# On the Group that declares Developers, set name, path; keep the rest.',
        'group = iam.Group(',
        '    "Developers",',
        '    name="Engineers",',
        '    path="/eng/",',
        ')',
      ].join('\n'),
    );
  });

  it('writes UpdateRole and UpdateAssumeRolePolicy as the Role arguments they set', () => {
    const requests: IamRequest[] = [
      {
        Action: 'UpdateRole',
        input: { RoleName: 'deployer', Description: 'CI', MaxSessionDuration: 7200 },
      },
      {
        Action: 'UpdateAssumeRolePolicy',
        input: { RoleName: 'deployer', PolicyDocument: DOCUMENT },
      },
    ];
    const code = pulumiGo(requests);
    expect(code).toContain('\t\t\tDescription:        pulumi.String("CI"),');
    expect(code).toContain('\t\t\tMaxSessionDuration: pulumi.Int(7200),');
    expect(code).toContain(`\t\t\tAssumeRolePolicy: pulumi.String(${JSON.stringify(DOCUMENT)}),`);
  });

  it('names detach, delete and tag calls in the comment, as no resource states them', () => {
    const requests: IamRequest[] = [
      { Action: 'DetachRolePolicy', input: { RoleName: 'deployer', PolicyArn: READ_ONLY } },
      { Action: 'DeleteGroupPolicy', input: { GroupName: 'Developers', PolicyName: 'logs' } },
      { Action: 'TagUser', input: { UserName: 'alice', Tags: [{ Key: 'Team', Value: 'QA' }] } },
      { Action: 'UntagUser', input: { UserName: 'alice', TagKeys: ['Old'] } },
    ];
    const code = pulumiTypescript(requests);
    // No resource is declared, so the comment points at no "resources above".
    expect(code).toContain(CALLS_ONLY_NOTE);
    expect(code).not.toContain(NOT_EXPRESSED_NOTE);
    for (const command of ['detach-role-policy', 'delete-group-policy', 'tag-user', 'untag-user']) {
      expect(code).toContain(`//   aws iam ${command}`);
    }
    expect(code).not.toContain('new aws.iam');
  });

  it('keeps "the resources above" for a program that declares some beside its calls', () => {
    const requests: IamRequest[] = [
      { Action: 'CreateUser', input: { UserName: 'alice' } },
      { Action: 'TagUser', input: { UserName: 'alice', Tags: [{ Key: 'Team', Value: 'QA' }] } },
    ];
    const code = pulumiTypescript(requests);
    expect(code).toContain('new aws.iam');
    expect(code).toContain(NOT_EXPRESSED_NOTE);
  });
});

describe('the account password policy as code', () => {
  const update: IamRequest = {
    Action: 'UpdateAccountPasswordPolicy',
    input: { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: false },
  };

  it('writes numbers as values and booleans as flags in the CLI', () => {
    expect(awsCliScript([update])).toContain('aws iam update-account-password-policy');
    expect(awsCliScript([update])).toContain('--minimum-password-length 14');
    expect(awsCliScript([update])).toContain('--require-symbols');
    expect(awsCliScript([update])).toContain('--no-require-numbers');
  });

  it('declares the whole policy as one AccountPasswordPolicy resource', () => {
    const ts = pulumiTypescript([update]);
    expect(ts).toContain('new aws.iam.AccountPasswordPolicy("account-password-policy"');
    expect(ts).toContain('minimumPasswordLength: 14');
    expect(ts).toContain('requireSymbols: true');
    expect(pulumiPython([update])).toContain('minimum_password_length=14');
    expect(pulumiGo([update])).toContain('MinimumPasswordLength: pulumi.Int(14)');
  });

  it('leaves the delete as a call', () => {
    const remove: IamRequest = { Action: 'DeleteAccountPasswordPolicy', input: {} };
    expect(awsCliScript([remove])).toBe('aws iam delete-account-password-policy\n');
    expect(pulumiTypescript([remove])).toContain('aws iam delete-account-password-policy');
  });
});
