import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import { useInfiniteQuery } from '@tanstack/react-query';
import { userListQuery } from '../../aws/list-queries.ts';
import { useAllPages } from '../../aws/use-all-pages.ts';
import { errorText } from '../../components/ErrorAlert.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';

interface GroupMembersPickerProps {
  UserNames: string[];
  onChange: (UserNames: string[]) => void;
  /** Users already in the group, left out of the choices. */
  members?: ReadonlySet<string>;
}

export function GroupMembersPicker({ UserNames, onChange, members }: GroupMembersPickerProps) {
  const { clients } = useSignedIn();
  const users = useInfiniteQuery(userListQuery(clients.iam, {}));
  useAllPages(users);

  const options = (users.data?.pages.flatMap((page) => page.Users ?? []) ?? [])
    .filter((user) => user.UserName && !members?.has(user.UserName))
    .map((user) => ({ value: user.UserName ?? '', label: user.UserName, description: user.Path }));

  return (
    <FormField
      label="Users"
      description={
        members ? 'Users already in the group are not listed.' : 'A user can be in ten groups.'
      }
    >
      <Multiselect
        selectedOptions={options.filter((option) => UserNames.includes(option.value))}
        onChange={({ detail }) =>
          onChange(detail.selectedOptions.map((option) => option.value ?? ''))
        }
        options={options}
        filteringType="auto"
        placeholder="Choose users"
        statusType={
          users.error != null
            ? 'error'
            : users.isPending || users.hasNextPage
              ? 'loading'
              : 'finished'
        }
        loadingText="Loading users"
        errorText={users.error != null ? errorText(users.error) : undefined}
        empty={members ? 'Every user is already a member' : 'No users'}
        tokenLimit={8}
      />
    </FormField>
  );
}
