import { Toast } from 'radix-ui';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { flushAll } from '../../lib/flush';
import { EntryPage, type EntryTarget } from './EntryPage';
import { NO_FILTERS, type JournalFilters } from './filters';
import { NewEntryDialog } from './NewEntryDialog';
import { scrollParentOf } from './scrollParent';
import { isCommand, isTypingTarget } from './shortcuts';
import { ShortcutsDialog } from './ShortcutsDialog';
import type { NewEntryChoice } from './TemplateChooser';
import { TimelineView, type ScrollMemory } from './TimelineView';
import { TrashView } from './TrashView';
import { UndoToast, type ToastMessage } from './UndoToast';
import { useFacets } from './useFacets';
import { useLockedCatchUp } from './useLockedCatchUp';
import './journal.css';

type View = { type: 'home' } | { type: 'entry'; target: EntryTarget; key: number } | { type: 'trash' };

/**
 * The private journal: timeline, search and filters, the entry editor and the Trash.
 *
 * Every decrypted thing here lives in React state under this component, and nothing in this
 * folder keeps data at module level; when the vault locks the shell unmounts the session tree,
 * and with it everything that was read.
 */
export function JournalSection() {
  const [view, setView] = useState<View>({ type: 'home' });
  const [filters, setFilters] = useState<JournalFilters>(NO_FILTERS);
  const [query, setQuery] = useState('');
  const [version, setVersion] = useState(0);
  const [focusSearch, setFocusSearch] = useState(0);
  const [newOpen, setNewOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [scrollMemory, setScrollMemory] = useState<ScrollMemory>({ count: 0, place: null });
  const nextKey = useRef(1);
  const facets = useFacets(version);
  const catchUp = useLockedCatchUp();

  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const notify = useCallback((text: string, action?: ToastMessage['action']) => setToast({ id: nextKey.current++, text, action }), []);

  /**
   * While an entry is open, leaving it waits until its words are saved; if saving fails the page
   * stays, with the text and the reason on screen.
   */
  const leaveGuard = useRef<(() => Promise<boolean>) | null>(null);
  const navigate = useCallback(async (next: View | ((current: View) => View)) => {
    const guard = leaveGuard.current;
    if (guard && !(await guard())) return;
    setView(next);
  }, []);

  const openEntry = useCallback(
    (target: EntryTarget) => {
      setNewOpen(false);
      void navigate({ type: 'entry', target, key: nextKey.current++ });
    },
    [navigate],
  );
  const goHome = useCallback(() => void navigate({ type: 'home' }), [navigate]);
  const registerLeaveGuard = useCallback((guard: (() => Promise<boolean>) | null) => {
    leaveGuard.current = guard;
  }, []);

  // A page other than the timeline starts at the top; the timeline restores its own place.
  useLayoutEffect(() => {
    if (view.type === 'home') return;
    const scroller = scrollParentOf(rootRef.current);
    if (scroller) scroller.scrollTop = 0;
  }, [view]);

  const restore = useCallback(
    async (id: string) => {
      try {
        await api.entries.restore({ id });
        changed();
        notify('Entry restored.');
      } catch (e) {
        catchUp(e);
        notify(`Couldn’t restore it: ${messageOf(e)}`);
      }
    },
    [changed, notify, catchUp],
  );

  const trash = useCallback(
    async (id: string) => {
      try {
        await api.entries.trash({ id });
        changed();
        setView({ type: 'home' });
        notify('Moved to Trash.', { label: 'Undo', altText: 'Undo: restore the entry from the Trash', run: () => void restore(id) });
      } catch (e) {
        catchUp(e);
        notify(`Couldn’t move it to the Trash: ${messageOf(e)}`);
      }
    },
    [changed, notify, restore, catchUp],
  );

  // The editor has already asked "Open in your browser?"; the core checks the address again.
  const openExternal = useCallback(
    (url: string) => {
      api.system.openExternal({ url }).catch((e: unknown) => {
        catchUp(e);
        notify(`Mend couldn’t open that link: ${messageOf(e)}`);
      });
    },
    [notify, catchUp],
  );

  // Keyboard shortcuts for the whole journal. Anything the editor already handled (its own
  // Ctrl/⌘+K for links, say) arrives with defaultPrevented and is left alone.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (isCommand(e, 's')) {
        e.preventDefault();
        void flushAll();
        return;
      }
      const dialogOpen = newOpen || shortcutsOpen;
      if (isCommand(e, 'n')) {
        e.preventDefault();
        setShortcutsOpen(false);
        setNewOpen(true);
      } else if ((isCommand(e, 'f') || isCommand(e, 'k')) && !dialogOpen) {
        e.preventDefault();
        void navigate((v) => (v.type === 'home' ? v : { type: 'home' })).then(() => setFocusSearch((n) => n + 1));
      } else if (
        isCommand(e, '/', { anyShift: true }) ||
        (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingTarget(e.target))
      ) {
        if (newOpen) return;
        e.preventDefault();
        setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [newOpen, shortcutsOpen, navigate]);

  const choose = useCallback((choice: NewEntryChoice) => openEntry({ type: 'new', choice }), [openEntry]);

  return (
    <Toast.Provider swipeDirection="down" label="Notification">
      <div className="journal" ref={rootRef}>
        {view.type === 'home' ? (
          <TimelineView
            filters={filters}
            onFiltersChange={setFilters}
            query={query}
            onQueryChange={setQuery}
            version={version}
            focusSearch={focusSearch}
            scroll={scrollMemory}
            onLeave={setScrollMemory}
            onOpen={(id) => openEntry({ type: 'existing', id })}
            onNew={() => setNewOpen(true)}
            onChoose={choose}
            onShowTrash={() => void navigate({ type: 'trash' })}
            onShowShortcuts={() => setShortcutsOpen(true)}
          />
        ) : view.type === 'entry' ? (
          <EntryPage
            key={view.key}
            target={view.target}
            tagSuggestions={facets?.tags.map((t) => t.tag) ?? []}
            onSaved={changed}
            onBack={goHome}
            registerLeaveGuard={registerLeaveGuard}
            onTrash={(id) => void trash(id)}
            onOpenExternal={openExternal}
          />
        ) : (
          <TrashView version={version} onChanged={changed} onBack={goHome} onRestored={() => notify('Entry restored to your journal.')} />
        )}
      </div>
      <NewEntryDialog open={newOpen} onOpenChange={setNewOpen} onChoose={choose} />
      <ShortcutsDialog open={shortcutsOpen} onOpenChange={setShortcutsOpen} />
      <UndoToast message={toast} onDismiss={() => setToast(null)} />
    </Toast.Provider>
  );
}
