// The live panel's polls: live results, one choice each; a moderator opens and closes them.
import { pollCard } from './live-render.js';

export function setUpPolls(panel) {
  const { connection, eventId, root, ui, state } = panel;
  const idPrefix = (poll) => `${root.id}-poll-${poll.id.replaceAll('-', '')}`;

  function renderCard(poll) {
    const card = pollCard(poll, {
      idPrefix: idPrefix(poll),
      canModerate: state.canModerate,
      onVote: async (option) => {
        const updated = await panel.call('Vote', poll.id, option);
        if (updated) {
          upsert(updated, true);
          panel.announce('Ваш голос враховано.');
        }
      },
      onClose: async () => { const closed = await panel.call('ClosePoll', poll.id); if (closed) upsert(closed, true); },
    });
    const existing = ui.polls.querySelector(`[data-id="${CSS.escape(poll.id)}"]`);
    if (existing) {
      existing.replaceWith(card);
    } else {
      ui.polls.prepend(card);
    }
  }

  /** A whole card when the poll opens, closes or the person voted; otherwise only its results (a choice being made stays). */
  function upsert(poll, whole) {
    const known = state.polls.get(poll.id);
    const merged = { ...known, ...poll, myVote: poll.myVote ?? known?.myVote ?? null };
    state.polls.set(poll.id, merged);
    const card = ui.polls.querySelector(`[data-id="${CSS.escape(poll.id)}"]`);
    if (whole || !card || (known && known.open !== merged.open)) {
      renderCard(merged);
    } else {
      const fresh = pollCard(merged, { idPrefix: idPrefix(poll), canModerate: false, onVote() {}, onClose() {} });
      card.querySelector('.live-poll-results').replaceWith(fresh.querySelector('.live-poll-results'));
    }
    summary();
  }

  function summary() {
    const open = [...state.polls.values()].filter((p) => p.open).length;
    ui.pollCount.textContent = open > 0 ? String(open) : '';
    ui.pollsEmpty.hidden = state.polls.size > 0;
  }

  ui.pollForm?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = ui.pollForm.elements.question.value;
    const options = [...ui.pollForm.querySelectorAll('input[name=option]')].map((i) => i.value).filter((v) => v.trim());
    const poll = await panel.call('CreatePoll', eventId, question, options);
    if (poll) {
      ui.pollForm.reset();
      ui.pollForm.closest('details').open = false;
      upsert(poll, true);
    }
  });

  connection.on('pollOpened', (poll) => {
    upsert(poll, true);
    panel.announce(`Нове опитування: ${poll.question}`);
  });
  connection.on('pollResults', (poll) => upsert(poll, false));
  connection.on('pollClosed', (poll) => upsert(poll, true));

  return { upsert, summary };
}
