// "Копіювати" beside each calendar address: copies it and says so (also to screen readers, through the status
// line); without the clipboard API the address is left selected, ready for Ctrl+C.
const status = document.getElementById('copy-status');
for (const button of document.querySelectorAll('button[data-copy]')) {
  const input = document.getElementById(button.dataset.copy);
  const label = button.firstChild.textContent;
  button.addEventListener('click', async () => {
    input.focus();
    input.select();
    let said;
    try {
      await navigator.clipboard.writeText(input.value);
      said = 'Скопійовано';
    } catch {
      said = 'Виділено: натисніть Ctrl+C';
    }
    button.firstChild.textContent = said;
    status.textContent = said;
    setTimeout(() => { button.firstChild.textContent = label; }, 3000);
  });
}
