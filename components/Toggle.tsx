interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  id: string;
}

/** An accessible switch: a real checkbox with role="switch", labelled, keyboard-operable. */
export function Toggle({ label, checked, onChange, hint, id }: Props) {
  return (
    <div class="toggle">
      <input id={id} type="checkbox" role="switch" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{label}</label>
      {hint && <small id={`${id}-hint`}>{hint}</small>}
    </div>
  );
}
