/** Records the fake server keeps, so tests can assert on exactly what the bot did. */
import type { APIMessage } from "discord.js";

export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string | null;
  data: Buffer;
  /** `data` decoded as UTF-8, for convenient assertions on text attachments. */
  text: string;
}

export interface RecordedRequest {
  seq: number;
  at: number;
  method: string;
  /** Path below the versioned API root, e.g. `/channels/123/messages`. */
  path: string;
  /** The matched route template, e.g. `/channels/:channelId/messages`; null for unknown routes. */
  route: string | null;
  query: Record<string, string>;
  /** JSON body, or the `payload_json` part of a multipart body; null when there was none. */
  body: unknown;
  files: RecordedFile[];
  /** Lower-cased request headers; the Authorization value is never recorded. */
  headers: Record<string, string>;
  auth: { present: boolean; scheme: string | null; valid: boolean };
  status: number;
  /** What the fake answered (null for 204). */
  response: unknown;
}

export interface InteractionCallbackRecord {
  interactionId: string;
  token: string;
  /** The interaction callback type (4 = reply, 5 = defer, 6 = deferUpdate, 7 = update, 8 = autocomplete, 9 = modal). */
  type: number;
  /** The callback's `data` (message payload, choices or modal). */
  data: unknown;
  files: RecordedFile[];
  request: RecordedRequest;
}

export interface WebhookRecord {
  /** The interaction token the webhook call used. */
  token: string;
  /** Message the call created/edited/fetched (null for deletes and unknown messages). */
  message: APIMessage | null;
  request: RecordedRequest;
}

export interface ChannelMessageRecord {
  channelId: string;
  message: APIMessage;
  request: RecordedRequest;
}

export interface GatewayConnectionRecord {
  id: number;
  /** Request path the client connected to; resumes should use the READY's `resume_gateway_url`. */
  path: string;
  query: Record<string, string>;
  openedAt: number;
  /** Heartbeats (op 1) received on this connection; each was ACKed with op 11. */
  heartbeats: number;
  closedAt: number | null;
  closeCode: number | null;
  closedBy: "client" | "server" | null;
}

export interface IdentifyRecord {
  sessionId: string;
  connectionId: number;
  intents: number;
  shard: [number, number] | null;
  properties: Record<string, unknown>;
  at: number;
}

export interface ResumeRecord {
  sessionId: string;
  connectionId: number;
  /** The sequence number the client said it had seen. */
  seq: number;
  /** How many dispatches were replayed before RESUMED. */
  replayed: number;
  path: string;
  at: number;
}

export interface DispatchRecord {
  sessionId: string;
  seq: number;
  t: string;
  d: unknown;
  /** False when the socket was down: the event waits in the session buffer for a RESUME. */
  sentImmediately: boolean;
}
