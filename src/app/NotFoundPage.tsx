import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import { RouterLink } from '../components/RouterLink.tsx';

export function NotFoundPage() {
  return (
    <Box padding="l">
      <Header variant="h1">Page not found</Header>
      <Box variant="p">
        Nothing lives at this address. Go to the <RouterLink href="/">dashboard</RouterLink>.
      </Box>
    </Box>
  );
}
