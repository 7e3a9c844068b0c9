import { NotFoundMessage } from '@/components/ui/not-found-message';

export default function ReportNotFound() {
  return (
    <NotFoundMessage
      title="This report does not exist"
      detail="The link may be mistyped or cut short. Report links are long and random, so copy the whole address."
    />
  );
}
