import {
  CATEGORY_LABELS,
  PRINCIPLE_TITLES,
  type Category,
  type Finding,
  type Principle,
  type Severity,
} from '../../../server/contracts/finding';
import type { AbsatzRewrite } from '../../../server/contracts/rewrite';
import {
  ReviewStageSchema,
  type Decision,
  type DecisionBody,
  type DecisionResponse,
  type ReviewFindingsResponse,
  type ReviewResponse,
  type ReviewSummary,
} from '../../../server/contracts/api';
import { errorMessage, getJson, loadErrorMessage, sendJson, upload } from '../api';
import { announce, fmtDate, fmtNumber, h, randomId, render } from '../dom';
import { createFindingCard, type FindingCard } from '../components/findingCard';
import { createRewriteBlock } from '../components/rewriteBlock';
import { segmentText, strongestSeverity } from '../components/highlight';
import { outlineNotices, renderOutline } from '../components/outline';
import { noticeList } from '../components/notices';
import { ACCEPT_ATTR, checkUploadFile, MAX_UPLOAD_MB } from '../components/fileCheck';
import { createStages } from '../components/stages';
import { createPaneTabs } from '../components/paneTabs';
import { SEVERITY_LABELS, SEVERITY_ORDER } from '../labels';
import type { AppSocket } from '../socket';


type DecisionFilter = '' | Decision;

/** The server sends the first page of findings with the review; the rest is fetched page by page, each with its rules' traces. */
async function withAllFindings(r: ReviewResponse): Promise<ReviewResponse> {
  const findings = [...r.findings];
  const rules = { ...r.rules };
  const total = r.findingsTotal ?? findings.length;
  while (findings.length < total) {
    const page = await getJson<ReviewFindingsResponse>(`/api/reviews/${encodeURIComponent(r.id)}/findings?offset=${findings.length}&limit=1000`);
    if (!page.findings.length) break;
    findings.push(...page.findings);
    Object.assign(rules, page.rules);
  }
  return { ...r, findings, rules };
}

/** The width up to which the review's panes are narrow (client/src/styles/narrow.css). */
const NARROW = '(max-width: 1100px)';

/** The draft scrolls on its own; keyboard users need a tab stop on it to scroll with the arrow keys. */
const SCROLL_REGION = { tabindex: 0, role: 'region', 'aria-label': 'Text des Entwurfs' };

export function createReviewView(socket: AppSocket, navigate: (hash: string, opts?: { silent?: boolean }) => void) {
  let review: ReviewResponse | null = null;
  let currentUpload: string | null = null;
  const cards = new Map<string, FindingCard>();
  const marks = new Map<string, HTMLElement[]>();
  const filters = { severity: '' as '' | Severity, principle: '' as '' | string, category: '' as '' | Category, decision: '' as DecisionFilter };

  // ------------------------------------------------------------ upload

  const fileInput = h('input', {
    id: 'review-file',
    class: 'visually-hidden',
    // reached through the visible "Datei auswählen" button; as a tab stop of its own it was invisible
    attrs: { type: 'file', tabindex: -1, accept: ACCEPT_ATTR },
  });
  const pickBtn = h('button', { class: 'btn btn-primary', text: 'Datei auswählen …', attrs: { type: 'button' } });
  pickBtn.addEventListener('click', () => fileInput.click());
  const uploadError = h('div', { attrs: { role: 'alert' } });
  const stages = createStages();
  const stagesWrap = h('div', { hidden: true, attrs: { 'aria-live': 'polite' } }, stages.el);
  const dropzone = h(
    'div',
    { class: 'dropzone', attrs: { 'aria-describedby': 'review-drop-hint' } },
    h('div', { class: 'dropzone-title', text: 'Entwurf hierher ziehen' }),
    h('div', { class: 'muted', text: 'oder' }),
    h('label', { class: 'visually-hidden', text: 'Entwurf auswählen', attrs: { for: 'review-file' } }),
    fileInput,
    pickBtn,
    h('div', { id: 'review-drop-hint', class: 'muted small', text: `PDF, DOCX, TXT oder Markdown, höchstens ${MAX_UPLOAD_MB} MB. Der Entwurf bleibt auf diesem Server.` }),
  );
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) void startUpload(f);
    fileInput.value = '';
  });
  dropzone.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    dropzone.classList.add('is-over');
  });
  dropzone.addEventListener('dragleave', () => dropzone.classList.remove('is-over'));
  dropzone.addEventListener('drop', (ev) => {
    ev.preventDefault();
    dropzone.classList.remove('is-over');
    const f = ev.dataTransfer?.files?.[0];
    if (f) void startUpload(f);
  });

  socket.on('review:stage', (payload) => {
    const p = ReviewStageSchema.safeParse(payload);
    if (!p.success || p.data.uploadId !== currentUpload) return;
    if (p.data.stage === 'failed') stages.fail(p.data.message ?? 'Die Verarbeitung ist fehlgeschlagen.');
    else stages.reach(p.data.stage);
    if (p.data.position) stages.note('extract', `Wartet auf einen freien Prüfplatz: Platz ${p.data.position} in der Warteschlange.`);
  });

  async function startUpload(file: File): Promise<void> {
    render(uploadError);
    const invalid = checkUploadFile(file);
    if (invalid) {
      render(uploadError, h('p', { class: 'alert alert-error', text: invalid }));
      return;
    }
    const uploadId = randomId();
    currentUpload = uploadId;
    stages.reset();
    stagesWrap.hidden = false;
    stages.reach('upload');
    pickBtn.disabled = true;
    announce(`${file.name} wird hochgeladen.`);
    const form = new FormData();
    // uploadId precedes the file so the server knows it before the (long) file part arrives.
    form.append('uploadId', uploadId);
    form.append('file', file, file.name);
    try {
      const result = await withAllFindings(
        await upload<ReviewResponse>('/api/reviews', form, {
          onProgress: (loaded, total) => stages.setProgress((loaded / total) * 100),
          onUploaded: () => stages.reach('extract'),
        }),
      );
      if (currentUpload !== uploadId) return;
      stages.reach('done');
      announce(`Prüfung abgeschlossen: ${result.findings.length} Befunde.`);
      showReview(result);
      // the result starts below the upload area, out of sight in a short or narrow window: bring it into view
      const heading = resultHeading();
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
      navigate(`#/pruefen/${encodeURIComponent(result.id)}`, { silent: true });
      void refreshHistory();
    } catch (err) {
      if (currentUpload !== uploadId) return;
      const message = errorMessage(err);
      stages.fail(message);
      render(uploadError, h('p', { class: 'alert alert-error', text: `Die Prüfung ist fehlgeschlagen: ${message}` }));
    } finally {
      if (currentUpload === uploadId) pickBtn.disabled = false;
    }
  }

  // ------------------------------------------------------------ history

  const historyList = h('ul', { class: 'history-list' });
  async function refreshHistory(): Promise<void> {
    let items: ReviewSummary[];
    try {
      items = await getJson<ReviewSummary[]>('/api/reviews');
    } catch (err) {
      render(historyList, h('li', { class: 'error-text small', text: errorMessage(err) }));
      return;
    }
    if (!items.length) {
      render(historyList, h('li', { class: 'muted small', text: 'Noch keine Prüfungen in dieser Sitzung.' }));
      return;
    }
    render(
      historyList,
      items.map((r) =>
        h(
          'li',
          { dataset: { reviewId: r.id } },
          h(
            'button',
            {
              class: 'history-open',
              attrs: { type: 'button', 'aria-current': review?.id === r.id ? 'true' : false },
              on: { click: () => navigate(`#/pruefen/${encodeURIComponent(r.id)}`) },
            },
            h('span', { class: 'title', text: r.title }),
            h('span', { class: 'meta', text: `${fmtDate(r.createdAt)} · ${fmtNumber(r.findings)} Befunde` }),
          ),
          h('button', {
            class: 'btn btn-small btn-ghost btn-danger',
            text: 'Löschen',
            attrs: { type: 'button', 'aria-label': `Prüfung „${r.title}“ löschen` },
            on: { click: () => void removeReview(r) },
          }),
        ),
      ),
    );
  }

  async function removeReview(r: ReviewSummary): Promise<void> {
    if (!window.confirm(`Prüfung „${r.title}“ mit allen Entscheidungen löschen?`)) return;
    try {
      await sendJson('DELETE', `/api/reviews/${encodeURIComponent(r.id)}`);
    } catch (err) {
      announce(errorMessage(err));
      return;
    }
    if (review?.id === r.id) {
      review = null;
      render(result);
      navigate('#/pruefen', { silent: true });
    }
    void refreshHistory();
  }

  // ------------------------------------------------------------ result

  const result = h('div', { class: 'review-result' });
  const resultHeading = () => result.querySelector<HTMLElement>('#review-heading');

  function decisionOf(f: Finding): Decision {
    return review?.decisions[f.id] ?? 'open';
  }

  function paintMarks(f: Finding): void {
    const d = decisionOf(f);
    for (const m of marks.get(f.id) ?? []) {
      const ids = (m.dataset.findings ?? '').split(' ');
      // A mark shared by several findings shows "accepted"/"dismissed" only when all agree.
      const ds = ids.map((id) => review?.decisions[id] ?? 'open');
      m.classList.toggle('is-accepted', ds.every((x) => x === 'accepted'));
      m.classList.toggle('is-dismissed', ds.every((x) => x === 'dismissed'));
    }
    cards.get(f.id)?.setDecision(d);
  }

  // ------------------------------------------------------------ Absatz rewrites

  const rewriteBlocks = new Map<number, HTMLElement>();
  const rewritesSection = h('details', { class: 'rewrites-section' });

  /** Rewrites with findings left (a dismissed finding leaves an Absatz without any). */
  const shownRewrites = (r: ReviewResponse) => (r.rewrites ?? []).filter((w) => w.findingIds.length > 0);

  function rewriteBlock(w: AbsatzRewrite): HTMLElement {
    const findings = new Map(review!.findings.map((f) => [f.id, f]));
    return createRewriteBlock(w, { findings, onFinding: (id) => select(id, 'mark', true) });
  }

  function renderRewrites(r: ReviewResponse): void {
    rewriteBlocks.clear();
    const shown = shownRewrites(r);
    for (const w of shown) rewriteBlocks.set(w.start, rewriteBlock(w));
    // folded in a narrow window, where open rewrites would fill the whole pane before the first finding card
    rewritesSection.open = shown.length > 0 && shown.length <= 20 && !window.matchMedia(NARROW).matches;
    rewritesSection.hidden = shown.length === 0;
    render(
      rewritesSection,
      h('summary', { class: 'rewrites-head', text: `Neufassung je Absatz (${shown.length})` }),
      h('p', { class: 'muted small', text: 'Alle Befunde eines Absatzes werden in einer Neufassung mit einem Änderungsbefehl behoben. Verworfene Befunde ändern den Wortlaut nicht.' }),
      [...rewriteBlocks.values()],
    );
  }

  function showRewrite(start: number): void {
    const block = rewriteBlocks.get(start);
    if (!block) return;
    rewritesSection.open = true;
    block.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    block.classList.remove('flash');
    void block.offsetWidth;
    block.classList.add('flash');
  }

  /** The Absatz's rewrite after a decision: replaced in place, removed when no finding is left. */
  function updateRewrite(w: AbsatzRewrite): void {
    if (!review) return;
    // the cards of the Absatz say whether the new wording still resolves them
    const applied = new Set(w.edits.flatMap((e) => e.findingIds));
    for (const f of review.findings) {
      if (f.location.start < w.start || f.location.start >= w.end) continue;
      const link = cards.get(f.id)?.el.querySelector('.finding-rewrite-link');
      if (!link) continue;
      (link.querySelector('.rw-in') as HTMLElement).hidden = !applied.has(f.id);
      (link.querySelector('.rw-out') as HTMLElement).hidden = applied.has(f.id);
    }
    review.rewrites = [...(review.rewrites ?? []).filter((x) => x.start !== w.start), w].sort((a, b) => a.start - b.start);
    const old = rewriteBlocks.get(w.start);
    if (w.findingIds.length === 0) {
      old?.remove();
      rewriteBlocks.delete(w.start);
    } else {
      const next = rewriteBlock(w);
      if (old) old.replaceWith(next);
      else rewritesSection.append(next);
      rewriteBlocks.set(w.start, next);
    }
    const summary = rewritesSection.querySelector('summary');
    if (summary) summary.textContent = `Neufassung je Absatz (${rewriteBlocks.size})`;
    rewritesSection.hidden = rewriteBlocks.size === 0;
  }

  async function decide(f: Finding, decision: Decision): Promise<void> {
    if (!review) return;
    const body: DecisionBody = { decision };
    let answer: DecisionResponse | undefined;
    try {
      answer = await sendJson<DecisionResponse>('PATCH', `/api/reviews/${encodeURIComponent(review.id)}/findings/${encodeURIComponent(f.id)}`, body);
    } catch (err) {
      announce(errorMessage(err));
      throw err;
    }
    if (answer?.rewrite) updateRewrite(answer.rewrite);
    review.decisions[f.id] = decision;
    paintMarks(f);
    updateCounts();
    announce(decision === 'accepted' ? 'Befund übernommen.' : decision === 'dismissed' ? 'Befund verworfen.' : 'Entscheidung zurückgenommen.');
  }

  // Below 780 px the text and the findings are tabs instead of two panes stacked a long scroll apart.
  const paneTabs = createPaneTabs(
    [
      { key: 'text', label: 'Text', panelId: 'review-pane-text' },
      { key: 'findings', label: 'Befunde', panelId: 'review-pane-findings' },
    ],
    { label: 'Ansicht der Prüfung', selected: 'text' },
  );
  /** The draft's scroll region: it takes the focus when "Im Text zeigen" hides the card that had it. */
  let draftRegion: HTMLElement | null = null;

  let selected: string | null = null;
  /**
   * Selects a finding from its card ("Im Text zeigen" or a click on the card) or from its marking. `reveal` brings
   * the other side's tab forward in the tabbed layout; a click on the card's text does not, it may just be reading.
   */
  function select(id: string, from: 'card' | 'mark', reveal: boolean): void {
    if (selected) {
      cards.get(selected)?.el.classList.remove('is-selected');
      for (const m of marks.get(selected) ?? []) m.classList.remove('is-selected');
    }
    selected = id;
    const card = cards.get(id);
    const ms = marks.get(id) ?? [];
    card?.el.classList.add('is-selected');
    for (const m of ms) {
      m.classList.add('is-selected');
      m.classList.remove('flash');
      void m.offsetWidth;
      m.classList.add('flash');
    }
    if (from === 'card') {
      if (reveal && paneTabs.reveal('text')) draftRegion?.focus({ preventScroll: true });
      ms[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    } else if (card) {
      if (card.el.hidden || !card.el.isConnected || card.el.closest('[hidden]')) {
        resetFilters();
      }
      if (reveal) paneTabs.reveal('findings');
      card.el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      card.flash();
      card.el.focus({ preventScroll: true });
    }
  }

  const counts = h('div', { class: 'review-stats' });
  function updateCounts(): void {
    if (!review) return;
    const bySev = SEVERITY_ORDER.map((s) => [s, review!.findings.filter((f) => f.severity === s).length] as const);
    const accepted = review.findings.filter((f) => decisionOf(f) === 'accepted').length;
    const dismissed = review.findings.filter((f) => decisionOf(f) === 'dismissed').length;
    render(
      counts,
      h('span', { class: 'badge', text: `${fmtNumber(review.provisions)} Vorschriften` }),
      h('span', { class: 'badge', text: `${fmtNumber(review.findings.length)} Befunde` }),
      bySev.map(([s, n]) => (n ? h('span', { class: `badge sev-badge sev-${s}`, text: `${n} ${SEVERITY_LABELS[s]}` }) : null)),
      h('span', { class: 'badge', text: `${accepted} übernommen · ${dismissed} verworfen` }),
    );
  }

  const listBody = h('div', { class: 'findings-list', attrs: { 'aria-live': 'off' } });
  const listCount = h('span', { class: 'muted small' });
  const filterBar = h('div', { class: 'filters', attrs: { role: 'search', 'aria-label': 'Befunde filtern' } });

  function resetFilters(): void {
    filters.severity = '';
    filters.principle = '';
    filters.category = '';
    filters.decision = '';
    buildFilters();
    renderList();
  }

  function selectFilter<T extends string>(label: string, id: string, options: [T, string][], value: T, onChange: (v: T) => void): HTMLElement {
    const sel = h('select', { id }, options.map(([v, l]) => h('option', { text: l, attrs: { value: v } })));
    sel.value = value;
    sel.addEventListener('change', () => onChange(sel.value as T));
    return h('div', { class: 'field' }, h('label', { text: label, attrs: { for: id } }), sel);
  }

  function buildFilters(): void {
    if (!review) return;
    const presentCats = [...new Set(review.findings.map((f) => f.category))];
    render(
      filterBar,
      selectFilter('Schwere', 'rf-sev', [['', 'Alle'], ...SEVERITY_ORDER.map((s) => [s, SEVERITY_LABELS[s]] as [Severity, string])], filters.severity, (v) => {
        filters.severity = v;
        renderList();
      }),
      selectFilter('Prinzip', 'rf-pr', [['', 'Alle'], ...([1, 2, 3, 4, 5] as Principle[]).map((p) => [String(p), `${p} – ${PRINCIPLE_TITLES[p]}`] as [string, string])], filters.principle, (v) => {
        filters.principle = v;
        renderList();
      }),
      selectFilter('Kategorie', 'rf-cat', [['', 'Alle'], ...presentCats.map((c) => [c, CATEGORY_LABELS[c]] as [Category, string])], filters.category, (v) => {
        filters.category = v;
        renderList();
      }),
      selectFilter<DecisionFilter>('Status', 'rf-dec', [['', 'Alle'], ['open', 'Offen'], ['accepted', 'Übernommen'], ['dismissed', 'Verworfen']], filters.decision, (v) => {
        filters.decision = v;
        renderList();
      }),
    );
  }

  function renderList(): void {
    if (!review) return;
    const visible = review.findings.filter(
      (f) =>
        (!filters.severity || f.severity === filters.severity) &&
        (!filters.principle || String(f.principle) === filters.principle) &&
        (!filters.category || f.category === filters.category) &&
        (!filters.decision || decisionOf(f) === filters.decision),
    );
    listCount.textContent = `${visible.length} von ${review.findings.length}`;
    if (!review.findings.length) {
      render(listBody, h('p', { class: 'empty-state', text: 'Keine Befunde – der Entwurf enthält keine der bekannten Hindernisformulierungen.' }));
      return;
    }
    if (!visible.length) {
      render(listBody, h('p', { class: 'empty-state', text: 'Kein Befund entspricht den Filtern.' }), h('button', { class: 'btn btn-small', text: 'Filter zurücksetzen', attrs: { type: 'button' }, on: { click: resetFilters } }));
      return;
    }
    const groups = ([1, 2, 3, 4, 5] as Principle[])
      .map((p) => ({ p, items: visible.filter((f) => f.principle === p) }))
      .filter((g) => g.items.length);
    render(
      listBody,
      groups.map((g) =>
        h(
          'section',
          { class: 'finding-group', attrs: { 'aria-label': `Prinzip ${g.p}` }, dataset: { principle: String(g.p) } },
          h('h3', { class: 'group-head', text: `Prinzip ${g.p}: ${PRINCIPLE_TITLES[g.p]} (${g.items.length})` }),
          SEVERITY_ORDER.map((s) => {
            const items = g.items.filter((f) => f.severity === s);
            if (!items.length) return null;
            return [h('h4', { class: 'subgroup-head', text: `${SEVERITY_LABELS[s]} (${items.length})` }), items.map((f) => cards.get(f.id)?.el)];
          }),
        ),
      ),
    );
  }

  function renderDraft(r: ReviewResponse): HTMLElement {
    marks.clear();
    const pre = h('pre', { class: 'draft-text', attrs: { 'aria-label': 'Entwurfstext mit markierten Befunden' } });
    const frag = document.createDocumentFragment();
    const anchors = [...r.structure.map((s) => ({ id: s.id, start: s.start })), ...r.outline.map((e, i) => ({ id: `outline-${i}`, start: e.start }))];
    for (const seg of segmentText(r.text.length, r.findings, anchors)) {
      for (const a of seg.anchors) frag.append(h('span', { class: 'struct-anchor', dataset: { struct: a } }));
      const text = r.text.slice(seg.start, seg.end);
      if (!seg.findings.length) {
        frag.append(text);
        continue;
      }
      const sev = strongestSeverity(seg.findings);
      const mark = h('mark', {
        class: `sev-${sev}${seg.findings.length > 1 ? ' is-overlap' : ''}`,
        text,
        dataset: { findings: seg.findings.map((f) => f.id).join(' ') },
        attrs: { title: seg.findings.map((f) => `${CATEGORY_LABELS[f.category]} (${SEVERITY_LABELS[f.severity]})`).join(' · ') },
      });
      for (const f of seg.findings) marks.set(f.id, [...(marks.get(f.id) ?? []), mark]);
      frag.append(mark);
    }
    pre.append(frag);
    pre.addEventListener('click', (ev) => {
      const mark = (ev.target as HTMLElement).closest('mark');
      const ids = mark?.dataset.findings?.split(' ') ?? [];
      if (!ids.length) return;
      // Repeated clicks on an overlap cycle through its findings.
      const at = selected ? ids.indexOf(selected) : -1;
      select(ids[(at + 1) % ids.length]!, 'mark', true);
    });
    return pre;
  }

  function showReview(r: ReviewResponse): void {
    review = r;
    selected = null;
    cards.clear();
    const rewriteOf = new Map<string, AbsatzRewrite>();
    for (const w of shownRewrites(r)) for (const e of w.edits) for (const id of e.findingIds) rewriteOf.set(id, w);
    for (const f of r.findings) {
      const w = rewriteOf.get(f.id);
      const card = createFindingCard(f, {
        contextId: r.id,
        trace: r.rules?.[f.ruleId],
        decision: r.decisions[f.id] ?? 'open',
        onDecision: (d) => decide(f, d),
        onSelect: () => select(f.id, 'card', false),
        ...(w ? { rewrite: { ref: w.ref, onShow: () => showRewrite(w.start) } } : {}),
      });
      card.el.tabIndex = -1;
      const jump = h('button', {
        class: 'btn btn-small btn-ghost',
        text: 'Im Text zeigen',
        attrs: { type: 'button' },
        on: { click: () => select(f.id, 'card', true) },
      });
      card.el.querySelector('.finding-actions')?.prepend(jump);
      cards.set(f.id, card);
    }
    const draft = renderDraft(r);
    for (const f of r.findings) paintMarks(f);

    const outline = r.structure.length
      ? (() => {
          const sel = h(
            'select',
            { id: 'review-outline', attrs: { 'aria-label': 'Zur Vorschrift springen' } },
            h('option', { text: 'Springen zu …', attrs: { value: '' } }),
            r.structure.map((s) => h('option', { text: [s.article, s.label, s.title].filter(Boolean).join(' '), attrs: { value: s.id } })),
          );
          sel.addEventListener('change', () => {
            draft.querySelector(`[data-struct="${CSS.escape(sel.value)}"]`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
          });
          return sel;
        })()
      : null;

    const gliederung = r.outline.length
      ? renderOutline(r.outline, (i) => draft.querySelector(`[data-struct="outline-${i}"]`)?.scrollIntoView({ block: 'start', behavior: 'smooth' }))
      : null;
    const structureNotices = r.outline.length ? outlineNotices(r.outline, r.warnings) : [];

    filters.severity = '';
    filters.principle = '';
    filters.category = '';
    filters.decision = '';
    buildFilters();
    updateCounts();
    renderRewrites(r);
    const base = `/api/reviews/${encodeURIComponent(r.id)}`;
    draftRegion = h('div', { class: gliederung ? 'draft-scroll' : 'pane-body', attrs: SCROLL_REGION }, draft);
    const draftPane = h(
      'section',
      { class: 'panel draft-pane', attrs: { 'aria-labelledby': 'draft-heading' } },
      h('div', { class: 'pane-head' }, h('h3', { id: 'draft-heading', text: 'Entwurfstext' }), h('span', { class: 'muted small', text: `${r.format.toUpperCase()} · ${fmtDate(r.createdAt)}` }), outline),
      gliederung
        ? h('div', { class: 'pane-body draft-with-outline' }, h('div', { class: 'outline-pane' }, h('h4', { class: 'outline-head', text: 'Gliederung' }), gliederung), draftRegion)
        : draftRegion,
    );
    const findingsPane = h(
      'section',
      { class: 'panel findings-pane', attrs: { 'aria-labelledby': 'findings-heading' } },
      h('div', { class: 'pane-head' }, h('h3', { id: 'findings-heading', text: 'Befunde nach Prinzip und Schwere' }), listCount),
      // One scroll area for rewrites and cards: as separate flex items the open rewrites took the pane's whole
      // height and left the finding list a sliver of a few pixels. The filters stick to its top.
      h('div', { class: 'pane-body findings-scroll', attrs: { ...SCROLL_REGION, 'aria-label': 'Neufassungen und Befunde' } }, rewritesSection, filterBar, listBody),
    );
    paneTabs.setPanels({ text: draftPane, findings: findingsPane });
    paneTabs.setLabel('findings', `Befunde (${fmtNumber(r.findings.length)})`);
    render(
      result,
      h(
        'div',
        { class: 'review-head' },
        h('h2', { id: 'review-heading', text: r.title, attrs: { tabindex: -1 } }),
        counts,
        h(
          'div',
          { class: 'actions', attrs: { role: 'group', 'aria-label': 'Export' } },
          h('a', {
            class: 'btn btn-small btn-primary',
            text: 'Entwurf mit Änderungsvorschlägen (DOCX, Änderungsverfolgung)',
            attrs: {
              href: `${base}/draft.docx`,
              download: '',
              title: r.format === 'docx'
                ? 'Ihre Word-Datei mit den übernommenen Befunden als nachverfolgte Änderungen, die Sie in Word annehmen oder ablehnen'
                : 'Der Entwurfstext als Word-Datei mit den übernommenen Befunden als nachverfolgte Änderungen',
            },
          }),
          h('a', { class: 'btn btn-small', text: 'Prüfbericht (DOCX)', attrs: { href: `${base}/export.docx`, download: '' } }),
          h('a', { class: 'btn btn-small', text: 'Prüfbericht (Markdown)', attrs: { href: `${base}/export.md`, download: '' } }),
          h('a', { class: 'btn btn-small', text: 'Digitalcheck-Dokumentation (DOCX)', attrs: { href: `${base}/documentation.docx`, download: '' } }),
        ),
      ),
      r.notices?.length
        ? h(
            'div',
            { class: 'alert alert-warn review-notices', attrs: { role: 'alert' } },
            h('strong', { text: 'Hinweise zur Prüfung' }),
            noticeList(r.notices),
          )
        : null,
      structureNotices.length
        ? h(
            'div',
            { class: 'alert alert-warn review-structure', attrs: { role: 'status' } },
            h('strong', { text: 'Was geprüft wurde' }),
            noticeList(structureNotices),
          )
        : null,
      h('p', {
        class: 'muted small',
        text: 'Exportiert werden die übernommenen Befunde: im Entwurf als Änderungen, die Sie in Word annehmen oder ablehnen, im Prüfbericht als Änderungsbefehle mit der vollständigen Befundliste. Solange nichts übernommen ist, erscheinen alle offenen Befunde als Vorschläge.',
      }),
      paneTabs.el,
      h('div', { class: 'review-grid' }, draftPane, findingsPane),
    );
    renderList();
    void refreshHistory();
  }

  async function loadReview(id: string): Promise<void> {
    render(result, h('p', { class: 'muted', attrs: { role: 'status' }, text: 'Prüfung wird geladen …' }));
    try {
      const r = await withAllFindings(await getJson<ReviewResponse>(`/api/reviews/${encodeURIComponent(id)}`));
      stagesWrap.hidden = true;
      showReview(r);
    } catch (err) {
      render(result, h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, text: loadErrorMessage(err, 'Laden Sie den Entwurf erneut hoch oder öffnen Sie eine Prüfung unter „Frühere Prüfungen“.') }));
    }
  }

  // ------------------------------------------------------------ page

  const el = h(
    'div',
    { class: 'view', id: 'view-pruefen' },
    h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-head' }, h('div', null, h('h1', { text: 'Entwurf prüfen' }), h('p', { text: 'Laden Sie einen Referentenentwurf hoch. Jeder Befund wird im Text markiert und mit Vorschlag, Rechtsgrundlage und Änderungsbefehl erläutert.' }))),
      h(
        'div',
        { class: 'two-col' },
        h('section', { class: 'panel section', attrs: { 'aria-label': 'Entwurf hochladen' } }, dropzone, uploadError, stagesWrap),
        h('section', { class: 'panel section', attrs: { 'aria-labelledby': 'review-history-heading' } }, h('h2', { id: 'review-history-heading', text: 'Frühere Prüfungen' }), historyList),
      ),
      result,
    ),
  );

  return {
    el,
    show(params: string[]) {
      const id = params[0] ? decodeURIComponent(params[0]) : null;
      if (id && id !== review?.id) void loadReview(id);
      if (!id && review) {
        // Back to the upload page: keep the last result visible below the upload area.
        navigate(`#/pruefen/${encodeURIComponent(review.id)}`, { silent: true });
      }
      void refreshHistory();
    },
  };
}
