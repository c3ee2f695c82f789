import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  detail?: string;
  children?: ComponentChildren;
}

export function EmptyState({ title, detail, children }: Props) {
  return (
    <section class="empty" aria-live="polite">
      <h2>{title}</h2>
      {detail && <p>{detail}</p>}
      {children}
    </section>
  );
}
