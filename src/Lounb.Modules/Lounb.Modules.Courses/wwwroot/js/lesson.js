// Lesson player: "mark complete" without a page reload, kept on the device when the connection is gone and sent
// when it returns; registers the service worker that keeps opened lessons readable offline.
import { keepPagesOffline } from '/_content/Lounb.Themes.Default/js/offline-pages.js';
const QUEUE_KEY = 'lounb.pendingCompletions';

const readQueue = () => {
  try { return JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]'); } catch { return []; }
};
const writeQueue = (queue) => localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));

const send = async (item) => {
  const response = await fetch(item.url, {
    method: 'POST',
    headers: { 'X-CSRF-TOKEN': item.token, Accept: 'application/json' },
    credentials: 'same-origin',
  });
  if (!response.ok && response.status < 500) {
    // The server refused it for good (e.g. no longer enrolled): drop it rather than retry forever, and say why
    // (the answer is problem details: its "detail" is the Ukrainian message).
    const problem = await response.json().catch(() => null);
    return { done: true, result: null, refusal: problem?.detail ?? 'Позначку не прийнято: оновіть сторінку.' };
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { done: true, result: await response.json() };
};

const flush = async () => {
  let queue = readQueue();
  for (const item of [...queue]) {
    try {
      await send(item);
      queue = queue.filter((q) => q.url !== item.url);
      writeQueue(queue);
    } catch {
      return; // still offline: try again on the next "online" event
    }
  }
  const status = document.getElementById('offline-status');
  if (status && queue.length === 0 && status.dataset.pending === 'true') {
    status.textContent = 'Зв’язок відновлено: позначки надіслано.';
    status.dataset.pending = 'false';
  }
};

const form = document.getElementById('complete-form');
if (form) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const item = { url: form.dataset.api, token: form.querySelector('input[name="__RequestVerificationToken"]').value };
    const status = document.getElementById('offline-status');
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const { result, refusal } = await send(item);
      if (refusal) {
        status.textContent = refusal;
        return;
      }
      if (result) {
        document.getElementById('progress-text').textContent = `Пройдено ${result.done} з ${result.required} обов’язкових уроків`;
        const bar = document.getElementById('progress-bar');
        bar.value = result.done;
        status.textContent = result.courseCompleted ? 'Курс завершено! Вітаємо.' : 'Урок позначено як пройдений.';
      }
      form.hidden = true;
      document.getElementById('lesson-done')?.removeAttribute('hidden');
    } catch {
      const queue = readQueue().filter((q) => q.url !== item.url);
      queue.push(item);
      writeQueue(queue);
      status.textContent = 'Немає з’єднання — позначку збережено на пристрої й надішлемо, щойно зв’язок повернеться.';
      status.dataset.pending = 'true';
      form.hidden = true;
      document.getElementById('lesson-done')?.removeAttribute('hidden');
    } finally {
      button.disabled = false;
    }
  });
}

window.addEventListener('online', flush);
if (navigator.onLine) flush();

keepPagesOffline('/learn/');
