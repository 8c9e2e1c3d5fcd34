// The ticket for this event's video room (LiveKit token or Jitsi JWT), shared by the room pages of both providers.

/** Asks the platform for the room ticket; throws with the platform's Ukrainian reason. */
export async function fetchTicket(eventId, antiforgery) {
  let response;
  try {
    response = await fetch(`/api/webinars/${eventId}/token`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-TOKEN': antiforgery, Accept: 'application/json' },
    });
  } catch {
    throw new Error('немає зв\'язку з платформою. Перевірте інтернет.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail ?? `платформа відповіла з помилкою ${response.status}.`);
  }
  return body;
}
