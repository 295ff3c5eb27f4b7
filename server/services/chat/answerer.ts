import type { Finding } from '../../contracts/finding';
import type { Citation, SearchHit } from '../../contracts/search';
import type { ProvisionText } from '../../retrieval/index';
import type { ResolvedCard } from './cards';
import type { IntentKind } from './classify';
import type { ProvisionRef } from './procedure-codes';
import type { ProvisionRewrite } from './rewrite';

/**
 * Seam between the chat service and whatever writes the answer: the offline (extractive) answerer and the
 * LLM answerer implement the same interface, so the service can fall back from one to the other.
 */
export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AnswerContext {
  question: string;
  history: ChatTurn[];
  /** Retrieved provisions and guidance, best first. */
  hits: SearchHit[];
  /** The model's statute terms for the question (SEARCH_QUERY_REWRITE) that the hits were also searched with. */
  expansions?: string[];
  /** Rule findings for text the user pasted (empty for plain questions). */
  findings: Finding[];
  /** The pasted provision or draft passage that was checked; undefined for plain questions. */
  passage?: string;
  /** The citation label the passage was pasted with ("§ 12 Abs. 2"); named in the answer, not part of the text. */
  label?: string;
  /** The user's own words beside a pasted passage ("Muss ich da etwas ändern?"); empty for a bare passage. */
  asked?: string;
  /** What the message wants (question, check, rewrite, …); undefined means a plain question. */
  intent?: IntentKind;
  /** The question is asked for Landesrecht (a Land law, Landesbehörde or Kommune): the card's Land view leads. */
  land?: boolean;
  /**
   * For a Land question that names a federal procedural law: the Land law that makes it apply in Niedersachsen
   * (§ 1 NVwVfG for the VwVfG, § 1 NVwZG for the VwZG).
   */
  landBridges?: SearchHit[];
  /** The federal laws those bridges apply ("VwZG"): their provisions answer the Land question as cited ones do. */
  bridgedLaws?: string[];
  /** A follow-up asks for the wording of what the card answered ("und wie formuliere ich das?"): its model wording leads. */
  wordingFirst?: boolean;
  /** The answer card for the question, with its provisions resolved from the corpus. */
  card?: ResolvedCard;
  /** Words of the question the card does not cover: a provision that covers them may answer better. */
  cardMissing?: string[];
  /** The whole text of a provision (all its Absätze), for finding the sentence that answers. */
  provision?: (law: string, section: string) => ProvisionText | undefined;
  /**
   * A follow-up that asks for the same rule in another field of law ("Und im Steuerrecht?"): the earlier answer's
   * provision, its counterpart in that field's procedural code (among the hits), and the field's name.
   */
  /** `table`: the codes whose table of parallel provisions maps `from` to `to` ("VwVfG, SGB X und AO"). */
  parallel?: { from: ProvisionRef & { title: string }; to: ProvisionRef; field: string; table: string };
  /**
   * For a follow-up: the provisions the previous answer quoted, whole. "Reicht es, wenn wir das nur im Bundesanzeiger
   * veröffentlichen?" asks about them; their sentences compete with the retrieved ones.
   */
  earlier?: SearchHit[];
  /** The rewritten provision for a rewrite request. */
  rewrite?: ProvisionRewrite;
  /** The rewrite request asks for the Änderungsbefehl ("und jetzt als Änderungsbefehl"): the command leads. */
  asksAmendment?: boolean;
}

export interface AnswerResult {
  text: string;
  /** Only citations of retrieved hits; never invented ones. */
  citations: Citation[];
  /** "offline" or the model name. */
  model: string;
  /** German notice for the user, e.g. that the model failed and the offline answer is shown. */
  notice?: string;
  /** Additional findings (e.g. from the AI review of a pasted passage). */
  findings?: Finding[];
}

export interface Answerer {
  answer(ctx: AnswerContext, onDelta: (delta: string) => void, signal: AbortSignal): Promise<AnswerResult>;
}
