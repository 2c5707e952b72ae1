import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSessionContext } from '../session/SessionContext.tsx';

/** Pages behind this need credentials: without them, sign in and come back. */
export function RequireSession() {
  const { session } = useSessionContext();
  const location = useLocation();
  if (!session) return <Navigate to="/signin" replace state={{ from: location }} />;
  return <Outlet />;
}
