import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Textarea from '@cloudscape-design/components/textarea';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ShowAsCode } from '../code/ShowAsCode.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useSignedIn } from '../session/SessionContext.tsx';
import { usePutInlinePolicy } from './api/permission-mutations.ts';
import { inlinePolicyQuery } from './api/permission-queries.ts';
import type { PolicyOwner } from './api/policy-owner.ts';
import { putInlinePolicyRequest } from './api/policy-requests.ts';
import styles from './permissions.module.css';
import { checkPolicyDocument, INLINE_POLICY_SIZE, validatePolicyName } from './policy-grammar.ts';
import { ModalFooter } from '../components/ModalFooter.tsx';

const STARTER_DOCUMENT = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['iam:GetUser'], Resource: '*' }],
  },
  null,
  2,
);

interface InlinePolicyModalProps {
  owner: PolicyOwner;
  /** Set to edit that policy; unset to add a new one. */
  PolicyName?: string;
  onDismiss: () => void;
}

interface EditorProps extends InlinePolicyModalProps {
  initialDocument: string;
}

export function InlinePolicyEditor({ owner, PolicyName, initialDocument, onDismiss }: EditorProps) {
  const { clients } = useSignedIn();
  const put = usePutInlinePolicy(clients.iam, owner);
  const editing = PolicyName !== undefined;
  const [name, setName] = useState(PolicyName ?? '');
  const [document, setDocument] = useState(initialDocument);
  const [submitted, setSubmitted] = useState(false);

  const nameError = validatePolicyName(name);
  const problems = checkPolicyDocument(document, INLINE_POLICY_SIZE[owner.kind]);
  const showNameError = submitted || name !== '';
  const request = putInlinePolicyRequest(owner, name, document);

  const submit = () => {
    setSubmitted(true);
    if (nameError !== undefined || problems.length > 0) return;
    put.mutate(request, { onSuccess: onDismiss });
  };

  const title = editing ? `Edit ${PolicyName}` : `Add an inline policy to ${owner.name}`;
  return (
    <Modal
      visible
      size="large"
      header={title}
      closeAriaLabel="Close"
      onDismiss={(event) => {
        // Typed JSON is easy to lose with a stray click beside the modal.
        if (event.detail.reason !== 'overlay') onDismiss();
      }}
      footer={
        <ModalFooter onCancel={onDismiss}>
          <Button variant="primary" loading={put.isPending} onClick={submit}>
            {editing ? 'Save changes' : 'Add policy'}
          </Button>
        </ModalFooter>
      }
    >
      <SpaceBetween size="m">
        <FormField
          label="Policy name"
          constraintText="Up to 128 letters, digits and + = , . @ _ -."
          errorText={showNameError ? nameError : undefined}
        >
          <Input
            value={name}
            disabled={editing}
            invalid={showNameError && nameError !== undefined}
            onChange={({ detail }) => setName(detail.value)}
          />
        </FormField>
        <FormField
          label="Policy document"
          description="JSON, as in IAM's policy grammar: Version and one or more statements."
          errorText={
            problems.length > 0 ? (
              <ul aria-label="Problems found">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : undefined
          }
          stretch
        >
          <div className={styles.code}>
            <Textarea
              value={document}
              rows={16}
              spellcheck={false}
              invalid={problems.length > 0}
              onChange={({ detail }) => setDocument(detail.value)}
            />
          </div>
        </FormField>
        {put.error != null && <ErrorAlert header="IAM refused the policy" error={put.error} />}
        <ShowAsCode requests={[request]} />
      </SpaceBetween>
    </Modal>
  );
}

/** Adds an inline policy, or loads one and edits it (PutUserPolicy replaces it whole). */
export function InlinePolicyModal(props: InlinePolicyModalProps) {
  const { clients } = useSignedIn();
  const existing = useQuery({
    ...inlinePolicyQuery(clients.iam, props.owner, props.PolicyName ?? ''),
    enabled: props.PolicyName !== undefined,
  });

  if (props.PolicyName === undefined) {
    return <InlinePolicyEditor {...props} initialDocument={STARTER_DOCUMENT} />;
  }
  if (existing.isSuccess) return <InlinePolicyEditor {...props} initialDocument={existing.data} />;
  return (
    <Modal visible header={`Edit ${props.PolicyName}`} onDismiss={props.onDismiss}>
      {existing.error != null ? (
        <ErrorAlert
          header="Could not load the policy"
          error={existing.error}
          onRetry={() => void existing.refetch()}
        />
      ) : (
        <Spinner />
      )}
    </Modal>
  );
}
