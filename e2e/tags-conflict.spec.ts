import { CreateRoleCommand, ListRoleTagsCommand, TagRoleCommand } from '@aws-sdk/client-iam';
import { accountId, expect, rootIam, signInAsRoot, test } from './fixtures.ts';

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${accountId}:root` },
      Action: 'sts:AssumeRole',
    },
  ],
});

// IAM saves an edit in two calls (UntagRole, then TagRole). When the second fails, here because
// another session filled the role to IAM's 50 tags meanwhile, the first must be undone and the
// edit kept on screen.
test('a tag save that fails half-way changes nothing and keeps the edit', async ({
  page,
  baseURL,
}) => {
  const iam = rootIam(baseURL);
  const RoleName = 'e2e-tag-conflict';
  await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument: TRUST }));
  const initial = Array.from({ length: 48 }, (_, i) => ({ Key: `t${i + 1}`, Value: `v${i + 1}` }));
  await iam.send(new TagRoleCommand({ RoleName, Tags: initial }));

  await signInAsRoot(page);
  await page.goto(`/roles/${RoleName}`);
  await expect(page.getByLabel('Tag key 48', { exact: true })).toBeVisible();
  const keys = await page
    .getByLabel(/^Tag key \d+$/)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(keys).toHaveLength(48);
  await page
    .getByRole('button', { name: `Remove tag ${keys.indexOf('t1') + 1}`, exact: true })
    .click();
  for (const Key of ['added-1', 'added-2', 'added-3']) {
    await page.getByRole('button', { name: 'Add tag' }).click();
    const rows = await page.getByLabel(/^Tag key \d+$/).count();
    await page.getByLabel(`Tag key ${rows}`, { exact: true }).fill(Key);
  }

  // Another session takes the role to 50 tags.
  await iam.send(
    new TagRoleCommand({
      RoleName,
      Tags: [
        { Key: 'elsewhere-1', Value: 'x' },
        { Key: 'elsewhere-2', Value: 'x' },
      ],
    }),
  );
  await page.getByRole('button', { name: 'Save tags' }).click();
  await expect(page.getByText('Could not save the tags')).toBeVisible();
  await expect(page.getByText('LimitExceeded').first()).toBeVisible();

  const { Tags } = await iam.send(new ListRoleTagsCommand({ RoleName }));
  expect(Tags?.map((tag) => tag.Key)).toContain('t1');
  expect(Tags).toHaveLength(50);
  await expect(page.getByLabel(/^Tag key \d+$/).last()).toHaveValue('added-3');
});
