import { sha256Hex } from '../classifier/integrity.ts';
import type { Sensitivity } from '../classifier/metadata.ts';
import type { ClassifierService, Classification } from '../classifier/service.ts';
import type { PostVerdict, Request, Response } from '../messaging.ts';
import type { ScoreCache } from './scoreCache.ts';

export function toVerdict(result: Classification): PostVerdict {
  const { scores } = result;
  return {
    flagged: result.flagged,
    severity: result.severity,
    // "How sure": the decision output, or the strongest harm probability if that is higher.
    confidence: Math.max(
      scores.flag,
      scores.extremist_propaganda,
      scores.hate_dehumanization,
      scores.violent_threat_incitement,
    ),
    harms: result.harms,
    techniques: result.techniques,
    evidence: result.evidence.map(({ text, start, end }) => ({ text, start, end })),
    lang: result.lang,
  };
}

export interface ClassifyDeps {
  classifier: () => Promise<ClassifierService>;
  cache: ScoreCache;
  sensitivity: () => Promise<Sensitivity>;
  /** Called with every batch's verdicts (aggregate counts). Failures there never fail the request. */
  onVerdicts?: (request: Request<'classify'>, verdicts: PostVerdict[]) => Promise<void>;
}

/** Answers `classify`: cached verdicts by text hash, the rest through the model in one batch. */
export function createClassifyHandler(deps: ClassifyDeps) {
  return async (request: Request<'classify'>): Promise<Response<'classify'>> => {
    const [classifier, sensitivity] = await Promise.all([deps.classifier(), deps.sensitivity()]);
    const version = classifier.metadata.version;
    const keys = await Promise.all(
      request.texts.map(async (text) => `${version}|${sensitivity}|${await sha256Hex(new TextEncoder().encode(text))}`),
    );
    const cached = await deps.cache.getMany(keys);
    const missing = request.texts.map((_, index) => index).filter((index) => cached[index] === undefined);
    const verdicts = [...cached];
    if (missing.length > 0) {
      const results = await classifier.classify(
        missing.map((index) => request.texts[index]),
        { sensitivity },
      );
      const fresh = missing.map((index, i) => ({
        key: keys[index] as string,
        verdict: toVerdict(results[i] as Classification),
      }));
      fresh.forEach(({ verdict }, i) => {
        verdicts[missing[i] as number] = verdict;
      });
      await deps.cache.putMany(fresh);
    }
    const complete = verdicts as PostVerdict[];
    if (deps.onVerdicts) await deps.onVerdicts(request, complete).catch(() => undefined);
    return { verdicts: complete, modelVersion: version };
  };
}
