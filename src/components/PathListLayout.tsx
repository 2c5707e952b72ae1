import Grid from '@cloudscape-design/components/grid';
import type { ReactNode } from 'react';
import { SectionBoundary } from './SectionBoundary.tsx';

/** A list page: the path tree beside the table, each in its own error boundary. */
export function PathListLayout({ tree, children }: { tree?: ReactNode; children: ReactNode }) {
  if (!tree) return <SectionBoundary name="list">{children}</SectionBoundary>;
  return (
    <Grid
      gridDefinition={[
        { colspan: { default: 12, xs: 4, m: 3 } },
        { colspan: { default: 12, xs: 8, m: 9 } },
      ]}
    >
      <SectionBoundary name="path tree">{tree}</SectionBoundary>
      <SectionBoundary name="list">{children}</SectionBoundary>
    </Grid>
  );
}
