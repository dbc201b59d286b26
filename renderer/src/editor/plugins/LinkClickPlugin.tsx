import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, COMMAND_PRIORITY_EDITOR, isDOMNode, registerEventListeners } from 'lexical';
import { AlertDialog } from 'radix-ui';
import { useEffect, useRef, useState, type JSX } from 'react';
import { isSafeLinkUrl, REQUEST_OPEN_LINK_COMMAND } from '../links';

/** How far (px) the pointer may move between press and click for it still to count as a click. */
const DRAG_DISTANCE = 4;

/**
 * Links in an entry are never loaded inside Mend. Any click on one (primary or middle button,
 * or Enter on a link focused in a read-only entry, which the browser turns into a click) is
 * stopped, and the person is asked whether to open it in their own browser. Only on "Open in
 * browser" does `onOpenExternal(url)` run, and only for http, https and mailto addresses.
 */
export function LinkClickPlugin({ onOpenExternal }: { onOpenExternal(url: string): void }): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [pending, setPending] = useState<string | null>(null);
  // Radix returns focus to a dialog's Trigger; this one has none, so focus goes back by hand to
  // where it was (the text, or the link in a read-only entry).
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    let pressedAt: { x: number; y: number } | null = null;
    const onMouseDown = (event: MouseEvent): void => {
      pressedAt = { x: event.clientX, y: event.clientY };
    };

    const onClick = (event: MouseEvent): void => {
      const target = event.target;
      if (!isDOMNode(target)) return;
      const anchor = (target.nodeType === 1 ? (target as Element) : target.parentElement)?.closest('a');
      if (!anchor || !editor.getRootElement()?.contains(anchor)) return;
      // Whatever happens next, the webview itself never follows the link.
      event.preventDefault();
      if (event.type === 'auxclick' && event.button !== 1) return;
      // Selecting text is not a request to open a link: a drag that ends on one, a double or
      // triple click, a shift-click extending the selection.
      const press = pressedAt;
      pressedAt = null;
      if (event.detail > 1 || (event.shiftKey && editor.isEditable())) return;
      if (press !== null && Math.hypot(event.clientX - press.x, event.clientY - press.y) > DRAG_DISTANCE) return;
      const url = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(anchor) ?? $getNearestNodeFromDOMNode(target);
        const link = node === null ? null : $findMatchingParent(node, $isLinkNode);
        return link === null ? null : link.getURL();
      });
      if (url !== null) editor.dispatchCommand(REQUEST_OPEN_LINK_COMMAND, url);
    };

    // Dragging a link itself out (possible in a read-only entry) could drop its address onto the
    // window; text selections are still draggable.
    const onDragStart = (event: DragEvent): void => {
      const target = event.target;
      if (isDOMNode(target) && target.nodeName === 'A') event.preventDefault();
    };

    return mergeRegister(
      editor.registerRootListener((root) => {
        if (root === null) return;
        // Capture phase, so nothing inside the editor sees the click first.
        return registerEventListeners(
          root,
          { mousedown: onMouseDown, click: onClick, auxclick: onClick, dragstart: onDragStart },
          { capture: true },
        );
      }),
      editor.registerCommand(
        REQUEST_OPEN_LINK_COMMAND,
        (url) => {
          if (isSafeLinkUrl(url)) {
            const active = editor.getRootElement()?.ownerDocument.activeElement;
            returnFocus.current = active instanceof HTMLElement ? active : null;
            setPending(url);
          }
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor]);

  return (
    <AlertDialog.Root open={pending !== null} onOpenChange={(open) => !open && setPending(null)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="mend-editor__dialog-overlay" />
        <AlertDialog.Content
          className="mend-editor__dialog"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const target = returnFocus.current;
            returnFocus.current = null;
            if (target?.isConnected) target.focus({ preventScroll: true });
            else editor.focus();
          }}
        >
          <AlertDialog.Title className="mend-editor__dialog-title">Open this link in your browser?</AlertDialog.Title>
          <AlertDialog.Description className="mend-editor__dialog-text">
            It will open outside Mend, in your usual browser or mail app:
            <span className="mend-editor__dialog-url">{pending}</span>
          </AlertDialog.Description>
          <div className="mend-editor__dialog-actions">
            <AlertDialog.Cancel className="mend-editor__button">Cancel</AlertDialog.Cancel>
            <AlertDialog.Action
              className="mend-editor__button mend-editor__button--primary"
              onClick={() => {
                const url = pending;
                if (url !== null && isSafeLinkUrl(url)) onOpenExternal(url);
              }}
            >
              Open in browser
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
