// The one place that owns the wink-nlp instance: the model loads once per process (or worker).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

export function nlp(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return instance;
}
