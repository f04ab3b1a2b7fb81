// Official figures around the event's date: a sparkline (SVG, no chart library) with the event's
// days marked, and the values as a table for reading exactly.
import type { SeriesSlice } from '../../core/types';
import { formatDate, formatNumber, type T } from '../i18n';

const W = 140;
const H = 34;
const PAD = 3;

export function Sparkline({ slice, from, to, label }: { slice: SeriesSlice; from: string; to: string; label: string }) {
  const pts = slice.points;
  if (pts.length < 2) return null;
  const values = pts.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / (pts.length - 1);
  const y = (v: number) => (hi === lo ? H / 2 : H - PAD - ((v - lo) * (H - 2 * PAD)) / (hi - lo));
  const inEvent = pts.map((p) => p.date >= from && p.date <= to);
  const first = inEvent.indexOf(true);
  const last = inEvent.lastIndexOf(true);
  const path = pts.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg class="spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {first >= 0 ? <rect class="spark-band" x={x(first) - 3} y={0} width={x(last) - x(first) + 6} height={H} rx={2} /> : null}
      <path class="spark-line" d={path} fill="none" />
      {pts.map((p, i) => (
        <circle key={p.date} class={inEvent[i] ? 'spark-dot spark-dot-event' : 'spark-dot'} cx={x(i)} cy={y(p.value)} r={inEvent[i] ? 2.4 : 1.6} />
      ))}
    </svg>
  );
}

export function SeriesFigures({ series, from, to, t }: { series: SeriesSlice[]; from: string; to: string; t: T }) {
  if (!series.length) return <p class="muted">{t('series_none')}</p>;
  const L = t.locale;
  return (
    <ul class="series">
      {series.map((s) => {
        const pts = s.points;
        const firstP = pts[0]!;
        const lastP = pts[pts.length - 1]!;
        const label = t('series_sparkLabel', s.title, formatNumber(firstP.value, L), formatDate(firstP.date, L), formatNumber(lastP.value, L), formatDate(lastP.date, L));
        // The figure for the event's last day (or the last one published before it).
        const at = [...pts].reverse().find((p) => p.date <= to) ?? firstP;
        return (
          <li key={s.seriesId}>
            <div class="series-head">
              <div>
                <div class="series-title">{s.title}</div>
                <div class="series-at">
                  <span class="series-value">{formatNumber(at.value, L)}</span> <span class="muted small">{t('series_on', formatDate(at.date, L))}</span>
                </div>
                <div class="muted small">
                  {s.reportedBy} · {s.cumulative ? t('series_cumulative') : t('series_daily')}
                </div>
              </div>
              <Sparkline slice={s} from={from} to={to} label={label} />
            </div>
            {pts.length > 1 ? (
            <details class="series-values">
              <summary>{t.plural('series_values', pts.length)}</summary>
              <table class="figures">
                <caption class="sr-only">{s.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('series_colDate')}</th>
                    <th scope="col" class="num">
                      {t('series_colValue')}
                    </th>
                    {s.cumulative ? (
                      <th scope="col" class="num">
                        {t('series_colChange')}
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {pts.map((p, i) => {
                    const prev = pts[i - 1];
                    const inEvent = p.date >= from && p.date <= to;
                    return (
                      <tr key={p.date} class={inEvent ? 'in-event' : ''}>
                        <th scope="row">
                          {formatDate(p.date, L)}
                          {inEvent ? <span class="sr-only"> {t('series_eventDay')}</span> : null}
                        </th>
                        <td class="num">{formatNumber(p.value, L)}</td>
                        {s.cumulative ? <td class="num">{prev ? `+${formatNumber(p.value - prev.value, L)}` : '—'}</td> : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
