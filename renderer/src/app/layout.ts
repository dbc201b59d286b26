/** Below this width the sidebar folds into a rail of icons (the window's minimum is 720px). */
export const RAIL_QUERY = '(max-width: 50rem)';
