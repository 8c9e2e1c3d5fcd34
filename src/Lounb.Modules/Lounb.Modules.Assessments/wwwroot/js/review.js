// After an attempt is finished its answers are on the server: the device's copy is no longer needed.
const match = location.pathname.match(/^\/attempts\/([0-9a-f-]{36})\/review/i);
if (match) {
  try { localStorage.removeItem(`lounb.attempt.${match[1]}`); } catch { /* storage unavailable */ }
}
