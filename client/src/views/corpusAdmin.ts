import type { CorpusAdminResponse, CorpusImportResponse, ImportedLaw } from '../../../server/contracts/api';
import { errorMessage, getJson, sendJson, upload } from '../api';
import { ACCEPT_ATTR, checkUploadFile, MAX_UPLOAD_MB } from '../components/fileCheck';
import { announce, fmtDate, fmtNumber, h, render } from '../dom';
import type { AppSocket } from '../socket';

/** How often the page asks whether the search index holds the latest imports while it is rebuilt. */
const POLL_MS = 1000;

/**
 * "Rechtskorpus verwalten" (administrators): upload a law (PDF, DOCX, TXT, MD) with optional abbreviation, title and
 * level; see the upload, the conversion and the rebuild of the search index; list and delete imported laws. The
 * shipped corpus cannot be changed here; an import with its abbreviation replaces a shipped law while it exists.
 */
export function createCorpusAdminView(socket: AppSocket) {
  const fileInput = h('input', { id: 'corpus-file', attrs: { type: 'file', accept: ACCEPT_ATTR, required: true, 'aria-describedby': 'corpus-file-hint' } });
  const abbreviation = h('input', { id: 'corpus-abk', attrs: { type: 'text', maxlength: 40, autocomplete: 'off', placeholder: 'z. B. NDIG' } });
  const title = h('input', { id: 'corpus-title', attrs: { type: 'text', maxlength: 300, autocomplete: 'off' } });
  const jurisdiction = h(
    'select',
    { id: 'corpus-jur' },
    h('option', { text: 'aus der Datei (sonst „Sonstige“)', attrs: { value: '' } }),
    h('option', { text: 'Niedersachsen', attrs: { value: 'Niedersachsen' } }),
    h('option', { text: 'Bund', attrs: { value: 'Bund' } }),
    h('option', { text: 'Sonstige', attrs: { value: 'Sonstige' } }),
  );
  const submit = h('button', { class: 'btn btn-primary', text: 'Gesetz importieren', attrs: { type: 'submit' } });
  const progress = h('progress', { hidden: true, attrs: { max: 100, value: 0, 'aria-label': 'Fortschritt des Uploads' } });
  const result = h('div', { attrs: { 'aria-live': 'polite' } });

  const form = h(
    'form',
    { class: 'corpus-form', attrs: { novalidate: true, 'aria-label': 'Gesetz importieren' } },
    h('label', { class: 'field' }, h('span', { text: 'Gesetzesdatei' }), fileInput),
    h('p', { id: 'corpus-file-hint', class: 'muted small', text: `PDF, DOCX, TXT oder Markdown, höchstens ${MAX_UPLOAD_MB} MB. Ohne Angaben werden Titel und Abkürzung der ersten Zeile entnommen („Titel (ABK)“).` }),
    h('label', { class: 'field' }, h('span', { text: 'Abkürzung (optional)' }), abbreviation),
    h('label', { class: 'field' }, h('span', { text: 'Titel (optional)' }), title),
    h('label', { class: 'field' }, h('span', { text: 'Ebene (optional)' }), jurisdiction),
    h('div', { class: 'actions' }, submit),
    progress,
    result,
  );

  const summary = h('p', { class: 'muted', attrs: { role: 'status' } });
  const indexState = h('div', { attrs: { 'aria-live': 'polite' } });
  const listBody = h('tbody');
  const table = h(
    'table',
    { class: 'results corpus-table' },
    h('caption', { class: 'visually-hidden', text: 'Importierte Gesetze' }),
    h(
      'thead',
      null,
      h('tr', null, ['Abkürzung', 'Titel', 'Ebene', 'Stand', 'Importiert', 'Aktion'].map((t) => h('th', { text: t, attrs: { scope: 'col' } }))),
    ),
    listBody,
  );
  const listError = h('div', { attrs: { role: 'alert' } });

  function lawRow(l: ImportedLaw): HTMLElement {
    const remove = h('button', {
      class: 'btn btn-small btn-danger',
      text: 'Löschen',
      attrs: { type: 'button', 'aria-label': `${l.abbreviation} löschen` },
      on: {
        click: async () => {
          if (!window.confirm(`„${l.abbreviation}“ aus dem Rechtskorpus löschen?${l.replacesShipped ? ' Danach gilt wieder das mitgelieferte Gesetz.' : ''}`)) return;
          remove.disabled = true;
          try {
            await sendJson('DELETE', `/api/admin/corpus/${encodeURIComponent(l.id)}`);
            announce(`${l.abbreviation} wurde gelöscht; der Suchindex wird neu aufgebaut.`);
            await untilSearchable();
          } catch (err) {
            render(listError, h('p', { class: 'alert alert-error', text: errorMessage(err) }));
            remove.disabled = false;
          }
        },
      },
    });
    return h(
      'tr',
      { dataset: { law: l.abbreviation } },
      h('td', { text: l.abbreviation }),
      h(
        'td',
        null,
        l.title,
        l.replacesShipped ? h('div', { class: 'muted small', text: 'ersetzt das mitgelieferte Gesetz gleicher Abkürzung' }) : null,
      ),
      h('td', { text: l.jurisdiction }),
      h('td', { text: l.stand ?? '–' }),
      h('td', { text: `${fmtDate(l.importedAt)} (${l.fileName})` }),
      h('td', null, remove),
    );
  }

  function show(s: CorpusAdminResponse): void {
    render(summary, `Im Korpus: ${fmtNumber(s.corpus.laws)} Gesetze · ${fmtNumber(s.corpus.provisions)} Vorschriften · ${fmtNumber(s.corpus.guidance)} Leitfäden, davon ${fmtNumber(s.laws.length)} importiert.`);
    if (s.index.error) render(indexState, h('p', { class: 'alert alert-error', text: s.index.error }));
    else if (!s.index.current) render(indexState, h('p', { class: 'alert alert-info', text: 'Der Suchindex wird neu aufgebaut …' }));
    else render(indexState);
    render(listBody, s.laws.length ? s.laws.map(lawRow) : h('tr', null, h('td', { class: 'empty-state', text: 'Noch keine Gesetze importiert. Das mitgelieferte Korpus bleibt unverändert.', attrs: { colspan: 6 } })));
  }

  async function refresh(): Promise<CorpusAdminResponse | undefined> {
    try {
      const s = await getJson<CorpusAdminResponse>('/api/admin/corpus');
      render(listError);
      show(s);
      return s;
    } catch (err) {
      render(listError, h('p', { class: 'alert alert-error', text: errorMessage(err) }));
      return undefined;
    }
  }

  /** Resolves once this server's index holds the imports (or the rebuild failed). */
  async function untilSearchable(): Promise<CorpusAdminResponse | undefined> {
    for (;;) {
      const s = await refresh();
      if (!s || s.index.current || s.index.error) return s;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const file = fileInput.files?.[0];
    const invalid = file ? checkUploadFile(file) : 'Bitte wählen Sie eine Gesetzesdatei aus.';
    if (invalid || !file) {
      render(result, h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, text: invalid ?? '' }));
      return;
    }
    const body = new FormData();
    if (abbreviation.value.trim()) body.append('abbreviation', abbreviation.value.trim());
    if (title.value.trim()) body.append('title', title.value.trim());
    if (jurisdiction.value) body.append('jurisdiction', jurisdiction.value);
    body.append('file', file, file.name);
    submit.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    render(result, h('p', { class: 'muted', text: `${file.name} wird hochgeladen …` }));
    try {
      const res = await upload<CorpusImportResponse>('/api/admin/corpus', body, {
        onProgress: (loaded, total) => (progress.value = (loaded / total) * 100),
        onUploaded: () => render(result, h('p', { class: 'muted', text: 'Die Datei wird gelesen und umgewandelt …' })),
      });
      const l = res.law;
      render(result, h('p', { class: 'alert alert-info', text: `${l.abbreviation} ist gespeichert; der Suchindex wird neu aufgebaut …` }));
      const s = await untilSearchable();
      const note = [
        res.replaced ? 'Der frühere Import wurde ersetzt.' : '',
        l.replacesShipped ? 'Es ersetzt das mitgelieferte Gesetz gleicher Abkürzung.' : '',
      ].filter(Boolean).join(' ');
      if (s?.index.error) render(result, h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, text: `${l.abbreviation} ist gespeichert, aber ${s.index.error}` }));
      else {
        render(result, h('p', { class: 'alert alert-info', text: `Fertig: „${l.title}“ (${l.abbreviation}) ist jetzt in Chat, Suche und Normenscreening verfügbar. ${note}`.trim() }));
        announce(`${l.abbreviation} wurde importiert und ist durchsuchbar.`);
      }
      form.reset();
    } catch (err) {
      render(result, h('p', { class: 'alert alert-error', attrs: { role: 'alert' }, text: `Der Import ist fehlgeschlagen: ${errorMessage(err)}` }));
    } finally {
      submit.disabled = false;
      progress.hidden = true;
    }
  });

  // another administrator (or another instance) changed the corpus
  socket.on('corpus:changed', () => {
    if (!el.hidden) void refresh();
  });

  const el = h(
    'div',
    { class: 'view', id: 'view-korpus' },
    h(
      'div',
      { class: 'page' },
      h(
        'div',
        { class: 'page-head' },
        h(
          'div',
          null,
          h('h1', { text: 'Rechtskorpus verwalten' }),
          h('p', { text: 'Gesetze importieren, die zusätzlich zum mitgelieferten Korpus in Chat, Suche und Normenscreening gelten. Ein Import mit der Abkürzung eines mitgelieferten Gesetzes ersetzt dieses.' }),
        ),
      ),
      h(
        'div',
        { class: 'stack' },
        h('section', { class: 'panel section corpus-import', attrs: { 'aria-labelledby': 'corpus-import-heading' } }, h('h2', { id: 'corpus-import-heading', text: 'Gesetz importieren' }), form),
        h(
          'section',
          { class: 'panel section', attrs: { 'aria-labelledby': 'corpus-list-heading' } },
          h('h2', { id: 'corpus-list-heading', text: 'Importierte Gesetze' }),
          summary,
          indexState,
          listError,
          h('div', { class: 'table-wrap' }, table),
        ),
      ),
    ),
  );

  return {
    el,
    show: () => void untilSearchable(),
  };
}
