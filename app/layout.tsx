import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { KeyboardShortcuts } from '@/components/ui/keyboard-shortcuts';
import { SkipLink } from '@/components/ui/skip-link';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Release Desk', template: '%s · Release Desk' },
  description: 'Turn corporate press releases into structured, verifiable facts.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so each carries the nonce proxy.ts put in its CSP.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <SkipLink />
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-screen-2xl items-center justify-between px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
              Release Desk
            </Link>
            <span className="hidden text-sm text-slate-500 sm:inline">Press releases → verifiable facts</span>
          </div>
        </header>
        <Providers>
          <main id="main" tabIndex={-1} className="mx-auto max-w-screen-2xl px-4 py-8">{children}</main>
          <KeyboardShortcuts />
        </Providers>
      </body>
    </html>
  );
}
