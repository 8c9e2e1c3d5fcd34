// Writing in the live panel: a message or question waits in the outbox (shown as pending) until the server has stored
// it, and is sent again with the same client id after a reconnect; a refused text goes back into its box.
import { refusalOf } from './live-connection.js';
import { messageItem, questionItem } from './live-render.js';

export function setUpCompose(panel) {
  const { connection, eventId, inputs, outbox, root, ui, state } = panel;
  const maxLength = Number(root.dataset.maxLength) || 1000;

  function renderPending() {
    for (const old of root.querySelectorAll('.live-pending')) {
      old.remove();
    }
    for (const item of outbox.items()) {
      const shown = { ...item, authorName: 'Ви', sentAt: item.at, askedAt: item.at, upvotes: 0 };
      if (item.kind === 'message') {
        ui.messages.append(messageItem(shown, { own: true, pending: true }));
      } else {
        ui.questions.prepend(questionItem(shown, { own: true, pending: true }));
      }
    }
    ui.messagesEmpty.hidden = ui.messages.children.length > 0;
    ui.questionsEmpty.hidden = ui.questions.children.length > 0;
  }

  /** Sends one waiting post; true when it is settled (stored or refused), false when the connection failed (it stays). */
  async function deliver(item) {
    try {
      const stored = await connection.invoke(item.kind === 'message' ? 'SendMessage' : 'AskQuestion', eventId, item.clientId, item.text);
      outbox.remove(item.clientId);
      if (item.kind === 'message') {
        panel.chat.add(stored);
      } else {
        panel.questions.upsert(stored);
      }
      panel.hideError();
      return true;
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === null) {
        return false;
      }
      outbox.remove(item.clientId);
      panel.showError(refusal);
      // The refused text goes back into the box, so the person can fix it instead of typing it again.
      if (!inputs[item.kind].value.trim()) {
        inputs[item.kind].value = item.text;
        outbox.saveDraft(item.kind, item.text);
      }
      return true;
    } finally {
      renderPending();
    }
  }

  let flushing = false;
  async function flush() {
    if (flushing) {
      return;
    }
    flushing = true;
    try {
      for (let item = outbox.items()[0]; item && state.joined; item = outbox.items()[0]) {
        if (!(await deliver(item))) {
          break;
        }
      }
    } finally {
      flushing = false;
    }
  }

  for (const [kind, form] of Object.entries(ui.forms)) {
    const input = inputs[kind];
    input.value = outbox.draft(kind);
    input.addEventListener('input', () => outbox.saveDraft(kind, input.value));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) {
        panel.showError(kind === 'message' ? 'Напишіть текст повідомлення.' : 'Напишіть текст запитання.');
        input.focus();
        return;
      }
      if (text.length > maxLength) {
        panel.showError(`Повідомлення задовге: не більше ${maxLength} символів.`);
        return;
      }
      outbox.add(kind, text);
      input.value = '';
      outbox.saveDraft(kind, '');
      renderPending();
      if (!state.joined) {
        panel.showError('Немає з’єднання: повідомлення надішлеться, щойно зв’язок відновиться.');
      }
      flush();
    });
  }

  return { renderPending, flush };
}
