import type { ReactNode } from 'react';
import styles from './long-text.module.css';

/**
 * A value IAM allows to be long (a 64-character name, a 512-character path, an ARN holding
 * both) in a table cell: one line cut with an ellipsis where the column is narrow, the whole
 * value in its title on hover and in the text that search and assistive technology read.
 * Children, when given, render the value (a link to the entity, for instance).
 */
export function LongText({ text, children }: { text: string | undefined; children?: ReactNode }) {
  return (
    <span className={styles.longText}>
      <span className={styles.line} title={text}>
        {children ?? text}
      </span>
    </span>
  );
}
