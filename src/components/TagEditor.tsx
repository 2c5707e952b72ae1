import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Box from '@cloudscape-design/components/box';
import Input from '@cloudscape-design/components/input';
import { MAX_TAGS, validateTags, type TagRow } from './validation/tags.ts';

interface TagEditorProps {
  tags: TagRow[];
  onChange: (tags: TagRow[]) => void;
}

export function TagEditor({ tags, onChange }: TagEditorProps) {
  const { rowErrors, listError } = validateTags(tags);

  const update = (index: number, change: Partial<TagRow>) =>
    onChange(tags.map((tag, i) => (i === index ? { ...tag, ...change } : tag)));

  return (
    <AttributeEditor<TagRow>
      items={tags}
      addButtonText="Add tag"
      removeButtonText="Remove"
      removeButtonAriaLabel={(tag) => `Remove tag ${tags.indexOf(tag) + 1}`}
      disableAddButton={tags.length >= MAX_TAGS}
      onAddButtonClick={() => onChange([...tags, { Key: '', Value: '' }])}
      onRemoveButtonClick={({ detail }) => onChange(tags.filter((_, i) => i !== detail.itemIndex))}
      empty="No tags."
      additionalInfo={
        listError ?? (
          <Box variant="small">
            You can add {Math.max(0, MAX_TAGS - tags.length)} more tags. Keys ignore case.
          </Box>
        )
      }
      definition={[
        {
          label: 'Key',
          control: (tag, index) => (
            <Input
              value={tag.Key}
              ariaLabel={`Tag key ${index + 1}`}
              invalid={!!rowErrors[index]?.Key}
              onChange={({ detail }) => update(index, { Key: detail.value })}
            />
          ),
          errorText: (_tag, index) => rowErrors[index]?.Key,
        },
        {
          label: 'Value - optional',
          control: (tag, index) => (
            <Input
              value={tag.Value}
              ariaLabel={`Tag value ${index + 1}`}
              invalid={!!rowErrors[index]?.Value}
              onChange={({ detail }) => update(index, { Value: detail.value })}
            />
          ),
          errorText: (_tag, index) => rowErrors[index]?.Value,
        },
      ]}
    />
  );
}
