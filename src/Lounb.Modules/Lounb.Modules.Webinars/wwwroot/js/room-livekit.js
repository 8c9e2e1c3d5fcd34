// LiveKit room page: asks the platform for a ticket (token) for this event, connects with the vendored livekit-client
// (loaded before this module as the LivekitClient global), shows a tile per person with video and plays their audio.
// Presenters get microphone and camera toggles; attendees of a webinar only watch (their token cannot publish).
// Attendance is recorded by the LiveKit server's webhooks, not by this page.
import { fetchTicket } from './room-ticket.js';
const LK = globalThis.LivekitClient;
const root = document.getElementById('room');
const statusLine = document.getElementById('room-status');
const stage = document.getElementById('room-stage');
const micButton = document.getElementById('room-mic');
const cameraButton = document.getElementById('room-camera');
const audioButton = document.getElementById('room-audio');
const retryButton = document.getElementById('room-retry');
const leaveButton = document.getElementById('room-leave');
const eventId = root.dataset.event;
const antiforgery = root.dataset.antiforgery;

let room = null;

const setStatus = (text, kind = 'info') => {
  statusLine.textContent = text;
  statusLine.dataset.kind = kind;
};


/** A person's tile: their video (when they show it) and their name. */
function tileOf(participant) {
  const id = `tile-${participant.identity}`;
  let tile = document.getElementById(id);
  if (!tile) {
    tile = document.createElement('figure');
    tile.id = id;
    tile.className = 'room-tile';
    const caption = document.createElement('figcaption');
    caption.textContent = participant.name || 'Учасник';
    tile.append(caption);
    stage.append(tile);
  }
  return tile;
}

function removeTile(participant) {
  document.getElementById(`tile-${participant.identity}`)?.remove();
}

function attachTrack(track, participant) {
  const element = track.attach();
  if (track.kind === LK.Track.Kind.Video) {
    element.setAttribute('playsinline', '');
    element.setAttribute('aria-label', `Відео: ${participant.name || 'учасник'}`);
    const tile = tileOf(participant);
    tile.classList.add('has-video');
    tile.prepend(element);
  } else {
    element.hidden = true;
    document.body.append(element);
  }
}

function detachTrack(track, participant) {
  for (const element of track.detach()) element.remove();
  if (track.kind === LK.Track.Kind.Video && participant) {
    document.getElementById(`tile-${participant.identity}`)?.classList.remove('has-video');
  }
}

function showCount() {
  if (!room) return;
  const others = room.remoteParticipants.size;
  setStatus(others === 0 ? 'Ви в кімнаті. Інших учасників поки немає.' : `Ви в кімнаті. Учасників, крім вас: ${others}.`, 'ok');
}

function setPressed(button, on) {
  if (!button) return;
  button.setAttribute('aria-pressed', on ? 'true' : 'false');
  button.classList.toggle('active', on);
}

async function toggle(button, enable) {
  button.disabled = true;
  try {
    const on = button.getAttribute('aria-pressed') !== 'true';
    await enable(on);
    setPressed(button, on);
  } catch (error) {
    setStatus(`Не вдалося ввімкнути пристрій: ${error?.message ?? error}. Дозвольте браузеру доступ до камери й мікрофона.`, 'error');
  } finally {
    button.disabled = false;
  }
}

function describe(error) {
  const message = String(error?.message ?? error ?? '');
  if (/signal|websocket|fetch|network|timeout|could not/i.test(message)) {
    return `відеосервер недоступний. Спробуйте ще раз за хвилину. Технічна причина: ${message}`;
  }
  if (/401|403|token|permission|unauthori/i.test(message)) {
    return `відеосервер не прийняв запрошення. Оновіть сторінку. Технічна причина: ${message}`;
  }
  return message || 'невідома помилка.';
}

async function connect() {
  retryButton.hidden = true;
  setStatus('Під\'єднання…');
  if (!LK) {
    setStatus('Не вдалося під\'єднатися до відео: бібліотеку відео не завантажено. Оновіть сторінку.', 'error');
    return;
  }
  let ticket;
  try {
    ticket = await fetchTicket(eventId, antiforgery);
  } catch (error) {
    setStatus(`Не вдалося під'єднатися до відео: ${error.message}`, 'error');
    retryButton.hidden = false;
    return;
  }

  room = new LK.Room({ adaptiveStream: true, dynacast: true });
  room
    .on(LK.RoomEvent.ParticipantConnected, (participant) => { tileOf(participant); showCount(); })
    .on(LK.RoomEvent.ParticipantDisconnected, (participant) => { removeTile(participant); showCount(); })
    .on(LK.RoomEvent.TrackSubscribed, (track, _publication, participant) => attachTrack(track, participant))
    .on(LK.RoomEvent.TrackUnsubscribed, (track, _publication, participant) => detachTrack(track, participant))
    .on(LK.RoomEvent.LocalTrackPublished, (publication) => {
      if (publication.track?.kind === LK.Track.Kind.Video) attachTrack(publication.track, room.localParticipant);
    })
    .on(LK.RoomEvent.LocalTrackUnpublished, (publication) => {
      if (publication.track) detachTrack(publication.track, room.localParticipant);
    })
    .on(LK.RoomEvent.AudioPlaybackStatusChanged, () => { audioButton.hidden = room.canPlaybackAudio; })
    .on(LK.RoomEvent.Reconnecting, () => setStatus('З\'єднання перервалося, відновлюємо…', 'warn'))
    .on(LK.RoomEvent.Reconnected, showCount)
    .on(LK.RoomEvent.Disconnected, (reason) => {
      stage.replaceChildren();
      for (const button of [micButton, cameraButton, leaveButton]) if (button) button.disabled = true;
      const ended = reason === LK.DisconnectReason?.ROOM_DELETED;
      setStatus(ended ? 'Ведучий завершив сесію.' : 'Ви вийшли з кімнати.', 'info');
      retryButton.hidden = false;
      room = null;
    });

  try {
    await room.connect(ticket.serverUrl, ticket.token);
  } catch (error) {
    setStatus(`Не вдалося під'єднатися до відео: ${describe(error)}`, 'error');
    retryButton.hidden = false;
    room = null;
    return;
  }

  for (const participant of room.remoteParticipants.values()) {
    tileOf(participant);
    for (const publication of participant.trackPublications.values()) {
      if (publication.track && publication.isSubscribed) attachTrack(publication.track, participant);
    }
  }
  audioButton.hidden = room.canPlaybackAudio;
  leaveButton.disabled = false;
  if (ticket.canPublish) {
    if (micButton) micButton.disabled = false;
    if (cameraButton) cameraButton.disabled = false;
  }
  showCount();
}

micButton?.addEventListener('click', () => toggle(micButton, (on) => room.localParticipant.setMicrophoneEnabled(on)));
cameraButton?.addEventListener('click', () => toggle(cameraButton, (on) => room.localParticipant.setCameraEnabled(on)));
audioButton.addEventListener('click', async () => {
  await room?.startAudio();
  audioButton.hidden = room?.canPlaybackAudio ?? true;
});
leaveButton.addEventListener('click', () => room?.disconnect());
retryButton.addEventListener('click', connect);
window.addEventListener('pagehide', () => room?.disconnect());

connect();
