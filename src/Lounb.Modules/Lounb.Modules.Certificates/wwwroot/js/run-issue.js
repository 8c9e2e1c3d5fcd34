// Bulk issue of a course run's certificates with a live progress bar. The form still posts without JavaScript; here,
// the page first connects to /hubs/certificates (the vendored signalr.min.js), then posts the form with fetch and draws
// the progress the server sends to this person's connections ({ runId, done, total }). When the hub cannot connect or
// the post fails, the form is posted as usual (issuing is idempotent).
const section = document.getElementById('run-issue');
const title = document.getElementById('run-issue-title');
const bar = document.getElementById('run-issue-bar');
const count = document.getElementById('run-issue-count');
const zip = document.getElementById('run-issue-zip');
const live = document.getElementById('run-issue-live');
const forms = [...document.querySelectorAll('form[data-run-issue]')];
let connection = null;
let busy = false;

async function connected() {
  if (typeof signalR === 'undefined') throw new Error('SignalR client not loaded');
  if (connection?.state === signalR.HubConnectionState.Connected) return connection;
  connection = new signalR.HubConnectionBuilder()
    .withUrl(section.dataset.hubUrl)
    .configureLogging(signalR.LogLevel.None)
    .build();
  await connection.start();
  return connection;
}

function draw(done, total) {
  const percent = total > 0 ? Math.round((done * 100) / total) : 100;
  bar.setAttribute('aria-valuemax', String(total));
  bar.setAttribute('aria-valuenow', String(done));
  bar.setAttribute('aria-valuetext', `Видано ${done} з ${total}`);
  bar.firstElementChild.style.width = `${percent}%`;
  count.textContent = `Видано ${done} з ${total}`;
}

function setBusy(value) {
  busy = value;
  for (const form of forms) form.querySelector('button[type="submit"]').disabled = value;
}

async function issue(form) {
  let hub;
  try {
    hub = await connected();
  } catch {
    form.submit();
    return;
  }

  const runId = form.dataset.runId;
  let shown = -1;
  let finished = false;
  const onProgress = (progress) => {
    if (finished || progress.runId !== runId || progress.done < shown) return;
    shown = progress.done;
    draw(progress.done, progress.total);
  };

  setBusy(true);
  title.textContent = `Видача сертифікатів: ${form.dataset.runTitle}`;
  zip.hidden = true;
  live.textContent = '';
  bar.setAttribute('aria-valuenow', '0');
  bar.removeAttribute('aria-valuetext');
  bar.firstElementChild.style.width = '0%';
  count.textContent = 'Видаємо…';
  section.hidden = false;
  hub.on('issueProgress', onProgress);
  try {
    const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    const response = await fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: { Accept: 'application/json', 'X-CSRF-TOKEN': token },
      credentials: 'same-origin',
    });
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok && type.includes('application/problem+json')) {
      // A refusal (the run is outside this person's oblasts, say): its Ukrainian reason is the problem's detail.
      const problem = await response.json();
      finished = true;
      count.textContent = problem.detail;
      live.textContent = problem.detail;
      return;
    }
    if (!response.ok || !type.includes('application/json')) throw new Error(`HTTP ${response.status}`);
    const summary = await response.json();
    finished = true;
    draw(summary.completed, summary.completed);
    zip.querySelector('a').href = summary.zipUrl;
    zip.hidden = summary.completed === 0;
    live.textContent = `Готово: видано нових ${summary.issued}, уже мали ${summary.alreadyHad}.`;
  } catch {
    finished = true;
    form.submit();
    return;
  } finally {
    hub.off('issueProgress', onProgress);
    setBusy(false);
  }
}

for (const form of forms) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) issue(form);
  });
}
