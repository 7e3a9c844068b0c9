import { openSample } from '@/app/actions/open-sample';

/** Lets a first-time visitor see a report without a file of their own. */
export function SampleButton() {
  return (
    <form action={openSample}>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        Try the sample
      </button>
      <span className="ml-3 text-sm text-slate-500">American Locker Group, July 2005</span>
    </form>
  );
}
