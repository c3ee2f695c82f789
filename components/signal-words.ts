import type { DetectionSignal } from '@/utils/report';

type Translate = (key: string, substitutions?: string | string[]) => string;

/** The JSON-LD types detection names ("NewsArticle", "CollectionPage"), each with words of its own ("ldType_*"). */
const LD_TYPES = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'TechArticle', 'ScholarlyArticle', 'Report',
  'SocialMediaPosting', 'CollectionPage', 'SearchResultsPage', 'ProfilePage', 'ImageGallery', 'MediaGallery', 'VideoGallery', 'VideoObject',
]);

/**
 * One detection signal in the reader's words: "The page describes itself as a news article", never
 * "json-ld:NewsArticle". The schema.org type a signal carries is put in words too.
 */
export function signalLabel(s: DetectionSignal, t: Translate): string {
  const key = `signal_${s.id.replace(/-/g, '_')}`;
  if (s.id === 'json-ld-article' || s.id === 'json-ld-listing') {
    const type = s.detail && LD_TYPES.has(s.detail) ? s.detail : s.id === 'json-ld-article' ? 'Article' : 'CollectionPage';
    return t(key, t(`ldType_${type}`));
  }
  return t(key, s.detail ?? '');
}
