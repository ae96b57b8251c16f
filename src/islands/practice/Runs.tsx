import { inlineRuns } from '../../lib/inline-markdown';

/** Content text with its inline Markdown (code, strong, em) as elements, never as HTML. */
export function Runs({ text }: { text: string }) {
  return (
    <>
      {inlineRuns(text).map((run, i) =>
        run.kind === 'code' ? (
          <code key={i}>{run.text}</code>
        ) : run.kind === 'strong' ? (
          <strong key={i}>{run.text}</strong>
        ) : run.kind === 'em' ? (
          <em key={i}>{run.text}</em>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/** Citations as a list of links. */
export function Cites({
  cites,
  label = 'Rests on',
}: {
  cites: readonly { href: string; label: string }[];
  label?: string;
}) {
  if (cites.length === 0) return null;
  return (
    <p className="practice-cites">
      {label}:{' '}
      {cites.map((c, i) => (
        <span key={c.href + i}>
          {i > 0 && '; '}
          <a href={c.href}>{c.label}</a>
        </span>
      ))}
    </p>
  );
}
