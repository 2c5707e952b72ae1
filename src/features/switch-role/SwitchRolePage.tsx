import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { isAccountAlias, isAccountId } from '../../components/validation/iam-names.ts';
import { displayNameOf } from '../../session/identity.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';
import {
  displayNameHint,
  readRecentRoles,
  ROLE_COLORS,
  roleColor,
  splitRoleName,
  validateRoleNameWithPath,
  type RecentRole,
  type RoleColor,
} from './switch-role.ts';
import { userSessionOf, useSwitchRole } from './use-switch-role.ts';

function accountError(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return 'Enter an account ID or alias.';
  if (!isAccountId(trimmed) && !isAccountAlias(trimmed)) {
    return 'Enter a 12-digit account ID or an account alias (lowercase letters, digits, -).';
  }
  return undefined;
}

export default function SwitchRolePage() {
  const { session } = useSignedIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const switchRole = useSwitchRole();
  const [account, setAccount] = useState(params.get('account') ?? '');
  const [roleName, setRoleName] = useState(params.get('roleName') ?? '');
  const [displayName, setDisplayName] = useState(params.get('displayName') ?? '');
  const [color, setColor] = useState<RoleColor>(roleColor(params.get('color') ?? undefined).id);
  const [submitted, setSubmitted] = useState(false);
  const recent = readRecentRoles();
  const user = userSessionOf(session);
  const userName = displayNameOf(user.identity);

  const defaultDisplayName = `${splitRoleName(roleName).RoleName} @ ${account.trim()}`;
  const errors = {
    account: accountError(account),
    roleName: validateRoleNameWithPath(roleName),
    displayName: displayName.length > 64 ? 'A display name has at most 64 characters.' : undefined,
  };
  const shown = (message: string | undefined, typed: boolean) =>
    submitted || typed ? message : undefined;

  const go = (role: RecentRole) =>
    switchRole.mutate(role, { onSuccess: () => void navigate('/', { replace: true }) });
  const submit = () => {
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    go({
      account: account.trim(),
      roleName: roleName.trim(),
      displayName: displayName.trim() || defaultDisplayName,
      color,
    });
  };

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={
            "Use a role's permissions with temporary credentials; " +
            `"Back to ${userName}" returns to your own.`
          }
        >
          Switch role
        </Header>
      }
    >
      <SpaceBetween size="l">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Form
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => void navigate(-1)}>
                  Cancel
                </Button>
                <Button variant="primary" loading={switchRole.isPending} formAction="submit">
                  Switch role
                </Button>
              </SpaceBetween>
            }
          >
            <Container>
              <SpaceBetween size="m">
                <FormField
                  label="Account ID or alias"
                  description="An alias works for your own account only."
                  errorText={shown(errors.account, account !== '')}
                >
                  <Input value={account} onChange={({ detail }) => setAccount(detail.value)} />
                </FormField>
                <FormField
                  label="Role name"
                  description="With its path when it has one: team/Deploy."
                  errorText={shown(errors.roleName, roleName !== '')}
                >
                  <Input value={roleName} onChange={({ detail }) => setRoleName(detail.value)} />
                </FormField>
                <FormField
                  label="Display name - optional"
                  constraintText={displayNameHint(roleName, account)}
                  errorText={errors.displayName}
                >
                  <Input
                    value={displayName}
                    onChange={({ detail }) => setDisplayName(detail.value)}
                  />
                </FormField>
                <FormField label="Display colour">
                  <Tiles
                    ariaLabel="Display colour"
                    value={color}
                    columns={4}
                    onChange={({ detail }) => setColor(roleColor(detail.value).id)}
                    items={ROLE_COLORS.map((option) => ({
                      value: option.id,
                      // A plain flex row: SpaceBetween as a Tiles label makes React warn of
                      // children without keys inside Cloudscape's own components.
                      label: (
                        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
                          <span
                            aria-hidden
                            style={{
                              display: 'inline-block',
                              width: 16,
                              height: 16,
                              borderRadius: 4,
                              background: option.background,
                            }}
                          />
                          {option.label}
                        </span>
                      ),
                    }))}
                  />
                </FormField>
                {switchRole.error != null && (
                  <ErrorAlert header="Could not switch role" error={switchRole.error} />
                )}
              </SpaceBetween>
            </Container>
          </Form>
        </form>

        <Container
          header={
            <Header variant="h2" description="Kept for this browser tab only.">
              Recently used roles
            </Header>
          }
        >
          {recent.length === 0 ? (
            <Box color="text-body-secondary">No roles used yet in this session.</Box>
          ) : (
            <ul
              aria-label="Recently used roles"
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
            >
              <SpaceBetween size="xs">
                {recent.map((role) => (
                  <li key={`${role.account}/${role.roleName}`}>
                    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                      <span
                        style={{
                          padding: '2px 8px',
                          borderRadius: 4,
                          background: roleColor(role.color).background,
                          color: roleColor(role.color).text,
                        }}
                      >
                        {role.displayName}
                      </span>
                      <Box variant="small">
                        {role.roleName} in {role.account}
                      </Box>
                      <Button
                        variant="inline-link"
                        ariaLabel={`Switch to ${role.displayName}`}
                        disabled={switchRole.isPending}
                        onClick={() => go(role)}
                      >
                        Switch
                      </Button>
                    </SpaceBetween>
                  </li>
                ))}
              </SpaceBetween>
            </ul>
          )}
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
