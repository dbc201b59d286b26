import type { Agenda } from '../../../../shared/contract';
import { KIND_LABELS } from '../../../../shared/domain/entry';
import { OpenAgreements } from './OpenAgreements';
import { PartnerEntry } from './PartnerEntry';
import type { Names } from './useNames';
import { shortDate } from './when';

/** What each of us brought, and what is still open from before: the shared screen's agenda. */
export function AgendaPanel({ agenda, names }: { agenda: Agenda; names: Names }) {
  return (
    <aside className="conv-agenda" aria-label="What we brought">
      <h3 className="conv-agenda__title">What we brought</h3>
      {agenda.purpose ? <p className="conv-agenda__purpose">{agenda.purpose}</p> : null}

      <section className="conv-agenda__group" aria-label={`From ${names.me}`}>
        <h4 className="conv-agenda__heading">From {names.me}</h4>
        {agenda.mine.length === 0 ? (
          <p className="conv-muted">Nothing chosen.</p>
        ) : (
          <ul className="conv-agenda__list">
            {agenda.mine.map((e) => (
              <li key={e.id} className="conv-agenda-entry">
                <p className="conv-agenda-entry__title">{e.title || 'Untitled entry'}</p>
                <p className="conv-agenda-entry__meta">
                  {KIND_LABELS[e.kind]} · {shortDate(e.happenedOn)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="conv-agenda__group" aria-label={`From ${names.partner}`}>
        <h4 className="conv-agenda__heading">From {names.partner}</h4>
        {agenda.partners.length === 0 ? (
          <p className="conv-muted">Nothing shared for this one — that’s fine.</p>
        ) : (
          <ul className="conv-agenda__list">
            {agenda.partners.map((e) => (
              <PartnerEntry key={e.id} entry={e} partnerName={names.partner} />
            ))}
          </ul>
        )}
      </section>

      <section className="conv-agenda__group" aria-label="Open agreements">
        <h4 className="conv-agenda__heading">Still open from before</h4>
        <OpenAgreements items={agenda.openAgreements} names={names} />
      </section>
    </aside>
  );
}
