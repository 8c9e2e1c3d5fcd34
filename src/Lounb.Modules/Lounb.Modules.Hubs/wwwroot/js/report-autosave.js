// Autosave of a hub report's draft: a few seconds after typing stops (and when the page is hidden), the form is
// posted to its autosave address; the status line says whether it was saved, or why not. Without JS the plain
// «Зберегти чернетку» button does the same.
const form = document.getElementById('report-form');
const status = document.getElementById('autosave-status');
if (form && status && form.dataset.autosave) {
  let timer = 0;
  let dirty = false;
  const save = async () => {
    if (!dirty) return;
    dirty = false;
    const body = new FormData(form);
    body.delete('intent');
    try {
      const response = await fetch(form.dataset.autosave, { method: 'POST', body, credentials: 'same-origin' });
      if (response.ok) {
        status.textContent = `Чернетку збережено о ${new Date().toLocaleTimeString('uk-UA', { hour: '2-digit', minute: '2-digit' })}.`;
      } else {
        const problem = await response.json().catch(() => null);
        status.textContent = `Чернетку не збережено: ${problem?.detail ?? 'спробуйте ще раз'}`;
      }
    } catch {
      dirty = true;
      status.textContent = 'Немає зв’язку: чернетку збережемо, щойно з’єднання відновиться. Не закривайте сторінку.';
    }
  };
  form.addEventListener('input', () => {
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  });
  window.addEventListener('online', save);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') save(); });
}
