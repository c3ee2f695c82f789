import { Toggle } from './Toggle';

export type Feature = 'highlights' | 'stripping';

export interface FeatureState {
  feature: Feature;
  /** What applies on this site. */
  here: boolean;
  /** The choice for every site. */
  everywhere: boolean;
  /** This site has its own choice, unlike every other site. */
  exception: boolean;
}

interface Props {
  /** The site ("lemonde.fr"), or null where there is none (a file): then only the choices for every site. */
  site: string | null;
  features: FeatureState[];
  labels: {
    title: string;
    /** "Highlight companies on lemonde.fr", "Highlight companies on every site". */
    here: (f: Feature) => string;
    everywhere: (f: Feature) => string;
    /** "Same as on every site" / "Only on lemonde.fr: every other site has it on". */
    same: string;
    exception: (everywhere: boolean) => string;
    removeException: string;
    everySite: string;
  };
  onHere: (f: Feature, on: boolean) => void;
  onEverywhere: (f: Feature, on: boolean) => void;
  onRemoveException: (f: Feature) => void;
}

/**
 * One switch per feature for this site, saying whether it follows the choice for every site or is an
 * exception (with the way back); the choices for every site below, closed.
 */
export function FeatureSettings({ site, features, labels, onHere, onEverywhere, onRemoveException }: Props) {
  const everywhere = features.map((f) => (
    <Toggle key={f.feature} id={`global-${f.feature}`} label={labels.everywhere(f.feature)} checked={f.everywhere} onChange={(v) => onEverywhere(f.feature, v)} />
  ));
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{labels.title}</h2>
      {site ? (
        <>
          {features.map((f) => (
            <div class="feature" key={f.feature} data-testid={`feature-${f.feature}`}>
              <Toggle id={`site-${f.feature}`} label={labels.here(f.feature)} checked={f.here} onChange={(v) => onHere(f.feature, v)}
                hint={f.exception ? labels.exception(f.everywhere) : labels.same} />
              {f.exception && <button type="button" class="link exception" onClick={() => onRemoveException(f.feature)}>{labels.removeException}</button>}
            </div>
          ))}
          <details class="every-site">
            <summary>{labels.everySite}</summary>
            {everywhere}
          </details>
        </>
      ) : everywhere}
    </section>
  );
}
