// The live panel's SignalR connection: calls that show the server's refusal, joining the event's room, and
// reconnecting (joining again, then resending what waits in the outbox).

/**
 * The refusal the server sent (a HubException) as { status, code, detail }, or null for a connection failure. A refused
 * call carries the error's problem as JSON ({ status, code, detail }); a plain message (the server's own) has neither.
 */
function problemOf(error) {
  const match = /HubException: ([\s\S]*)$/.exec(error?.message ?? '');
  if (!match) {
    return null;
  }
  const text = match[1].trim();
  try {
    const problem = JSON.parse(text);
    if (typeof problem?.detail === 'string') {
      return {
        status: typeof problem.status === 'number' ? problem.status : null,
        code: typeof problem.code === 'string' ? problem.code : null,
        detail: problem.detail,
      };
    }
  } catch {
    // not JSON: a plain message
  }
  return { status: null, code: null, detail: text };
}

/** A refusal for now (503: this node cannot reach the other nodes yet), after which the panel keeps trying. */
function isTemporary(problem) {
  return problem?.status === 503;
}

/** The Ukrainian message of a refusal the server sent, or null for a connection failure. */
export function refusalOf(error) {
  return problemOf(error)?.detail ?? null;
}

export function createConnection(hubUrl) {
  return new signalR.HubConnectionBuilder()
    .withUrl(hubUrl)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => [0, 2000, 5000, 10000][context.previousRetryCount] ?? 15000 })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
}

/** panel.call(method, …args): the hub's answer, or undefined after showing why it failed. */
export function setUpCall(panel) {
  panel.call = async (method, ...args) => {
    try {
      const result = await panel.connection.invoke(method, ...args);
      panel.hideError();
      return result;
    } catch (error) {
      panel.showError(refusalOf(error) ?? 'Немає з’єднання з сервером. Спробуйте ще раз за мить.');
      return undefined;
    }
  };
}

/** Starts the connection and keeps it: joins the room, applies its snapshot, and tries again while it is down. */
export function connect(panel, applySnapshot) {
  const { connection, eventId, state } = panel;

  async function join() {
    try {
      applySnapshot(await connection.invoke('JoinEvent', eventId));
    } catch (error) {
      const problem = problemOf(error);
      if (isTemporary(problem)) {
        // Refused for now (the server closes the connection): say why; start() or onclose tries again.
        state.temporaryRefusal = problem.detail;
      } else if (problem !== null) {
        // Not allowed in (not registered, the event is gone): say why and stop trying.
        state.refused = true;
        panel.chat.applyMuted();
        panel.setStatus('offline', problem.detail);
        panel.showError(problem.detail);
        await connection.stop();
      }
      throw error;
    }
    state.joined = true;
    state.temporaryRefusal = null;
    panel.setStatus('connected');
    await panel.compose.flush();
  }

  /** Offline, with the server's reason when it refused for now; another start in 5 s. */
  function retryLater() {
    panel.setStatus('offline', state.temporaryRefusal ?? undefined);
    setTimeout(start, 5000);
  }

  async function start() {
    if (connection.state !== signalR.HubConnectionState.Disconnected || state.refused) {
      return; // already connected or reconnecting by itself
    }
    panel.setStatus('connecting');
    try {
      await connection.start();
      await join();
    } catch {
      if (!state.refused && connection.state === signalR.HubConnectionState.Disconnected) {
        retryLater();
      } else if (!state.refused && !state.joined && connection.state === signalR.HubConnectionState.Connected) {
        await connection.stop(); // joining failed on the server's side: start over (onclose schedules it)
      }
    }
  }

  connection.onreconnecting(() => {
    state.joined = false;
    panel.setStatus('reconnecting');
  });
  connection.onreconnected(() => {
    // A new connection: groups are per connection, so join again (and resend what waits).
    join().catch(() => connection.stop());
  });
  connection.onclose(() => {
    state.joined = false;
    if (!state.refused) {
      retryLater();
    }
  });
  connection.on('presenceChanged', (presence) => { panel.ui.presence.textContent = String(presence.count); });

  start();
}
