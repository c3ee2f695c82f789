/** Lede's mark and name at the top of the panel: whose panel this is. The mark is decoration (the name says it). */
export function PanelBrand({ name }: { name: string }) {
  return (
    <div class="brand">
      <img src="/icon/lede.svg" alt="" width={20} height={20} />
      <span>{name}</span>
    </div>
  );
}
