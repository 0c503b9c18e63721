import type { ComponentChildren } from 'preact';
import { safeHref } from '../lib/safeHref.ts';

interface Props {
  href: string | null | undefined;
  children: ComponentChildren;
  class?: string;
  title?: string;
}

/**
 * An external link that opens in a new tab without handing the page a reference to us. A URL that is not http(s)
 * (javascript:, data:, …) renders as plain text instead: visible as evidence, never clickable.
 */
export function SafeLink({ href, children, class: className, title }: Props) {
  const safe = safeHref(href);
  if (!safe)
    return (
      <span class={className} title={title}>
        {children}
      </span>
    );
  return (
    <a class={className} href={safe} target="_blank" rel="noopener noreferrer" title={title}>
      {children}
    </a>
  );
}
