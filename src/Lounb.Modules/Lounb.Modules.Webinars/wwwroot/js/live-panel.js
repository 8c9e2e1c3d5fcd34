// The live panel of an event (Areas/Webinars/Views/Shared/_LivePanel.cshtml): chat, questions, polls, raised hands and
// presence over SignalR (/hubs/webinars, the vendored signalr.min.js). It reconnects by itself and shows the connection's
// state; what the person typed waits in localStorage until the server has stored it, and is resent with the same client
// id after a reconnect or a reload (the server stores it once). The server checks every action; its refusals are shown.
// Each feature is a module of its own; they share one `panel` (the root, its elements, the state and the connection).
import { Outbox } from './live-outbox.js';
import { setUpTabs } from './live-tabs.js';
import { setUpNotices } from './live-notices.js';
import { connect, createConnection, setUpCall } from './live-connection.js';
import { setUpChat } from './live-chat.js';
import { setUpQuestions } from './live-questions.js';
import { setUpPolls } from './live-polls.js';
import { setUpHands } from './live-hands.js';
import { setUpCompose } from './live-compose.js';

for (const root of document.querySelectorAll('[data-live-panel]')) {
  startPanel(root);
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
  const panel = {
    root,
    eventId,
    userId,
    ui,
    inputs: { message: ui.forms.message.querySelector('[data-live-input]'), question: ui.forms.question.querySelector('[data-live-input]') },
    outbox: new Outbox(eventId, userId),
    connection: createConnection(root.dataset.hubUrl),
    state: {
      joined: false,
      refused: false, // refused for good (not registered, the event is gone): no more tries
      temporaryRefusal: null, // the reason of a refusal for now (503), shown while the panel keeps trying
      canModerate: root.dataset.canModerate === 'true',
      muted: false,
      mutedPeople: new Set(),
      messages: new Map(),
      questions: new Map(),
      myUpvotes: new Set(),
      polls: new Map(),
      hands: [],
      unread: 0,
    },
  };
  setUpTabs(root, (panelId) => {
    if (panelId === ui.messages.closest('[role=tabpanel]').id) {
      panel.state.unread = 0;
    }
  });
  setUpNotices(panel);
  setUpCall(panel);
  panel.chat = setUpChat(panel);
  panel.questions = setUpQuestions(panel);
  panel.polls = setUpPolls(panel);
  panel.hands = setUpHands(panel);
  panel.compose = setUpCompose(panel);

  panel.compose.renderPending();
  panel.hands.render();
  connect(panel, (snapshot) => applySnapshot(panel, snapshot));
}

/** What the server says the room holds on joining (again): it replaces everything shown. */
function applySnapshot(panel, snapshot) {
  const { state, ui } = panel;
  state.canModerate = snapshot.canModerate;
  state.muted = snapshot.muted;
  state.mutedPeople = new Set(snapshot.mutedPeople);
  state.messages = new Map(snapshot.messages.map((m) => [m.id, m]));
  state.questions = new Map(snapshot.questions.map((q) => [q.id, q]));
  state.myUpvotes = new Set(snapshot.myUpvotes);
  state.polls = new Map();
  ui.polls.replaceChildren();
  for (const poll of snapshot.polls) {
    panel.polls.upsert(poll, true);
  }
  panel.polls.summary();
  state.hands = snapshot.hands;
  ui.presence.textContent = String(snapshot.presence);
  panel.chat.render();
  panel.questions.render();
  panel.hands.render();
  panel.chat.applyMuted();
}
