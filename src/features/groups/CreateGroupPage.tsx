import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useFlash } from '../../components/flash.tsx';
import { PathInput } from '../../components/PathInput.tsx';
import { validateGroupName, validatePath } from '../../components/validation/iam-names.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { useCreateGroup } from './api/group-mutations.ts';
import { GroupMembersPicker } from './GroupMembersPicker.tsx';
import { PolicyMultiselect } from '../../permissions/PolicyMultiselect.tsx';
import { StepsProgress } from '../../components/StepsProgress.tsx';
import { StepFailedError } from '../../steps/use-steps-mutation.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ShowAsCode } from '../../code/ShowAsCode.tsx';
import { createGroupRequests } from './create-group-requests.ts';

const GROUP_NAME_RULE =
  'Up to 128 letters, digits and + = , . @ _ -. Unique in the account, ignoring case.';

export default function CreateGroupPage() {
  const { clients } = useSignedIn();
  const navigate = useNavigate();
  const flash = useFlash();
  const [GroupName, setGroupName] = useState('');
  const [Path, setPath] = useState('/');
  const [PolicyArns, setPolicyArns] = useState<string[]>([]);
  const [UserNames, setUserNames] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const input = { GroupName, Path, PolicyArns, UserNames };
  const create = useCreateGroup(clients.iam, input);

  const nameError = validateGroupName(GroupName);
  const pathError = validatePath(Path);
  const created = create.steps[0]?.status === 'success';

  const submit = () => {
    setSubmitted(true);
    if (nameError || pathError) return;
    create.mutate(undefined, {
      onSuccess: () => {
        flash.show(`create-group-${GroupName}`, {
          type: 'success',
          header: `Created group ${GroupName}`,
        });
        void navigate(`/groups/${encodeURIComponent(GroupName)}`);
      },
    });
  };

  return (
    <ContentLayout header={<Header variant="h1">Create user group</Header>}>
      <form onSubmit={(event) => event.preventDefault()}>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => void navigate('/groups')}>
                Cancel
              </Button>
              {created ? (
                <Button onClick={() => void navigate(`/groups/${encodeURIComponent(GroupName)}`)}>
                  Open the group
                </Button>
              ) : (
                <Button variant="primary" loading={create.isPending} onClick={submit}>
                  Create group
                </Button>
              )}
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">Name and path</Header>}>
              <SpaceBetween size="m">
                <FormField
                  label="Group name"
                  constraintText={GROUP_NAME_RULE}
                  errorText={submitted || GroupName !== '' ? nameError : undefined}
                >
                  <Input
                    value={GroupName}
                    disabled={created}
                    onChange={({ detail }) => setGroupName(detail.value)}
                  />
                </FormField>
                <PathInput value={Path} onChange={setPath} />
              </SpaceBetween>
            </Container>
            <Container header={<Header variant="h2">Permissions - optional</Header>}>
              <FormField
                label="Managed policies"
                description="Members get these permissions through the group."
              >
                <PolicyMultiselect
                  ariaLabel="Managed policies"
                  PolicyArns={PolicyArns}
                  onChange={setPolicyArns}
                />
              </FormField>
            </Container>
            <Container header={<Header variant="h2">Users - optional</Header>}>
              <GroupMembersPicker UserNames={UserNames} onChange={setUserNames} />
            </Container>
            <ShowAsCode requests={createGroupRequests(input)} />
            {create.steps.length > 0 && (
              <Container header={<Header variant="h2">Progress</Header>}>
                <StepsProgress label="Progress" steps={create.steps} />
              </Container>
            )}
            {create.error != null && !(create.error instanceof StepFailedError) && (
              <ErrorAlert header="Could not create the group" error={create.error} />
            )}
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}
