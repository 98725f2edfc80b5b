import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

/**
 * A main-navigation link that says when its section is open (`aria-current="page"`), for
 * screen readers and for the underline that shows where you are.
 */
export function NavLink({
  href,
  sections = [href],
  children,
}: {
  href: string;
  /** Address prefixes that belong to this section, e.g. `/executions` also covers one execution. */
  sections?: string[];
  children: ReactNode;
}) {
  const [location] = useLocation();
  const current = sections.some((section) =>
    section === '/' ? location === '/' : location === section || location.startsWith(`${section}/`),
  );
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
