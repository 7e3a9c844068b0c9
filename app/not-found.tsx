import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function NotFound() {
  return <NotFoundMessage title="Page not found" detail="There is nothing at this address." />;
}
