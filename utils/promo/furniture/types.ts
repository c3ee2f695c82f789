/**
 * Page furniture: the blocks inside the article that are the publisher's layout, not the story — a photo
 * caption or credit, a byline, a dateline, a breadcrumb, a share or rating prompt. They stay visible on the
 * page (they are not ads) but are set aside from the text Lede reads: the summary, the key facts and the
 * recogniser never see them.
 */
import type { FurnitureKind, SetAside } from '../../report';

export type { FurnitureKind };

/** One run of furniture blocks of one kind: the Report's SetAside. */
export type FurnitureMatch = SetAside;

/**
 * Words that mark furniture in one language, written as pages print them and normalised when compiled
 * (lower case, no accents, straight quotes: normalize.ts).
 * `leads`: a short block that begins with one of these is of that kind ("Foto:", "Aktualisiert am").
 * `labels`: a block that is only this ("Kommentare", "Inhaltsverzeichnis").
 * `months`: month and weekday names (and their abbreviations), for lines that are only a date.
 */
export interface FurnitureWords {
  leads: Partial<Record<FurnitureKind, readonly string[]>>;
  labels: Partial<Record<FurnitureKind, readonly string[]>>;
  months: readonly string[];
}
