import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType, IS_APPLE, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $setSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  CONTROL_OR_META,
  FORMAT_TEXT_COMMAND,
  isExactShortcutMatch,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type ElementNode,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import { Toolbar } from 'radix-ui';
import { useCallback, useEffect, useRef, useState, type JSX, type MouseEvent, type ReactNode } from 'react';
import {
  BoldIcon,
  BulletListIcon,
  HeadingIcon,
  ItalicIcon,
  LinkIcon,
  NumberedListIcon,
  OpenLinkIcon,
  ParagraphIcon,
  QuoteIcon,
  RedoIcon,
  SubheadingIcon,
  UnderlineIcon,
  UndoIcon,
} from '../icons';
import { REQUEST_OPEN_LINK_COMMAND } from '../links';
import { LinkEditDialog } from './LinkEditDialog';

type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'other';

interface ToolbarState {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** The address of the link the caret is in, if any. */
  linkUrl: string | null;
}

const INITIAL_STATE: ToolbarState = { block: 'paragraph', bold: false, italic: false, underline: false, linkUrl: null };

const MOD = IS_APPLE ? '⌘' : 'Ctrl+';
const KEYS_MOD = IS_APPLE ? 'Meta' : 'Control';

function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchorNode = selection.anchor.getNode();
  const topLevel: ElementNode | null =
    anchorNode.getKey() === 'root'
      ? null
      : ($findMatchingParent(anchorNode, (n) => {
          const parent = n.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        }) as ElementNode | null);

  let block: BlockType = 'paragraph';
  if (topLevel !== null) {
    if ($isListNode(topLevel)) {
      const nearestList = $getNearestNodeOfType(anchorNode, ListNode);
      const type = (nearestList ?? topLevel).getListType();
      block = type === 'bullet' ? 'bullet' : type === 'number' ? 'number' : 'other';
    } else if ($isHeadingNode(topLevel)) {
      const tag = topLevel.getTag();
      block = tag === 'h2' ? 'h2' : tag === 'h3' ? 'h3' : 'other';
    } else if ($isQuoteNode(topLevel)) {
      block = 'quote';
    } else if (topLevel.getType() !== 'paragraph') {
      block = 'other';
    }
  }

  const focusNode = selection.focus.getNode();
  const link = $findMatchingParent(anchorNode, $isLinkNode) ?? $findMatchingParent(focusNode, $isLinkNode);

  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    linkUrl: link ? link.getURL() : null,
  };
}

function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return a.block === b.block && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.linkUrl === b.linkUrl;
}

function setBlocks(editor: LexicalEditor, create: () => ElementNode): void {
  editor.update(() => {
    const selection = $getSelection();
    if (selection !== null) $setBlocksType(selection, create);
  });
}

/**
 * The formatting bar above the writing surface. One Tab stop (a roving tabindex from Radix's
 * Toolbar; the arrow keys move within it), every button labelled, toggles report aria-pressed.
 * Buttons do not take focus on click, so the caret and selection stay where they were.
 */
export function ToolbarPlugin({ label = 'Formatting' }: { label?: string }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkDialog, setLinkDialog] = useState<{ currentUrl: string | null } | null>(null);
  const savedSelection = useRef<BaseSelection | null>(null);

  useEffect(() => {
    // Every keystroke is an update: keep the same state object unless something shown changed, so
    // typing does not re-render the toolbar (that re-render was most of a keystroke's script time).
    const show = (next: ToolbarState | null): void => {
      if (next !== null) setState((prev) => (sameToolbarState(prev, next) ? prev : next));
    };
    const refresh = (): void => show(editor.read(() => $readToolbarState()));
    refresh();
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        show(editorState.read(() => $readToolbarState(), { editor }));
      }),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (payload) => {
          setCanUndo(payload);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (payload) => {
          setCanRedo(payload);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);

  const openLinkDialog = useCallback((): void => {
    const current = editor.read(() => {
      const selection = $getSelection();
      savedSelection.current = selection ? selection.clone() : null;
      return $readToolbarState();
    });
    setLinkDialog({ currentUrl: current?.linkUrl ?? null });
  }, [editor]);

  // Cmd/Ctrl+K: add or edit a link, as in most writing apps.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!isExactShortcutMatch(event, 'k', CONTROL_OR_META)) return false;
          event.preventDefault();
          openLinkDialog();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, openLinkDialog],
  );

  const closeLinkDialog = (): void => {
    setLinkDialog(null);
    savedSelection.current = null;
  };

  const applyLink = (url: string | null): void => {
    const saved = savedSelection.current;
    const wasInLink = linkDialog?.currentUrl != null;
    editor.update(() => {
      if (saved !== null) $setSelection(saved.clone());
      const selection = $getSelection();
      if (url !== null && !wasInLink && $isRangeSelection(selection) && selection.isCollapsed()) {
        // Nothing selected: the address itself becomes the link's text.
        const link = $createLinkNode(url, { rel: 'noreferrer' }).append($createTextNode(url.replace(/^mailto:/, '')));
        selection.insertNodes([link]);
        link.selectEnd();
        return;
      }
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    });
    closeLinkDialog();
  };

  const toggleBlock = (target: 'paragraph' | 'h2' | 'h3' | 'quote'): void => {
    const next = state.block === target ? 'paragraph' : target;
    if (next === 'paragraph') setBlocks(editor, () => $createParagraphNode());
    else if (next === 'quote') setBlocks(editor, () => $createQuoteNode());
    else setBlocks(editor, () => $createHeadingNode(next));
  };

  const toggleList = (type: 'bullet' | 'number'): void => {
    if (state.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  };

  const format = (type: TextFormatType): void => {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  };

  return (
    <>
      <Toolbar.Root className="mend-editor__toolbar" aria-label={label} loop>
        <div className="mend-editor__toolbar-group">
          <ToolButton label="Body text" pressed={state.block === 'paragraph'} onPress={() => toggleBlock('paragraph')}>
            <ParagraphIcon />
          </ToolButton>
          <ToolButton label="Heading" pressed={state.block === 'h2'} onPress={() => toggleBlock('h2')}>
            <HeadingIcon />
          </ToolButton>
          <ToolButton label="Subheading" pressed={state.block === 'h3'} onPress={() => toggleBlock('h3')}>
            <SubheadingIcon />
          </ToolButton>
        </div>
        <Toolbar.Separator className="mend-editor__toolbar-separator" />
        <div className="mend-editor__toolbar-group">
          <ToolButton label="Bold" shortcut="B" pressed={state.bold} onPress={() => format('bold')}>
            <BoldIcon />
          </ToolButton>
          <ToolButton label="Italic" shortcut="I" pressed={state.italic} onPress={() => format('italic')}>
            <ItalicIcon />
          </ToolButton>
          <ToolButton label="Underline" shortcut="U" pressed={state.underline} onPress={() => format('underline')}>
            <UnderlineIcon />
          </ToolButton>
        </div>
        <Toolbar.Separator className="mend-editor__toolbar-separator" />
        <div className="mend-editor__toolbar-group">
          <ToolButton label="Bulleted list" pressed={state.block === 'bullet'} onPress={() => toggleList('bullet')}>
            <BulletListIcon />
          </ToolButton>
          <ToolButton label="Numbered list" pressed={state.block === 'number'} onPress={() => toggleList('number')}>
            <NumberedListIcon />
          </ToolButton>
          <ToolButton label="Quote" pressed={state.block === 'quote'} onPress={() => toggleBlock('quote')}>
            <QuoteIcon />
          </ToolButton>
        </div>
        <Toolbar.Separator className="mend-editor__toolbar-separator" />
        <div className="mend-editor__toolbar-group">
          <ToolButton
            label={state.linkUrl === null ? 'Link' : 'Edit link'}
            shortcut="K"
            pressed={state.linkUrl !== null}
            onPress={openLinkDialog}
          >
            <LinkIcon />
          </ToolButton>
          {state.linkUrl !== null && (
            <ToolButton
              label="Open link in your browser…"
              onPress={() => state.linkUrl !== null && editor.dispatchCommand(REQUEST_OPEN_LINK_COMMAND, state.linkUrl)}
            >
              <OpenLinkIcon />
            </ToolButton>
          )}
        </div>
        <div className="mend-editor__toolbar-spacer" />
        <div className="mend-editor__toolbar-group">
          <ToolButton label="Undo" shortcut="Z" disabled={!canUndo} onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
            <UndoIcon />
          </ToolButton>
          <ToolButton
            label="Redo"
            shortcut={IS_APPLE ? '⇧Z' : 'Y'}
            keys={IS_APPLE ? 'Meta+Shift+Z' : 'Control+Y'}
            disabled={!canRedo}
            onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
          >
            <RedoIcon />
          </ToolButton>
        </div>
      </Toolbar.Root>
      <LinkEditDialog
        open={linkDialog !== null}
        currentUrl={linkDialog?.currentUrl ?? null}
        onSave={(url) => applyLink(url)}
        onRemove={() => applyLink(null)}
        onDismiss={closeLinkDialog}
        onClosed={() => editor.focus()}
      />
    </>
  );
}

function ToolButton({
  label,
  shortcut,
  keys,
  pressed,
  disabled,
  onPress,
  children,
}: {
  label: string;
  /** The key after Cmd/Ctrl, shown in the tooltip and announced via aria-keyshortcuts. */
  shortcut?: string;
  keys?: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress(): void;
  children: ReactNode;
}): JSX.Element {
  return (
    <Toolbar.Button
      type="button"
      className="mend-editor__tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? (keys ?? `${KEYS_MOD}+${shortcut}`) : undefined}
      title={shortcut ? `${label} (${MOD}${shortcut})` : label}
      disabled={disabled}
      // Keep focus (and the selection) in the text when clicking; keyboard users still reach
      // the buttons through the toolbar's Tab stop.
      onMouseDown={(e: MouseEvent) => e.preventDefault()}
      onClick={onPress}
    >
      {children}
    </Toolbar.Button>
  );
}
