import { useAccountAlias } from '../session/account-alias.ts';
import { useSignedIn } from '../session/SessionContext.tsx';
import type { Session } from '../session/types.ts';
import styles from './environment-banner.module.css';

/** What the banner says: the target, and for AWS the partition, account and alias. */
export function environmentText(session: Session, alias: string | undefined): string {
  const { target, identity } = session;
  if (target.kind === 'local') return 'Local account';
  if (target.kind === 'custom') return `Custom endpoint ${target.endpoint}`;
  const named = alias ? ` (${alias})` : '';
  return `AWS ${target.partition} — account ${identity.Account}${named}`;
}

const KIND_LABEL = { local: 'Local', custom: 'Custom', aws: 'Live AWS' } as const;

/**
 * A coloured strip over every signed-in page, so that no one deletes a user in a real account
 * believing it is the local one: a colour per target and the account it acts on.
 */
export function EnvironmentBanner() {
  const { session } = useSignedIn();
  const { alias } = useAccountAlias();
  const kind = session.target.kind;

  return (
    <section aria-label="Environment" className={`${styles.banner} ${styles[kind]}`}>
      <span className={styles.kind} aria-hidden="true">
        {KIND_LABEL[kind]}
      </span>
      <span>{environmentText(session, alias)}</span>
    </section>
  );
}
