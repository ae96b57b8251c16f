import { useState } from 'react';
import type { PracticeCase } from '../../lib/cases/practice-data';
import { Runs } from './Runs';

/** The scenario paper beside the steps: open on a wide screen, folded on a phone. */
export function Paper({ practiceCase }: { practiceCase: PracticeCase }) {
  const [open] = useState(() => matchMedia('(min-width: 64rem)').matches);
  return (
    <details className="practice-paper" open={open}>
      <summary>The scenario paper: {practiceCase.title}</summary>
      <div className="practice-paper-body">
        {practiceCase.paper.map((section) => (
          <section key={section.slug} aria-labelledby={`practice-paper-${section.slug}`}>
            <h3 id={`practice-paper-${section.slug}`}>{section.heading}</h3>
            {section.paragraphs.map((p, i) => (
              <p key={i}>
                <Runs text={p} />
              </p>
            ))}
          </section>
        ))}
        <p>
          <a href={practiceCase.href}>The paper on its own page</a>
        </p>
      </div>
    </details>
  );
}
