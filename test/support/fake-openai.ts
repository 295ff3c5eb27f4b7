import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small, real OpenAI-compatible HTTP server for tests: POST /v1/chat/completions (JSON and SSE streaming, usage,
 * response_format) and POST /v1/embeddings. Each test scripts the next answers (text, HTTP errors, slow or hanging
 * answers, invalid JSON, a connection dropped mid-stream) and can inspect every request the client sent.
 * Other test suites may reuse it (e.g. socket tests with an LLM configured).
 */

export type FakeReply =
  /**
   * A normal answer; streamed in `chunks` (default: word by word) when the client asks for a stream. `after`: the answer
   * waits for this promise, so that a test orders events without depending on how fast the machine is.
   */
  | { kind: 'text'; text: string; chunks?: string[]; delayMs?: number; chunkDelayMs?: number; after?: Promise<unknown>; usage?: false | { prompt: number; completion: number } }
  | { kind: 'error'; status: number; message?: string; headers?: Record<string, string> }
  /** Accepts the request and never answers (timeout tests). */
  | { kind: 'hang' }
  /** Streams the first `afterChunks` chunks of `text`, then destroys the connection. */
  | { kind: 'drop'; text: string; afterChunks: number };

export interface RecordedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface FakeOpenAIOptions {
  /** Request features answered with HTTP 400 like older vLLM / Ollama builds do. */
  rejectFeatures?: Array<'json_schema' | 'json_object' | 'stream_options' | 'temperature'>;
  /** Answer when nothing is scripted; gets the parsed request body. */
  fallback?: (body: any) => FakeReply;
  /** Listen on this port (a model server that comes back after it was killed); default: any free port. */
  port?: number;
}

export interface FakeOpenAI {
  /** Base URL including /v1, as OPENAI_BASE_URL expects it. */
  url: string;
  requests: RecordedRequest[];
  /** Chat-completion requests only. */
  chatRequests(): RecordedRequest[];
  /** Scripts the next chat-completion answers, in order. */
  enqueue(...replies: FakeReply[]): void;
  /** Most chat-completion requests that were open at the same time (concurrency limit tests). */
  maxInFlight(): number;
  close(): Promise<void>;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Splits text into word-sized chunks with their leading white space, as real servers stream tokens. */
export function wordChunks(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [text];
}

function promptText(body: any): string {
  return (body.messages ?? []).map((m: { content: unknown }) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
}

export async function startFakeOpenAI(opts: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const queue: FakeReply[] = [];
  const requests: RecordedRequest[] = [];
  const reject = new Set(opts.rejectFeatures ?? []);
  let inFlight = 0;
  let maxInFlight = 0;

  const sendJson = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const sendError = (res: http.ServerResponse, status: number, message: string, headers?: Record<string, string>) =>
    sendJson(res, status, { error: { message, type: status === 429 ? 'rate_limit_error' : 'invalid_request_error', code: null } }, headers);

  async function chat(body: any, res: http.ServerResponse) {
    const rf = body.response_format?.type as string | undefined;
    if (rf && reject.has(rf as 'json_schema')) return sendError(res, 400, `response_format type '${rf}' is not supported`);
    if (body.stream_options && reject.has('stream_options')) return sendError(res, 400, "Unrecognized request argument supplied: stream_options");
    if (body.temperature !== undefined && reject.has('temperature')) return sendError(res, 400, "Unsupported parameter: 'temperature'");

    const reply = queue.shift() ?? opts.fallback?.(body) ?? { kind: 'text', text: 'OK' };
    if (reply.kind === 'error') return sendError(res, reply.status, reply.message ?? `scripted error ${reply.status}`, reply.headers);
    if (reply.kind === 'hang') return; // the client's timeout (or close()) ends it
    const model = body.model ?? 'fake-model';
    const id = `chatcmpl-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);
    const text = reply.text;
    const usage =
      reply.kind === 'text' && reply.usage === false
        ? undefined
        : reply.kind === 'text' && reply.usage
          ? { prompt_tokens: reply.usage.prompt, completion_tokens: reply.usage.completion, total_tokens: reply.usage.prompt + reply.usage.completion }
          : { prompt_tokens: words(promptText(body)), completion_tokens: words(text), total_tokens: words(promptText(body)) + words(text) };
    if (reply.kind === 'text' && reply.delayMs) await sleep(reply.delayMs);
    if (reply.kind === 'text' && reply.after) await reply.after;
    if (res.destroyed) return;

    if (!body.stream) {
      if (reply.kind === 'drop') return res.destroy();
      return sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop', logprobs: null }],
        ...(usage ? { usage } : {}),
      });
    }

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const write = (data: unknown) => res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    });
    const parts = reply.kind === 'text' && reply.chunks ? reply.chunks : wordChunks(text);
    write(chunk({ role: 'assistant', content: '' }));
    for (const [i, part] of parts.entries()) {
      if (reply.kind === 'drop' && i >= reply.afterChunks) {
        await sleep(20); // let the client receive what was sent before the connection breaks
        return res.destroy();
      }
      write(chunk({ content: part }));
      if (reply.kind === 'text' && reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
      if (res.destroyed) return;
    }
    write(chunk({}, 'stop'));
    if (usage && body.stream_options?.include_usage) write({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });
    write('[DONE]');
    res.end();
  }

  function embeddings(body: any, res: http.ServerResponse) {
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    // Deterministic 8-dimensional vectors from character codes: equal texts give equal vectors.
    const data = inputs.map((text, index) => {
      const v = new Array(8).fill(0) as number[];
      for (let i = 0; i < text.length; i++) v[i % 8]! += text.charCodeAt(i) / 1000;
      const norm = Math.hypot(...v) || 1;
      const unit = v.map((x) => x / norm);
      // the openai client asks for base64 (little-endian float32) by default and decodes it itself
      const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(unit).buffer).toString('base64') : unit;
      return { object: 'embedding', index, embedding };
    });
    const tokens = inputs.reduce((n, t) => n + words(t), 0);
    sendJson(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
  }

  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        return sendError(res, 400, 'request body is not JSON');
      }
      const path = (req.url ?? '').split('?')[0]!;
      requests.push({ path, headers: req.headers, body });
      if (req.method === 'POST' && path === '/v1/chat/completions') {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        res.on('close', () => inFlight--);
        return void chat(body, res);
      }
      if (req.method === 'POST' && path === '/v1/embeddings') return embeddings(body, res);
      if (req.method === 'GET' && path === '/v1/models') return sendJson(res, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model' }] });
      sendError(res, 404, `no route ${req.method} ${path}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path === '/v1/chat/completions'),
    enqueue: (...replies) => queue.push(...replies),
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
