import type { Tag } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ShowAsCode } from '../code/ShowAsCode.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { useFlash } from './flash.tsx';
import { plural } from './format.ts';
import { diffTags, tagRowsInOrder, tagRowsOf } from './tag-diff.ts';
import { tagRequests, type TagOwner, type TagSave } from './tag-requests.ts';
import { TagEditor } from './TagEditor.tsx';
import { tagsAreValid } from './validation/tags.ts';

interface TagsFormProps {
  owner: TagOwner;
  /** The tags IAM holds now. */
  saved: Tag[];
  /** Sends the requests shown in "Show as code", in order. */
  save: UseMutationResult<unknown, Error, TagSave>;
}

/**
 * A user's or role's tags, edited in place. The calls that save them are built once from the
 * edit and both shown as code and sent, so the two cannot differ.
 */
export function TagsForm({ owner, saved, save }: TagsFormProps) {
  const flash = useFlash();
  const [rows, setRows] = useState(() => tagRowsOf(saved));
  // When IAM's tags change (a save here, another session's), an untouched form follows them;
  // a form with unsaved edits keeps them, and its diff is taken against the new tags.
  const [base, setBase] = useState(saved);
  if (JSON.stringify(base) !== JSON.stringify(saved)) {
    setBase(saved);
    if (tagRequests(owner, diffTags(base, rows)).length === 0) setRows(tagRowsInOrder(saved, rows));
  }

  const diff = diffTags(saved, rows);
  const requests = tagRequests(owner, diff);
  const valid = tagsAreValid(rows);

  const submit = () =>
    save.mutate(
      { requests, saved },
      {
        onSuccess: () =>
          flash.show(`tags-${owner.kind}-${owner.name}`, {
            type: 'success',
            header: `Saved tags of ${owner.name}`,
          }),
      },
    );

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Key–value pairs for cost allocation and attribute-based access control."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button
                disabled={requests.length === 0}
                onClick={() => setRows(tagRowsInOrder(saved, rows))}
              >
                Discard changes
              </Button>
              <Button
                variant="primary"
                disabled={requests.length === 0 || !valid}
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
        {requests.length > 0 && (
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
        <ShowAsCode requests={requests} />
      </SpaceBetween>
    </Container>
  );
}
