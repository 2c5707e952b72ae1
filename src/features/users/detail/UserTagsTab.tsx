import type { Tag } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFlash } from '../../../components/flash.tsx';
import { plural } from '../../../components/format.ts';
import { TagEditor } from '../../../components/TagEditor.tsx';
import { tagsAreValid } from '../../../components/validation/tags.ts';
import { useSignedIn } from '../../../session/SessionContext.tsx';
import { userDetailQuery } from '../api/user-queries.ts';
import { diffTags, tagRowsOf } from '../../../components/tag-diff.ts';
import { useSaveUserTags } from './user-detail-mutations.ts';

function TagsForm({ UserName, saved }: { UserName: string; saved: Tag[] }) {
  const { clients } = useSignedIn();
  const flash = useFlash();
  const save = useSaveUserTags(clients.iam, UserName);
  const [rows, setRows] = useState(() => tagRowsOf(saved));

  const diff = diffTags(saved, rows);
  const changes = diff.Tags.length + diff.TagKeys.length;
  const valid = tagsAreValid(rows);

  const submit = () =>
    save.mutate(diff, {
      onSuccess: () =>
        flash.show(`tags-${UserName}`, { type: 'success', header: `Saved tags of ${UserName}` }),
    });

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Key–value pairs for cost allocation and attribute-based access control."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={changes === 0} onClick={() => setRows(tagRowsOf(saved))}>
                Discard changes
              </Button>
              <Button
                variant="primary"
                disabled={changes === 0 || !valid}
                loading={save.isPending}
                onClick={submit}
              >
                Save tags
              </Button>
            </SpaceBetween>
          }
        >
          Tags
        </Header>
      }
    >
      <SpaceBetween size="m">
        <TagEditor tags={rows} onChange={setRows} />
        {changes > 0 && (
          <Box variant="small">
            Unsaved: {plural(diff.Tags.length, 'tag')} to set, {plural(diff.TagKeys.length, 'key')}{' '}
            to remove.
          </Box>
        )}
        {save.error != null && (
          <ErrorAlert
            header="Could not save the tags"
            error={save.error}
            onDismiss={() => save.reset()}
          />
        )}
      </SpaceBetween>
    </Container>
  );
}

export function UserTagsTab({ UserName }: { UserName: string }) {
  const { clients } = useSignedIn();
  const user = useQuery(userDetailQuery(clients.iam, UserName));
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

  // A new form each time the saved tags change, so it starts from what IAM holds.
  const saved = user.data.Tags ?? [];
  const version = JSON.stringify(saved);
  return <TagsForm key={version} UserName={UserName} saved={saved} />;
}
