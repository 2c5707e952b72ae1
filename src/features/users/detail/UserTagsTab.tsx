import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TagsForm } from '../../../components/TagsForm.tsx';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { userDetailQuery } from '../api/user-queries.ts';
import { useSaveUserTags } from './user-detail-mutations.ts';

export function UserTagsTab({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const user = useQuery(userDetailQuery(clients.iam, UserName));
  const save = useSaveUserTags(clients.iam, UserName);
  if (user.error != null) {
    return (
      <ErrorAlert
        header="Could not load the tags"
        error={user.error}
        onRetry={() => void user.refetch()}
      />
    );
  }
  if (!user.data) return <Spinner />;

  return (
    <TagsForm owner={{ kind: 'user', name: UserName }} saved={user.data.Tags ?? []} save={save} />
  );
}
