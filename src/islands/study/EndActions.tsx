/** One button of the bar: its words and what it does. */
export interface EndAction {
  label: string;
  run: () => void;
}

/** The buttons at the end of a session or a quiz: the first offer primary, the others after it, "Back to the deck" last. */
export function EndActions({ offers, onHome }: { offers: readonly (EndAction | false)[]; onHome: () => void }) {
  const shown = offers.filter((offer): offer is EndAction => offer !== false);
  return (
    <div className="button-row">
      {shown.map((offer, i) => (
        <button key={offer.label} type="button" className={i === 0 ? 'button primary' : 'button'} onClick={offer.run}>
          {offer.label}
        </button>
      ))}
      <button type="button" className="button" onClick={onHome}>
        Back to the deck
      </button>
    </div>
  );
}
