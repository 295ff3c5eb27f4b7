import { checkText } from '../../server/rules/engine';

/** The categories the engine finds in `text`, each once, sorted: what the class tests of the sweeps assert. */
export const codes = (text: string, law = 'Eingabe'): string[] => [...new Set(checkText(text, { law }).map((f) => f.category as string))].sort();
