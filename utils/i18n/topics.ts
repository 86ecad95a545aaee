import { HARM_HEADS, type HarmHead, type TechniqueHead } from '../classifier/heads.ts';
import { t, type UiLang } from './index.ts';

function isHarm(id: HarmHead | TechniqueHead): id is HarmHead {
  return (HARM_HEADS as readonly string[]).includes(id);
}

/** The display name of a harm head or technique group, as the label uses it. */
export function topicName(lang: UiLang, id: HarmHead | TechniqueHead): string {
  return isHarm(id) ? t(lang, `harm.${id}.name`) : t(lang, `technique.${id}.name`);
}
