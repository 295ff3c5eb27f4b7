import type { ConversationResponse, ConversationSummary, RenameConversationBody } from '../../../server/contracts/api';
import { ChatDoneSchema, ChatErrorSchema, ChatNoticeSchema, ChatTokenSchema, type ChatDone } from '../../../server/contracts/socket';
import { errorMessage, getJson, loadErrorMessage, sendJson } from '../api';
import { announce, fmtDate, fmtNumber, h, render } from '../dom';
import { createAssistantMessage, createUserMessage, type AssistantMessage } from '../components/message';
import { createProvisionPanel } from '../components/provisionPanel';
import { icon } from '../icons';
import { request, type AppSocket } from '../socket';

/** Same limit as ChatMessageInSchema; checked here so a huge paste gets a message instead of a round trip. */
const MAX_MESSAGE = 100_000;

const EXAMPLES = [
  'Wo regelt das NDIG elektronische Nachweise?',
  'Ist diese Formulierung digitaltauglich: „Der Antrag ist schriftlich zu stellen.“',
  '§ 3a Abs. 2 VwVfG',
];

interface Streaming {
  view: AssistantMessage;
  question: string;
  conversationId?: string;
  text: string;
  stopRequested: boolean;
  /** The chat:message request; its ack reports a failure. */
  requestId?: string;
}

export interface ChatView {
  el: HTMLElement;
  show(params: string[]): void;
}

export function createChatView(socket: AppSocket, navigate: (hash: string, opts?: { silent?: boolean }) => void): ChatView {
  let conversations: ConversationSummary[] = [];
  let activeId: string | null = null;
  let streaming: Streaming | null = null;
  /** A stopped answer waiting for the server's final (partial) chat:done. */
  let stopped: Streaming | null = null;
  let renamingId: string | null = null;
  /** Offline answers shown while the model's answer may still follow, by message id. */
  const awaitingModel = new Map<string, AssistantMessage>();

  const list = h('ul', { class: 'conv-list', attrs: { 'aria-label': 'Gespräche' } });
  const newConversation = () => h('button', { class: 'btn btn-primary', text: '+ Neues Gespräch', attrs: { type: 'button' }, on: { click: () => navigate('#/chat') } });
  // Beside Word the window is narrow: the list then slides over the chat on demand (the buttons show only there).
  const sidebarToggle = h('button', {
    class: 'btn btn-small narrow-only',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'conv-sidebar' },
  }, icon('menu'), 'Gespräche');
  const sidebarClose = h('button', { class: 'btn btn-small btn-ghost narrow-only', text: 'Schließen', attrs: { type: 'button', 'aria-label': 'Gesprächsliste schließen' } });
  const sidebar = h(
    'nav',
    // not "Gesprächsverlauf": that names the message log, and two regions of one name cannot be told apart
    { id: 'conv-sidebar', class: 'conv-sidebar', attrs: { 'aria-label': 'Frühere Gespräche' } },
    h('div', { class: 'conv-sidebar-head' }, newConversation(), sidebarClose),
    list,
  );

  const inner = h('div', { class: 'messages-inner', attrs: { role: 'log', 'aria-label': 'Gesprächsverlauf', 'aria-live': 'off' } });
  // a tab stop, so that keyboard users can scroll back through a long answer with the arrow keys
  const scroller = h('div', { class: 'messages', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Nachrichten' } }, inner);

  const input = h('textarea', {
    id: 'chat-input',
    attrs: {
      rows: 1,
      placeholder: 'Frage oder Formulierung eingeben …',
      'aria-describedby': 'chat-input-error chat-hint',
    },
  });
  const sendBtn = h('button', { class: 'btn btn-primary', text: 'Senden', attrs: { type: 'submit' } });
  // the accessible name contains the visible word, so that voice control ("Stopp klicken") finds the button
  const stopBtn = h('button', { class: 'btn', text: '■ Stopp', hidden: true, attrs: { type: 'button', 'aria-label': 'Stopp – Antwort anhalten' } });
  // One slot for input problems: they belong to the composer, not to the conversation, and must not pile up.
  const composerError = h('p', { id: 'chat-input-error', class: 'composer-error', hidden: true, attrs: { role: 'alert' } });
  const form = h(
    'form',
    { class: 'composer', attrs: { 'aria-label': 'Nachricht schreiben' } },
    composerError,
    h('div', { class: 'composer-inner' }, h('label', { class: 'visually-hidden', text: 'Ihre Nachricht', attrs: { for: 'chat-input' } }), input, stopBtn, sendBtn),
    h('p', { id: 'chat-hint', class: 'composer-hint', text: 'Enter sendet, Umschalt+Enter fügt eine neue Zeile ein. Antworten sind Prüfhinweise, keine Rechtsberatung.' }),
  );

  const toolbar = h('div', { class: 'chat-toolbar narrow-only' }, sidebarToggle, newConversation());
  const main = h('section', { class: 'chat-main', attrs: { 'aria-label': 'Chat' } }, toolbar, scroller, form);
  const layout = h('div', { class: 'chat-layout' });
  const panel = createProvisionPanel((open) => layout.classList.toggle('with-panel', open));
  layout.append(sidebar, main, panel.el);
  const el = h('div', { class: 'view', id: 'view-chat' }, layout);

  const setSidebarOpen = (open: boolean, opts: { returnFocus?: boolean } = {}) => {
    layout.classList.toggle('is-sidebar-open', open);
    sidebarToggle.setAttribute('aria-expanded', String(open));
    // the open conversation if listed, else "Neues Gespräch" (one selector list would take the first in the document)
    if (open) (sidebar.querySelector<HTMLElement>('.conv-item.is-active .conv-open') ?? sidebar.querySelector<HTMLElement>('.conv-sidebar-head .btn-primary'))?.focus();
    else if (opts.returnFocus) sidebarToggle.focus();
  };
  sidebarToggle.addEventListener('click', () => setSidebarOpen(!layout.classList.contains('is-sidebar-open')));
  sidebarClose.addEventListener('click', () => setSidebarOpen(false, { returnFocus: true }));
  // The list is a drawer only while its toggle shows (narrow window, chat on screen); the class alone may outlive
  // a resize or a change of page.
  const drawerOpen = () => layout.classList.contains('is-sidebar-open') && sidebarToggle.offsetParent !== null;
  // Escape anywhere closes the drawer first: it lies on top of the provision panel, which also closes on Escape.
  // Capturing keeps one key press from closing both; a rename in progress keeps Escape for itself.
  document.addEventListener(
    'keydown',
    (ev) => {
      if (ev.key !== 'Escape' || !drawerOpen() || renamingId) return;
      ev.stopPropagation();
      setSidebarOpen(false, { returnFocus: true });
    },
    true,
  );
  // A click or tap beside the drawer closes it and still does what it was aimed at (no backdrop swallows it). The
  // focus goes back to "Gespräche" unless the click put it on another tab stop (a click on empty space focuses <main>
  // or nothing).
  document.addEventListener('click', (ev) => {
    // the path as dispatched: a click inside may re-render the list and detach its target (e.g. "Umbenennen")
    const path = ev.composedPath();
    if (!drawerOpen() || path.includes(sidebar) || path.includes(sidebarToggle)) return;
    setSidebarOpen(false);
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused.tabIndex < 0 || sidebar.contains(focused)) sidebarToggle.focus({ preventScroll: true });
  });

  const openCitation = (c: Parameters<typeof panel.open>[0], trigger: HTMLElement) => void panel.open(c, trigger);

  // ------------------------------------------------------------ composer

  const autosize = () => {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 220)}px`;
  };
  const showInputError = (message: string | null) => {
    composerError.textContent = message ?? '';
    composerError.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  input.addEventListener('input', () => {
    autosize();
    if (!composerError.hidden) showInputError(null);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (streaming) return;
    if (!text) {
      showInputError('Bitte geben Sie eine Frage oder den Wortlaut einer Vorschrift ein.');
      input.focus();
      return;
    }
    if (text.length > MAX_MESSAGE) {
      showInputError(
        `Der Text ist mit ${fmtNumber(text.length)} Zeichen zu lang; möglich sind ${fmtNumber(MAX_MESSAGE)}. Kürzen Sie ihn oder prüfen Sie längere Entwürfe unter „Entwurf prüfen“.`,
      );
      input.focus();
      return;
    }
    input.value = '';
    autosize();
    send(text);
  });
  stopBtn.addEventListener('click', () => {
    if (!streaming) return;
    streaming.stopRequested = true;
    const id = streaming.conversationId;
    if (id) request(socket, 'chat:stop', { conversationId: id });
    streaming.view.markStopped();
    stopped = streaming;
    endStreaming();
    // A stopped new conversation still exists on the server once it has an id; make it the active one.
    if (id && !activeId) {
      activeId = id;
      navigate(`#/chat/${encodeURIComponent(id)}`, { silent: true });
    }
    void refreshList();
    announce('Antwort angehalten.');
  });

  const setStreamingUi = (on: boolean) => {
    sendBtn.disabled = on;
    stopBtn.hidden = !on;
  };

  const endStreaming = () => {
    streaming = null;
    setStreamingUi(false);
    input.focus();
  };

  const scrollToEnd = () => {
    scroller.scrollTop = scroller.scrollHeight;
  };

  function send(text: string): void {
    showInputError(null);
    stopped = null;
    inner.querySelector('.chat-welcome')?.remove();
    inner.append(createUserMessage(text));
    const view = createAssistantMessage(openCitation);
    inner.append(view.el);
    const turn: Streaming = { view, question: text, conversationId: activeId ?? undefined, text: '', stopRequested: false };
    streaming = turn;
    setStreamingUi(true);
    if (!socket.connected) {
      // socket.io keeps the message until it reconnects; without a word the answer would look stuck
      const waiting = h('p', { class: 'msg-waiting', attrs: { role: 'status' }, text: 'Keine Verbindung zum Server – die Frage wird gesendet, sobald die Verbindung wieder steht.' });
      view.el.append(waiting);
      socket.once('connect', () => waiting.remove());
    }
    scrollToEnd();
    turn.requestId = request(socket, 'chat:message', activeId ? { conversationId: activeId, text } : { text }, (ack) => {
      // an answer complete at once (offline) comes with the ack, shown as any answer that ends by chat:done
      if (ack.ok) {
        if (ack.answer) showAnswer(ack.answer);
        return;
      }
      // a failed request ends its answer, if that is still the one on screen
      if (streaming !== turn) return;
      turn.view.el.replaceWith(errorLine(ack.error.message, turn.question));
      endStreaming();
    });
  }

  /** Tokens and results for a conversation this view started; a new conversation adopts the server's id. */
  const ownsEvent = (conversationId: string | undefined): boolean =>
    !!streaming && (!streaming.conversationId || streaming.conversationId === conversationId);

  socket.on('chat:token', (payload) => {
    const p = ChatTokenSchema.safeParse(payload);
    if (!p.success || !ownsEvent(p.data.conversationId) || !streaming) return;
    if (!streaming.conversationId) {
      streaming.conversationId = p.data.conversationId;
      if (streaming.stopRequested) request(socket, 'chat:stop', { conversationId: p.data.conversationId });
    }
    streaming.text += p.data.delta;
    streaming.view.setStreamingText(streaming.text);
    const nearBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
    if (nearBottom) scrollToEnd();
  });

  socket.on('chat:done', (payload) => {
    const p = ChatDoneSchema.safeParse(payload);
    if (p.success) showAnswer(p.data);
  });

  /** A finished answer: by chat:done after its tokens, or whole with its request's ack. */
  function showAnswer(answer: ChatDone): void {
    if (answer.followUpTo) {
      // the model's late answer goes below the offline answer it follows, if that is on screen
      const offline = awaitingModel.get(answer.followUpTo);
      awaitingModel.delete(answer.followUpTo);
      if (offline?.el.isConnected) {
        const view = createAssistantMessage(openCitation);
        view.finalize(answer);
        offline.el.after(view.el);
        announce('Die Antwort des Sprachmodells ist eingetroffen.');
      }
      void refreshList();
      return;
    }
    if (stopped && (!stopped.conversationId || stopped.conversationId === answer.conversationId) && !streaming) {
      // The server stores and returns what was written before the stop, with its notice.
      stopped.view.finalize(answer);
      stopped = null;
      void refreshList();
      return;
    }
    if (!ownsEvent(answer.conversationId) || !streaming) return;
    const wasNew = !activeId;
    streaming.view.finalize(answer);
    if (answer.pending) awaitingModel.set(answer.messageId, streaming.view);
    endStreaming();
    announce('Antwort vollständig.');
    if (wasNew) {
      activeId = answer.conversationId;
      navigate(`#/chat/${encodeURIComponent(activeId)}`, { silent: true });
    }
    void refreshList();
  }

  socket.on('chat:notice', (payload) => {
    const p = ChatNoticeSchema.safeParse(payload);
    if (!p.success) return;
    awaitingModel.get(p.data.messageId)?.setNotice(p.data.notice);
  });

  socket.on('chat:error', (payload) => {
    const p = ChatErrorSchema.safeParse(payload);
    // errors of a request arrive with its ack (see send); this is for the server's own, such as an ended session
    if (!p.success || !streaming || p.data.requestId) return;
    const question = streaming.question;
    streaming.view.el.replaceWith(errorLine(p.data.message, question));
    endStreaming();
  });

  socket.on('disconnect', () => {
    if (!streaming) return;
    streaming.view.el.replaceWith(errorLine('Die Verbindung zum Server wurde unterbrochen.', streaming.question));
    endStreaming();
  });

  function errorLine(message: string, question: string): HTMLElement {
    const line = h(
      'div',
      { class: 'msg msg-error', attrs: { role: 'alert' } },
      h('span', { text: message }),
      h('button', {
        class: 'btn btn-small',
        text: 'Erneut versuchen',
        attrs: { type: 'button' },
        on: {
          click: () => {
            if (streaming) return;
            // The question is shown again by send(); drop the failed attempt's bubble to avoid duplicates.
            const prev = line.previousElementSibling;
            if (prev?.classList.contains('msg-user')) prev.remove();
            line.remove();
            send(question);
          },
        },
      }),
    );
    return line;
  }

  // ------------------------------------------------------------ conversations

  async function refreshList(): Promise<void> {
    try {
      conversations = await getJson<ConversationSummary[]>('/api/conversations');
    } catch (err) {
      render(list, h('li', { class: 'muted small', text: errorMessage(err) }));
      return;
    }
    renderList();
  }

  function renderList(): void {
    if (!conversations.length) {
      render(list, h('li', { class: 'empty-state small', text: 'Noch keine Gespräche.' }));
      return;
    }
    render(
      list,
      conversations.map((c) => {
        const active = c.id === activeId;
        const item = h('li', { class: active ? 'conv-item is-active' : 'conv-item', dataset: { conversationId: c.id } });
        if (renamingId === c.id) {
          item.append(renameForm(c));
          return item;
        }
        item.append(
          h(
            'button',
            {
              class: 'conv-open',
              attrs: { type: 'button', 'aria-current': active ? 'true' : false },
              on: {
                click: () => {
                  setSidebarOpen(false);
                  navigate(`#/chat/${encodeURIComponent(c.id)}`);
                  input.focus({ preventScroll: true });
                },
              },
            },
            h('span', { class: 'conv-title', text: c.title || 'Unbenanntes Gespräch' }),
            h('span', { class: 'conv-date', text: fmtDate(c.updatedAt) }),
          ),
        );
        if (active) {
          item.append(
            h(
              'div',
              { class: 'conv-actions' },
              h('button', {
                class: 'btn btn-small btn-ghost',
                text: 'Umbenennen',
                attrs: { type: 'button', 'aria-label': `Gespräch „${c.title}“ umbenennen` },
                on: {
                  click: () => {
                    renamingId = c.id;
                    renderList();
                  },
                },
              }),
              h('a', {
                class: 'btn btn-small btn-ghost',
                text: 'Export',
                attrs: {
                  href: `/api/conversations/${encodeURIComponent(c.id)}/export.md`,
                  download: '',
                  'aria-label': `Gespräch „${c.title}“ als Markdown exportieren`,
                },
              }),
              h('button', {
                class: 'btn btn-small btn-ghost btn-danger',
                text: 'Löschen',
                attrs: { type: 'button', 'aria-label': `Gespräch „${c.title}“ löschen` },
                on: { click: () => void remove(c) },
              }),
            ),
          );
        }
        return item;
      }),
    );
  }

  function renameForm(c: ConversationSummary): HTMLElement {
    const field = h('input', { attrs: { type: 'text', maxlength: 200, 'aria-label': 'Neuer Titel' } });
    field.value = c.title;
    const f = h(
      'form',
      { class: 'conv-rename' },
      field,
      h('button', { class: 'btn btn-small btn-primary', text: 'OK', attrs: { type: 'submit' } }),
    );
    const cancel = () => {
      renamingId = null;
      renderList();
    };
    field.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') cancel();
    });
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const body: RenameConversationBody = { title: field.value.trim() };
      if (!body.title) return cancel();
      try {
        await sendJson('PATCH', `/api/conversations/${encodeURIComponent(c.id)}`, body);
        renamingId = null;
        await refreshList();
      } catch (err) {
        announce(errorMessage(err));
      }
    });
    requestAnimationFrame(() => {
      field.focus();
      field.select();
    });
    return f;
  }

  async function remove(c: ConversationSummary): Promise<void> {
    if (!window.confirm(`Gespräch „${c.title}“ endgültig löschen?`)) return;
    try {
      await sendJson('DELETE', `/api/conversations/${encodeURIComponent(c.id)}`);
    } catch (err) {
      announce(errorMessage(err));
      return;
    }
    if (activeId === c.id) navigate('#/chat');
    await refreshList();
  }

  // ------------------------------------------------------------ message pane

  function showWelcome(): void {
    render(
      inner,
      h(
        'div',
        { class: 'chat-welcome' },
        h('h1', { text: 'Wie kann ich helfen?' }),
        h('p', {
          text: 'Fragen Sie nach Vorschriften zur digitalen Verwaltung oder fügen Sie eine Formulierung ein – der Assistent prüft sie auf Digitaltauglichkeit und belegt jede Aussage mit Quellen.',
        }),
        h(
          'div',
          { class: 'examples', attrs: { role: 'group', 'aria-label': 'Beispielfragen' } },
          EXAMPLES.map((q) =>
            h('button', {
              class: 'example-btn',
              text: q,
              attrs: { type: 'button' },
              on: { click: () => !streaming && send(q) },
            }),
          ),
        ),
      ),
    );
  }

  async function loadConversation(id: string): Promise<void> {
    render(inner, h('p', { class: 'muted', attrs: { role: 'status' }, text: 'Gespräch wird geladen …' }));
    let conv: ConversationResponse;
    try {
      conv = await getJson<ConversationResponse>(`/api/conversations/${encodeURIComponent(id)}`);
    } catch (err) {
      render(inner, h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, text: loadErrorMessage(err, 'Wählen Sie ein früheres Gespräch oder beginnen Sie ein neues.') }));
      return;
    }
    if (activeId !== id) return;
    render(
      inner,
      conv.messages.map((m) => {
        if (m.role === 'user') return createUserMessage(m.text);
        const view = createAssistantMessage(openCitation);
        view.finalize({ ...m, messageId: m.id, conversationId: conv.id, rules: conv.rules });
        return view.el;
      }),
    );
    if (!conv.messages.length) showWelcome();
    scrollToEnd();
  }

  function show(params: string[]): void {
    const id = params[0] ? decodeURIComponent(params[0]) : null;
    if (id !== activeId || !id) {
      // Switching away from a running answer keeps it running on the server; it is stored there.
      if (streaming && streaming.conversationId !== id) endStreaming();
      activeId = id;
      panel.close();
      setSidebarOpen(false);
      if (id) void loadConversation(id);
      else showWelcome();
    }
    renderList();
    void refreshList();
    input.focus({ preventScroll: true });
  }

  return { el, show };
}
