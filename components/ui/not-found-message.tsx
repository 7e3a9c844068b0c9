import Link from 'next/link';

/** The body of a 404 page. */
export function NotFoundMessage({ title, detail }: { title: string; detail: string }) {
  return (
    <div className="mx-auto max-w-lg space-y-3 py-16 text-center">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600">{detail}</p>
      <Link href="/" className="inline-block text-sky-700 underline hover:text-sky-900">
        Back to Release Desk
      </Link>
    </div>
  );
}
