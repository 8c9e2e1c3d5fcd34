// The live panel's connection status, its error line and the screen-reader announcements.
const STATUS = {
  connecting: 'Під’єднуємося…',
  connected: 'На зв’язку',
  reconnecting: 'Зв’язок перервався, відновлюємо… Написане не загубиться.',
  offline: 'Немає з’єднання. Пробуємо ще раз…',
};

export function setUpNotices(panel) {
  const { root, ui, state } = panel;

  panel.setStatus = (name, text) => {
    ui.status.dataset.state = name;
    ui.status.textContent = text ?? STATUS[name];
    root.dataset.connection = name;
  };

  panel.showError = (text) => {
    ui.error.textContent = text;
    ui.error.hidden = false;
  };

  panel.hideError = () => {
    ui.error.hidden = true;
    ui.error.textContent = '';
  };

  panel.announce = (text) => {
    ui.announcer.textContent = '';
    setTimeout(() => { ui.announcer.textContent = text; }, 100);
  };

  // New messages are announced as a count at most every 20 s, not one by one: a busy chat must not drown a screen reader.
  setInterval(() => {
    if (state.unread > 0) {
      panel.announce(`Нових повідомлень у чаті: ${state.unread}`);
      state.unread = 0;
    }
  }, 20_000);
}
