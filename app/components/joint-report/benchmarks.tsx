// Where this partnership stands among the other opted-in partnerships (docs/decisions/030): a strip drawn on
// the server (no script, prints as it is) and the same numbers in a table. The strip shows bins with how many
// others fall in each, never one partnership's figure.
import type { BenchmarkLine, BenchmarkSection } from "../../../reports/benchmarks";
import { useLocale, useT } from "~/i18n/context";
import { formatted } from "./figure";
import { ScrollRegion } from "./section";

const WIDTH = 320;
const HEIGHT = 44;
const PAD = 6;
const RADIUS = 3.5;

function scaleOf(line: BenchmarkLine) {
  const [min, max] = line.figure === "gap" ? [-4, 4] : [0, 1];
  return (value: number) => PAD + ((value - min) / (max - min)) * (WIDTH - 2 * PAD);
}

/** One dot per other partnership, stacked in its bin (closer together when a bin holds many); this partnership's bin outlined. */
function Strip({ line, label }: { line: BenchmarkLine; label: string }) {
  const x = scaleOf(line);
  const base = HEIGHT - PAD;
  const tallest = Math.max(...line.strip.map((bin) => bin.others));
  const step = Math.min(2 * RADIUS + 1, (base - PAD / 2 - 2 * RADIUS) / Math.max(1, tallest - 1));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={label} className="benchmark-strip">
      <line x1={PAD} x2={WIDTH - PAD} y1={base} y2={base} stroke="currentColor" strokeWidth={1} />
      <rect
        x={x(line.ownBin.from)}
        y={PAD / 2}
        width={x(line.ownBin.to) - x(line.ownBin.from)}
        height={base - PAD / 2}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeDasharray="4 2"
      />
      {line.strip.flatMap((bin) =>
        Array.from({ length: bin.others }, (_, i) => (
          <circle
            key={`${bin.from}-${i}`}
            cx={(x(bin.from) + x(bin.to)) / 2}
            cy={base - RADIUS - 1 - i * step}
            r={RADIUS}
            fill="currentColor"
            opacity={0.6}
          />
        )),
      )}
    </svg>
  );
}

export function ReportBenchmarks({ benchmarks }: { benchmarks: BenchmarkSection }) {
  const t = useT();
  const locale = useLocale();
  if (benchmarks.lines.length === 0) return <p>{t("report.benchmark.none")}</p>;
  const name = (line: BenchmarkLine) =>
    line.dimension
      ? t("report.benchmark.gap_of", { dimension: t(`dimension.${line.dimension}`) })
      : t(`report.listening.${line.figure}`, { days: 14 });
  const show = (line: BenchmarkLine, value: number) => formatted(value, line.figure === "gap" ? "gap" : "share", locale);
  const bin = (line: BenchmarkLine, b: { from: number; to: number }) =>
    t("report.benchmark.bin", { from: show(line, b.from), to: show(line, b.to) });
  return (
    <>
      <p>{t("report.benchmark.intro")}</p>
      <ScrollRegion label={t("report.section.benchmark")}>
        <table className="benchmark-table">
          <thead>
            <tr>
              <th scope="col">{t("report.benchmark.col.figure")}</th>
              <th scope="col">{t("report.benchmark.col.ours")}</th>
              <th scope="col">{t("report.benchmark.col.percentile")}</th>
              <th scope="col">{t("report.benchmark.col.strip")}</th>
            </tr>
          </thead>
          <tbody>
            {benchmarks.lines.map((line) => (
              <tr key={`${line.figure}-${line.dimension ?? ""}`}>
                <th scope="row">{name(line)}</th>
                <td>
                  {show(line, line.own)} <span className="muted">({bin(line, line.ownBin)})</span>
                </td>
                <td>
                  {t("report.benchmark.percentile", { percentile: line.percentile })}{" "}
                  <span className="muted">{t("report.benchmark.among", { others: line.others })}</span>
                </td>
                <td>
                  <Strip line={line} label={t("report.benchmark.strip_label", { figure: name(line) })} />
                  <ul className="benchmark-bins">
                    {line.strip.map((b) => (
                      <li key={b.from}>
                        {bin(line, b)}: {t("report.benchmark.others", { n: b.others })}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
