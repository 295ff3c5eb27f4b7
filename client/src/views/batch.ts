import { CATEGORY_LABELS, CATEGORY_CODES, PRINCIPLE_TITLES, type Category, type Principle, type Severity } from '../../../server/contracts/finding';
import type {
  BatchCreateBody,
  BatchJobResponse,
  HealthResponse,
  BatchJobSummary,
  BatchResultsQuery,
  BatchResultsResponse,
  LawListItem,
} from '../../../server/contracts/api';
import { BatchProgressSchema, BatchStatusSchema } from '../../../server/contracts/socket';
import { errorMessage, getJson, loadErrorMessage, sendJson, upload } from '../api';
import { announce, fmtDate, fmtNumber, h, render } from '../dom';
import { barChart } from '../components/charts';
import { icon } from '../icons';
import { quoteWithMatch, severityBadge } from '../components/findingCard';
import { JOB_STATUS_LABELS, SEVERITY_LABELS, SEVERITY_ORDER } from '../labels';
import { request, type AppSocket } from '../socket';

const POLL_MS = 3000;
const PAGE_SIZE = 50;
const LIST_LIMIT = 300;
const TERMINAL = new Set(['done', 'failed', 'cancelled']);

type Filter = Pick<BatchResultsQuery, 'sort' | 'dir'> & { q: string; category: '' | Category; principle: string; severity: '' | Severity; law: string; source: '' | 'Regel' | 'KI'; offset: number };

export function createBatchView(
  socket: AppSocket,
  navigate: (hash: string, opts?: { silent?: boolean }) => void,
  health: Promise<HealthResponse | null>,
) {
  let laws: LawListItem[] | null = null;
  const selected = new Set<string>();
  let job: BatchJobResponse | null = null;
  let pollTimer: number | undefined;
  /** Job whose final summary and results are on screen; a running job may already carry a partial summary. */
  let finishedShown: string | null = null;
  let filter: Filter = freshFilter();

  function freshFilter(): Filter {
    return { q: '', category: '', principle: '', severity: '', law: '', source: '', offset: 0, sort: 'law', dir: 'asc' };
  }

  // ------------------------------------------------------------ law picker

  const search = h('input', { id: 'law-search', attrs: { type: 'search', placeholder: 'Abkürzung oder Titel …', autocomplete: 'off' } });
  const jurisdiction = h(
    'select',
    { id: 'law-jur', attrs: { 'aria-label': 'Rechtsgebiet' } },
    h('option', { text: 'Bund und Land', attrs: { value: '' } }),
    h('option', { text: 'Nur Bund', attrs: { value: 'Bund' } }),
    h('option', { text: 'Nur Niedersachsen', attrs: { value: 'Niedersachsen' } }),
  );
  const selectAll = h('input', { id: 'law-all', attrs: { type: 'checkbox' } });
  const selectedCount = h('span', { class: 'muted', attrs: { 'aria-live': 'polite' } });
  const lawList = h('ul', { class: 'law-picker-list', attrs: { 'aria-label': 'Gesetze im Korpus' } });
  const nameInput = h('input', { id: 'batch-name', attrs: { type: 'text', maxlength: 200, placeholder: 'z. B. Sozialrecht Bund' } });
  const startBtn = h('button', { class: 'btn btn-primary', text: 'Screening starten', attrs: { type: 'submit' } });
  const allCorpusBtn = h('button', { class: 'btn', text: 'Gesamten Korpus prüfen', attrs: { type: 'button' } });
  const formError = h('div', { attrs: { role: 'alert' } });
  // reached through the visible "ZIP-Datei wählen" button; as a tab stop of its own it was invisible
  const zipInput = h('input', { id: 'batch-zip', class: 'visually-hidden', attrs: { type: 'file', tabindex: -1, accept: '.zip,application/zip' } });
  const zipName = h('span', { class: 'file-name', text: 'Keine Datei gewählt' });
  const zipPick = h('button', { class: 'btn', attrs: { type: 'button', 'aria-describedby': 'batch-zip-name' } }, icon('upload'), 'ZIP-Datei wählen …');
  zipName.id = 'batch-zip-name';
  zipPick.addEventListener('click', () => zipInput.click());
  zipInput.addEventListener('change', () => (zipName.textContent = zipInput.files?.[0]?.name ?? 'Keine Datei gewählt'));
  const zipBtn = h('button', { class: 'btn btn-primary', text: 'ZIP prüfen', attrs: { type: 'button' } });

  // Offered only when a model is configured; off by default because it sends law text out and costs time and tokens.
  const aiBox = h('input', { id: 'batch-ai', attrs: { type: 'checkbox', 'aria-describedby': 'batch-ai-hint' } });
  const aiHint = h('p', { id: 'batch-ai-hint', class: 'muted small' });
  const aiOption = h(
    'div',
    { class: 'field ai-option', hidden: true },
    h('label', { class: 'field-inline', attrs: { for: 'batch-ai' } }, aiBox, 'Zusätzlich KI-Prüfung durch das Sprachmodell'),
    aiHint,
  );
  void health.then((hz) => {
    if (!hz || hz.llm === 'none') return;
    aiHint.textContent =
      `Sendet die Vorschriften, zu denen die Regelprüfung Befunde hat, an das konfigurierte Sprachmodell (${hz.llm}) und dauert deutlich länger. ` +
      'Die Befunde des Modells werden mit „KI“ gekennzeichnet; der Token-Verbrauch je Gesetz steht in der Übersicht.';
    aiOption.hidden = false;
  });
  const aiChosen = () => !aiOption.hidden && aiBox.checked;

  const matching = (): LawListItem[] => {
    const q = search.value.trim().toLowerCase();
    const jur = jurisdiction.value;
    return (laws ?? []).filter(
      (l) =>
        l.kind !== 'guidance' &&
        (!jur || l.jurisdiction === jur) &&
        (!q || l.abbreviation.toLowerCase().includes(q) || l.title.toLowerCase().includes(q)),
    );
  };

  function renderLaws(): void {
    if (!laws) return;
    const items = matching();
    selectAll.checked = items.length > 0 && items.every((l) => selected.has(l.abbreviation));
    selectAll.indeterminate = !selectAll.checked && items.some((l) => selected.has(l.abbreviation));
    selectedCount.textContent = `${fmtNumber(selected.size)} ausgewählt`;
    render(
      lawList,
      items.slice(0, LIST_LIMIT).map((l) => {
        const id = `law-${l.abbreviation.replace(/[^\w-]/g, '_')}`;
        const cb = h('input', { id, attrs: { type: 'checkbox', value: l.abbreviation } });
        cb.checked = selected.has(l.abbreviation);
        cb.addEventListener('change', () => {
          if (cb.checked) selected.add(l.abbreviation);
          else selected.delete(l.abbreviation);
          renderLaws();
        });
        return h(
          'li',
          null,
          h(
            'label',
            { attrs: { for: id } },
            cb,
            h('span', { class: 'law-abbr', text: l.abbreviation }),
            h('span', { class: 'law-title', text: l.title, attrs: { title: l.title } }),
            l.excerpt ? h('span', { class: 'badge badge-excerpt', text: 'Auszug' }) : null,
          ),
        );
      }),
      items.length > LIST_LIMIT
        ? h('li', { class: 'muted small empty-state', text: `… und ${fmtNumber(items.length - LIST_LIMIT)} weitere. Bitte die Suche verfeinern; „Alle auswählen“ erfasst alle ${fmtNumber(items.length)} Treffer.` })
        : null,
      items.length ? null : h('li', { class: 'muted small empty-state', text: 'Kein Gesetz gefunden.' }),
    );
  }

  search.addEventListener('input', renderLaws);
  jurisdiction.addEventListener('change', renderLaws);
  selectAll.addEventListener('change', () => {
    for (const l of matching()) {
      if (selectAll.checked) selected.add(l.abbreviation);
      else selected.delete(l.abbreviation);
    }
    renderLaws();
  });

  // an administrator imported or deleted a law: the picker shows the new corpus
  socket.on('corpus:changed', () => {
    laws = null;
    if (!el.hidden) void loadLaws();
  });

  async function loadLaws(): Promise<void> {
    if (laws) return;
    render(lawList, h('li', { class: 'muted small empty-state', text: 'Korpus wird geladen …' }));
    try {
      laws = await getJson<LawListItem[]>('/api/laws');
    } catch (err) {
      render(lawList, h('li', { class: 'error-text small empty-state', text: errorMessage(err) }));
      return;
    }
    renderLaws();
  }

  async function startJob(payload: BatchCreateBody | FormData): Promise<void> {
    render(formError);
    startBtn.disabled = allCorpusBtn.disabled = zipBtn.disabled = true;
    try {
      const res =
        payload instanceof FormData
          ? await upload<{ jobId: string }>('/api/batch', payload)
          : await sendJson<{ jobId: string }>('POST', '/api/batch', payload);
      announce('Screening gestartet.');
      revealJob = true;
      navigate(`#/screening/${encodeURIComponent(res.jobId)}`);
    } catch (err) {
      render(formError, h('p', { class: 'alert alert-error', text: errorMessage(err) }));
    } finally {
      startBtn.disabled = allCorpusBtn.disabled = zipBtn.disabled = false;
    }
  }

  const name = () => nameInput.value.trim() || undefined;
  const pickForm = h(
    'form',
    { class: 'stack', attrs: { 'aria-labelledby': 'batch-pick-heading' } },
    h('div', { class: 'field' }, h('label', { text: 'Suchen', attrs: { for: 'law-search' } }), search),
    jurisdiction,
    h('div', { class: 'picker-tools' }, h('label', { class: 'field-inline', attrs: { for: 'law-all' } }, selectAll, 'Alle auswählen'), selectedCount),
    lawList,
    h('div', { class: 'field' }, h('label', { text: 'Bezeichnung (optional)', attrs: { for: 'batch-name' } }), nameInput),
    aiOption,
    formError,
    h('div', { class: 'picker-tools' }, startBtn, allCorpusBtn),
  );
  pickForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!selected.size) {
      render(formError, h('p', { class: 'alert alert-error', text: 'Bitte wählen Sie mindestens ein Gesetz aus.' }));
      return;
    }
    void startJob({ laws: [...selected], name: name(), ...(aiChosen() ? { ai: true } : {}) });
  });
  allCorpusBtn.addEventListener('click', () => {
    const n = laws ? laws.filter((l) => l.kind !== 'guidance').length : 0;
    if (!window.confirm(`Alle ${fmtNumber(n)} Gesetze des Korpus prüfen? Das kann einige Minuten dauern.`)) return;
    void startJob({ laws: 'all', name: name() ?? 'Gesamter Korpus', ...(aiChosen() ? { ai: true } : {}) });
  });
  zipBtn.addEventListener('click', () => {
    const file = zipInput.files?.[0];
    if (!file) {
      render(formError, h('p', { class: 'alert alert-error', text: 'Bitte wählen Sie zuerst eine ZIP-Datei aus.' }));
      return;
    }
    if (!file.name.toLowerCase().endsWith('.zip')) {
      render(formError, h('p', { class: 'alert alert-error', text: 'Bitte laden Sie eine ZIP-Datei mit Gesetzestexten (.md oder .txt) hoch.' }));
      return;
    }
    const form = new FormData();
    const n = name();
    if (n) form.append('name', n);
    if (aiChosen()) form.append('ai', 'true');
    form.append('file', file, file.name);
    void startJob(form);
  });

  // ------------------------------------------------------------ job list

  const jobList = h('ul', { class: 'history-list' });
  async function refreshJobs(): Promise<void> {
    let jobs: BatchJobSummary[];
    try {
      jobs = await getJson<BatchJobSummary[]>('/api/batch');
    } catch (err) {
      render(jobList, h('li', { class: 'error-text small', text: errorMessage(err) }));
      return;
    }
    if (!jobs.length) {
      render(jobList, h('li', { class: 'muted small', text: 'Noch keine Aufträge in dieser Sitzung.' }));
      return;
    }
    render(
      jobList,
      jobs.map((j) =>
        h(
          'li',
          { dataset: { jobId: j.id } },
          h(
            'button',
            {
              class: 'history-open',
              attrs: { type: 'button', 'aria-current': job?.id === j.id ? 'true' : false },
              on: {
                click: () => {
                  if (job?.id === j.id) return revealJobPanel();
                  revealJob = true;
                  navigate(`#/screening/${encodeURIComponent(j.id)}`);
                },
              },
            },
            h('span', { class: 'title', text: j.name }),
            h('span', { class: 'meta', text: `${fmtDate(j.createdAt)} · ${JOB_STATUS_LABELS[j.status]} · ${fmtNumber(j.done)}/${fmtNumber(j.total)}${j.ai ? ' · mit KI' : ''}` }),
          ),
          h('button', {
            class: 'btn btn-small btn-ghost btn-danger',
            text: TERMINAL.has(j.status) ? 'Löschen' : 'Abbrechen',
            attrs: { type: 'button', 'aria-label': `Auftrag „${j.name}“ ${TERMINAL.has(j.status) ? 'löschen' : 'abbrechen'}` },
            on: { click: () => void removeJob(j) },
          }),
        ),
      ),
    );
  }

  async function removeJob(j: BatchJobSummary): Promise<void> {
    const verb = TERMINAL.has(j.status) ? 'löschen' : 'abbrechen';
    if (!window.confirm(`Auftrag „${j.name}“ ${verb}?`)) return;
    try {
      await sendJson('DELETE', `/api/batch/${encodeURIComponent(j.id)}`);
    } catch (err) {
      announce(errorMessage(err));
      return;
    }
    if (job?.id === j.id && TERMINAL.has(j.status)) {
      job = null;
      stopPolling();
      render(jobPanel, emptyJob());
      navigate('#/screening', { silent: true });
    } else if (job?.id === j.id) {
      void refreshJob();
    }
    void refreshJobs();
  }

  // ------------------------------------------------------------ current job

  const jobPanel = h('div', { class: 'job-panel' });
  /** Set by the user's own start or history click, so that opening the job brings it into view (not on a plain reload). */
  let revealJob = false;
  /** The start and history buttons sit low in the left column; without this the job's progress stays scrolled out of view. */
  function revealJobPanel(): void {
    jobPanel.scrollIntoView({ block: 'start' });
    jobPanel.querySelector<HTMLElement>('#job-heading')?.focus({ preventScroll: true });
  }
  const progressBar = h('div', { class: 'progress-bar' });
  const progress = h(
    'div',
    { class: 'progress progress-lg', attrs: { role: 'progressbar', 'aria-label': 'Fortschritt des Screenings', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 } },
    progressBar,
  );
  const progressText = h('span', { class: 'progress-text' });
  const statusBadge = h('span', { class: 'badge job-status-badge' });
  const cancelBtn = h('button', {
    class: 'btn btn-small',
    text: 'Abbrechen',
    attrs: { type: 'button' },
    on: { click: () => job && void removeJob(job) },
  });
  const statusMessage = h('p', { class: 'small', attrs: { role: 'status' } });
  const summaryArea = h('div');
  const resultsArea = h('div');

  const emptyJob = () =>
    h(
      'div',
      { class: 'panel section empty-state' },
      h('h2', { text: 'Noch kein Auftrag gewählt' }),
      h('p', { text: 'Wählen Sie unter „Gesetze auswählen“ Gesetze aus dem Korpus oder laden Sie eine ZIP-Datei hoch. Fortschritt, Diagramme und die Ergebnistabelle erscheinen hier.' }),
    );
  render(jobPanel, emptyJob());

  function setProgress(done: number, total: number): void {
    if (!job) return;
    job.done = done;
    job.total = total;
    const pct = total ? Math.round((done / total) * 100) : job.status === 'done' ? 100 : 0;
    progressBar.style.width = `${pct}%`;
    progress.setAttribute('aria-valuenow', String(pct));
    progress.setAttribute('aria-valuetext', `${pct} %`);
    progressText.textContent = `${fmtNumber(done)} von ${fmtNumber(total)} Gesetzen · ${pct} %`;
  }

  const queuedAt = (position: number | undefined) => (position ? `Wartet auf einen freien Prüfplatz: Platz ${fmtNumber(position)} in der Warteschlange.` : undefined);

  function setStatus(status: BatchJobResponse['status'], message?: string): void {
    if (!job) return;
    job.status = status;
    statusBadge.textContent = JOB_STATUS_LABELS[status];
    statusBadge.className = `badge job-status-badge status-${status}`;
    statusMessage.textContent = message ?? '';
    cancelBtn.hidden = TERMINAL.has(status);
    progress.classList.toggle('is-done', status === 'done');
    progress.classList.toggle('is-failed', status === 'failed' || status === 'cancelled');
    if (status === 'done') setProgress(job.total, job.total);
  }

  function stopPolling(): void {
    if (pollTimer !== undefined) window.clearInterval(pollTimer);
    pollTimer = undefined;
  }

  async function refreshJob(): Promise<void> {
    if (!job) return;
    const id = job.id;
    let fresh: BatchJobResponse;
    try {
      fresh = await getJson<BatchJobResponse>(`/api/batch/${encodeURIComponent(id)}`);
    } catch (err) {
      if (job?.id === id) statusMessage.textContent = errorMessage(err);
      return;
    }
    if (job?.id !== id) return;
    job = { ...fresh, done: Math.max(fresh.done, job.done) };
    setStatus(fresh.status, fresh.message ?? queuedAt(fresh.position));
    setProgress(job.done, fresh.total);
    if (TERMINAL.has(fresh.status)) {
      stopPolling();
      showFinished();
    }
  }

  socket.on('batch:progress', (payload) => {
    const p = BatchProgressSchema.safeParse(payload);
    if (!p.success || p.data.jobId !== job?.id) return;
    if (job.status === 'queued') setStatus('running');
    setProgress(Math.max(p.data.done, job.done), p.data.total);
  });
  socket.on('batch:status', (payload) => {
    const p = BatchStatusSchema.safeParse(payload);
    if (!p.success || p.data.jobId !== job?.id) return;
    setStatus(p.data.status, p.data.message);
    if (TERMINAL.has(p.data.status)) {
      announce(`Screening ${JOB_STATUS_LABELS[p.data.status].toLowerCase()}.`);
      void refreshJob();
    }
  });
  /** Progress events of one job; when the server refuses, polling (started with the job panel) carries on. */
  function subscribe(id: string): void {
    request(socket, 'batch:subscribe', { jobId: id }, (ack) => {
      if (!ack.ok && job?.id === id && !TERMINAL.has(job.status)) statusMessage.textContent = ack.error.message;
    });
  }
  socket.on('connect', () => {
    // Rooms do not survive a reconnect; subscribe again.
    if (job && !TERMINAL.has(job.status)) subscribe(job.id);
  });

  async function openJob(id: string): Promise<void> {
    stopPolling();
    filter = freshFilter();
    render(jobPanel, h('p', { class: 'muted', attrs: { role: 'status' }, text: 'Auftrag wird geladen …' }));
    subscribe(id);
    let fresh: BatchJobResponse;
    try {
      fresh = await getJson<BatchJobResponse>(`/api/batch/${encodeURIComponent(id)}`);
    } catch (err) {
      render(jobPanel, h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, text: loadErrorMessage(err, 'Starten Sie ein neues Screening oder öffnen Sie einen Auftrag unter „Frühere Aufträge“.') }));
      return;
    }
    job = fresh;
    finishedShown = null;
    render(summaryArea);
    render(resultsArea);
    render(
      jobPanel,
      h(
        'section',
        { class: 'panel section', attrs: { 'aria-labelledby': 'job-heading' } },
        h(
          'div',
          { class: 'job-status' },
          h('h2', { id: 'job-heading', text: fresh.name, attrs: { tabindex: -1 } }),
          statusBadge,
          fresh.ai ? h('span', { class: 'badge badge-ki', text: 'mit KI-Prüfung' }) : null,
          h('span', { class: 'muted small', text: `gestartet ${fmtDate(fresh.createdAt)}` }),
          h('span', { class: 'spacer' }),
          cancelBtn,
        ),
        progress,
        h('div', { class: 'small muted' }, progressText),
        statusMessage,
        fresh.notices?.length
          ? h('div', { class: 'alert alert-warn', attrs: { role: 'status' } }, h('ul', null, fresh.notices.map((n) => h('li', { text: n }))))
          : null,
        summaryArea,
      ),
      resultsArea,
    );
    setStatus(fresh.status, fresh.message ?? queuedAt(fresh.position));
    setProgress(fresh.done, fresh.total);
    if (revealJob) {
      revealJob = false;
      revealJobPanel();
    }
    if (TERMINAL.has(fresh.status)) {
      showFinished();
    } else {
      // Socket events drive the bar; polling is the fallback when events are lost (proxy, reconnect).
      pollTimer = window.setInterval(() => void refreshJob(), POLL_MS);
    }
    void refreshJobs();
  }

  function showFinished(): void {
    if (!job || finishedShown === job.id) return;
    finishedShown = job.id;
    renderSummary();
    void loadResults();
    void refreshJobs();
  }

  function renderSummary(): void {
    const s = job?.summary;
    if (!job || !s) {
      render(summaryArea);
      return;
    }
    const cats = Object.entries(s.byCategory)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => ({ label: CATEGORY_LABELS[c as Category] ?? c, value: n }));
    const principles = ([1, 2, 3, 4, 5] as Principle[]).map((p) => ({
      label: `Prinzip ${p}`,
      title: `Prinzip ${p}: ${PRINCIPLE_TITLES[p]}`,
      value: s.byPrinciple[String(p)] ?? 0,
    }));
    const top = [...s.byLaw]
      .sort((a, b) => b.findings - a.findings)
      .slice(0, 10)
      .map((l) => ({ label: l.law, title: `${l.law} – ${l.title}`, value: l.findings }));
    const kpi = (value: string, label: string) => h('div', { class: 'kpi' }, h('div', { class: 'kpi-value', text: value }), h('div', { class: 'kpi-label', text: label }));
    render(
      summaryArea,
      h(
        'div',
        { class: 'kpis' },
        kpi(fmtNumber(s.laws), 'Gesetze'),
        kpi(fmtNumber(s.provisions), 'Vorschriften'),
        kpi(fmtNumber(s.findings), 'Befunde'),
        kpi(`${s.seconds.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s`, 'Laufzeit'),
        s.ai ? kpi(fmtNumber(s.ai.findings), 'davon KI-Befunde') : null,
        s.ai ? kpi(fmtNumber(s.ai.prompt + s.ai.completion), `Tokens${s.ai.estimated ? ' (teils geschätzt)' : ''}`) : null,
      ),
      s.ai ? aiUsage(s.ai) : null,
    );
    resultsArea.replaceChildren(
      h(
        'div',
        { class: 'charts', attrs: { role: 'group', 'aria-label': 'Diagramme' } },
        barChart('Befunde je Kategorie', cats, { emptyText: 'Keine Befunde.' }),
        barChart('Befunde je Prinzip', principles),
        barChart('Gesetze mit den meisten Befunden', top, { emptyText: 'Keine Befunde.' }),
      ),
      resultsSection,
    );
    buildResultFilters();
  }

  /** Token bill of the AI review per law and in total, and the notices of the model. */
  function aiUsage(ai: NonNullable<NonNullable<BatchJobResponse['summary']>['ai']>): HTMLElement {
    const num = (n: number) => h('td', { class: 'num', text: fmtNumber(n) });
    return h(
      'section',
      { class: 'ai-usage', attrs: { 'aria-labelledby': 'ai-usage-heading' } },
      h('h3', { id: 'ai-usage-heading', text: 'KI-Prüfung: Token-Verbrauch' }),
      ai.notices.length
        ? h(
            'div',
            { class: 'alert alert-warn ai-notices', attrs: { role: 'note' } },
            h('strong', { text: 'Hinweise zur KI-Prüfung' }),
            h('ul', null, ai.notices.map((n) => h('li', null, h('strong', { text: `${n.law}: ` }), n.message))),
          )
        : null,
      ai.byLaw.length
        ? h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'results ai-usage-table' },
              h('caption', { class: 'visually-hidden', text: 'Token-Verbrauch der KI-Prüfung je Gesetz' }),
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  ['Gesetz', 'Vorschriften an das Modell', 'KI-Befunde', 'Prompt-Tokens', 'Completion-Tokens'].map((t) => h('th', { text: t, attrs: { scope: 'col' } })),
                ),
              ),
              h(
                'tbody',
                null,
                ai.byLaw.map((l) =>
                  h('tr', null, h('td', null, h('strong', { text: l.law }), h('div', { class: 'muted small law-cell-title', text: l.title })), num(l.provisions), num(l.findings), num(l.prompt), num(l.completion)),
                ),
              ),
              h(
                'tfoot',
                null,
                h('tr', null, h('th', { text: 'Summe', attrs: { scope: 'row' } }), num(ai.byLaw.reduce((n, l) => n + l.provisions, 0)), num(ai.findings), num(ai.prompt), num(ai.completion)),
              ),
            ),
          )
        : h('p', { class: 'muted small', text: 'Kein Gesetz hatte Regelbefunde; an das Sprachmodell ging nichts.' }),
    );
  }

  // ------------------------------------------------------------ results table

  const tableBody = h('tbody');
  const resultsCount = h('span', { class: 'muted small', attrs: { role: 'status' } });
  const pager = h('div', { class: 'pager' });
  const resultFilters = h('div', { class: 'filters', attrs: { role: 'search', 'aria-label': 'Ergebnisse filtern' } });
  const sortButtons = new Map<Filter['sort'], HTMLButtonElement>();
  const sortableTh = (label: string, key: Filter['sort']) => {
    const btn = h('button', { class: 'sort-btn', attrs: { type: 'button' } }, label, h('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' } }));
    btn.addEventListener('click', () => {
      filter.dir = filter.sort === key && filter.dir === 'asc' ? 'desc' : 'asc';
      filter.sort = key;
      filter.offset = 0;
      void loadResults();
    });
    sortButtons.set(key, btn);
    return h('th', { attrs: { scope: 'col' }, dataset: { sort: key } }, btn);
  };
  const exportLinks = h('div', { class: 'actions', attrs: { role: 'group', 'aria-label': 'Export' } });
  /** "Regel" or "KI": a column only for jobs with AI review. */
  const sourceTh = h('th', { text: 'Quelle', attrs: { scope: 'col' }, hidden: true });
  const columns = () => (job?.ai ? 7 : 6);
  const resultsSection = h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': 'results-heading' } },
    h('div', { class: 'pane-head' }, h('h2', { id: 'results-heading', text: 'Ergebnisse' }), resultsCount, h('span', { class: 'spacer' }), exportLinks),
    resultFilters,
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'results' },
        h('caption', { class: 'visually-hidden', text: 'Befunde des Screenings; Spalten Gesetz, Kategorie und Schwere sind sortierbar.' }),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            sortableTh('Gesetz', 'law'),
            h('th', { text: 'Fundstelle', attrs: { scope: 'col' } }),
            sortableTh('Kategorie', 'category'),
            h('th', { text: 'Prinzip', attrs: { scope: 'col' } }),
            sortableTh('Schwere', 'severity'),
            sourceTh,
            h('th', { text: 'Textstelle und Erläuterung', attrs: { scope: 'col' } }),
          ),
        ),
        tableBody,
      ),
    ),
    h('div', { class: 'section' }, pager),
  );

  function buildResultFilters(): void {
    if (!job) return;
    const base = `/api/batch/${encodeURIComponent(job.id)}`;
    render(
      exportLinks,
      h('a', { class: 'btn btn-small', text: 'CSV', attrs: { href: `${base}/export.csv`, download: '' } }),
      h('a', { class: 'btn btn-small', text: 'XLSX', attrs: { href: `${base}/export.xlsx`, download: '' } }),
    );
    const q = h('input', { id: 'bf-q', attrs: { type: 'search', placeholder: 'Volltext …' } });
    q.value = filter.q;
    let debounce: number | undefined;
    q.addEventListener('input', () => {
      window.clearTimeout(debounce);
      debounce = window.setTimeout(() => {
        filter.q = q.value.trim();
        filter.offset = 0;
        void loadResults();
      }, 250);
    });
    const sel = (id: string, label: string, options: [string, string][], get: () => string, set: (v: string) => void) => {
      const s = h('select', { id }, options.map(([v, l]) => h('option', { text: l, attrs: { value: v } })));
      s.value = get();
      s.addEventListener('change', () => {
        set(s.value);
        filter.offset = 0;
        void loadResults();
      });
      return h('div', { class: 'field' }, h('label', { text: label, attrs: { for: id } }), s);
    };
    sourceTh.hidden = !job.ai;
    const lawOptions = (job.summary?.byLaw ?? []).map((l) => [l.law, l.law] as [string, string]).sort((a, b) => a[0].localeCompare(b[0], 'de'));
    render(
      resultFilters,
      h('div', { class: 'field' }, h('label', { text: 'Suche', attrs: { for: 'bf-q' } }), q),
      sel('bf-cat', 'Kategorie', [['', 'Alle'], ...CATEGORY_CODES.map((c) => [c, CATEGORY_LABELS[c]] as [string, string])], () => filter.category, (v) => (filter.category = v as Filter['category'])),
      sel('bf-pr', 'Prinzip', [['', 'Alle'], ...([1, 2, 3, 4, 5] as Principle[]).map((p) => [String(p), `Prinzip ${p}`] as [string, string])], () => filter.principle, (v) => (filter.principle = v)),
      sel('bf-sev', 'Schwere', [['', 'Alle'], ...SEVERITY_ORDER.map((s) => [s, SEVERITY_LABELS[s]] as [string, string])], () => filter.severity, (v) => (filter.severity = v as Filter['severity'])),
      sel('bf-law', 'Gesetz', [['', 'Alle'], ...lawOptions], () => filter.law, (v) => (filter.law = v)),
      job.ai ? sel('bf-src', 'Quelle', [['', 'Alle'], ['Regel', 'Regelprüfung'], ['KI', 'KI-Prüfung']], () => filter.source, (v) => (filter.source = v as Filter['source'])) : null,
    );
  }

  let resultsSeq = 0;
  async function loadResults(): Promise<void> {
    if (!job) return;
    const mine = ++resultsSeq;
    const params = new URLSearchParams({ offset: String(filter.offset), limit: String(PAGE_SIZE), sort: filter.sort, dir: filter.dir });
    for (const k of ['q', 'category', 'principle', 'severity', 'law', 'source'] as const) if (filter[k]) params.set(k, filter[k]);
    tableBody.setAttribute('aria-busy', 'true');
    let res: BatchResultsResponse;
    try {
      res = await getJson<BatchResultsResponse>(`/api/batch/${encodeURIComponent(job.id)}/results?${params}`);
    } catch (err) {
      if (mine === resultsSeq) render(tableBody, h('tr', null, h('td', { attrs: { colspan: columns() }, class: 'error-text', text: errorMessage(err) })));
      return;
    } finally {
      if (mine === resultsSeq) tableBody.removeAttribute('aria-busy');
    }
    if (mine !== resultsSeq) return;
    for (const [key, btn] of sortButtons) {
      const th = btn.parentElement!;
      const active = key === filter.sort;
      th.setAttribute('aria-sort', active ? (filter.dir === 'asc' ? 'ascending' : 'descending') : 'none');
      btn.querySelector('.arrow')!.textContent = active ? (filter.dir === 'asc' ? '▲' : '▼') : '↕';
    }
    const to = Math.min(filter.offset + res.rows.length, res.total);
    // "0–0 von 0 Befunden" read like a fault; an empty selection says so
    resultsCount.textContent = res.total
      ? `${fmtNumber(filter.offset + 1)}–${fmtNumber(to)} von ${fmtNumber(res.total)} Befunden`
      : 'Keine Befunde';
    render(
      tableBody,
      res.rows.length
        ? res.rows.map((r) =>
            h(
              'tr',
              null,
              h('td', null, h('strong', { text: r.law }), h('div', { class: 'muted small law-cell-title', text: r.title })),
              h('td', { text: r.ref }),
              h('td', { text: CATEGORY_LABELS[r.category] }),
              h('td', { text: String(r.principle), attrs: { title: PRINCIPLE_TITLES[r.principle] } }),
              h('td', null, severityBadge(r.severity)),
              job?.ai ? h('td', { class: 'cell-source' }, h('span', { class: `badge${r.source === 'KI' ? ' badge-ki' : ''}`, text: r.source })) : null,
              h(
                'td',
                { class: 'cell-sentence' },
                h('div', null, quoteWithMatch(r.sentence || r.match, r.match)),
                h(
                  'details',
                  { class: 'cell-details' },
                  h('summary', { text: 'Details' }),
                  h('p', { class: 'small', text: r.explanation }),
                  r.suggestion ? h('p', { class: 'small' }, h('strong', { text: 'Vorschlag: ' }), r.suggestion) : null,
                  r.legalBasis.length ? h('p', { class: 'small' }, h('strong', { text: 'Rechtsgrundlage: ' }), r.legalBasis.join('; ')) : null,
                  r.amendment ? h('p', { class: 'small' }, h('strong', { text: 'Änderungsbefehl: ' }), r.amendment) : null,
                ),
              ),
            ),
          )
        : h('tr', null, h('td', { attrs: { colspan: columns() }, class: 'empty-state', text: job.status === 'done' ? 'Keine Befunde für diese Auswahl.' : 'Noch keine Ergebnisse.' })),
    );
    const prev = h('button', { class: 'btn btn-small', text: '‹ Zurück', attrs: { type: 'button' } });
    const next = h('button', { class: 'btn btn-small', text: 'Weiter ›', attrs: { type: 'button' } });
    prev.disabled = filter.offset === 0;
    next.disabled = filter.offset + PAGE_SIZE >= res.total;
    prev.addEventListener('click', () => {
      filter.offset = Math.max(0, filter.offset - PAGE_SIZE);
      void loadResults();
    });
    next.addEventListener('click', () => {
      filter.offset += PAGE_SIZE;
      void loadResults();
    });
    const pages = Math.max(1, Math.ceil(res.total / PAGE_SIZE));
    render(pager, prev, h('span', { text: `Seite ${fmtNumber(Math.floor(filter.offset / PAGE_SIZE) + 1)} von ${fmtNumber(pages)}` }), next);
  }

  // ------------------------------------------------------------ page

  const el = h(
    'div',
    { class: 'view', id: 'view-screening' },
    h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-head' }, h('div', null, h('h1', { text: 'Normenscreening' }), h('p', { text: 'Ganze Rechtsbereiche auf Digitalisierungshindernisse durchsuchen – mit Fortschritt, Diagrammen und exportierbarer Ergebnistabelle.' }))),
      h(
        'div',
        { class: 'batch-grid' },
        h(
          'div',
          null,
          h(
            'section',
            { class: 'panel section' },
            h('h2', { id: 'batch-pick-heading', text: 'Gesetze auswählen' }),
            pickForm,
            h('div', { class: 'or-divider', text: 'oder' }),
            h(
              'div',
              { class: 'stack' },
              h('label', { text: 'ZIP-Datei mit Gesetzestexten (.md, .txt)', attrs: { for: 'batch-zip' } }),
              zipInput,
              h('div', { class: 'file-pick' }, zipPick, zipName),
              h('div', null, zipBtn),
            ),
          ),
          h('section', { class: 'panel section', attrs: { 'aria-labelledby': 'batch-history-heading' } }, h('h2', { id: 'batch-history-heading', text: 'Frühere Aufträge' }), jobList),
        ),
        jobPanel,
      ),
    ),
  );

  return {
    el,
    show(params: string[]) {
      void loadLaws();
      void refreshJobs();
      const id = params[0] ? decodeURIComponent(params[0]) : null;
      if (id && id !== job?.id) void openJob(id);
      else if (!id && job) navigate(`#/screening/${encodeURIComponent(job.id)}`, { silent: true });
    },
  };
}
