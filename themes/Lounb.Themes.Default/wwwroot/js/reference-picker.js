// A searchable list in place of an id box (_ReferencePicker.cshtml). The page works without this module: the search box
// submits a GET form and the list shows the results. With it, typing asks the JSON endpoint and refills the list (the
// chosen item stays), the result count is announced through the status line, and the "open" link follows the choice.
const delayMs = 250;

function openLink(hint, option) {
  hint.replaceChildren();
  if (!option || !option.value || !option.dataset.open) {
    return;
  }
  const link = document.createElement('a');
  link.href = option.dataset.open;
  link.target = '_blank';
  link.rel = 'noopener';
  link.dataset.referenceOpen = '';
  const title = option.dataset.title || option.textContent.split(' · ')[0];
  link.append(`Відкрити обране: ${title}`);
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ' (нова вкладка)';
  link.append(hidden);
  hint.append(link);
}

function fill(select, items) {
  const chosen = select.selectedOptions[0];
  const keep = chosen && chosen.value ? chosen : null;
  const empty = select.options[0];
  const fresh = items.filter((item) => !keep || item.value !== keep.value).map((item) => {
    const option = document.createElement('option');
    option.value = item.value;
    option.textContent = item.label;
    option.dataset.open = item.openUrl;
    option.dataset.title = item.title;
    return option;
  });
  select.replaceChildren(...[empty, keep, ...fresh].filter(Boolean));
}

function setUp(picker) {
  const query = picker.querySelector('[data-reference-query]');
  const select = picker.querySelector('[data-reference-select]');
  const found = picker.querySelector('[data-reference-found]');
  const hint = picker.querySelector('[data-reference-open-hint]');
  const searchForm = document.getElementById(query.getAttribute('form'));
  let timer = 0;
  let latest = 0;

  async function search() {
    const text = query.value.trim();
    const ticket = ++latest;
    try {
      const response = await fetch(`${picker.dataset.searchUrl}?q=${encodeURIComponent(text)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok || ticket !== latest) {
        return;
      }
      const items = await response.json();
      fill(select, items);
      found.textContent = items.length === 0
        ? (text ? `За «${text}» нічого не знайдено.` : 'Немає жодного, який ви можете обрати.')
        : `У списку: ${items.length}.`;
    } catch {
      found.textContent = 'Пошук зараз недоступний; натисніть «Знайти», щоб шукати зі сторінкою.';
    }
  }

  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, delayMs);
  });
  // Enter in the box or «Знайти» searches in place, so nothing typed elsewhere on the page is lost.
  searchForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  select.addEventListener('change', () => openLink(hint, select.selectedOptions[0]));
}

document.querySelectorAll('[data-reference-picker]').forEach(setUp);
