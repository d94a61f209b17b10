// Checks the shape of an incoming activity before the adapter sees it, so a malformed body gets a 400
// with a reason instead of an exception deep in the SDK.
export function activityProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'The body must be a JSON object (an activity).';
  const a = body as { type?: unknown; conversation?: unknown; serviceUrl?: unknown; channelId?: unknown; from?: unknown };
  if (typeof a.type !== 'string' || !a.type) return 'The activity has no "type".';
  const conv = a.conversation as { id?: unknown } | undefined;
  if (!conv || typeof conv !== 'object' || typeof conv.id !== 'string' || !conv.id) return 'The activity has no "conversation.id".';
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\//.test(a.serviceUrl)) return 'The activity has no valid "serviceUrl".';
  if (a.channelId !== undefined && typeof a.channelId !== 'string') return '"channelId" must be a string.';
  if (a.from !== undefined && (typeof a.from !== 'object' || a.from === null)) return '"from" must be an object.';
  return undefined;
}
