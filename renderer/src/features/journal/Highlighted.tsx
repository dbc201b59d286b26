import { splitSnippet } from './snippet';

/**
 * A search passage with the matched words in <mark>. Built as React text nodes, never as HTML,
 * so whatever an entry contains is shown as text and cannot become markup.
 */
export function Highlighted({ text, marks }: { text: string; marks: readonly (readonly [number, number])[] }) {
  return (
    <>
      {splitSnippet(text, marks).map((part, i) =>
        part.marked ? (
          <mark key={i} className="search-mark">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
