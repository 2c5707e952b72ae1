/**
 * The server's table of required members against the SDK's model of IAM and STS: every
 * operation the registry serves is listed, and differs from AWS only where the table's
 * comment says why.
 */
import { describe, expect, it } from 'vitest';
import { REQUIRED_MEMBERS } from '../operations/required-members.ts';
import { operationModels } from './support/model.ts';

/** Where the local account leaves a member AWS requires optional, on purpose. */
const OPTIONAL_HERE = new Set([
  'iam:EnableMFADevice.UserName',
  'iam:ResyncMFADevice.UserName',
  'iam:UpdateLoginProfile.UserName',
]);

describe('required members', () => {
  it('are those of the SDK model for every operation the registry serves', () => {
    for (const model of operationModels()) {
      const expected = model.members
        .filter((member) => member.required)
        .map((member) => member.name)
        .filter((name) => !OPTIONAL_HERE.has(`${model.service}:${model.action}.${name}`));
      const table = REQUIRED_MEMBERS[model.service];
      const listed = Object.hasOwn(table, model.action) ? table[model.action] : [];
      expect(listed, `${model.service}:${model.action}`).toEqual(expected);
    }
  });

  it('name no operation the registry does not serve', () => {
    const served = new Set(operationModels().map((model) => `${model.service}:${model.action}`));
    for (const service of ['iam', 'sts'] as const) {
      for (const action of Object.keys(REQUIRED_MEMBERS[service])) {
        expect(served.has(`${service}:${action}`), `${service}:${action}`).toBe(true);
      }
    }
  });
});
