// Jitsi room page: asks the platform for a ticket (JWT) for this event and embeds the room with the IFrame API of the
// configured domain (external_api.js, loaded before this module). Jitsi tells the platform nothing itself, so this
// page reports presence: joined and left, a heartbeat every minute while in the room, and "left" when the page goes
// away. Each report has its own id (a repeat changes nothing); the tab id keeps one browser tab one session.
import { fetchTicket } from './room-ticket.js';
const root = document.getElementById('room');
const statusLine = document.getElementById('room-status');
const container = document.getElementById('room-jitsi');
const eventId = root.dataset.event;
const antiforgery = root.dataset.antiforgery;
const HEARTBEAT_MS = 60_000;

const setStatus = (text, kind = 'info') => {
  statusLine.textContent = text;
  statusLine.dataset.kind = kind;
};

function uuid() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One id per browser tab, kept across reloads of the same tab. */
function tabId() {
  const key = `lounb.room.tab.${eventId}`;
  try {
    let id = sessionStorage.getItem(key);
    if (!id) {
      id = uuid();
      sessionStorage.setItem(key, id);
    }
    return id;
  } catch {
    return uuid();
  }
}

const tab = tabId();
let inRoom = false;
let heartbeat = 0;

function report(kind) {
  // keepalive lets the "left" report outlive the page when it is being closed.
  return fetch(`/api/webinars/${eventId}/presence`, {
    method: 'POST',
    credentials: 'same-origin',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': antiforgery },
    body: JSON.stringify({ kind, signalId: uuid(), tab }),
  }).catch(() => undefined);
}

function joined() {
  inRoom = true;
  report('joined');
  clearInterval(heartbeat);
  heartbeat = setInterval(() => report('joined'), HEARTBEAT_MS);
  setStatus('Ви в кімнаті.', 'ok');
}

function left() {
  if (!inRoom) return;
  inRoom = false;
  clearInterval(heartbeat);
  report('left');
  setStatus('Ви вийшли з кімнати. Оновіть сторінку, щоб повернутися.', 'info');
}


async function start() {
  setStatus('Під\'єднання…');
  if (typeof globalThis.JitsiMeetExternalAPI !== 'function') {
    setStatus(`Не вдалося під'єднатися до відео: сервер ${container.dataset.domain} не відповідає. Спробуйте оновити сторінку за хвилину.`, 'error');
    return;
  }
  let ticket;
  try {
    ticket = await fetchTicket(eventId, antiforgery);
  } catch (error) {
    setStatus(`Не вдалося під'єднатися до відео: ${error.message}`, 'error');
    return;
  }
  const api = new globalThis.JitsiMeetExternalAPI(ticket.domain, {
    roomName: ticket.roomName,
    jwt: ticket.jwt,
    parentNode: container,
    width: '100%',
    height: '100%',
    lang: 'uk',
    configOverwrite: { prejoinConfig: { enabled: true }, disableDeepLinking: true },
  });
  api.addListener('videoConferenceJoined', joined);
  api.addListener('videoConferenceLeft', left);
  api.addListener('readyToClose', left);
  window.addEventListener('pagehide', () => {
    left();
    api.dispose();
  });
  setStatus('Кімната завантажується. Дозвольте браузеру доступ до камери й мікрофона, якщо він запитає.');
}

start();
