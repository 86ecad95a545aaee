import { countScripts } from '../../utils/classifier/language.ts';
import type { LabeledRecord } from './record.ts';

/**
 * Records left out of training, with the reason. Pro-ISIS tweets written in Arabic script are
 * Arabic, a language our users do not post in; as the only Arabic-script extremist data besides
 * threats, they taught the model that Arabic-script religious phrases — "السلام علیکم", a verse in
 * an Urdu post — are extremist, and every Urdu greeting was flagged. The English ones stay.
 */
export function keepForTraining(record: LabeledRecord): boolean {
  if (record.source !== 'isis_fanboy') return true;
  const { arabic, latin } = countScripts(record.text);
  return arabic <= latin;
}
