import type { Role } from '@aws-sdk/client-iam';
import { TagsForm } from '../../components/TagsForm.tsx';
import { TagsTable } from '../../components/TagsTable.tsx';
import { useSignedIn } from '../../session/SessionContext.tsx';
import { useSaveRoleTags } from './api/role-mutations.ts';

/**
 * A role's tags, editable as a user's are. Service-linked roles included: TagRole accepts them,
 * as AWS documents. https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagRole.html
 */
export function RoleTags({ RoleName, role }: { RoleName: string; role: Role | undefined }) {
  const { clients } = useSignedIn();
  const save = useSaveRoleTags(clients.iam, RoleName);
  if (!role) return <TagsTable tags={undefined} loading />;

  return <TagsForm owner={{ kind: 'role', name: RoleName }} saved={role.Tags ?? []} save={save} />;
}
