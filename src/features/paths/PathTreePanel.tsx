import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import TreeView from '@cloudscape-design/components/tree-view';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { groupListQuery, roleListQuery, userListQuery } from '../../aws/list-queries.ts';
import { useAllPages } from '../../aws/use-all-pages.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { USER_TIMING, useMarkOnce } from '../../components/user-timing.ts';
import { useSignedIn } from '../../session/SessionContext.tsx';
import {
  ancestorPaths,
  buildPathTree,
  describeCounts,
  type IdentityKind,
  type PathNode,
} from './path-tree.ts';

/** Deep trees open two levels at first, so one long branch does not push the rest away. */
const DEFAULT_OPEN_DEPTH = 2;

interface PathTreePanelProps {
  /** Which list the links open: a node on /users links to /users?path=<Path>. */
  kind: IdentityKind;
}

function useAllIdentities() {
  const { clients } = useSignedIn();
  const users = useInfiniteQuery(userListQuery(clients.iam, {}));
  const groups = useInfiniteQuery(groupListQuery(clients.iam, {}));
  const roles = useInfiniteQuery(roleListQuery(clients.iam, {}));
  useAllPages(users);
  useAllPages(groups);
  useAllPages(roles);

  const tree = useMemo(() => {
    const entries = [
      ...(users.data?.pages.flatMap((page) => page.Users ?? []) ?? []).map((u) => ({
        Path: u.Path,
        kind: 'users' as const,
      })),
      ...(groups.data?.pages.flatMap((page) => page.Groups ?? []) ?? []).map((g) => ({
        Path: g.Path,
        kind: 'groups' as const,
      })),
      ...(roles.data?.pages.flatMap((page) => page.Roles ?? []) ?? []).map((r) => ({
        Path: r.Path,
        kind: 'roles' as const,
      })),
    ];
    return buildPathTree(entries);
  }, [users.data, groups.data, roles.data]);

  const queries = [users, groups, roles];
  return {
    tree,
    loading: queries.some((query) => query.isPending),
    complete: queries.every((query) => query.isSuccess && !query.hasNextPage),
    errors: queries.filter((query) => query.error != null),
  };
}

export default function PathTreePanel({ kind }: PathTreePanelProps) {
  const [searchParams] = useSearchParams();
  const selected = searchParams.get('path') ?? '/';
  const { tree, loading, complete, errors } = useAllIdentities();
  useMarkOnce(USER_TIMING.pathTreeComplete, complete);
  // Nodes the user opened or closed; the rest start open down to DEFAULT_OPEN_DEPTH.
  const [toggled, setToggled] = useState<Map<string, boolean>>(new Map());

  const expandedItems = useMemo(() => {
    const open: string[] = [];
    const visit = (node: PathNode, depth: number) => {
      const expanded = toggled.get(node.Path) ?? depth < DEFAULT_OPEN_DEPTH;
      if (node.children.length > 0 && expanded) open.push(node.Path);
      node.children.forEach((child) => visit(child, depth + 1));
    };
    visit(tree, 0);
    // The chosen node stays visible whatever was collapsed.
    return [...new Set([...open, ...ancestorPaths(selected).slice(0, -1)])];
  }, [tree, toggled, selected]);

  return (
    <Container
      header={
        <Header variant="h2" description="Users, groups and roles by path">
          Paths
        </Header>
      }
    >
      {errors.length > 0 && (
        // One alert for the three lists: they usually fail together, for the same reason.
        <ErrorAlert
          header="Could not count every path"
          error={errors[0]?.error}
          onRetry={() => errors.forEach((query) => void query.refetch())}
        />
      )}
      {loading && <Spinner />}
      <TreeView<PathNode>
        ariaLabel="Paths"
        items={[tree]}
        getItemId={(node) => node.Path}
        getItemChildren={(node) => (node.children.length > 0 ? node.children : undefined)}
        expandedItems={expandedItems}
        onItemToggle={({ detail }) =>
          setToggled((current) => new Map(current).set(detail.id, detail.expanded))
        }
        i18nStrings={{
          expandButtonLabel: (node) => `Expand ${node.Path}`,
          collapseButtonLabel: (node) => `Collapse ${node.Path}`,
        }}
        renderItem={(node) => ({
          announcementLabel: node.Path,
          content: (
            <RouterLink
              href={`/${kind}?path=${encodeURIComponent(node.Path)}`}
              ariaLabel={`${node.Path} (${describeCounts(node.counts)})`}
            >
              {node.Path === selected ? <b>{node.label}</b> : node.label}
            </RouterLink>
          ),
          secondaryContent: (
            <Box variant="small" color="text-body-secondary">
              {describeCounts(node.counts)}
            </Box>
          ),
        })}
      />
    </Container>
  );
}
