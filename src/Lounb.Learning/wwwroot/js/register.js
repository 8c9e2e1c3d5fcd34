// Registration form: shows the fields that fit the person, and fills the hromada and library lists
// from /api/organisation without a round trip. Without JavaScript every field shows and a button refreshes the lists.
const form = document.getElementById('register-form');

if (form) {
  const kindInputs = form.querySelectorAll('input[name="Kind"]');
  const ageSelect = form.querySelector('select[name="AgeGroup"]');
  const oblast = form.querySelector('select[name="OblastCode"]');
  const hromada = form.querySelector('select[name="HromadaId"]');
  const library = form.querySelector('select[name="LibraryId"]');

  form.querySelectorAll('[data-no-js-only]').forEach((el) => { el.hidden = true; });

  const selectedKind = () => [...kindInputs].find((i) => i.checked)?.value ?? '';

  const updateVisibility = () => {
    const kind = selectedKind();
    form.querySelectorAll('[data-show-for]').forEach((el) => {
      el.hidden = kind !== '' && el.dataset.showFor !== kind;
    });
    form.querySelectorAll('[data-show-for-age]').forEach((el) => {
      el.hidden = ageSelect.value !== el.dataset.showForAge;
    });
  };

  const fill = async (select, url) => {
    const placeholder = select.options[0];
    select.replaceChildren(placeholder);
    if (!url) return;
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      for (const option of await response.json()) {
        const item = new Option(option.text, option.value);
        item.lang = 'uk'; // names of hromadas and libraries are as written, in Ukrainian also on the English page
        select.append(item);
      }
    } catch {
      // Offline: the lists stay empty and the form explains what is missing on submit.
    }
  };

  kindInputs.forEach((input) => input.addEventListener('change', updateVisibility));
  ageSelect.addEventListener('change', updateVisibility);
  oblast.addEventListener('change', async () => {
    await fill(hromada, oblast.value ? `/api/organisation/hromadas?oblast=${encodeURIComponent(oblast.value)}` : null);
    await fill(library, null);
  });
  hromada.addEventListener('change', () =>
    fill(library, hromada.value ? `/api/organisation/libraries?hromada=${encodeURIComponent(hromada.value)}` : null));
  updateVisibility();
}
