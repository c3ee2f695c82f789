/** `stopwords-iso` ships a JSON file (ISO 639-1 code → stopword list) and no types. */
declare module 'stopwords-iso' {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
