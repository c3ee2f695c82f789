/**
 * Lede's mark and name at the top of the panel: whose panel this is. The mark is public/icon/lede.svg as a
 * background (panel.css), decoration the name already says; no <img>, so the panel holds no image element
 * (the hostile-page test counts them: page text must never become one).
 */
export function PanelBrand({ name }: { name: string }) {
  return (
    <div class="brand">
      <span class="mark" aria-hidden="true" />
      <span>{name}</span>
    </div>
  );
}
