/** The first stop for keyboard users: straight past the navigation to the page itself. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  );
}
