// The live panel's raised hands: a person raises and lowers their own, a moderator sees the list and lowers anyone's.
import { el } from './live-render.js';

export function setUpHands(panel) {
  const { connection, eventId, userId, ui, state } = panel;

  function render() {
    const mine = state.hands.some((h) => h.userId === userId);
    ui.hand.setAttribute('aria-pressed', mine ? 'true' : 'false');
    ui.hand.textContent = mine ? 'Опустити руку' : 'Підняти руку';
    ui.handCount.textContent = String(state.hands.length);
    ui.hands?.replaceChildren(...state.hands.map((hand) => el('li', {},
      el('span', { text: hand.displayName }),
      el('button', {
        type: 'button', class: 'btn btn-outline-secondary btn-sm', 'aria-label': `Опустити руку: ${hand.displayName}`,
        onclick: async () => { const result = await panel.call('LowerHandOf', eventId, hand.userId); if (result) { state.hands = result.hands; render(); } },
      }, 'Опустити'))));
  }

  ui.hand.addEventListener('click', async () => {
    const raised = ui.hand.getAttribute('aria-pressed') === 'true';
    const result = await panel.call(raised ? 'LowerHand' : 'RaiseHand', eventId);
    if (result) {
      state.hands = result.hands;
      render();
      panel.announce(raised ? 'Руку опущено.' : 'Руку піднято. Ведучі бачать це.');
    }
  });

  connection.on('handsChanged', (hands) => { state.hands = hands.hands; render(); });

  return { render };
}
