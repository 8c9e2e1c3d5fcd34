// DOM for the live panel. Every text that came from people is set with textContent, never as HTML.

const timeFormat = new Intl.DateTimeFormat('uk-UA', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Kyiv' });

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name === 'text') {
      node.textContent = value;
    } else if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

function meta(name, at) {
  const date = new Date(at);
  return el('p', { class: 'live-meta' },
    el('span', { class: 'live-author', text: name }),
    Number.isNaN(date.getTime()) ? null : el('time', { datetime: date.toISOString(), text: timeFormat.format(date) }));
}

/** A chat message; `actions` are buttons for moderators. */
export function messageItem(message, { own, pending, actions = [] }) {
  return el('li', {
    class: ['live-message', own ? 'live-own' : '', pending ? 'live-pending' : ''].filter(Boolean).join(' '),
    'data-id': message.id ?? null,
    'data-client-id': message.clientId ?? null,
  },
  meta(message.authorName, message.sentAt),
  el('p', { class: 'live-text', text: message.text }),
  actions.length ? el('div', { class: 'live-actions' }, actions) : null);
}

export function questionItem(question, { own, voted, pending, canModerate, onUpvote, onAnswered, onDelete }) {
  const upvote = el('button', {
    type: 'button', class: 'btn btn-outline-primary btn-sm', 'aria-pressed': voted ? 'true' : 'false', disabled: voted || pending,
    'data-action': 'upvote', onclick: onUpvote,
    'aria-label': `${voted ? 'Підтримано' : 'Підтримати'}: ${question.upvotes}`,
  }, `${voted ? 'Підтримано' : 'Підтримати'} · ${question.upvotes}`);
  const actions = [upvote];
  if (canModerate && !pending) {
    if (!question.answered) {
      actions.push(el('button', { type: 'button', class: 'btn btn-outline-success btn-sm', 'data-action': 'answered', onclick: onAnswered }, 'Позначити як відповідь'));
    }
    actions.push(el('button', { type: 'button', class: 'btn btn-outline-danger btn-sm', 'data-action': 'delete', onclick: onDelete }, 'Видалити'));
  }
  const heading = meta(question.authorName, question.askedAt);
  if (question.answered) {
    heading.append(el('span', { class: 'live-answered', text: 'Відповідь надано' }));
  }
  return el('li', {
    class: ['live-question', own ? 'live-own' : '', pending ? 'live-pending' : ''].filter(Boolean).join(' '),
    'data-id': question.id ?? null,
    'data-client-id': question.clientId ?? null,
  }, heading, el('p', { class: 'live-text', text: question.text }), el('div', { class: 'live-actions' }, actions));
}

export function pollCard(poll, { idPrefix, canModerate, onVote, onClose }) {
  const card = el('article', { class: 'live-poll', 'data-id': poll.id, 'aria-labelledby': `${idPrefix}-title` },
    el('h3', { id: `${idPrefix}-title`, text: poll.question }),
    el('p', { class: 'live-meta', text: poll.open ? 'Опитування відкрите' : 'Опитування закрито' }));
  if (poll.open) {
    const form = el('form', { 'data-poll-vote': poll.id });
    const fieldset = el('fieldset', {}, el('legend', { class: 'visually-hidden', text: poll.question }));
    poll.options.forEach((option, index) => {
      const id = `${idPrefix}-option-${index}`;
      fieldset.append(el('div', { class: 'form-check' },
        el('input', { class: 'form-check-input', type: 'radio', name: `${idPrefix}-choice`, id, value: index, checked: poll.myVote === index }),
        el('label', { class: 'form-check-label', for: id, text: option })));
    });
    form.append(fieldset, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, poll.myVote === null || poll.myVote === undefined ? 'Голосувати' : 'Змінити відповідь'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector('input[type=radio]:checked');
      if (chosen) {
        onVote(Number(chosen.value));
      }
    });
    card.append(form);
  }
  card.append(pollResults(poll, idPrefix));
  if (canModerate && poll.open) {
    card.append(el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: onClose }, 'Закрити опитування'));
  }
  return card;
}

function pollResults(poll, idPrefix) {
  const list = el('ul', { class: 'live-poll-results', 'aria-label': `Результати: ${poll.total} ${votesWord(poll.total)}` });
  poll.options.forEach((option, index) => {
    const count = poll.counts[index] ?? 0;
    const percent = poll.total > 0 ? Math.round((count * 100) / poll.total) : 0;
    list.append(el('li', {},
      el('span', { text: option }),
      el('span', { text: `${count} (${percent}%)` }),
      el('meter', { min: 0, max: Math.max(poll.total, 1), value: count, 'aria-label': `Частка голосів за «${option}»: ${percent}%` })));
  });
  return list;
}

export function votesWord(n) {
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return 'голос';
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'голоси';
  return 'голосів';
}
