export type IdentityKind = 'users' | 'groups' | 'roles';

export type KindCounts = Record<IdentityKind, number>;

export interface PathNode {
  /** The full path, "/" or "/division/team/": what PathPrefix gets when the node is chosen. */
  Path: string;
  /** The last segment, or "/" for the root. */
  label: string;
  /** Identities at this path or below it, which is what PathPrefix=Path lists. */
  counts: KindCounts;
  children: PathNode[];
}

function emptyCounts(): KindCounts {
  return { users: 0, groups: 0, roles: 0 };
}

/** "/a/b/" → ["/", "/a/", "/a/b/"]: the node paths an identity at that path counts under. */
export function ancestorPaths(Path: string): string[] {
  const segments = Path.split('/').filter((segment) => segment !== '');
  const paths = ['/'];
  let current = '/';
  for (const segment of segments) {
    current = `${current}${segment}/`;
    paths.push(current);
  }
  return paths;
}

/**
 * One tree for all identity kinds. IAM's PathPrefix is a plain string prefix, and every path
 * ends with "/", so the identities under a node are exactly those PathPrefix=node.Path returns.
 */
export function buildPathTree(entries: Iterable<{ Path?: string; kind: IdentityKind }>): PathNode {
  const root: PathNode = { Path: '/', label: '/', counts: emptyCounts(), children: [] };
  const nodes = new Map<string, PathNode>([['/', root]]);

  for (const { Path = '/', kind } of entries) {
    let parent = root;
    for (const nodePath of ancestorPaths(Path)) {
      let node = nodes.get(nodePath);
      if (!node) {
        const label = nodePath.slice(0, -1).split('/').pop() ?? nodePath;
        node = { Path: nodePath, label, counts: emptyCounts(), children: [] };
        nodes.set(nodePath, node);
        parent.children.push(node);
      }
      node.counts[kind] += 1;
      parent = node;
    }
  }

  for (const node of nodes.values()) node.children.sort((a, b) => a.label.localeCompare(b.label));
  return root;
}

export function describeCounts(counts: KindCounts): string {
  const part = (count: number, noun: string) => `${count} ${count === 1 ? noun : `${noun}s`}`;
  return [
    part(counts.users, 'user'),
    part(counts.groups, 'group'),
    part(counts.roles, 'role'),
  ].join(', ');
}
