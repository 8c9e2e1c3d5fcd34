// Accessible tabs (WAI-ARIA tabs pattern, automatic activation): arrow keys, Home and End move between tabs.

export function setUpTabs(root, onChange) {
  const tabs = [...root.querySelectorAll('[data-live-tab]')];
  const select = (tab, focus) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', selected ? 'true' : 'false');
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
    if (focus) {
      tab.focus();
    }
    onChange?.(tab.getAttribute('aria-controls'));
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(tab);
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) {
        return;
      }
      event.preventDefault();
      select(tabs[(next + tabs.length) % tabs.length], true);
    });
  }
  return {
    selected: () => tabs.find((t) => t.getAttribute('aria-selected') === 'true')?.getAttribute('aria-controls'),
  };
}
