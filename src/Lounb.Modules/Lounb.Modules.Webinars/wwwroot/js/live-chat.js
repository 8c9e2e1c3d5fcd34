// The live panel's chat: messages as they arrive (the latest 200 shown), a moderator's delete, mute and unmute.
import { messageItem, el } from './live-render.js';

const MAX_MESSAGES_SHOWN = 200;

export function setUpChat(panel) {
  const { connection, eventId, userId, ui, state } = panel;

  function actions(message) {
    if (!state.canModerate) {
      return [];
    }
    const buttons = [el('button', {
      type: 'button', class: 'btn btn-outline-danger btn-sm', 'aria-label': `Видалити повідомлення від ${message.authorName}`,
      onclick: () => panel.call('DeleteMessage', message.id),
    }, 'Видалити')];
    if (message.userId !== userId) {
      const muted = state.mutedPeople.has(message.userId);
      buttons.push(el('button', {
        type: 'button', class: 'btn btn-outline-secondary btn-sm',
        'aria-label': `${muted ? 'Увімкнути чат' : 'Вимкнути чат'}: ${message.authorName}`,
        onclick: () => panel.call(muted ? 'Unmute' : 'Mute', eventId, message.userId),
      }, muted ? 'Увімкнути чат' : 'Вимкнути чат'));
    }
    return buttons;
  }

  function nearBottom() {
    return ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 80;
  }

  function render() {
    const items = [...state.messages.values()].map((m) => messageItem(m, { own: m.userId === userId, actions: actions(m) }));
    ui.messages.replaceChildren(...items.slice(-MAX_MESSAGES_SHOWN));
    panel.compose.renderPending();
    ui.messages.scrollTop = ui.messages.scrollHeight;
  }

  function add(message) {
    if (state.messages.has(message.id)) {
      return;
    }
    const stick = nearBottom();
    state.messages.set(message.id, message);
    if (message.clientId) {
      ui.messages.querySelector(`.live-pending[data-client-id="${CSS.escape(message.clientId)}"]`)?.remove();
    }
    const item = messageItem(message, { own: message.userId === userId, actions: actions(message) });
    ui.messages.insertBefore(item, ui.messages.querySelector('.live-pending'));
    while (ui.messages.querySelectorAll('li:not(.live-pending)').length > MAX_MESSAGES_SHOWN) {
      ui.messages.querySelector('li:not(.live-pending)').remove();
    }
    if (stick || message.userId === userId) {
      ui.messages.scrollTop = ui.messages.scrollHeight;
    }
    if (message.userId !== userId) {
      state.unread++;
    }
    ui.messagesEmpty.hidden = state.messages.size > 0;
  }

  /** A muted person (or one refused entry) cannot write messages or questions. */
  function applyMuted() {
    ui.mutedNote.hidden = !state.muted;
    for (const form of Object.values(ui.forms)) {
      for (const control of form.querySelectorAll('textarea, button')) {
        control.disabled = state.muted || state.refused;
      }
    }
  }

  function mutedChanged(mute, muted, announcement) {
    if (muted) {
      state.mutedPeople.add(mute.userId);
    } else {
      state.mutedPeople.delete(mute.userId);
    }
    if (mute.userId === userId) {
      state.muted = muted;
      applyMuted();
      panel.announce(announcement);
    }
    if (state.canModerate) render();
  }

  connection.on('messageAdded', add);
  connection.on('messageDeleted', (deleted) => {
    state.messages.delete(deleted.id);
    ui.messages.querySelector(`[data-id="${CSS.escape(deleted.id)}"]`)?.remove();
    ui.messagesEmpty.hidden = ui.messages.children.length > 0;
  });
  connection.on('muted', (mute) => mutedChanged(mute, true, 'Модератор вимкнув вам можливість писати.'));
  connection.on('unmuted', (mute) => mutedChanged(mute, false, 'Модератор знову дозволив вам писати.'));

  return { add, render, applyMuted };
}
