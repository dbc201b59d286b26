import { NavigationMenu } from 'radix-ui';
import { useMediaQuery } from '../lib/useMediaQuery';
import { Tooltip } from '../ui/Tooltip';
import { RAIL_QUERY } from './layout';
import { SECTIONS, type SectionId } from './sections';

interface SideNavProps {
  current: SectionId;
  onNavigate: (id: SectionId) => void;
}

/**
 * The section list. Radix NavigationMenu gives a <nav> landmark, arrow-key movement between
 * items, and aria-current on the active one; Tab still moves through them in order. In a narrow
 * window the labels fold away (still read by screen readers) and show as tooltips instead.
 */
export function SideNav({ current, onNavigate }: SideNavProps) {
  const rail = useMediaQuery(RAIL_QUERY);
  return (
    <NavigationMenu.Root className="side-nav" orientation="vertical" aria-label="Sections">
      <NavigationMenu.List className="side-nav__list">
        {SECTIONS.map(({ id, label, Icon }) => {
          const link = (
            <NavigationMenu.Link asChild active={id === current}>
              <button type="button" className="side-nav__link" onClick={() => onNavigate(id)}>
                <Icon size={20} className="side-nav__icon" />
                <span className="side-nav__text">{label}</span>
              </button>
            </NavigationMenu.Link>
          );
          return (
            <NavigationMenu.Item key={id} value={id}>
              {rail ? (
                <Tooltip content={label} side="right">
                  {link}
                </Tooltip>
              ) : (
                link
              )}
            </NavigationMenu.Item>
          );
        })}
      </NavigationMenu.List>
    </NavigationMenu.Root>
  );
}
