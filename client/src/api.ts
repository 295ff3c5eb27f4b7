/**
 * Fetch wrapper for the JSON API. Errors arrive as `{ error: { code, message } }` with a German message
 * that is shown as is; network failures get a German message of their own.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Fired on window when any API call answers 401, so the shell can show the login form; detail: the error code. */
export const AUTH_REQUIRED_EVENT = 'dc:auth-required';

async function toApiError(res: Response): Promise<ApiError> {
  let code = `http:${res.status}`;
  let message = `Der Server hat die Anfrage abgelehnt (Status ${res.status}).`;
  try {
    const body: unknown = await res.json();
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (err && typeof err.message === 'string') message = err.message;
    if (err && typeof err.code === 'string') code = err.code;
  } catch {
    // Non-JSON error bodies (proxy pages) keep the generic message.
  }
  if (res.status === 401) window.dispatchEvent(new CustomEvent(AUTH_REQUIRED_EVENT, { detail: code }));
  return new ApiError(res.status, code, message);
}

export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, 'network', 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.');
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await request(path, { headers: { accept: 'application/json' } });
  return (await res.json()) as T;
}

export async function sendJson<T = void>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const res = await request(path, {
    method,
    headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface UploadOptions {
  onProgress?: (loaded: number, total: number) => void;
  /** Fired once the request body is completely sent (server is processing). */
  onUploaded?: () => void;
}

/** Multipart upload with progress; fetch() cannot report upload progress, XMLHttpRequest can. */
export function upload<T>(path: string, form: FormData, opts: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) opts.onProgress?.(e.loaded, e.total);
    });
    xhr.upload.addEventListener('load', () => opts.onUploaded?.());
    xhr.addEventListener('error', () =>
      reject(new ApiError(0, 'network', 'Die Datei konnte nicht übertragen werden. Bitte prüfen Sie die Verbindung.')),
    );
    xhr.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
      if (xhr.status === 401) window.dispatchEvent(new CustomEvent(AUTH_REQUIRED_EVENT, { detail: err?.code }));
      reject(
        new ApiError(
          xhr.status,
          err?.code ?? `http:${xhr.status}`,
          err?.message ?? `Der Server hat die Datei abgelehnt (Status ${xhr.status}).`,
        ),
      );
    });
    xhr.send(form);
  });
}

/**
 * A missing conversation, review or job (deleted, or a link from another session): the server's message says what
 * is missing, `hint` says where to go instead.
 */
export function loadErrorMessage(err: unknown, hint: string): string {
  return err instanceof ApiError && err.status === 404 ? `${err.message} ${hint}` : errorMessage(err);
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Es ist ein unerwarteter Fehler aufgetreten. Bitte laden Sie die Seite neu und versuchen Sie es erneut.';
}
