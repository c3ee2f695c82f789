import { describe, expect, it } from 'vitest';
import { summaryAsText } from '../../utils/summary/summary-export';
import type { Report } from '../../utils/report';

const report = {
  title: 'Hollis posts a record profit', siteName: 'The Test Times', url: 'https://example.test/a',
  summary: {
    sentences: ['Hollis reported a record profit on Wednesday.'],
    keyFacts: [{ kind: 'percent', text: '20%', sentence: 'The carmaker expects profit to fall 20% this year' }],
    publisherPoints: [],
  },
} as unknown as Report;

describe('summaryAsText', () => {
  it('copies each key fact as its clause, the figure in bold in Markdown', () => {
    expect(summaryAsText(report, 'markdown')).toContain('- The carmaker expects profit to fall **20%** this year');
    expect(summaryAsText(report, 'text')).toContain('– The carmaker expects profit to fall 20% this year');
  });
});
