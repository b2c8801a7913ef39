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

/** A table that may scroll sideways on a phone: keyboard users can reach and scroll it too. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
