// Quiz attempt page. Every answer is saved as soon as it is given (typing is debounced) with a version number, so a
// late or repeated save never overwrites a newer one. Without a connection answers stay in localStorage and are sent
// when it returns; a reload (served by the offline-pages worker) restores them. The server's clock is authoritative:
// the countdown runs on the server's time, and the server submits the attempt when time and grace are over.
import { keepPagesOffline } from '/_content/Lounb.Themes.Default/js/offline-pages.js';
const root = document.getElementById('attempt');
const form = document.getElementById('attempt-form');
const attemptId = root.dataset.attempt;
const storeKey = `lounb.attempt.${attemptId}`;
const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
const saveState = document.getElementById('save-state');
const sequential = root.dataset.sequential === 'true';
const pages = [...form.querySelectorAll('.attempt-page')];
const questions = [...form.querySelectorAll('fieldset.question')];
const TYPING_DELAY = 700;

document.documentElement.classList.add('js');

// ---- the device's copy -------------------------------------------------------------------------------------------
const readStore = () => {
  try { return JSON.parse(localStorage.getItem(storeKey) ?? '{}'); } catch { return {}; }
};
const writeStore = (store) => {
  try { localStorage.setItem(storeKey, JSON.stringify(store)); } catch { /* storage full: the server copy still counts */ }
};
let store = readStore(); // slot -> { response, version, synced }

// ---- reading and writing inputs ------------------------------------------------------------------------------------
const responseOf = (fieldset) => {
  const slot = fieldset.dataset.slot;
  const name = `q${slot}`;
  switch (fieldset.dataset.type) {
    case 'SingleChoice': {
      const checked = fieldset.querySelector(`input[name="${name}"]:checked`);
      return checked ? checked.value : undefined;
    }
    case 'MultipleChoice':
      return [...fieldset.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
    case 'TrueFalse': {
      const checked = fieldset.querySelector(`input[name="${name}"]:checked`);
      return checked ? checked.value === 'true' : undefined;
    }
    case 'ShortAnswer':
    case 'Numerical':
    case 'Essay':
      return fieldset.querySelector(`[name="${name}"]`).value;
    case 'Matching': {
      const result = {};
      for (const select of fieldset.querySelectorAll('select')) result[select.name.slice(name.length + 1)] = select.value;
      return Object.values(result).every((v) => v === '') ? undefined : result;
    }
    case 'Ordering': {
      const items = [...fieldset.querySelectorAll('select')].map((select) => ({ id: select.name.slice(name.length + 1), position: Number(select.value) }));
      if (items.some((item) => !item.position)) return undefined;
      const positions = new Set(items.map((item) => item.position));
      if (positions.size !== items.length) return undefined;
      return items.sort((a, b) => a.position - b.position).map((item) => item.id);
    }
    default:
      return undefined;
  }
};

const applyResponse = (fieldset, response) => {
  const name = `q${fieldset.dataset.slot}`;
  switch (fieldset.dataset.type) {
    case 'SingleChoice':
    case 'TrueFalse':
      for (const input of fieldset.querySelectorAll(`input[name="${name}"]`)) input.checked = String(response) === input.value;
      break;
    case 'MultipleChoice':
      for (const input of fieldset.querySelectorAll(`input[name="${name}"]`)) input.checked = Array.isArray(response) && response.includes(input.value);
      break;
    case 'ShortAnswer':
    case 'Numerical':
    case 'Essay':
      fieldset.querySelector(`[name="${name}"]`).value = response ?? '';
      break;
    case 'Matching':
      for (const select of fieldset.querySelectorAll('select')) select.value = response?.[select.name.slice(name.length + 1)] ?? '';
      break;
    case 'Ordering':
      for (const select of fieldset.querySelectorAll('select')) {
        const index = Array.isArray(response) ? response.indexOf(select.name.slice(name.length + 1)) : -1;
        select.value = index >= 0 ? String(index + 1) : '';
      }
      break;
    default:
      break;
  }
};

// ---- status line ---------------------------------------------------------------------------------------------------
const pendingCount = () => Object.values(store).filter((entry) => !entry.synced).length;
const show = (text, kind) => {
  saveState.textContent = text;
  saveState.dataset.kind = kind;
};
const updateAnswered = () => {
  const answered = questions.filter((fieldset) => {
    const entry = store[fieldset.dataset.slot];
    return entry ? entry.response !== undefined && entry.response !== '' : fieldset.dataset.response !== '';
  }).length;
  const counter = document.getElementById('answered-count');
  if (counter) counter.textContent = `Відповідей: ${answered} з ${questions.filter((q) => q.dataset.type !== 'Description').length}`;
};

// ---- sending -------------------------------------------------------------------------------------------------------
class ServerUnavailable extends Error {}

let refused = null;
const refusalOf = async (response) => {
  let message = 'Відповідь не прийнято.';
  try { message = (await response.json()).detail ?? message; } catch { /* not JSON */ }
  return { ok: false, status: response.status, message };
};
const send = async (slot, entry) => {
  const response = await fetch(`/api/attempts/${attemptId}/answers/${slot}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token, Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ response: entry.response, version: entry.version }),
  });
  if (response.ok) return { ok: true, body: await response.json() };
  if (response.status === 503) throw new ServerUnavailable();
  if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
  return refusalOf(response);
};
// Several queued answers (a page change, a reconnection) go in one request; each comes back acknowledged on its own.
const BATCH_SIZE = 100;
const sendMany = async (items) => {
  const response = await fetch(`/api/attempts/${attemptId}/answers`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token, Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ answers: items.map(([slot, entry]) => ({ slot: Number(slot), response: entry.response, version: entry.version })) }),
  });
  if (response.ok) {
    const { answers } = await response.json();
    return answers.map((answer) => (answer.status ? { ok: false, status: answer.status, message: answer.detail } : { ok: true, body: answer }));
  }
  if (response.status === 503) throw new ServerUnavailable();
  if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
  const refusal = await refusalOf(response);
  return items.map(() => refusal);
};

let flushing = false;
const flush = async () => {
  if (flushing) return;
  flushing = true;
  let sent = 0;
  let newerOnServer = false;
  try {
    const pending = Object.entries(store).filter(([, entry]) => !entry.synced && entry.response !== undefined);
    for (let start = 0; start < pending.length; start += BATCH_SIZE) {
      const part = pending.slice(start, start + BATCH_SIZE);
      let results;
      try {
        results = part.length === 1 ? [await send(...part[0])] : await sendMany(part);
      } catch (failure) {
        // A 503 means the server is up but its database is not: the answer waits on the device and is sent again.
        show(failure instanceof ServerUnavailable
          ? 'Сервіс тимчасово недоступний — відповідь збережено на пристрої, надішлемо її автоматично'
          : 'Немає з’єднання — відповідь збережено на пристрої', 'offline');
        return;
      }
      part.forEach(([slot, entry], index) => {
        const result = results[index];
        sent++;
        const latest = store[slot];
        if (result.ok) {
          // Stored, or the server already has a newer answer (given on another device): either way this copy is done.
          if (latest.version === entry.version) latest.synced = true;
          if (!result.body.stored) newerOnServer = true;
        } else {
          latest.synced = true; // refused for good (time is over, attempt finished): keep the message, do not retry
          refused = result.message;
        }
      });
      writeStore(store);
    }
    if (newerOnServer) await adoptServerAnswers();
    if (refused) show(refused, 'error');
    else if (pendingCount() === 0 && sent > 0) show('Збережено', 'saved');
  } finally {
    flushing = false;
  }
};

// Answers saved on another device with a newer version win over this page's copy.
const adoptServerAnswers = async () => {
  const response = await fetch(`/api/attempts/${attemptId}/answers`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  for (const answer of await response.json()) {
    const local = store[answer.slot];
    if (answer.response !== null && (!local || local.version < answer.version)) {
      store[answer.slot] = { response: answer.response, version: answer.version, synced: true };
      const fieldset = form.querySelector(`fieldset[data-slot="${answer.slot}"]`);
      if (fieldset) applyResponse(fieldset, answer.response);
    }
  }
  writeStore(store);
  updateAnswered();
};

const record = (fieldset) => {
  const slot = fieldset.dataset.slot;
  const response = responseOf(fieldset);
  if (response === undefined) return;
  // Leaving a field fires "change" after "input" already saved it: the same answer is not a new version.
  const previous = store[slot] ? JSON.stringify(store[slot].response) : fieldset.dataset.response;
  if (previous === JSON.stringify(response)) return;
  const known = store[slot]?.version ?? Number(fieldset.dataset.version ?? 0);
  store[slot] = { response, version: Math.max(known + 1, Date.now()), synced: false };
  writeStore(store);
  updateAnswered();
  show('Зберігаємо…', 'saving');
  flush();
};

const timers = new Map();
form.addEventListener('input', (event) => {
  const fieldset = event.target.closest('fieldset.question');
  if (!fieldset) return;
  const typing = event.target.matches('input[type="text"], textarea');
  clearTimeout(timers.get(fieldset));
  if (typing) {
    timers.set(fieldset, setTimeout(() => record(fieldset), TYPING_DELAY));
  } else {
    record(fieldset);
  }
});
// Leaving a text field saves it at once.
form.addEventListener('change', (event) => {
  const fieldset = event.target.closest('fieldset.question');
  if (fieldset && event.target.matches('input[type="text"], textarea')) {
    clearTimeout(timers.get(fieldset));
    record(fieldset);
  }
});

// ---- restoring -----------------------------------------------------------------------------------------------------
for (const fieldset of questions) {
  const entry = store[fieldset.dataset.slot];
  const serverVersion = Number(fieldset.dataset.version ?? 0);
  if (entry && entry.response !== undefined && entry.version > serverVersion) {
    applyResponse(fieldset, entry.response);
    entry.synced = false;
  } else if (entry && entry.version <= serverVersion) {
    delete store[fieldset.dataset.slot];
  }
}
writeStore(store);
updateAnswered();
if (pendingCount() > 0) {
  show(navigator.onLine ? 'Надсилаємо збережені на пристрої відповіді…' : 'Немає з’єднання — відповідь збережено на пристрої', navigator.onLine ? 'saving' : 'offline');
}

window.addEventListener('online', () => flush());
window.addEventListener('offline', () => show('Немає з’єднання — відповіді зберігаються на пристрої', 'offline'));
setInterval(() => { if (pendingCount() > 0) flush(); }, 10000);
flush();

// ---- pages ---------------------------------------------------------------------------------------------------------
let page = Number(root.dataset.page);
const previous = document.getElementById('previous-page');
const next = document.getElementById('next-page');
const showPage = (target) => {
  page = target;
  pages.forEach((section, index) => { section.hidden = index !== page; });
  document.getElementById('page-field').value = String(page);
  document.getElementById('page-label').textContent = `Сторінка ${page + 1} з ${pages.length}`;
  if (previous) previous.hidden = page === 0;
  next.hidden = page >= pages.length - 1;
  pages[page].querySelector('legend')?.scrollIntoView({ block: 'start' });
  pages[page].querySelector('input, select, textarea')?.focus({ preventScroll: true });
};
const advanceOnServer = (target) => {
  if (!sequential) return;
  fetch(`/api/attempts/${attemptId}/page/${target}`, { method: 'PUT', headers: { 'X-CSRF-TOKEN': token }, credentials: 'same-origin' }).catch(() => {});
};

// ---- finishing -----------------------------------------------------------------------------------------------------
const dialog = document.getElementById('finish-dialog');
const openFinish = async () => {
  await flush();
  const answered = document.getElementById('answered-count')?.textContent ?? '';
  document.getElementById('finish-summary').textContent = `${answered}. Після завершення змінити відповіді не можна.`;
  const offline = pendingCount() > 0 && !navigator.onLine;
  document.getElementById('finish-offline').hidden = !offline;
  document.getElementById('finish-confirm').disabled = offline;
  dialog.showModal();
};
document.getElementById('finish-cancel').addEventListener('click', () => dialog.close());
document.getElementById('finish-form').addEventListener('submit', async (event) => {
  if (pendingCount() === 0) return;
  event.preventDefault();
  await flush();
  if (pendingCount() === 0) event.target.submit();
  else document.getElementById('finish-offline').hidden = false;
});

form.addEventListener('submit', (event) => {
  const move = event.submitter?.value;
  event.preventDefault();
  if (move === 'next' && page < pages.length - 1) {
    showPage(page + 1);
    advanceOnServer(page);
  } else if (move === 'previous' && page > 0) {
    showPage(page - 1);
  } else if (move === 'finish') {
    openFinish();
  } else {
    flush();
  }
});

// Time is over: send what is left, then submit; offline, the server submits it once the grace period ends.
const timeUp = async () => {
  for (const control of form.querySelectorAll('input, select, textarea, button')) control.disabled = true;
  await flush();
  if (pendingCount() > 0) {
    show('Час вийшов. Немає з’єднання — відповіді на пристрої буде надіслано, щойно зв’язок повернеться (протягом кількох хвилин вони ще зараховуються).', 'offline');
    window.addEventListener('online', async () => { await flush(); document.getElementById('finish-form').submit(); }, { once: true });
    return;
  }
  document.getElementById('finish-form').submit();
};

// ---- the clock -----------------------------------------------------------------------------------------------------
const timeLeft = document.getElementById('time-left');
const announcer = document.getElementById('time-announcer');
if (root.dataset.deadline && timeLeft) {
  const offset = Date.parse(root.dataset.now) - Date.now(); // server time = device time + offset
  const deadline = Date.parse(root.dataset.deadline);
  const announceAt = [10 * 60, 5 * 60, 60, 30];
  const announced = new Set();
  let finished = false;
  const tick = () => {
    const seconds = Math.max(0, Math.round((deadline - (Date.now() + offset)) / 1000));
    const minutes = Math.floor(seconds / 60);
    timeLeft.textContent = `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
    for (const mark of announceAt) {
      if (seconds <= mark && seconds > mark - 5 && !announced.has(mark)) {
        announced.add(mark);
        announcer.textContent = mark >= 60 ? `Залишилось ${mark / 60} хв.` : `Залишилось ${mark} секунд.`;
      }
    }
    if (seconds === 0 && !finished) {
      finished = true;
      announcer.textContent = 'Час вийшов. Спробу буде завершено.';
      timeUp();
    }
  };
  tick();
  setInterval(tick, 1000);
}

// ---- offline reloads -----------------------------------------------------------------------------------------------
keepPagesOffline('/attempts/');
