// One numbered section of the joint report: a heading the print layout breaks pages before.
import type { ReactNode } from "react";

export function ReportSection({ number, id, title, children }: { number: number; id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section card" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span className="section-number">{number}.</span> {title}
      </h2>
      {children}
    </section>
  );
}
