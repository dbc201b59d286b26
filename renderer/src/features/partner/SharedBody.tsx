import { useCallback, useState } from 'react';
import { MendEditor } from '../../editor/MendEditor';
import { api } from '../../lib/api';
import { useExplain } from './useExplain';

/** A read-only editor has nothing to report back. */
const ignore = () => {};

/**
 * A shared entry's rich text, shown by the journal's own editor in read-only mode, so headings,
 * lists and links look as they did to the writer. Links open outside Mend, only after the
 * editor has asked the reader.
 */
export function SharedBody({ body, label }: { body: string; label: string }) {
  const explain = useExplain();
  const [linkProblem, setLinkProblem] = useState('');
  const onOpenExternal = useCallback(
    (url: string) => {
      setLinkProblem('');
      api.system.openExternal({ url }).catch((e: unknown) => setLinkProblem(explain(e) ?? ''));
    },
    [explain],
  );
  return (
    <div className="shared-entry__body">
      <MendEditor
        initialState={body}
        readOnly
        ariaLabel={label}
        placeholder=""
        onChange={ignore}
        onBlur={ignore}
        onOpenExternal={onOpenExternal}
      />
      <p className="partner-status-line" role="status">
        {linkProblem}
      </p>
    </div>
  );
}
