// The one place that loads wink-nlp and its model: loading the model takes ~100 ms and tens of MB.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model);
export const its = nlp.its;
export const as = nlp.as;
