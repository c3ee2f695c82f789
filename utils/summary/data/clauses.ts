/**
 * Words that open a clause after a comma, keyed by language ("*" applies to all), for cutting a key fact
 * out of a long sentence (key-fact-select.ts). Written in lower case; several words are one phrase.
 * `independent`: a clause that stands on its own once the word is dropped (", while shares of X gained 6%").
 * `dependent`: a clause that leans on the one before it (", up about 30% from this year", ", saying…"):
 * a fact found in it keeps the clause before it.
 * `drop`: words a fact does not start with ("and", "that", "que"): dropped from its start.
 */
export interface ClauseWords {
  independent: string[];
  dependent: string[];
  drop: string[];
}

export const CLAUSE_WORDS: Record<string, ClauseWords> = {
  en: {
    independent: ['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'so', 'meanwhile'],
    dependent: ['up', 'down', 'with', 'saying', 'according to', 'compared with', 'compared to', 'which', 'who', 'including', 'or', 'from', 'after', 'before', 'as', 'against', 'versus', 'leaving', 'bringing', 'making', 'taking', 'giving', 'representing', 'adding', 'its', 'their', 'his', 'her'],
    drop: ['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'so', 'meanwhile', 'that'],
  },
  fr: {
    independent: ['et', 'mais', 'tandis que', 'tandis qu', 'alors que', 'alors qu', 'or', 'donc', 'car', 'cependant'],
    dependent: ['soit', 'selon', 'avec', 'contre', 'dont', 'ce qui', 'qui', 'après', 'avant', 'en hausse', 'en baisse', 'comparé', 'notamment', 'ou', 'ce', 'sa', 'son', 'ses', 'leur', 'leurs', 'faisant', 'portant', 'représentant', 'ajoutant', 'précisant'],
    drop: ['et', 'mais', 'tandis que', 'tandis qu’', "tandis qu'", 'alors que', 'alors qu’', "alors qu'", 'or', 'donc', 'car', 'cependant', 'que', 'qu’', "qu'"],
  },
};
