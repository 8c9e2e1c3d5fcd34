// Polls an export job's status and moves its progress bar; when the file is ready, shows the download link.
// Without JavaScript the page refreshes itself (a <noscript> meta refresh) to the same effect.
const root = document.getElementById('export-job');
if (root && root.dataset.finished !== 'true') {
  const bar = document.getElementById('export-progress');
  const status = document.getElementById('export-status');
  const percent = document.getElementById('export-percent');
  const rows = document.getElementById('export-rows');
  const download = document.getElementById('export-download');
  const poll = async () => {
    try {
      const response = await fetch(root.dataset.statusUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const job = await response.json();
      bar.value = job.percent;
      percent.textContent = `${job.percent}%`;
      status.textContent = job.statusText;
      if (job.rowsTotal !== null) rows.textContent = `Рядків: ${job.rowsDone} з ${job.rowsTotal}`;
      if (job.status === 'Ready') {
        download.classList.remove('d-none');
        return;
      }
      if (job.status === 'Failed') {
        window.location.reload();
        return;
      }
    } catch {
      // A dropped connection: try again at the next tick.
    }
    setTimeout(poll, 1500);
  };
  setTimeout(poll, 1000);
}
