// What a person typed in the live room, kept in localStorage until the server has stored it: posts waiting to be sent
// (resent with the same client id after a reconnect or a reload, so the server stores each once) and unfinished drafts.

/** A random UUID (v4); crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newClientId() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function read(key, fallback) {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null');
    return value ?? fallback;
  } catch {
    return fallback;
  }
}

function write(key, value) {
  try {
    if (value === null || (Array.isArray(value) && value.length === 0) || value === '') {
      localStorage.removeItem(key);
    } else {
      localStorage.setItem(key, JSON.stringify(value));
    }
  } catch {
    // Storage full or blocked (private mode): the post still goes out while the page stays open.
  }
}

export class Outbox {
  constructor(eventId, userId) {
    this.prefix = `lounb.live.${eventId}.${userId}`;
  }

  /** Posts not yet confirmed by the server, oldest first: { kind: 'message' | 'question', clientId, text, at }. */
  items() {
    const items = read(`${this.prefix}.outbox`, []);
    return Array.isArray(items) ? items.filter((i) => i && typeof i.text === 'string' && typeof i.clientId === 'string') : [];
  }

  add(kind, text) {
    const item = { kind, clientId: newClientId(), text, at: new Date().toISOString() };
    write(`${this.prefix}.outbox`, [...this.items(), item]);
    return item;
  }

  remove(clientId) {
    write(`${this.prefix}.outbox`, this.items().filter((i) => i.clientId !== clientId));
  }

  draft(kind) {
    const text = read(`${this.prefix}.draft.${kind}`, '');
    return typeof text === 'string' ? text : '';
  }

  saveDraft(kind, text) {
    write(`${this.prefix}.draft.${kind}`, text);
  }
}
