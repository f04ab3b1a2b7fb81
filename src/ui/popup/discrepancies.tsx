// The article's discrepancies grouped by kind, each with its plain-language explanation, the
// article's words against the records, and who said what.
import type { Discrepancy } from '../../core/types';
import { byKind, kindHeading } from '../discrepancy-text';
import type { T } from '../i18n';
import { DiscrepancyBody, SeverityIcon } from '../shared/discrepancy';

export function Discrepancies({ list, t }: { list: Discrepancy[]; t: T }) {
  if (!list.length) return <p class="ok">{t('disc_none')}</p>;
  return (
    <div class="disc-groups">
      {byKind(list).map(([kind, items]) => (
        <section key={kind} class="disc-group" aria-label={kindHeading(kind, t)}>
          <h3 class="group-title">
            {kindHeading(kind, t)} <span class="count">{items.length}</span>
          </h3>
          <ul class="disc-list">
            {items.map((d, i) => (
              <li key={i} class={`disc-item disc-${d.severity}`}>
                <SeverityIcon severity={d.severity} t={t} />
                <DiscrepancyBody d={d} t={t} foldEvidence evidenceLimit={20} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
