import Alert from '@cloudscape-design/components/alert';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Grid from '@cloudscape-design/components/grid';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { SectionBoundary } from './SectionBoundary.tsx';
import { BREAKPOINTS, useViewportAtLeast } from './viewport.ts';

/**
 * A list page: the path tree beside the table on a wide screen, each in its own error
 * boundary. Narrower, a tree beside the table would squeeze the table's columns, and a tree
 * above it would push the rows below the fold, so the tree folds into a section over the table.
 */
export function PathListLayout({ tree, children }: { tree?: ReactNode; children: ReactNode }) {
  const sideBySide = useViewportAtLeast(BREAKPOINTS.xl);

  const list = <SectionBoundary name="list">{children}</SectionBoundary>;
  if (!tree) return list;

  const treeSection = <SectionBoundary name="path tree">{tree}</SectionBoundary>;
  if (!sideBySide) {
    return (
      <SpaceBetween size="s">
        <ExpandableSection headerText="Browse by path">{treeSection}</ExpandableSection>
        {list}
      </SpaceBetween>
    );
  }
  return (
    <Grid gridDefinition={[{ colspan: 3 }, { colspan: 9 }]}>
      {treeSection}
      {list}
    </Grid>
  );
}

/** A path in the URL that is not an IAM path: said plainly, and the whole list shown instead. */
export function InvalidPathAlert({
  invalidPath,
  plural,
}: {
  invalidPath?: string;
  plural: string;
}) {
  if (invalidPath === undefined) return null;
  return (
    <Alert type="warning" header="Not a valid path">
      "{invalidPath}" is not an IAM path, so all {plural} are listed.
    </Alert>
  );
}
