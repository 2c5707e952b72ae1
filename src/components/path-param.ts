import { useSearchParams } from 'react-router-dom';
import { validatePath } from './validation/iam-names.ts';

/** The `?path=` of a list page as a PathPrefix; "/" and invalid paths mean no prefix. */
export function usePathPrefixParam(): { PathPrefix?: string; invalidPath?: string } {
  const [searchParams] = useSearchParams();
  const path = searchParams.get('path');
  if (path == null || path === '/') return {};
  if (validatePath(path) !== undefined) return { invalidPath: path };
  return { PathPrefix: path };
}
