// The live panel's questions: the most upvoted first, one upvote each; a moderator marks them answered or deletes them.
import { questionItem } from './live-render.js';

export function setUpQuestions(panel) {
  const { connection, root, userId, ui, state } = panel;

  function render() {
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
        const updated = await panel.call('Upvote', question.id);
        if (updated) {
          state.myUpvotes.add(question.id);
          upsert(updated);
        }
      },
      onAnswered: async () => { const updated = await panel.call('MarkAnswered', question.id); if (updated) upsert(updated); },
      onDelete: () => panel.call('DeleteQuestion', question.id),
    })));
    panel.compose.renderPending();
    ui.questionCount.textContent = visible.length > 0 ? String(visible.length) : '';
    if (focus) {
      const target = ui.questions.querySelector(`[data-id="${CSS.escape(focus.id)}"] [data-action="${focus.action}"]:not([disabled])`)
        ?? ui.questions.querySelector(`[data-id="${CSS.escape(focus.id)}"] button`);
      target?.focus();
    }
  }

  function upsert(question) {
    const known = state.questions.get(question.id);
    // Coalesced updates may arrive after a newer one; keep the highest count seen.
    state.questions.set(question.id, known ? { ...question, upvotes: Math.max(question.upvotes, question.deleted ? 0 : known.upvotes) } : question);
    render();
  }

  connection.on('questionAdded', upsert);
  connection.on('questionUpdated', upsert);

  return { render, upsert };
}
