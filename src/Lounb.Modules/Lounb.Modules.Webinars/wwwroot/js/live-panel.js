// The live panel of an event (Areas/Webinars/Views/Shared/_LivePanel.cshtml): chat, questions, polls, raised hands and
// presence over SignalR (/hubs/webinars, the vendored signalr.min.js). It reconnects by itself and shows the connection's
// state; what the person typed waits in localStorage until the server has stored it, and is resent with the same client
// id after a reconnect or a reload (the server stores it once). The server checks every action; its refusals are shown.
import { Outbox } from './live-outbox.js';
import { setUpTabs } from './live-tabs.js';
import { el, messageItem, pollCard, questionItem } from './live-render.js';

const MAX_LENGTH = 1000;
const MAX_MESSAGES_SHOWN = 200;
const STATUS = {
  connecting: 'Під’єднуємося…',
  connected: 'На зв’язку',
  reconnecting: 'Зв’язок перервався, відновлюємо… Написане не загубиться.',
  offline: 'Немає з’єднання. Пробуємо ще раз…',
};

for (const root of document.querySelectorAll('[data-live-panel]')) {
  startPanel(root);
}

/** The Ukrainian message of a refusal the server sent (a HubException), or null for a connection failure. */
function refusalOf(error) {
  const match = /HubException: ([\s\S]*)$/.exec(error?.message ?? '');
  return match ? match[1].trim() : null;
}

function startPanel(root) {
  const eventId = root.dataset.eventId;
  const userId = root.dataset.userId;
  const one = (selector) => root.querySelector(selector);
  const ui = {
    status: one('[data-live-status]'),
    presence: one('[data-live-presence]'),
    error: one('[data-live-error]'),
    mutedNote: one('[data-live-muted]'),
    announcer: one('[data-live-announcer]'),
    messages: one('[data-live-messages]'),
    messagesEmpty: one('[data-live-messages-empty]'),
    questions: one('[data-live-questions]'),
    questionsEmpty: one('[data-live-questions-empty]'),
    questionCount: one('[data-live-question-count]'),
    polls: one('[data-live-polls]'),
    pollsEmpty: one('[data-live-polls-empty]'),
    pollCount: one('[data-live-poll-count]'),
    pollForm: one('[data-live-poll-form]'),
    hand: one('[data-live-hand]'),
    handCount: one('[data-live-hand-count]'),
    hands: one('[data-live-hands]'),
    forms: { message: one('[data-live-compose="message"]'), question: one('[data-live-compose="question"]') },
  };
  const inputs = { message: ui.forms.message.querySelector('[data-live-input]'), question: ui.forms.question.querySelector('[data-live-input]') };
  const outbox = new Outbox(eventId, userId);
  const state = {
    joined: false,
    refused: false,
    canModerate: root.dataset.canModerate === 'true',
    muted: false,
    mutedPeople: new Set(),
    messages: new Map(),
    questions: new Map(),
    myUpvotes: new Set(),
    polls: new Map(),
    hands: [],
    unread: 0,
  };
  const tabs = setUpTabs(root, (panelId) => {
    if (panelId === ui.messages.closest('[role=tabpanel]').id) {
      state.unread = 0;
    }
  });

  const connection = new signalR.HubConnectionBuilder()
    .withUrl(root.dataset.hubUrl)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => [0, 2000, 5000, 10000][context.previousRetryCount] ?? 15000 })
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  // --- status, errors, announcements ---------------------------------------------------------------------
  function setStatus(name, text) {
    ui.status.dataset.state = name;
    ui.status.textContent = text ?? STATUS[name];
    root.dataset.connection = name;
  }

  function showError(text) {
    ui.error.textContent = text;
    ui.error.hidden = false;
  }

  function hideError() {
    ui.error.hidden = true;
    ui.error.textContent = '';
  }

  function announce(text) {
    ui.announcer.textContent = '';
    setTimeout(() => { ui.announcer.textContent = text; }, 100);
  }

  // New messages are announced as a count at most every 20 s, not one by one: a busy chat must not drown a screen reader.
  setInterval(() => {
    if (state.unread > 0) {
      announce(`Нових повідомлень у чаті: ${state.unread}`);
      state.unread = 0;
    }
  }, 20_000);

  async function call(method, ...args) {
    try {
      const result = await connection.invoke(method, ...args);
      hideError();
      return result;
    } catch (error) {
      showError(refusalOf(error) ?? 'Немає з’єднання з сервером. Спробуйте ще раз за мить.');
      return undefined;
    }
  }

  // --- chat ---------------------------------------------------------------------------------------------------
  function messageActions(message) {
    if (!state.canModerate) {
      return [];
    }
    const actions = [el('button', {
      type: 'button', class: 'btn btn-outline-danger btn-sm', 'aria-label': `Видалити повідомлення від ${message.authorName}`,
      onclick: () => call('DeleteMessage', message.id),
    }, 'Видалити')];
    if (message.userId !== userId) {
      const muted = state.mutedPeople.has(message.userId);
      actions.push(el('button', {
        type: 'button', class: 'btn btn-outline-secondary btn-sm',
        'aria-label': `${muted ? 'Увімкнути чат' : 'Вимкнути чат'}: ${message.authorName}`,
        onclick: () => call(muted ? 'Unmute' : 'Mute', eventId, message.userId),
      }, muted ? 'Увімкнути чат' : 'Вимкнути чат'));
    }
    return actions;
  }

  function nearBottom() {
    return ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 80;
  }

  function renderMessages() {
    const items = [...state.messages.values()].map((m) => messageItem(m, { own: m.userId === userId, actions: messageActions(m) }));
    ui.messages.replaceChildren(...items.slice(-MAX_MESSAGES_SHOWN));
    renderPending();
    ui.messages.scrollTop = ui.messages.scrollHeight;
  }

  function addMessage(message) {
    if (state.messages.has(message.id)) {
      return;
    }
    const stick = nearBottom();
    state.messages.set(message.id, message);
    if (message.clientId) {
      ui.messages.querySelector(`.live-pending[data-client-id="${CSS.escape(message.clientId)}"]`)?.remove();
    }
    const item = messageItem(message, { own: message.userId === userId, actions: messageActions(message) });
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

  // --- questions ----------------------------------------------------------------------------------------------
  function renderQuestions() {
    const focused = document.activeElement?.closest?.('.live-question');
    const focus = focused && root.contains(focused) ? { id: focused.dataset.id, action: document.activeElement.dataset.action } : null;
    const visible = [...state.questions.values()]
      .filter((q) => !q.deleted)
      .sort((a, b) => b.upvotes - a.upvotes || new Date(a.askedAt) - new Date(b.askedAt));
    ui.questions.replaceChildren(...visible.map((question) => questionItem(question, {
      own: question.userId === userId,
      voted: state.myUpvotes.has(question.id),
      canModerate: state.canModerate,
      onUpvote: async () => {
        const updated = await call('Upvote', question.id);
        if (updated) {
          state.myUpvotes.add(question.id);
          upsertQuestion(updated);
        }
      },
      onAnswered: async () => { const updated = await call('MarkAnswered', question.id); if (updated) upsertQuestion(updated); },
      onDelete: () => call('DeleteQuestion', question.id),
    })));
    renderPending();
    ui.questionCount.textContent = visible.length > 0 ? String(visible.length) : '';
    if (focus) {
      const target = ui.questions.querySelector(`[data-id="${CSS.escape(focus.id)}"] [data-action="${focus.action}"]:not([disabled])`)
        ?? ui.questions.querySelector(`[data-id="${CSS.escape(focus.id)}"] button`);
      target?.focus();
    }
  }

  function upsertQuestion(question) {
    const known = state.questions.get(question.id);
    // Coalesced updates may arrive after a newer one; keep the highest count seen.
    state.questions.set(question.id, known ? { ...question, upvotes: Math.max(question.upvotes, question.deleted ? 0 : known.upvotes) } : question);
    renderQuestions();
  }

  // --- polls --------------------------------------------------------------------------------------------------
  function renderPollCard(poll) {
    const card = pollCard(poll, {
      idPrefix: `${root.id}-poll-${poll.id.replaceAll('-', '')}`,
      canModerate: state.canModerate,
      onVote: async (option) => {
        const updated = await call('Vote', poll.id, option);
        if (updated) {
          upsertPoll(updated, true);
          announce('Ваш голос враховано.');
        }
      },
      onClose: async () => { const closed = await call('ClosePoll', poll.id); if (closed) upsertPoll(closed, true); },
    });
    const existing = ui.polls.querySelector(`[data-id="${CSS.escape(poll.id)}"]`);
    if (existing) {
      existing.replaceWith(card);
    } else {
      ui.polls.prepend(card);
    }
  }

  /** A whole card when the poll opens, closes or the person voted; otherwise only its results (a choice being made stays). */
  function upsertPoll(poll, whole) {
    const known = state.polls.get(poll.id);
    const merged = { ...known, ...poll, myVote: poll.myVote ?? known?.myVote ?? null };
    state.polls.set(poll.id, merged);
    const card = ui.polls.querySelector(`[data-id="${CSS.escape(poll.id)}"]`);
    if (whole || !card || (known && known.open !== merged.open)) {
      renderPollCard(merged);
    } else {
      const fresh = pollCard(merged, { idPrefix: `${root.id}-poll-${poll.id.replaceAll('-', '')}`, canModerate: false, onVote() {}, onClose() {} });
      card.querySelector('.live-poll-results').replaceWith(fresh.querySelector('.live-poll-results'));
    }
    pollSummary();
  }

  function pollSummary() {
    const open = [...state.polls.values()].filter((p) => p.open).length;
    ui.pollCount.textContent = open > 0 ? String(open) : '';
    ui.pollsEmpty.hidden = state.polls.size > 0;
  }

  // --- hands, presence, muting ------------------------------------------------------------------------------------
  function renderHands() {
    const mine = state.hands.some((h) => h.userId === userId);
    ui.hand.setAttribute('aria-pressed', mine ? 'true' : 'false');
    ui.hand.textContent = mine ? 'Опустити руку' : 'Підняти руку';
    ui.handCount.textContent = String(state.hands.length);
    ui.hands?.replaceChildren(...state.hands.map((hand) => el('li', {},
      el('span', { text: hand.displayName }),
      el('button', {
        type: 'button', class: 'btn btn-outline-secondary btn-sm', 'aria-label': `Опустити руку: ${hand.displayName}`,
        onclick: async () => { const result = await call('LowerHandOf', eventId, hand.userId); if (result) { state.hands = result.hands; renderHands(); } },
      }, 'Опустити'))));
  }

  function applyMuted() {
    ui.mutedNote.hidden = !state.muted;
    for (const form of Object.values(ui.forms)) {
      for (const control of form.querySelectorAll('textarea, button')) {
        control.disabled = state.muted || state.refused;
      }
    }
  }

  // --- posting (through the outbox) ---------------------------------------------------------------------------
  /** Sends one waiting post; true when it is settled (stored or refused), false when the connection failed (it stays). */
  async function deliver(item) {
    try {
      const stored = await connection.invoke(item.kind === 'message' ? 'SendMessage' : 'AskQuestion', eventId, item.clientId, item.text);
      outbox.remove(item.clientId);
      if (item.kind === 'message') {
        addMessage(stored);
      } else {
        upsertQuestion(stored);
      }
      hideError();
      return true;
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === null) {
        return false;
      }
      outbox.remove(item.clientId);
      showError(refusal);
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
        showError(kind === 'message' ? 'Напишіть текст повідомлення.' : 'Напишіть текст запитання.');
        input.focus();
        return;
      }
      if (text.length > MAX_LENGTH) {
        showError(`Повідомлення задовге: не більше ${MAX_LENGTH} символів.`);
        return;
      }
      outbox.add(kind, text);
      input.value = '';
      outbox.saveDraft(kind, '');
      renderPending();
      if (!state.joined) {
        showError('Немає з’єднання: повідомлення надішлеться, щойно зв’язок відновиться.');
      }
      flush();
    });
  }

  ui.hand.addEventListener('click', async () => {
    const raised = ui.hand.getAttribute('aria-pressed') === 'true';
    const result = await call(raised ? 'LowerHand' : 'RaiseHand', eventId);
    if (result) {
      state.hands = result.hands;
      renderHands();
      announce(raised ? 'Руку опущено.' : 'Руку піднято. Ведучі бачать це.');
    }
  });

  ui.pollForm?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = ui.pollForm.elements.question.value;
    const options = [...ui.pollForm.querySelectorAll('input[name=option]')].map((i) => i.value).filter((v) => v.trim());
    const poll = await call('CreatePoll', eventId, question, options);
    if (poll) {
      ui.pollForm.reset();
      ui.pollForm.closest('details').open = false;
      upsertPoll(poll, true);
    }
  });

  // --- from the server ------------------------------------------------------------------------------------------
  connection.on('messageAdded', addMessage);
  connection.on('messageDeleted', (deleted) => {
    state.messages.delete(deleted.id);
    ui.messages.querySelector(`[data-id="${CSS.escape(deleted.id)}"]`)?.remove();
    ui.messagesEmpty.hidden = ui.messages.children.length > 0;
  });
  connection.on('questionAdded', upsertQuestion);
  connection.on('questionUpdated', upsertQuestion);
  connection.on('pollOpened', (poll) => {
    upsertPoll(poll, true);
    announce(`Нове опитування: ${poll.question}`);
  });
  connection.on('pollResults', (poll) => upsertPoll(poll, false));
  connection.on('pollClosed', (poll) => upsertPoll(poll, true));
  connection.on('handsChanged', (hands) => { state.hands = hands.hands; renderHands(); });
  connection.on('presenceChanged', (presence) => { ui.presence.textContent = String(presence.count); });
  connection.on('muted', (mute) => {
    state.mutedPeople.add(mute.userId);
    if (mute.userId === userId) {
      state.muted = true;
      applyMuted();
      announce('Модератор вимкнув вам можливість писати.');
    }
    if (state.canModerate) renderMessages();
  });
  connection.on('unmuted', (mute) => {
    state.mutedPeople.delete(mute.userId);
    if (mute.userId === userId) {
      state.muted = false;
      applyMuted();
      announce('Модератор знову дозволив вам писати.');
    }
    if (state.canModerate) renderMessages();
  });

  function applySnapshot(snapshot) {
    state.canModerate = snapshot.canModerate;
    state.muted = snapshot.muted;
    state.mutedPeople = new Set(snapshot.mutedPeople);
    state.messages = new Map(snapshot.messages.map((m) => [m.id, m]));
    state.questions = new Map(snapshot.questions.map((q) => [q.id, q]));
    state.myUpvotes = new Set(snapshot.myUpvotes);
    state.polls = new Map();
    ui.polls.replaceChildren();
    for (const poll of snapshot.polls) {
      upsertPoll(poll, true);
    }
    pollSummary();
    state.hands = snapshot.hands;
    ui.presence.textContent = String(snapshot.presence);
    renderMessages();
    renderQuestions();
    renderHands();
    applyMuted();
  }

  // --- connecting -------------------------------------------------------------------------------------------------
  async function join() {
    try {
      applySnapshot(await connection.invoke('JoinEvent', eventId));
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal !== null) {
        // Not allowed in (not registered, the event is gone): say why and stop trying.
        state.refused = true;
        applyMuted();
        setStatus('offline', refusal);
        showError(refusal);
        await connection.stop();
      }
      throw error;
    }
    state.joined = true;
    setStatus('connected');
    await flush();
  }

  async function start() {
    if (connection.state !== signalR.HubConnectionState.Disconnected || state.refused) {
      return; // already connected or reconnecting by itself
    }
    setStatus('connecting');
    try {
      await connection.start();
      await join();
    } catch {
      if (!state.refused && connection.state === signalR.HubConnectionState.Disconnected) {
        setStatus('offline');
        setTimeout(start, 5000);
      } else if (!state.refused && !state.joined && connection.state === signalR.HubConnectionState.Connected) {
        await connection.stop(); // joining failed on the server's side: start over (onclose schedules it)
      }
    }
  }

  connection.onreconnecting(() => {
    state.joined = false;
    setStatus('reconnecting');
  });
  connection.onreconnected(() => {
    // A new connection: groups are per connection, so join again (and resend what waits).
    join().catch(() => connection.stop());
  });
  connection.onclose(() => {
    state.joined = false;
    if (!state.refused) {
      setStatus('offline');
      setTimeout(start, 5000);
    }
  });

  renderPending();
  renderHands();
  start();
}
